"""Excel register `categories` (物资分类): load the office's fuller GB/T 38565 table (or a local
scheme) into the editable category tree. docs/design.md §3 names no columns for it; these follow the
standard: 分类编码 (1/3/5/7 digits), 名称, 备注. Upsert by 分类编码.

Rows are written parents first (shorter codes first), so a sheet may list a class after its
subclasses; a subclass whose parent is neither stored nor in the sheet is refused by its row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import SupplyCategory
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import RowUpsertSpec
from emergency_desk.io.spec import Column, ImportCounts, Record
from emergency_desk.io.supplies import category_code
from emergency_desk.services.supplies.supplies import ensure_top_categories_in, save_category_in

COLUMNS = [
    Column("分类编码", "code", category_code, required=True, width=12, as_text=True,
           synonyms=("编码", "代码", "分类代码"),
           comment="GB/T 38565：大类 1 位，中类、小类、细类各 2 位，如 1、101、10101、1010101"),
    Column("名称", "name", nz.name_text, required=True, width=28,
           synonyms=("分类名称", "类目名称")),
    Column("备注", "remark", nz.multiline_text, width=24, synonyms=("说明",)),
]


class CategoriesSpec(RowUpsertSpec):
    name = "categories"
    title_zh = "物资分类"
    columns = COLUMNS
    natural_key = "分类编码"
    table = "supply_category"
    model = SupplyCategory

    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        ensure_top_categories_in(session)
        parents_first = sorted(records, key=lambda r: len(str(r.values.get("code") or "")))
        return super().import_records(session, parents_first, progress)

    def upsert(self, session: Session, rec: Record, cache: dict[str, Any]) -> tuple[int, str]:
        v = rec.values
        code, name, remark = v["code"], v["name"], v.get("remark")
        current = session.scalars(select(SupplyCategory).where(
            SupplyCategory.is_deleted.is_(False), SupplyCategory.code == code)).first()
        if current is not None and current.name == name and \
                ("remark" not in v or (current.remark or None) == remark):
            return current.id, "unchanged"
        c = save_category_in(session, code, name, current.id if current else None)
        if "remark" in v:
            c.remark = remark
        return c.id, "updated" if current is not None else "inserted"

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            rows = s.execute(select(SupplyCategory.code, SupplyCategory.name,
                                    SupplyCategory.remark)
                             .where(SupplyCategory.is_deleted.is_(False))
                             .order_by(SupplyCategory.code).execution_options(yield_per=1000))
            for code, name, remark in rows:
                yield [code, name, remark]


SPEC = CategoriesSpec()
