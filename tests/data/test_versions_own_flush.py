"""A service's own autoflush halfway through a save raised the record's version; the rest of
the same save must not then look like someone else's (renaming a team was refused with
记录已被他人修改). A save over a version someone else wrote is still refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.teams import RescueTeam, TeamCategory
from emergency_desk.data.versions import RecordChanged
from emergency_desk.services.regions.county_setup import init_county
from emergency_desk.services.teams.teams import TeamInput, TeamService, to_input


def _team(db: Database) -> tuple[int, TeamInput]:
    with db.read() as s:  # what the form shows
        team = s.scalars(select(RescueTeam)).one()
        return team.id, to_input(team)


def test_renaming_a_team_read_in_a_form_saves(db: Database) -> None:
    init_county(db, "341023", office_name="黟县应急管理局")
    with db.read() as s:
        town = s.scalars(select(Region.id).where(Region.code == "341023101000")).one()
    TeamService(db).create(TeamInput(name="宏村镇森林扑火队", region_id=town,
                                     category=TeamCategory.COMPREHENSIVE,
                                     leader_name="余亮", leader_mobile="13905592001"))
    team_id, data = _team(db)
    data.name, data.planned_size = "宏村镇半专业森林扑火队", 24
    TeamService(db).update(team_id, data)
    assert _team(db)[1].name == "宏村镇半专业森林扑火队"

    team_id, stale = _team(db)
    with db.engine.begin() as conn:  # another program saves after the form was filled
        conn.execute(update(RescueTeam).where(RescueTeam.id == team_id).values(
            planned_size=30, row_version=RescueTeam.row_version + 1))
    stale.name = "宏村镇扑火队"
    with pytest.raises(RecordChanged):
        TeamService(db).update(team_id, stale)
