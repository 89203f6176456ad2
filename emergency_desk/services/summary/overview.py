"""The dashboard's glance at the issue-16 registers: how many records each holds and how many
alerts its rule has open (D1 值班, G1 应急管理员, H1 避难场所, Z1 隐患点, K1 联络网, F1 防汛责任书),
so an inspector checking 六有 and 一网五库 sees them beside the four old registers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.library import CaseRecord, Regulation
from emergency_desk.data.resources import ContactEntry, Expert, HazardPoint, Shelter
from emergency_desk.data.township import DutyRoster, FloodPledge, LeadershipMember, VillageManager
from emergency_desk.i18n import N_
from emergency_desk.services.checks import Alert

# (register, label, model, unit, rules), in the order of the window's navigation.
TILES: tuple[tuple[str, str, Any, str, tuple[str, ...]], ...] = (
    ("leaders", N_("领导小组"), LeadershipMember, N_("人"), ()),
    ("duty", N_("值班表"), DutyRoster, N_("班"), ("D1",)),
    ("managers", N_("应急管理员"), VillageManager, N_("人"), ("G1",)),
    ("pledges", N_("防汛责任书"), FloodPledge, N_("份"), ("F1",)),
    ("shelters", N_("避难场所"), Shelter, N_("处"), ("H1",)),
    ("hazards", N_("隐患点"), HazardPoint, N_("处"), ("Z1",)),
    ("contacts", N_("联络网"), ContactEntry, N_("条"), ("K1",)),
    ("experts", N_("专家库"), Expert, N_("人"), ()),
    ("regulations", N_("法规库"), Regulation, N_("件"), ()),
    ("cases", N_("案例库"), CaseRecord, N_("个"), ()),
)


@dataclass(frozen=True)
class RegisterTile:
    register: str
    label: str  # Chinese (N_), translated where shown
    count: int  # live records
    unit: str
    alerts: tuple[tuple[str, int], ...]  # (rule, open alerts) for the register's rules


def register_tiles(db: Database, alerts: Iterable[Alert]) -> list[RegisterTile]:
    """One tile per register; `alerts` is the dashboard's run (the rules are not run again)."""
    per_rule = Counter(a.rule for a in alerts)
    with db.read() as s:
        counts = {reg: int(s.scalar(select(func.count()).select_from(model).where(
            model.is_deleted.is_(False))) or 0) for reg, _l, model, _u, _r in TILES}
    return [RegisterTile(reg, label, counts[reg], unit,
                         tuple((r, per_rule.get(r, 0)) for r in rules))
            for reg, label, _m, unit, rules in TILES]
