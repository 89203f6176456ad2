"""县/乡/村 三级装备配置标准 (register `equipment-standard`, rule T6; issue 16).

An office keeps one row per (层级, 队伍性质, 装备名称): how many a team of that level — of that
队伍性质, or of any when it is blank — must hold. T6 adds up a team's usable equipment whose
name contains the row's name (救生衣 counts 救生衣（成人）) and names what is short.

The seeds ask for such a standard without giving its numbers (S3(4) 武胜县《县、乡、村三级应急
装备配置标准》; S0 "制定基层各级应急救援装备配备目录"), so nothing is checked until the office
fills the table; `DEFAULT_STANDARDS` is a starting point it can load and must adapt, each row
saying where it came from.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.names import folded, name_key, same_name
from emergency_desk.data.teams import (
    EquipmentCategory,
    EquipmentStandard,
    TeamForce,
    TeamLevel,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.people_index import chunked
from emergency_desk.services.query import streamed
from emergency_desk.services.township.common import clean

STANDARD_LEVELS = (TeamLevel.COUNTY, TeamLevel.TOWNSHIP, TeamLevel.VILLAGE)

# Stored as each default row's 依据: the seeds name the standard, the numbers are ours. No
# full-width ASCII punctuation (（，；): Excel import turns it half-width, and an exported
# table must import back unchanged.
DEFAULT_BASIS = ("种子文件只要求建立三级配置标准(S3(4) 武胜县《县、乡、村三级应急装备配置标准》、"
                 "S0“制定基层各级应急救援装备配备目录”)但未给数量。"
                 "示例数量为本程序的假设。请按本地标准修改")


@dataclass
class StandardInput:
    level: TeamLevel
    name: str
    required_qty: int
    force_type: TeamForce | None = None  # None: every team of the level
    category: EquipmentCategory | None = None
    unit: str | None = None
    basis: str | None = None
    remark: str | None = None


# A starting point (本程序的示例，须按本地标准修改), by the C6 categories (防护、通信指挥、
# 照明动力、专业救援) in numbers a small team of each level uses.
DEFAULT_STANDARDS: tuple[StandardInput, ...] = tuple(
    StandardInput(level, name, qty, None, category, unit, DEFAULT_BASIS)
    for level, name, qty, category, unit in (
        (TeamLevel.COUNTY, "救生衣", 20, EquipmentCategory.PROTECTIVE, "件"),
        (TeamLevel.COUNTY, "对讲机", 8, EquipmentCategory.COMMAND, "台"),
        (TeamLevel.COUNTY, "冲锋舟", 2, EquipmentCategory.RESCUE, "艘"),
        (TeamLevel.COUNTY, "抛投器", 2, EquipmentCategory.RESCUE, "台"),
        (TeamLevel.TOWNSHIP, "救生衣", 20, EquipmentCategory.PROTECTIVE, "件"),
        (TeamLevel.TOWNSHIP, "抢险救援头盔", 20, EquipmentCategory.PROTECTIVE, "顶"),
        (TeamLevel.TOWNSHIP, "对讲机", 6, EquipmentCategory.COMMAND, "台"),
        (TeamLevel.TOWNSHIP, "发电机", 1, EquipmentCategory.LIGHTING, "台"),
        (TeamLevel.TOWNSHIP, "移动照明灯", 2, EquipmentCategory.LIGHTING, "台"),
        (TeamLevel.VILLAGE, "救生衣", 5, EquipmentCategory.PROTECTIVE, "件"),
        (TeamLevel.VILLAGE, "灭火器", 4, EquipmentCategory.RESCUE, "具"),
        (TeamLevel.VILLAGE, "强光手电", 3, EquipmentCategory.LIGHTING, "个"),
    ))


@dataclass(frozen=True)
class StandardRow:
    id: int
    level: TeamLevel
    force_type: TeamForce | None
    name: str
    category: EquipmentCategory | None
    required_qty: int
    unit: str | None
    basis: str | None
    remark: str | None

    @property
    def force_label(self) -> str:
        return self.force_type.label if self.force_type else t("全部")


def check_standard(data: StandardInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if data.level not in STANDARD_LEVELS:
        problems["层级"] = t("层级应为 县级 / 乡镇级 / 村级")
    name = (data.name or "").strip()
    if not name:
        problems["装备名称"] = t("装备名称不能为空")
    elif len(name) > 100:
        problems["装备名称"] = t("装备名称不能超过 100 个字")
    if data.required_qty is None or not 1 <= data.required_qty <= 100_000:
        problems["配备数量"] = t("配备数量应为 1 到 100000 之间的整数")
    return problems


def _find(session: Session, data: StandardInput) -> EquipmentStandard | None:
    force = data.force_type.value if data.force_type else None
    return session.scalars(select(EquipmentStandard).where(
        EquipmentStandard.is_deleted.is_(False), EquipmentStandard.level == data.level.value,
        EquipmentStandard.force_type.is_(None) if force is None
        else EquipmentStandard.force_type == force,
        same_name(EquipmentStandard.name, data.name.strip()))).first()


def _apply(s: EquipmentStandard, d: StandardInput) -> None:
    s.level, s.name = d.level.value, d.name.strip()
    s.force_type = d.force_type.value if d.force_type else None
    s.category = d.category.value if d.category else None
    s.required_qty, s.unit = int(d.required_qty), clean(d.unit)
    s.basis, s.remark = clean(d.basis), clean(d.remark)


def _key(level: str, force: str | None, name: str) -> tuple[str, str | None, str]:
    """A standard's natural key as `_find` compares it (the name in its normal form)."""
    return level, force, name_key(name.strip())


def _key_of(d: StandardInput) -> tuple[str, str | None, str]:
    return _key(d.level.value, d.force_type.value if d.force_type else None, d.name)


class StandardIndex:
    """The live standards a chunk of import rows names, by `_key`, loaded at once; told about
    the rows the import adds. Row by row, `_find` compared every stored name, folded (no index
    serves it), after flushing the rows before: 6× the floor at 1,000 rows, growing with the
    file (issue 20)."""

    def __init__(self, session: Session, rows: Iterable[StandardInput]) -> None:
        wanted = {_key_of(d) for d in rows if d.level and (d.name or "").strip()}
        self._by_key: dict[tuple[str, str | None, str], EquipmentStandard] = {}
        for batch in chunked({name for _, _, name in wanted}):
            for row in session.scalars(select(EquipmentStandard).where(
                    EquipmentStandard.is_deleted.is_(False),
                    folded(EquipmentStandard.name).in_(batch)).order_by(EquipmentStandard.id)):
                key = _key(row.level, row.force_type, row.name)
                if key in wanted:
                    self._by_key.setdefault(key, row)

    def find(self, data: StandardInput) -> EquipmentStandard | None:
        return self._by_key.get(_key_of(data))

    def added(self, row: EquipmentStandard, data: StandardInput) -> None:
        self._by_key.setdefault(_key_of(data), row)


def upsert_standard_in(session: Session, data: StandardInput,
                       index: StandardIndex | None = None
                       ) -> tuple[EquipmentStandard, str]:
    """The import's write: natural key 层级 + 队伍性质 + 装备名称. `index`: the chunk's
    standards, loaded (no flush: the import flushes once a chunk); else a query."""
    problems = check_standard(data)
    if problems:
        raise ValidationFailed(problems)
    found = index.find(data) if index is not None else _find(session, data)
    if found is None:
        row = EquipmentStandard()
        _apply(row, data)
        session.add(row)
        if index is None:
            session.flush()
        else:
            index.added(row, data)
        return row, "inserted"
    keys = ("category", "required_qty", "unit", "basis", "remark")
    before = tuple(getattr(found, k) for k in keys)
    if data.basis is None:
        data.basis = found.basis  # a sheet without 依据 keeps the stored one
    if data.remark is None:
        data.remark = found.remark
    data.name = found.name  # matched on the normal form: the spelling on file stays
    _apply(found, data)
    return found, "unchanged" if tuple(getattr(found, k) for k in keys) == before \
        else "updated"


_LEVEL_RANK = case({lv.value: i for i, lv in enumerate(STANDARD_LEVELS)},
                   value=EquipmentStandard.level, else_=9)


_STANDARDS = (select(EquipmentStandard).where(EquipmentStandard.is_deleted.is_(False))
              .order_by(_LEVEL_RANK, EquipmentStandard.force_type.is_not(None),
                        EquipmentStandard.force_type, EquipmentStandard.category,
                        EquipmentStandard.name, EquipmentStandard.id))


def _standard_rows(found: Iterable[Any]) -> builtins.list[StandardRow]:
    return [StandardRow(s.id, TeamLevel(s.level),
                        TeamForce(s.force_type) if s.force_type else None, s.name,
                        EquipmentCategory(s.category) if s.category else None,
                        s.required_qty, s.unit, s.basis, s.remark)
            for (s,) in found]


def standards_in(session: Session) -> builtins.list[StandardRow]:
    return _standard_rows(session.execute(_STANDARDS))


def standards_streamed(session: Session) -> Iterator[StandardRow]:
    """Every live standard in the list's order, a chunk at a time (the export)."""
    return streamed(session, _STANDARDS, _standard_rows)


class StandardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> builtins.list[StandardRow]:
        with self.db.read() as s:
            return standards_in(s)

    def save(self, data: StandardInput, standard_id: int | None = None) -> int:
        problems = check_standard(data)
        with self.db.begin() as s:
            other = _find(s, data) if not problems else None
            if other is not None and other.id != standard_id:
                problems["装备名称"] = t("该层级和队伍性质已有“{name}”的配置标准",
                                     name=data.name.strip())
            if problems:
                raise ValidationFailed(problems)
            if standard_id is None:
                row = EquipmentStandard()
                s.add(row)
            else:
                found = s.get(EquipmentStandard, standard_id)
                if found is None or found.is_deleted:
                    raise InputRejected(t("该配置标准不存在或已删除"))
                row = found
            _apply(row, data)
            s.flush()
            return row.id

    def input_of(self, standard_id: int) -> StandardInput:
        with self.db.read() as s:
            r = s.get(EquipmentStandard, standard_id)
            if r is None or r.is_deleted:
                raise InputRejected(t("该配置标准不存在或已删除"))
            return StandardInput(TeamLevel(r.level), r.name, r.required_qty,
                                 TeamForce(r.force_type) if r.force_type else None,
                                 EquipmentCategory(r.category) if r.category else None,
                                 r.unit, r.basis, r.remark)

    def delete(self, standard_id: int) -> None:
        with self.db.begin() as s:
            r = s.get(EquipmentStandard, standard_id)
            if r is None or r.is_deleted:
                raise InputRejected(t("该配置标准不存在或已删除"))
            r.is_deleted, r.deleted_at = True, now()

    def load_defaults(self) -> int:
        with self.db.begin() as s:
            return load_default_standards_in(s)


def load_default_standards_in(session: Session) -> int:
    """Add the example rows the table lacks (never changes a row the office edited);
    returns how many were added."""
    added = 0
    for d in DEFAULT_STANDARDS:
        if _find(session, d) is None:
            row = EquipmentStandard()
            _apply(row, StandardInput(**d.__dict__))
            session.add(row)
            added += 1
    session.flush()
    return added
