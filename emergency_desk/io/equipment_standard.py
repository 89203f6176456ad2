"""Excel register `equipment-standard`: 县/乡/村 三级装备配置标准 (issue 16, rule T6), one row
per 层级 + 队伍性质 + 装备名称 (the natural key; a blank 队伍性质 means every team of the level)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.teams import EquipmentCategory, EquipmentStandard, TeamForce
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import normalize as nz
from emergency_desk.io.bulk import WrittenRows
from emergency_desk.io.equipment import parse_category
from emergency_desk.io.row_upsert import live_count
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    Column,
    ImportCounts,
    Record,
    RegisterSpec,
    record_chunks,
)
from emergency_desk.io.teams import parse_force, parse_level
from emergency_desk.services.teams.standards import (
    STANDARD_LEVELS,
    StandardIndex,
    StandardInput,
    standards_streamed,
    upsert_standard_in,
)


def _force(value: Any) -> TeamForce | None:
    """队伍性质: blank, 全部 or 不限 = every team of the level."""
    if isinstance(value, str) and value.strip() in ("全部", "不限", "所有", "各类"):
        return None
    return parse_force(value)


COLUMNS = [
    Column("层级", "level", parse_level, required=True, width=8,
           synonyms=("级别", "配置层级", "队伍层级"),
           choices=tuple(lv.zh for lv in STANDARD_LEVELS),
           comment="县级 / 乡镇级 / 村级"),
    Column("队伍性质", "force_type", _force, width=12, synonyms=("队伍类别", "人员性质"),
           choices=("全部", *(f.zh for f in TeamForce)),
           comment="空白或“全部”：该层级的所有队伍"),
    Column("装备名称", "name", nz.text_max(100), required=True, width=16,
           synonyms=("装备", "名称", "装备品名"),
           comment="按名称包含匹配：“救生衣”也计入“救生衣（成人）”"),
    Column("装备类别", "category", parse_category, width=10, synonyms=("类别", "分类"),
           choices=tuple(c.zh for c in EquipmentCategory)),
    Column("配备数量", "required_qty", nz.non_negative(nz.integer), required=True, width=10,
           synonyms=("数量", "应配数量", "标准数量", "配置数量")),
    Column("计量单位", "unit", nz.text_max(10), width=8, synonyms=("单位",)),
    Column("依据", "basis", nz.text_max(200), width=30, synonyms=("标准依据", "来源", "出处")),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class EquipmentStandardSpec(RegisterSpec):
    name = "equipment-standard"
    title_zh = "装备配置标准"
    columns = COLUMNS
    natural_key = "层级 + 队伍性质 + 装备名称"
    table = "equipment_standard"
    model = EquipmentStandard

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk of rows at a time through `upsert_standard_in` against the standards the
        chunk names, loaded at once (StandardIndex); one flush a chunk (the audit hook
        writes its audit rows then). Only ids outlive a chunk."""
        counts = ImportCounts()
        earlier = WrittenRows()  # standard id → the row of an earlier chunk that wrote it
        session.flush()
        with session.no_autoflush:
            for part in record_chunks(records, progress, CHUNK_ROWS):
                chunk = [(r, _input(r)) for r in part
                         if not any(v is BAD for v in r.values.values())]  # errors already
                index = StandardIndex(session, (d for _, d in chunk))
                written: dict[EquipmentStandard, int] = {}
                for rec, data in chunk:
                    try:
                        row, change = upsert_standard_in(session, data, index)
                    except ValidationFailed as exc:
                        counts.errors.extend(self.error(rec, label, reason)
                                             for label, reason in exc.problems.items())
                        continue
                    first = written.get(row) or earlier.row(row.id)
                    if first is not None:
                        counts.errors.append(self.error(rec, "level", t(
                            "与第 {row} 行重复（同一记录出现两次）", row=first)))
                        continue
                    written[row] = rec.row
                    setattr(counts, change, getattr(counts, change) + 1)
                session.flush()
                for row, n in written.items():
                    earlier.add(row.id, n)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, EquipmentStandard)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            for r in standards_streamed(s):
                yield [r.level.zh, r.force_type.zh if r.force_type else "全部", r.name,
                       r.category.zh if r.category else None, r.required_qty, r.unit, r.basis,
                       r.remark]


def _input(rec: Record) -> StandardInput:
    v = rec.values
    return StandardInput(v["level"], v["name"], v["required_qty"], v.get("force_type"),
                         v.get("category"), v.get("unit"), v.get("basis"), v.get("remark"))


SPEC = EquipmentStandardSpec()
