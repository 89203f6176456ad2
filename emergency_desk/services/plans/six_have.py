"""X1 "六有" scorecard per township (DOMAIN.md E8, section 4 X1), derived from the other rules.

有班子 = a leadership group on record with a 组长 (services/township/leaders.py); the other
five items pass when none of their rules raises an alert for the township or its villages
(有机制: D1, the duty roster of the coming days). Rules of registers this program does not have
yet (e.g. the duty roster's D1) are reported as 未检查 rather than counted as passing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.teams import RescueTeam, TeamCategory, TeamStatus
from emergency_desk.i18n import t
from emergency_desk.services.checks import Alert, rules, run_checks
from emergency_desk.services.checks.registry import region_label
from emergency_desk.services.township.leaders import staffed_townships

# (item, rule ids). "leadership" is answered from the leadership_group table.
ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("有班子", ("leadership",)),
    ("有机制", ("D1",)),
    ("有预案", ("P5",)),
    ("有队伍", ("T1",)),
    ("有物资", ("S3", "S9")),
    # P3 reports the never-drilled special plans that P2 leaves to it.
    ("有培训演练", ("O4", "T4", "P2", "P3")),
)


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNCHECKED = "unchecked"

    @property
    def label(self) -> str:
        return t({"pass": "达标", "fail": "未达标", "unchecked": "未检查"}[self.value])


@dataclass(frozen=True)
class SixHaveItem:
    name: str  # 有班子 …
    verdict: Verdict
    checked: tuple[str, ...]  # rule ids that exist and were run
    unchecked: tuple[str, ...]  # rule ids this program does not have (yet)
    problems: tuple[str, ...]  # alert texts behind a 未达标, "规则 对象：说明"

    @property
    def basis(self) -> str:
        """How the verdict was reached, for the printed table."""
        names = {"leadership": t("领导小组记录")}
        parts = [names.get(r, r) for r in self.checked]
        text = "、".join(parts)
        if self.unchecked:
            text += ("；" if text else "") + t("未检查：{ids}", ids="、".join(self.unchecked))
        return text


@dataclass(frozen=True)
class SixHaveRow:
    township_id: int
    township: str
    items: tuple[SixHaveItem, ...]

    @property
    def passed(self) -> int:
        return sum(1 for i in self.items if i.verdict == Verdict.PASS)


def _township_of(alert: Alert) -> str:
    """Alerts name regions below the county: '碧阳镇/古筑村' → '碧阳镇'."""
    return alert.region.split("/")[0] if alert.region else ""


def scorecard(db: Database, today: date | None = None,
              township_id: int | None = None) -> list[SixHaveRow]:
    known = {r.id for r in rules()}
    wanted = {rid for _, ids in ITEMS for rid in ids if rid in known}
    alerts = run_checks(db, today=today, only=wanted) if wanted else []
    by_town: dict[tuple[str, str], list[Alert]] = {}
    for a in alerts:
        by_town.setdefault((_township_of(a), a.rule), []).append(a)
    with db.read() as s:
        towns = s.execute(select(Region.id, Region.name, Region.path).where(
            Region.is_deleted.is_(False), Region.level == RegionLevel.TOWNSHIP.value)
            .order_by(Region.code, Region.path)).all()
        with_group = staffed_townships(s)
        team_paths = list(s.scalars(
            select(Region.path).join(RescueTeam, RescueTeam.region_id == Region.id).where(
                RescueTeam.is_deleted.is_(False), Region.is_deleted.is_(False),
                RescueTeam.status == TeamStatus.IN_SERVICE.value,
                RescueTeam.category == TeamCategory.COMPREHENSIVE.value)))
    out = []
    for rid, name, path in towns:
        if township_id is not None and rid != township_id:
            continue
        label = region_label(path)
        items = []
        for item, ids in ITEMS:
            if ids == ("leadership",):
                ok = rid in with_group
                items.append(SixHaveItem(
                    item, Verdict.PASS if ok else Verdict.FAIL, ids, (),
                    () if ok else (t("未录入应急管理领导小组或其组长"),)))
                continue
            checked = tuple(i for i in ids if i in known)
            unchecked = tuple(i for i in ids if i not in known)
            problems = tuple(f"{a.rule} {a.subject}：{a.message}"
                             for i in checked for a in by_town.get((label, i), []))
            if item == "有队伍" and not any(p == path or p.startswith(path + "/")
                                          for p in team_paths):
                # T1 judges the teams that exist; a township without one has no 队伍 at all.
                problems = (t("没有在编的综合性应急救援队伍"), *problems)
            if problems:
                verdict = Verdict.FAIL
            elif checked:
                verdict = Verdict.PASS
            else:
                verdict = Verdict.UNCHECKED
            items.append(SixHaveItem(item, verdict, checked, unchecked, problems))
        out.append(SixHaveRow(rid, name, tuple(items)))
    return out
