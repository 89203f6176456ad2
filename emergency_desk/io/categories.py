"""Excel register `categories` (物资分类): load the office's fuller GB/T 38565 table (or a local
scheme) into the editable category tree. docs/design.md §3 names no columns for it; these follow the
standard: 分类编码 (1/3/5/7 digits), 名称, 备注. Upsert by 分类编码.

Rows are written parents first (shorter codes first), so a sheet may list a class after its
subclasses; a subclass whose parent is neither stored nor in the sheet is refused by its row.
The rows are checked by the form's rules on dicts and written in bulk (io/category_rows.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import SupplyCategory
from emergency_desk.io import normalize as nz
from emergency_desk.io.category_rows import CategoryRows
from emergency_desk.io.row_upsert import live_count
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.io.supplies import category_code

COLUMNS = [
    Column("分类编码", "code", category_code, required=True, width=12, as_text=True,
           synonyms=("编码", "代码", "分类代码"),
           comment="GB/T 38565：大类 1 位，中类、小类、细类各 2 位，如 1、101、10101、1010101"),
    Column("名称", "name", nz.name_text, required=True, width=28,
           synonyms=("分类名称", "类目名称")),
    Column("备注", "remark", nz.multiline_text, width=24, synonyms=("说明",)),
]


class CategoriesSpec(RegisterSpec):
    name = "categories"
    title_zh = "物资分类"
    columns = COLUMNS
    natural_key = "分类编码"
    table = "supply_category"

    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        CategoryRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, SupplyCategory)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            rows = s.execute(select(SupplyCategory.code, SupplyCategory.name,
                                    SupplyCategory.remark)
                             .where(SupplyCategory.is_deleted.is_(False))
                             .order_by(SupplyCategory.code).execution_options(yield_per=1000))
            for code, name, remark in rows:
                yield [code, name, remark]


SPEC = CategoriesSpec()
