"""培训率 (O5, A5): the share of people on post in each tier who attended a 灾害信息员
training in a year, and the targets it is measured against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, on_post
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.data.sql import unindexed
from emergency_desk.i18n import N_, t
from emergency_desk.services.officers.latest_training import for_officers

# Training rates are reported for the three tiers of docs/domain.md A2/A5 (县—乡—村); villages
# and communities form one tier.
RATE_TIERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "county": ("县级", (RegionLevel.COUNTY.value,)),
    "township": ("乡镇级", (RegionLevel.TOWNSHIP.value,)),
    # N_: the catalogue had no English for it (printed in Chinese on the English sheet).
    "village": (N_("村（社区）级"), (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)),
}


# The setting holding each tier's O5 target (services/settings.py, with its source).
RATE_TARGET_KEYS = {"county": "training_rate_target",
                    "township": "training_rate_target_township",
                    "village": "training_rate_target_village"}


def rate_targets(settings: dict[str, Any]) -> dict[str, tuple[float, str]]:
    """Tier → (target %, where it comes from) for O5 and the training-rate table."""
    from emergency_desk.services.settings import PARAMS_BY_KEY

    out = {}
    for tier, key in RATE_TARGET_KEYS.items():
        param = PARAMS_BY_KEY[key]
        value = float(settings.get(key, param.default))
        # Printed for a county inspector: the rule number (（O5）) is the program's, not theirs.
        source = re.sub(r"（[A-Z]\d+）$", "", t(param.source)) if value == param.default \
            else t("本单位设置")
        out[tier] = (value, source)
    return out


@dataclass(frozen=True)
class TrainingRate:
    tier: str  # county / township / village
    label: str  # 县级 / 乡镇级 / 村（社区）级 (translated)
    officers: int  # people on post in the tier (one person with two posts counts once)
    trained: int  # of whom attended a 灾害信息员 training in the year

    @property
    def rate(self) -> float | None:
        """Percentage, or None when the tier has no officers."""
        return 100.0 * self.trained / self.officers if self.officers else None


def training_rates_in(session: Session, year: int, within_id: int | None = None,
                      today: date | None = None,
                      overall: bool = False) -> list[TrainingRate]:
    """Per tier: people on post, and how many of them attended a 灾害信息员 training dated in
    `year` (O5, A5). A rate is of people, not posts: someone holding two posts of a tier
    counts once above and below the line.

    `within_id`: only officers of that region and its villages (a township's own table).
    `today`: who is on post (default: the year's last day, or today for the current year).
    `overall`: one row for all tiers together (people counted once), the tables' 合计.
    """
    if today is None:
        today = min(date.today(), date(year, 12, 31))
    # The year's few events first, then their attendances (event index): with is_deleted to
    # the index, SQLite read every live attendance of the county (O5, issue 20).
    trained_people = (select(TrainingAttendance.person_id)
                      .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                      .where(unindexed(TrainingAttendance.is_deleted).is_(False),
                             TrainingEvent.is_deleted.is_(False), for_officers(),
                             TrainingEvent.date >= date(year, 1, 1),
                             TrainingEvent.date <= date(year, 12, 31)))
    # The 合计 line (overall): someone holding a township and a village post counts once.
    tier: Any = literal("all") if overall else case(
        *((InfoOfficer.level.in_(levels), name) for name, (_label, levels) in RATE_TIERS.items()),
        else_="")
    stmt = (select(tier, func.count(func.distinct(InfoOfficer.person_id)),
                   func.count(func.distinct(InfoOfficer.person_id)).filter(
                       InfoOfficer.person_id.in_(trained_people)))
            .join(Person, Person.id == InfoOfficer.person_id)
            .where(on_post(today), Person.is_deleted.is_(False))
            .group_by(tier))
    if within_id is not None:
        stmt = stmt.join(Region, Region.id == InfoOfficer.region_id).where(
            or_(Region.id == within_id, Region.parent_id == within_id))
    counts = {name: (n, k) for name, n, k in session.execute(stmt)}
    if overall:
        return [TrainingRate("all", t("合计"), *counts.get("all", (0, 0)))]
    return [TrainingRate(name, t(label), *counts.get(name, (0, 0)))
            for name, (label, _levels) in RATE_TIERS.items()]
