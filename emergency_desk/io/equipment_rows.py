"""The equipment import (`import equipment`, 应急装备) in bulk (issue 20).

What a row is matched against is loaded once: the live equipment by 装备编号 and by 所属队伍 +
the normal form of its name (data/names.name_key, as `find_equipment_in` compares them in SQL)
+ 规格型号, and the live teams by the normal form of their names (`TeamsByName` in
services/teams/teams.py, find_team_in's answers). Each row is checked by the form's rules
(`equipment_problems`, `equipment_values` in services/teams/equipment.py) and written with
Core executemany a chunk at a time (io/bulk.py), with the audit row the form's save gives it;
its unmapped cells go into `extra` in the same write (one audit row per line). Before, each row
went through `upsert_equipment_in`: two selects (one scanning every line's folded name), a
flush and the audit hook a row, 12 s for 1,000 rows (13× the floor).
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import with_precision
from emergency_desk.data.names import name_key
from emergency_desk.data.teams import Equipment
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import bulk
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.row_upsert import CellProblem, row_problems
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec, merged_extra, record_chunks
from emergency_desk.services.teams.equipment import (
    FIELDS,
    EquipmentInput,
    equipment_problems,
    equipment_values,
)
from emergency_desk.services.teams.teams import TeamsByName

_LOADED = (*FIELDS, "acquire_date_month", "expiry_date_month", "search_key", "extra")
_Key = tuple[str, "int | None", "str | None"]  # name's normal form, team id, 规格型号


class _Stored:
    """A live line: id, uuid and its columns as stored (or as this import wrote them)."""

    __slots__ = ("id", "row", "uuid", "values")

    def __init__(self, rid: int, uuid: str, values: dict[str, Any]) -> None:
        self.id, self.uuid, self.values = rid, uuid, values
        self.row: int | None = None  # the file row that named it, once one has

    def __lt__(self, other: _Stored) -> bool:  # kept in id order: SQL's first hit
        return self.id < other.id

    @property
    def key(self) -> _Key:
        v = self.values
        return name_key(v["name"]), v["team_id"], v["model"]


class EquipmentRows:
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.teams = TeamsByName(session)
        # A line is listed under every code and key it has held during the import, in id
        # order; a lookup takes the first that still holds it (the one the form's select
        # finds).
        self._by_code: dict[str, list[_Stored]] = {}
        self._by_key: dict[_Key, list[_Stored]] = {}
        for rid, uuid, *values in session.execute(
                select(Equipment.id, Equipment.uuid, *(getattr(Equipment, f) for f in _LOADED))
                .where(Equipment.is_deleted.is_(False)).order_by(Equipment.id)):
            v = dict(zip(_LOADED, values, strict=True))
            for f in ("acquire_date", "expiry_date"):  # as the ORM loads them (data/dates.py)
                v[f] = with_precision(v[f], v[f + "_month"])
            self._known(_Stored(rid, uuid, v))
        self.bulk = Bulk(session)
        self.table = self.bulk.table(Equipment)

    def _known(self, line: _Stored) -> None:
        lists = [self._by_key.setdefault(line.key, [])]
        if line.values["code"]:
            lists.append(self._by_code.setdefault(line.values["code"], []))
        for lines in lists:
            if line not in lines:
                insort(lines, line)

    def _holding_code(self, code: str) -> Iterable[_Stored]:
        return (s for s in self._by_code.get(code, ()) if s.values["code"] == code)

    def _find(self, data: EquipmentInput) -> _Stored | None:
        """find_equipment_in on the dicts: by 装备编号, else 所属队伍 + name + 规格型号."""
        code = (data.code or "").strip()
        if code:
            hit = next(iter(self._holding_code(code)), None)
            if hit is not None:
                return hit
        model = (data.model or "").strip() or None
        key = (name_key(data.name or ""), data.team_id, model)
        return next((s for s in self._by_key.get(key, ()) if s.key == key), None)

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        for part in record_chunks(records, progress, bulk.CHUNK):
            self.bulk.run_rows(part, self.counts.errors, self._row, None)

    def _row(self, rec: Record) -> None:
        spec, counts = self.spec, self.counts
        try:
            data = self._input(rec)
            stored = self._find(data)
            problems = equipment_problems(
                data, new=stored is None, team_live=self.teams.is_live,
                code_holder=lambda code: next(
                    (s.values["name"] for s in self._holding_code(code) if s is not stored),
                    None))
            if problems:
                raise ValidationFailed(problems)
        except (CellProblem, ValidationFailed) as exc:
            counts.errors.extend(row_problems(spec, rec, exc))
            return
        if stored is not None and stored.row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=stored.row)))
            return
        values = equipment_values(data, stored.values if stored else None, merge=True)
        values["extra"] = merged_extra(stored.values["extra"] if stored else None, rec.extra)
        if stored is None:
            change = "inserted"
            rid, uuid = self.table.insert(values, values["name"])
            stored = _Stored(rid, uuid, values)
            self._known(stored)
        elif self.table.update(stored.id, stored.uuid, values["name"], stored.values, values):
            change = "updated"
            stored.values = values
            self._known(stored)  # under its new code and key, if they moved
        else:
            change = "unchanged"
        stored.row = rec.row
        setattr(counts, change, getattr(counts, change) + 1)

    def _input(self, rec: Record) -> EquipmentInput:
        v = rec.values
        team_id = None
        if v.get("team"):
            team_id, problem = self.teams.find(v["team"])
            if team_id is None:
                raise CellProblem("所属队伍", problem or v["team"])
        return EquipmentInput(
            name=v["name"], category=v.get("category"), model=v.get("model"),
            quantity=v.get("quantity"), unit=v.get("unit"), team_id=team_id,
            storage_place=v.get("storage_place"), acquire_date=v.get("acquire_date"),
            service_life_years=v.get("service_life_years"), expiry_date=v.get("expiry_date"),
            next_maint_date=v.get("next_maint_date"), condition=v.get("condition"),
            code=v.get("code"), remark=v.get("remark"))
