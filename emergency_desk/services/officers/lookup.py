"""What the officer rules look up, in two drivers: SQL for the form (one record at a time) and
dicts loaded for a chunk of import rows (issue 20).

The rules themselves (officers.py: who is the same person, which post a row updates, O3's
conflicts) are written once against `OfficerLookup`. `SqlLookup` asks the database each time,
as a form save should. `BulkLookup` loads the people and posts a chunk of rows can name in a few
queries, then answers from memory and is told about every record the import writes, so the
import needs no query and no flush per row: a 50,000-row roster is a handful of statements per
chunk instead of 250,000. Both hold ORM objects of the same session, so the rules compare people
and posts by identity — a person created three rows earlier has no id yet, but is the same
object.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.services.officers.latest_training import latest_training_in
from emergency_desk.services.people import find_person_in
from emergency_desk.services.people_index import PersonIndex, chunked, live_in_bulk
from emergency_desk.services.plain_rows import PlainRows


def post_order(o: InfoOfficer) -> tuple[str, bool, int]:
    """Current posts first ("active" < "left"), then by age; unsaved posts after saved ones."""
    return o.status, o.id is None, o.id or 0


class OfficerLookup:
    """The SQL driver: every answer is a query (autoflush makes pending rows visible)."""

    flush_each_row = True  # the form's save flushes, so ids and constraints are checked at once

    def __init__(self, session: Session) -> None:
        self.session = session

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        return find_person_in(self.session, id_card=id_card, name=name, mobile=mobile)

    def posts_of(self, person: Person | None) -> list[InfoOfficer]:
        """The person's live posts (any level and status), current first."""
        if person is None or person.id is None:
            return []
        return list(self.session.scalars(select(InfoOfficer).where(
            InfoOfficer.is_deleted.is_(False), InfoOfficer.person_id == person.id)
            .order_by(InfoOfficer.status, InfoOfficer.id)))

    def a_posts_in(self, region_id: int) -> list[InfoOfficer]:
        """Live active A posts of the region (the rules still check dates and identity)."""
        return list(self.session.scalars(select(InfoOfficer).where(
            InfoOfficer.is_deleted.is_(False), InfoOfficer.region_id == region_id,
            InfoOfficer.post == OfficerPost.A.value,
            InfoOfficer.status == OfficerStatus.ACTIVE.value,
            or_(InfoOfficer.leave_date.is_(None), InfoOfficer.leave_date >= date.today()))
            .order_by(InfoOfficer.id)))

    def region(self, region_id: int | None) -> Region | None:
        return self.session.get(Region, region_id) if region_id else None

    def latest_training(self, person: Person) -> date | None:
        return latest_training_in(self.session, person.id) if person.id is not None else None

    # The bulk driver keeps its dicts current through these; the database does it here.
    def person_written(self, person: Person) -> None:
        pass

    def post_written(self, officer: InfoOfficer, person: Person) -> None:
        pass

    def trained(self, person: Person, when: date) -> None:
        pass


class BulkLookup(OfficerLookup):
    """Loaded once for a chunk of import rows; told about every person and post it writes.

    Its people and posts are plain rows (services/plain_rows.py), not ORM objects: the import
    changes them with the same rules and writes what changed with Core statements
    (io/officer_rows.py), one executemany per table and chunk."""

    flush_each_row = False

    def __init__(self, session: Session, id_cards: Iterable[str],
                 name_mobiles: Iterable[tuple[str, str]], a_regions: Iterable[int],
                 regions: dict[int, Region] | None = None) -> None:
        """`a_regions`: the regions whose active A posts the rows may ask about (those the
        chunk's rows name): a county has thousands, a chunk names a few hundred."""
        super().__init__(session)
        rows = PlainRows(session)
        self.people = PersonIndex(session, id_cards, name_mobiles,
                                  load=lambda where: cast(list[Person], rows.load(Person, where)))
        people: dict[int, Any] = {p.id: p for p in self.people.people}
        self._posts: dict[Person, list[InfoOfficer]] = {p: [] for p in people.values()}
        for batch in chunked(people):
            for o in rows.load(InfoOfficer, InfoOfficer.is_deleted.is_(False),
                               InfoOfficer.person_id.in_(batch),
                               order_by=(InfoOfficer.status, InfoOfficer.id)):
                o.person = people[o.person_id]
                self._posts[o.person].append(cast(InfoOfficer, o))
        # At most one active A per region, and their people for the message naming the
        # holder: those of the chunk's regions (loading the county's every chunk cost as
        # much as the rows themselves at 50,000 officers).
        self._a: dict[int, list[InfoOfficer]] = {}
        live = live_in_bulk(session, InfoOfficer)  # by ix_info_officer_region_status
        holders = [o for batch in chunked(set(a_regions)) for o in rows.load(
            InfoOfficer, live,
            InfoOfficer.post == OfficerPost.A.value,
            InfoOfficer.status == OfficerStatus.ACTIVE.value, InfoOfficer.region_id.in_(batch),
            order_by=(InfoOfficer.id,))]
        holders.sort(key=lambda o: o.id)
        missing = {o.person_id for o in holders} - people.keys()
        for batch in chunked(missing):
            people.update((p.id, p) for p in rows.load(Person, Person.id.in_(batch)))
        for o in holders:
            o.person = people[o.person_id]
            self._a.setdefault(o.region_id, []).append(cast(InfoOfficer, o))
        # Regions by id (an import's chunks share one load: `regions`).
        self.regions = regions if regions is not None else \
            {r.id: r for r in session.scalars(select(Region))}
        self._latest: dict[Person, date | None] = {}
        event_date = TrainingEvent.date
        for batch in chunked(self.people.people):
            for pid, latest in session.execute(
                    select(TrainingAttendance.person_id, func.max(event_date))
                    .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                    .where(TrainingAttendance.person_id.in_([p.id for p in batch]),
                           TrainingAttendance.is_deleted.is_(False),
                           TrainingEvent.is_deleted.is_(False))
                    .group_by(TrainingAttendance.person_id)):
                self._latest[people[pid]] = latest

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        return self.people.person(id_card=id_card, name=name, mobile=mobile)

    def posts_of(self, person: Person | None) -> list[InfoOfficer]:
        if person is None:
            return []
        return sorted((o for o in self._posts.get(person, ()) if not o.is_deleted),
                      key=post_order)

    def a_posts_in(self, region_id: int) -> list[InfoOfficer]:
        today = date.today()
        return [o for o in self._a.get(region_id, ())
                if not o.is_deleted and o.region_id == region_id
                and o.post == OfficerPost.A.value and o.status == OfficerStatus.ACTIVE.value
                and (o.leave_date is None or o.leave_date >= today)]

    def region(self, region_id: int | None) -> Region | None:
        return self.regions.get(region_id) if region_id else None

    def latest_training(self, person: Person) -> date | None:
        return self._latest.get(person)

    def person_written(self, person: Person) -> None:
        self.people.written(person)

    def post_written(self, officer: InfoOfficer, person: Person) -> None:
        posts = self._posts.setdefault(person, [])
        if officer not in posts:
            posts.append(officer)
        if officer.post == OfficerPost.A.value:
            holders = self._a.setdefault(officer.region_id, [])
            if officer not in holders:
                holders.append(officer)

    def trained(self, person: Person, when: date) -> None:
        latest = self._latest.get(person)
        if latest is None or when > latest:
            self._latest[person] = when
