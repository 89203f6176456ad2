"""What the officers and members imports' writers share (issue 20): each roster row's person,
found or new, changed by the form's field rule (`apply_person`) as a plain row, and the
"unchanged" comparison of a stored record with its person.

io/officer_rows.py and io/member_rows.py add their own table (posts, memberships) after the
people, so that a chunk writes its new people before the records that refer to them.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.orm import Session

from emergency_desk.data.people import Person
from emergency_desk.io.bulk import Bulk, PlainWriter
from emergency_desk.services.people import PersonInput, apply_person
from emergency_desk.services.plain_rows import PlainRow, columns

_NOT_COMPARED = ("updated_at", "created_at")


def snapshot(*rows: Any) -> list[Any]:
    """What "unchanged" compares, as the ORM upserts' snapshot does (month flags follow their
    dates only when written, so they are compared as loaded)."""
    return [r.__dict__.get(k) for r in rows for k in columns(r.model)
            if k not in _NOT_COMPARED]


class PersonRows:
    """A roster import's writer: new and changed people of the current chunk, and the rows of
    the tables a subclass adds after them, written with one executemany per table."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows = PlainWriter(Bulk(session))
        self.rows.table(Person, lambda p: cast(str, p.name))

    def person(self, found: Any, clean: PersonInput) -> PlainRow:
        """The row's person: `found` (a PlainRow of the chunk's lookup) with `clean`'s
        non-blank fields laid over it, or a new person (the rules found nobody with this
        natural key)."""
        if found is None:
            person = self.rows.new(Person)
            apply_person(cast(Any, person), clean, merge=False)
            return person
        self.rows.touch(found)
        apply_person(cast(Any, found), clean, merge=True)
        return found

    def chunk_done(self) -> None:
        """Write the chunk: inserts and updates of each table in one executemany each."""
        self.rows.write()
