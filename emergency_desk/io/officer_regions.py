"""The live regions an officers import (and `replace officers`) resolves its rows' 乡镇 and
村(社区) cells against: loaded once per import, matched by 区划代码, by the normal form of the
name, then by the closest known name (services/regions/match.py), each problem a message that
names the closest regions. Split out of io/officers.py, which checks and writes the rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.i18n import t
from emergency_desk.io.spec import BAD
from emergency_desk.services.regions.match import Candidate, match_name, note
from emergency_desk.services.regions.regions import ambiguous, not_found


@dataclass(frozen=True, slots=True)
class RegionNode:
    id: int
    code: str | None
    name: str
    level: RegionLevel
    parent_id: int | None
    path: str
    official_name: str | None = None


class RegionIndex:
    """The live regions, loaded once per import; resolves 乡镇 and 村(社区) cells."""

    def __init__(self, session: Session) -> None:
        self.nodes: dict[int, RegionNode] = {}
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        for rid, code, name, level, pid, path, official in session.execute(
                select(Region.id, Region.code, Region.name, Region.level, Region.parent_id,
                       Region.path, Region.official_name)
                .where(Region.is_deleted.is_(False)).order_by(Region.path)):
            r = RegionNode(rid, code, name, RegionLevel(level), pid, path, official)
            self.nodes[rid] = r
            if code:
                self.by_code.setdefault(code, rid)
            self.by_name.setdefault(name_key(name), []).append(rid)  # normal form

    def _find(self, text: str, rank: int,
              parent: RegionNode | None) -> tuple[RegionNode | None, str | None]:
        def fits(r: RegionNode) -> bool:
            return r.level.rank == rank and (parent is None or r.parent_id == parent.id)

        if text.isdigit():
            hit = self.by_code.get(text)
            if hit is not None and fits(self.nodes[hit]):
                return self.nodes[hit], None
            if hit is not None and parent is not None and self.nodes[hit].level.rank == rank:
                return None, t("区划代码 {code} 是“{path}”，不在“{parent}”下",
                               code=text, path=self.nodes[hit].path, parent=parent.path)
            return None, t("找不到区划代码为 {code} 的{what}", code=text,
                           what=t("乡镇") if rank == 1 else t("村（社区）"))
        ids = [i for i in self.by_name.get(name_key(text), ()) if fits(self.nodes[i])]
        if len(ids) == 1:
            return self.nodes[ids[0]], None
        if ids:
            return None, ambiguous(text, [self.nodes[i].path for i in ids]).problem
        fitting = [r for r in self.nodes.values() if fits(r)]
        found = match_name(text, [Candidate(r.id, r.name, r.official_name, r.level, r.path)
                                  for r in fitting])
        if len(found.ids) == 1:
            if found.fuzzy:
                note(text, self.nodes[found.ids[0]].name)
            return self.nodes[found.ids[0]], None
        if found.ids:
            return None, ambiguous(text, [self.nodes[i].path for i in found.ids]).problem
        cands = [(r.name, r.path) for r in fitting]
        if not cands and parent is None:
            return None, t("尚未录入任何{what}，请先导入行政区划",
                           what=t("乡镇") if rank == 1 else t("村（社区）"))
        return None, not_found(text, cands, parent.path if parent else None).problem

    def county(self) -> tuple[RegionNode | None, str | None]:
        counties = [r for r in self.nodes.values() if r.level == RegionLevel.COUNTY]
        if len(counties) == 1:
            return counties[0], None
        if not counties:
            return None, t("尚未录入县级区划，请先导入行政区划")
        return None, t("有多个县级区划，县级灾害信息员请在“乡镇”列填写县的区划代码")

    def resolve(self, township: str | None, village: str | None,
                level: RegionLevel | None) -> tuple[RegionNode | None, str, str | None]:
        """(region, field to blame, problem) for a row's 乡镇 / 村(社区) / 层级 cells."""
        if not township and not village:
            if level == RegionLevel.COUNTY:
                r, problem = self.county()
                return r, "township", problem
            return None, "township", t("乡镇不能为空（县级灾害信息员请在“层级”填写“县”）")
        town: RegionNode | None = None
        if township:
            if township.isdigit() and not village:
                hit = self.by_code.get(township)
                if hit is not None and self.nodes[hit].level == RegionLevel.COUNTY:
                    return self.nodes[hit], "township", None  # a county officer by code
            town, problem = self._find(township, 1, None)
            if problem:
                return None, "township", problem
        if not village:
            return town, "township", None
        found, problem = self._find(village, 2, town)
        return found, "village", problem


Place = tuple[RegionNode | None, str, str | None]


def place_of(index: RegionIndex, vals: dict[str, Any]) -> Place | None:
    """A row's region from its 乡镇 / 村(社区) / 层级 cells (None: one of them is unreadable,
    already reported)."""
    cells = [vals.get(f) for f in ("township", "village", "level")]
    if any(v is BAD for v in cells):
        return None
    return index.resolve(*cells)
