"""X1 "六有" scorecard per township (docs/domain.md E8, section 4 X1), derived from the other rules.

有预案, 有队伍, 有物资 and 有培训演练 pass when none of their rules raises an alert for the
township or its villages. 有班子 and 有机制 rest on registers of their own (services/township:
the leadership group with its 组长, the duty roster of the coming days, rule D1);
`register_items` judges them and prints 未录入 where nothing is on record, never a 达标 or
未达标 without data behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.data.teams import RescueTeam, TeamCategory, TeamStatus
from emergency_desk.data.township import DutyRoster
from emergency_desk.i18n import t
from emergency_desk.services.checks import Alert, rules, run_checks
from emergency_desk.services.checks.registry import region_label
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township.duty import gaps_in
from emergency_desk.services.township.leaders import staffed_townships

# (item, rule ids). "leadership" and "duty" are answered by `register_items`.
ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("有班子", ("leadership",)),
    ("有机制", ("duty",)),
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
    NOT_ENTERED = "not_entered"  # the register behind the item holds nothing for the township

    @property
    def label(self) -> str:
        return t({"pass": "达标", "fail": "未达标", "unchecked": "未检查",
                  "not_entered": "未录入"}[self.value])


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
        names = {"leadership": t("领导小组记录"), "duty": t("值班表")}
        parts = [names.get(r, r) for r in self.checked]
        text = "、".join(parts)
        if self.unchecked:
            missing = "、".join(names.get(r, r) for r in self.unchecked)
            text += ("；" if text else "") + (
                t("未录入：{ids}", ids=missing) if self.verdict == Verdict.NOT_ENTERED
                else t("未检查：{ids}", ids=missing))
        return text


@dataclass(frozen=True)
class SixHaveRow:
    township_id: int
    township: str
    items: tuple[SixHaveItem, ...]

    @property
    def passed(self) -> int:
        return sum(1 for i in self.items if i.verdict == Verdict.PASS)

    @property
    def judged(self) -> int:
        """Items with a verdict (达标 or 未达标): 未录入 and 未检查 ones are not counted."""
        return sum(1 for i in self.items if i.verdict in (Verdict.PASS, Verdict.FAIL))


def _township_of(alert: Alert) -> str:
    """Alerts name regions below the county: '碧阳镇/古筑村' → '碧阳镇'."""
    return alert.region.split("/")[0] if alert.region else ""


def register_items(s: Session, today: date, days: int
                   ) -> dict[str, Callable[[int], SixHaveItem]]:
    """有班子 and 有机制, judged from their registers: item → (township id → verdict).

    有班子: a leadership group with its 组长 passes (S0: the group is headed by the township's
    principal leader); a group without one fails; no group is 未录入. 有机制: a township that
    keeps a duty roster passes when the coming `days` days have no gap (rule D1) and fails
    otherwise; one that has never entered a roster is 未录入."""
    with_group = set(s.scalars(select(LeadershipGroup.region_id).where(
        LeadershipGroup.is_deleted.is_(False))))
    with_leader = staffed_townships(s)
    keeps_roster = set(s.scalars(select(DutyRoster.region_id).where(
        DutyRoster.is_deleted.is_(False)).distinct()))
    gaps: dict[int, list[str]] = {}
    for g in gaps_in(s, today, days, keeps_roster):
        gaps.setdefault(g.region_id, []).append(g.text)

    def leadership(township_id: int) -> SixHaveItem:
        if township_id in with_leader:
            return SixHaveItem("有班子", Verdict.PASS, ("leadership",), (), ())
        if township_id in with_group:
            return SixHaveItem("有班子", Verdict.FAIL, ("leadership",), (),
                               (t("已录入领导小组，但未录入组长"),))
        return SixHaveItem("有班子", Verdict.NOT_ENTERED, (), ("leadership",),
                           (t("未录入应急管理领导小组"),))

    def duty(township_id: int) -> SixHaveItem:
        if township_id not in keeps_roster:
            return SixHaveItem("有机制", Verdict.NOT_ENTERED, (), ("duty",),
                               (t("未录入值班表"),))
        found = gaps.get(township_id, [])
        if found:
            return SixHaveItem("有机制", Verdict.FAIL, ("duty",), (), (
                t("D1 未来 {days} 天值班缺口：{list}", days=days, list="、".join(found[:5])),))
        return SixHaveItem("有机制", Verdict.PASS, ("duty",), (), ())

    return {"leadership": leadership, "duty": duty}


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
        days = int(SettingsService(db).get("duty_lookahead_days"))
        judged = register_items(s, today or date.today(), days)
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
            if ids[0] in judged:
                items.append(judged[ids[0]](rid))
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
