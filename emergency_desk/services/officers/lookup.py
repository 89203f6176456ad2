"""What the officer rules look up, in two drivers: SQL for the form (one record at a time) and
dicts loaded once for an import (issue 20).

The rules themselves (officers.py: who is the same person, which post a row updates, O3's
conflicts) are written once against `OfficerLookup`. `SqlLookup` asks the database each time,
as a form save should. `BulkLookup` loads the people and posts a roster can name in a few
queries, then answers from memory and is told about every record the import writes, so the
import needs no query and no flush per row: a 50,000-row roster is a handful of statements
instead of 250,000. Both hold ORM objects of the same session, so the rules compare people
and posts by identity — a person created three rows earlier has no id yet, but is the same
object.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.services.officers.latest_training import latest_training_in
from emergency_desk.services.people import find_person_in

# SQLite allows 999 bound parameters in older builds: IN lists stay below that.
CHUNK = 900


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for v in values:
        batch.append(v)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


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
    """Loaded once for the rows of one import; told about every person and post it writes."""

    flush_each_row = False

    def __init__(self, session: Session, id_cards: Iterable[str],
                 name_mobiles: Iterable[tuple[str, str]]) -> None:
        super().__init__(session)
        live = Person.is_deleted == false()
        people: dict[int, Person] = {}
        for batch in _chunks(set(id_cards)):
            for p in session.scalars(select(Person).where(live, Person.id_card.in_(batch))):
                people[p.id] = p
        wanted = set(name_mobiles)
        for batch in _chunks({m for _, m in wanted}):
            for p in session.scalars(select(Person).where(live, Person.mobile.in_(batch))):
                if (p.name, p.mobile) in wanted:
                    people[p.id] = p
        self._by_card: dict[str, Person] = {}
        self._by_name_mobile: dict[tuple[str, str], list[Person]] = {}
        self._keys: dict[Person, tuple[str | None, tuple[str, str] | None]] = {}
        for p in sorted(people.values(), key=lambda p: p.id):
            self.person_written(p)
        self._posts: dict[Person, list[InfoOfficer]] = {p: [] for p in people.values()}
        for batch in _chunks(people):
            for o in session.scalars(select(InfoOfficer).where(
                    InfoOfficer.is_deleted.is_(False), InfoOfficer.person_id.in_(batch))
                    .order_by(InfoOfficer.status, InfoOfficer.id)):
                self._posts[people[o.person_id]].append(o)
        # At most one active A per region: all of them are few, and their people are needed
        # for the message naming the holder.
        self._a: dict[int, list[InfoOfficer]] = {}
        for o, _p in session.execute(select(InfoOfficer, Person).join(
                Person, Person.id == InfoOfficer.person_id).where(
                InfoOfficer.is_deleted.is_(False), InfoOfficer.post == OfficerPost.A.value,
                InfoOfficer.status == OfficerStatus.ACTIVE.value).order_by(InfoOfficer.id)):
            self._a.setdefault(o.region_id, []).append(o)
        # Regions by id from the identity map (session.get then needs no query).
        self._regions = {r.id: r for r in session.scalars(select(Region))}
        self._latest: dict[Person, date | None] = {}
        event_date = TrainingEvent.date
        for batch in _chunks(people):
            for pid, latest in session.execute(
                    select(TrainingAttendance.person_id, func.max(event_date))
                    .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                    .where(TrainingAttendance.person_id.in_(batch),
                           TrainingAttendance.is_deleted.is_(False),
                           TrainingEvent.is_deleted.is_(False))
                    .group_by(TrainingAttendance.person_id)):
                self._latest[people[pid]] = latest

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        # The same answers as find_person_in, from the dicts.
        if id_card:
            hit = self._by_card.get(id_card)
            if hit is not None:
                return hit
        if name and mobile:
            for p in self._by_name_mobile.get((name, mobile), ()):
                if not id_card or p.id_card is None:
                    return p
        return None

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
        return self._regions.get(region_id) if region_id else None

    def latest_training(self, person: Person) -> date | None:
        return self._latest.get(person)

    def person_written(self, person: Person) -> None:
        card = person.id_card or None
        nm = (person.name, person.mobile) if person.name and person.mobile else None
        old = self._keys.get(person)
        if old == (card, nm):
            return
        if old is not None:  # a merge changed the number or the mobile: forget the old keys
            if old[0] is not None and self._by_card.get(old[0]) is person:
                del self._by_card[old[0]]
            if old[1] is not None and person in self._by_name_mobile.get(old[1], []):
                self._by_name_mobile[old[1]].remove(person)
        self._keys[person] = (card, nm)
        if card is not None:
            self._by_card.setdefault(card, person)
        if nm is not None:
            self._by_name_mobile.setdefault(nm, []).append(person)

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
