"""Which drills a rescue team took part in (T4 "日常训练、应急演练", C3).

A drill is the team's when the drill form links the team (`drill_team`) or when the team's
name appears among the drill's 参演单位, as offices type it: "碧阳镇综合应急救援队、镇卫生院".
Names are compared without spaces and with full-width brackets made half-width, so
"碧阳镇综合应急救援队（民兵）" matches "碧阳镇综合应急救援队(民兵)".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.plans import Drill, DrillTeam
from emergency_desk.data.teams import RescueTeam
from emergency_desk.i18n import t

_SPACE = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[、,，;；\n]+")
_WIDE = str.maketrans("（）【】，；：", "()[],;:")


def _plain(text: str) -> str:
    return _SPACE.sub("", text.translate(_WIDE))


def names_in(units: str | None, teams: Mapping[int, str]) -> set[int]:
    """The teams of `teams` (id → name) named in a drill's 参演单位 text."""
    text = _plain(units or "")
    if not text:
        return set()
    return {tid for tid, name in teams.items() if _plain(name) and _plain(name) in text}


def team_drills_in(session: Session, teams: Mapping[int, str], today: date) -> dict[int, date]:
    """Team id → date of its latest drill on or before `today` (linked or named)."""
    latest: dict[int, date] = {}

    def seen(tid: int, day: date) -> None:
        if tid in teams and (tid not in latest or day > latest[tid]):
            latest[tid] = day

    live = (Drill.is_deleted.is_(False), Drill.date <= today)
    for tid, day in session.execute(
            select(DrillTeam.team_id, Drill.date).join(Drill, Drill.id == DrillTeam.drill_id)
            .where(DrillTeam.is_deleted.is_(False), *live)):
        seen(tid, day)
    for units, day in session.execute(select(Drill.participant_units, Drill.date).where(
            *live, Drill.participant_units.is_not(None), Drill.participant_units != "")):
        for tid in names_in(units, teams):
            seen(tid, day)
    return latest


def split_names(text: str | None) -> list[str]:
    """'碧阳镇综合应急救援队、宏村镇民兵应急分队' → the names (any of 、,，;； or new lines)."""
    return [n for n in (x.strip() for x in _SEPARATORS.split(text or "")) if n]


def resolve_team_names(session: Session, names: list[str]) -> tuple[list[int], list[str]]:
    """Team ids for the names typed in the drill form's 参演队伍, and a message for each name
    that is no live team's."""
    teams = {_plain(name): tid for tid, name in session.execute(
        select(RescueTeam.id, RescueTeam.name).where(RescueTeam.is_deleted.is_(False)))}
    ids: list[int] = []
    problems: list[str] = []
    for name in names:
        tid = teams.get(_plain(name))
        if tid is None:
            problems.append(t("没有名为“{name}”的救援队伍，请核对队伍名称", name=name))
        elif tid not in ids:
            ids.append(tid)
    return ids, problems


def team_names_in(session: Session, ids: tuple[int, ...]) -> str:
    """The form's 参演队伍 text for linked team ids, in link order."""
    names = dict(session.execute(select(RescueTeam.id, RescueTeam.name)
                                 .where(RescueTeam.id.in_(ids))).all())
    return "、".join(names[i] for i in ids if i in names)
