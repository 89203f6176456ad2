"""The one file a record carries (`FileColumns`): a regulation's text, a case's report, the
scan of a 防汛责任书. Attach, replace, remove and open it, each in its own transaction and
audited like any change of the record (name, size and checksum; never the bytes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, or_
from sqlalchemy.orm import InstrumentedAttribute, Session

from emergency_desk.data.db import Database
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services import stored_files
from emergency_desk.services.stored_files import StoredFile

# Suffixes the file dialogs offer and the sheets accept (scans, Word, PDF, text).
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".txt", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
                     ".bmp", ".wps", ".ofd")


@dataclass(frozen=True)
class FileInfo:
    name: str
    size: int
    sha256: str


def file_info(obj: Any) -> FileInfo | None:
    if not obj.file_sha256:
        return None
    return FileInfo(obj.file_name or "", obj.file_size or 0, obj.file_sha256)


def put_file_in(session: Session, obj: Any, f: StoredFile) -> None:
    stored_files.keep_blob(session, f)
    obj.file_name, obj.file_size, obj.file_sha256 = f.name, f.size, f.sha256


class RecordFiles:
    """File operations over one model; `missing` is the message for a deleted record and
    `on_change(obj, file)` lets a register derive data from the file (a regulation's text)."""

    def __init__(self, db: Database, model: Any, missing: Callable[[], str],
                 on_change: Callable[[Any, StoredFile | None], None] | None = None) -> None:
        self.db, self.model, self.missing, self.on_change = db, model, missing, on_change

    def _live(self, s: Session, record_id: int) -> Any:
        obj = s.get(self.model, record_id)
        if obj is None or obj.is_deleted:
            raise InputRejected(self.missing())
        return obj

    def attach(self, record_id: int, path: Path | str) -> FileInfo:
        """Copy the file into the database, replacing the record's previous one."""
        f = stored_files.read_file(path)
        with self.db.begin() as s:
            obj = self._live(s, record_id)
            put_file_in(s, obj, f)
            if self.on_change is not None:
                self.on_change(obj, f)
        return FileInfo(f.name, f.size, f.sha256)

    def remove(self, record_id: int) -> None:
        """Unlink the file (its bytes stay while a backup or another record names them)."""
        with self.db.begin() as s:
            obj = self._live(s, record_id)
            obj.file_name = obj.file_size = obj.file_sha256 = None
            if self.on_change is not None:
                self.on_change(obj, None)

    def open(self, record_id: int, folder: Path | None = None) -> Path:
        """Write the file out for the system viewer; the checksum proves it intact."""
        with self.db.read() as s:
            info = file_info(self._live(s, record_id))
        if info is None:
            raise InputRejected(t("这条记录还没有附加文件"))
        return stored_files.write_out(self.db, info.name, info.sha256, folder)


def tidy(text: str | None) -> str | None:
    """Text as the library keeps it, from the form and from a sheet alike: line ends unified,
    trailing spaces dropped, typed characters (（2024修订）, paragraphs) kept as they are."""
    if text is None:
        return None
    lines = [ln.rstrip() for ln in str(text).replace("\r\n", "\n").replace("\r", "\n")
             .split("\n")]
    return "\n".join(lines).strip() or None


def like_terms(columns: list[InstrumentedAttribute[Any]], text: str
               ) -> list[ColumnElement[bool]]:
    """Every word of `text` must occur in one of `columns`: plain LIKE over stored columns,
    so the same search runs on SQLite and PostgreSQL (no FTS5), case-blind for Latin text."""
    out: list[ColumnElement[bool]] = []
    for word in text.split():
        pattern = "%" + word.lower().replace("\\", "\\\\").replace("%", "\\%") \
            .replace("_", "\\_") + "%"
        out.append(or_(*(func.lower(c).like(pattern, escape="\\") for c in columns)))
    return out


def snippet(text: str | None, search: str, width: int = 40) -> str | None:
    """A line of the document around the first searched word it contains."""
    if not text:
        return None
    low = text.lower()
    for word in search.split():
        i = low.find(word.lower())
        if i >= 0:
            start = max(0, i - width // 2)
            part = text[start:i + len(word) + width].replace("\n", " ")
            return ("…" if start else "") + part + "…"
    return None
