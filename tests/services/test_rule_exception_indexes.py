"""The partial indexes that hold only the rows a rule reports (issue 20): the people without
a usable 手机号码 (O3, T2) and the officers with a 离任日期 (O3). The database keeps them current
on every write, on both engines; on SQLite the rules read them instead of walking every
officer and team member with their person."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select, update

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person, mobile_unusable
from emergency_desk.data.sql import through_index
from emergency_desk.services.checks import run_checks
from emergency_desk.values import MOBILE_RE
from tests.services.conftest import DEMO_DAY

DAY = DEMO_DAY  # the day the shared demo county (tests/services/conftest.py) is built for
MOBILES = [None, "", "13800138000", "0559-5521119", "1380013800", "138001380001", "12800138000",
           "19912345678", "1380013800a", " 13800138000"]


def _unusable_by_rule(db: Database) -> set[str]:
    """The people the rules see as having no usable mobile, read through the partial index."""
    with db.read() as s:
        stmt = through_index(select(Person.name).where(mobile_unusable()), Person,
                             "ix_person_mobile_unusable")
        return set(s.scalars(stmt))


def _unusable_by_values(db: Database) -> set[str]:
    """The same people by the forms' own test (values.MOBILE_RE), row by row in Python."""
    with db.read() as s:
        return {name for name, mobile in s.execute(select(Person.name, Person.mobile))
                if not (mobile and MOBILE_RE.match(mobile))}


def test_the_mobile_index_holds_the_people_the_forms_would_refuse(any_db: Database) -> None:
    with any_db.begin() as s:
        s.add_all(Person(name=f"人{i}", mobile=m) for i, m in enumerate(MOBILES))
    expected = {f"人{i}" for i, m in enumerate(MOBILES) if not (m and MOBILE_RE.match(m))}
    assert expected == {"人0", "人1", "人3", "人4", "人5", "人6", "人8", "人9"}
    assert _unusable_by_rule(any_db) == _unusable_by_values(any_db) == expected
    # Kept current on every write: a number corrected leaves the index, one spoilt enters it.
    with any_db.begin() as s:
        s.execute(update(Person).where(Person.name == "人0").values(mobile="13912345678"))
        s.execute(update(Person).where(Person.name == "人2").values(mobile="5521119"))
    assert _unusable_by_rule(any_db) == _unusable_by_values(any_db) == \
        expected - {"人0"} | {"人2"}


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def keep(_conn: object, _cursor: object, statement: str, parameters: Any,
             *_args: object) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)



def test_o3_and_t2_read_the_exceptions_not_every_officer_and_member(demo_county: Database) -> None:
    """The plans, not the clock: each statement that looks for an unusable mobile or a past
    离任日期 starts from its partial index. Dropping the index or the hint fails here (SQLite
    would walk ix_info_officer_is_deleted / ix_team_member_is_deleted, every live row)."""
    with _statements(demo_county) as seen:
        run_checks(demo_county, today=DAY, only=["O3", "T2"])
    plans: dict[str, list[str]] = {}
    with demo_county.engine.connect() as conn:
        for sql, params in seen:
            if sql.lstrip().upper().startswith("SELECT"):
                plans[sql] = [row[3] for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + sql, params)]
    mobile = [p for sql, p in plans.items() if "GLOB" in sql]
    left = [p for sql, p in plans.items() if "info_officer.leave_date <" in sql]
    assert len(mobile) == 2 and len(left) == 2  # O3's and T2's; O3's two date checks
    for plan in mobile:
        assert plan[0] == "SCAN person USING INDEX ix_person_mobile_unusable", plan
    for plan in left:
        assert plan[0].startswith(("SCAN info_officer USING INDEX ix_info_officer_left",
                                   "SEARCH info_officer USING INDEX ix_info_officer_left")), plan
