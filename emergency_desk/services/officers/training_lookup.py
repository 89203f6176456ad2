"""What a trainings import matches its rows against, loaded for a chunk of rows (issue 20):
the attendees by 身份证号, 姓名+手机号码 or 姓名 alone (PersonIndex) and their attendance
records, so that a 签到表 of thousands of rows asks no query per row."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy.orm import Session

from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.services.people_index import PersonIndex, chunked
from emergency_desk.services.plain_rows import PlainRows


class AttendanceLookup:
    """The people a chunk of sign-in rows names and what they attended; told about every
    person the import writes (a person added three rows earlier has no id yet)."""

    def __init__(self, session: Session, id_cards: Iterable[str],
                 name_mobiles: Iterable[tuple[str, str]], names: Iterable[str]) -> None:
        rows = PlainRows(session)  # plain rows: the import writes them with Core statements
        self.people = PersonIndex(session, id_cards, name_mobiles, names,
                                  load=lambda where: cast(list[Person], rows.load(Person, where)))
        self._attended: dict[tuple[int, int], TrainingAttendance] = {}
        by_id: dict[int, Any] = {p.id: p for p in self.people.people}
        for batch in chunked(list(by_id)):
            for a in rows.load(TrainingAttendance, TrainingAttendance.person_id.in_(batch),
                               TrainingAttendance.is_deleted.is_(False),
                               order_by=(TrainingAttendance.id,)):
                a.person = by_id[a.person_id]
                self._attended.setdefault((a.event_id, a.person_id), cast(TrainingAttendance, a))

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        return self.people.person(id_card=id_card, name=name, mobile=mobile)

    def namesakes(self, name: str) -> list[Person]:
        return self.people.namesakes(name)

    def person_written(self, person: Person) -> None:
        self.people.written(person)

    def attendance(self, event: TrainingEvent, person: Person) -> TrainingAttendance | None:
        """The live record of `person` attending `event` (none when either is new)."""
        if event.id is None or person.id is None:
            return None
        return self._attended.get((event.id, person.id))
