"""The regulations import (`import regulations`, 法规库) in bulk (issue 20): the form's rules
(`check_regulation`, `regulation_values`, `kept_on_file` in services/library/regulations.py)
on plain values, rows matched by 名称 + 文号 in their normal form against a dict loaded once,
Core writes a chunk at a time (io/library_rows.py)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from emergency_desk.data.library import Regulation, RegulationLevel, RegulationStatus
from emergency_desk.io.library_rows import LibraryRows
from emergency_desk.io.spec import Record
from emergency_desk.services.library.files import tidy
from emergency_desk.services.library.regulations import (
    REGULATION_FIELDS,
    RegulationInput,
    check_regulation,
    kept_on_file,
    regulation_key,
    regulation_values,
)
from emergency_desk.services.stored_files import StoredFile, extract_text


class RegulationRows(LibraryRows):
    model = Regulation
    fields = REGULATION_FIELDS
    key_columns = ("title", "doc_number")
    has_text = True

    def key(self, *values: Any) -> Hashable:
        title, doc_number = values
        return regulation_key(title, doc_number)

    def raw_key(self, rec: Record) -> Hashable | None:
        title = tidy(rec.values.get("title"))
        return regulation_key(title, tidy(rec.values.get("doc_number"))) \
            if title is not None else None

    def checked(self, rec: Record) -> tuple[Hashable, RegulationInput]:
        v = rec.values
        d = check_regulation(RegulationInput(
            v["title"], v.get("issuer"), v.get("doc_number"), v.get("issued_on"),
            v.get("effective_on"), v.get("status") or RegulationStatus.IN_FORCE,
            v.get("level") or RegulationLevel.OTHER, v.get("category"), v.get("remark")))
        return regulation_key(d.title, d.doc_number), d

    def kept(self, d: RegulationInput, old: dict[str, Any]) -> RegulationInput:
        return kept_on_file(d, old["title"], old["doc_number"], old["remark"])

    def values_of(self, d: RegulationInput) -> dict[str, Any]:
        return regulation_values(d)

    def text_of(self, f: StoredFile) -> str | None:
        return extract_text(f.name, f.content)  # as regulations.set_text
