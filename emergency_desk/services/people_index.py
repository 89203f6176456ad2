"""People by natural key for a batch of import rows: the same answers as `find_person_in`,
from dicts loaded in a few queries (issue 20).

An import asks "who is this row's person" for every row. `PersonIndex` loads the people a
batch of rows can name (by 身份证号, by 姓名+手机号码, and by 姓名 alone where a register
allows it) and is told about every person the import writes, so a person created three rows
earlier is found although it has no id yet: the rules compare people by identity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, cast

from sqlalchemy import ColumnElement, false, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.people import Person
from emergency_desk.services.people import PersonInput, check_person

# SQLite allows 999 bound parameters in older builds: IN lists stay below that.
IN_CHUNK = 900


def chunked(values: Iterable[Any], size: int = IN_CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for v in values:
        batch.append(v)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


Keys = tuple[set[str], set[tuple[str, str]], set[str]]


def natural_keys(rows: Iterable[Mapping[str, Any]]) -> Keys:
    """(身份证号, 姓名+手机号码, 姓名 of rows with neither) as the rules will look them up:
    normalised the way check_person does. Cells that failed to parse are skipped."""
    return keys_of(check_person(PersonInput(
        name=name if isinstance(name, str) else "",
        id_card=card if isinstance(card, str) else None,
        mobile=mobile if isinstance(mobile, str) else None))[0]
        for card, name, mobile in ((v.get("id_card"), v.get("name"), v.get("mobile"))
                                   for v in rows))


def keys_of(people: Iterable[PersonInput]) -> Keys:
    """natural_keys of people already checked (`check_person`'s normalised input): an import
    that checks each row's person once hands the checked people here and to the rules."""
    cards: set[str] = set()
    name_mobiles: set[tuple[str, str]] = set()
    names: set[str] = set()
    for clean in people:
        if clean.id_card:
            cards.add(clean.id_card)
        if clean.name and clean.mobile:
            name_mobiles.add((clean.name, clean.mobile))
        if clean.name and not clean.id_card and not clean.mobile:
            names.add(clean.name)
    return cards, name_mobiles, names


def live_in_bulk(session: Session, model: Any) -> ColumnElement[Any]:
    """The WHERE term "not deleted" of a bulk lookup (people by 身份证号 or name, posts by
    region).

    SQLite, without statistics, takes "is_deleted = 0" for the most selective term of such
    a query and walked every live row through the is_deleted index instead of the 身份证号,
    name or region index: once a chunk, so a 50,000-row roster grew quadratically (issue
    20). likely() tells it the term is true of nearly every row; "= 0" itself stays, so the
    partial unique index on live 身份证号 still applies. (Left untyped: a Boolean function
    is rendered "likely(…) = 1", which no index matches.)"""
    live = model.is_deleted == false()
    if session.get_bind().dialect.name == "sqlite":
        return cast(ColumnElement[Any], func.likely(live))
    return cast(ColumnElement[Any], live)


class PersonIndex:
    """The live people some rows can name, kept current with what the import writes."""

    def __init__(self, session: Session, id_cards: Iterable[str],
                 name_mobiles: Iterable[tuple[str, str]], names: Iterable[str] = (),
                 load: Callable[[Any], Iterable[Person]] | None = None) -> None:
        """`load`: where-clause → the people it selects; ORM objects of `session` by
        default (services/plain_rows.py gives plain rows that bulk writers change and write)."""
        self._load = load or (lambda where: session.scalars(
            select(Person).where(where).order_by(Person.id)))
        self._live = live = live_in_bulk(session, Person)
        found: dict[int, Person] = {}
        for batch in chunked(set(id_cards)):
            for p in self._load(live & Person.id_card.in_(batch)):
                found[p.id] = p
        wanted = set(name_mobiles)
        for batch in chunked({n for n, _ in wanted}):  # by name: ix_person_name_mobile
            for p in self._load(live & Person.name.in_(batch)):
                if (p.name, p.mobile) in wanted:
                    found[p.id] = p
        self._names = set(names)
        for batch in chunked(self._names):
            for p in self._load(live & Person.name.in_(batch)):
                found[p.id] = p
        self._by_card: dict[str, Person] = {}
        self._by_name_mobile: dict[tuple[str, str], list[Person]] = {}
        self._by_name: dict[str, list[Person]] = {}
        self._keys: dict[Person, tuple[str | None, tuple[str, str] | None, str]] = {}
        # In id order, as find_person_in takes the first of several by 姓名+手机号码.
        for p in sorted(found.values(), key=lambda p: p.id):
            self.written(p)

    @property
    def people(self) -> list[Person]:
        return list(self._keys)

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        """find_person_in's answer: 身份证号, else 姓名+手机号码 of someone without another
        身份证号."""
        if id_card:
            hit = self._by_card.get(id_card)
            if hit is not None:
                return hit
        if name and mobile:
            for p in self._by_name_mobile.get((name, mobile), ()):
                if not id_card or p.id_card is None:
                    return p
        return None

    def namesakes(self, name: str) -> list[Person]:
        """The live people called `name`, those the import wrote included."""
        if name not in self._names:  # not foreseen by natural_keys: load it now
            self._names.add(name)
            known = [p for p in self._keys if p.name == name]
            stored = self._load(self._live & (Person.name == name))
            for p in dict.fromkeys([*known, *stored]):
                if p in self._keys:  # indexed before its name was asked for
                    self._by_name.setdefault(name, []).append(p)
                else:
                    self.written(p)
        return list(self._by_name.get(name, ()))

    def written(self, person: Person) -> None:
        """The import wrote `person` (new, or a merge changed its 身份证号 or 手机号码)."""
        card = person.id_card or None
        nm = (person.name, person.mobile) if person.name and person.mobile else None
        old = self._keys.get(person)
        if old == (card, nm, person.name):
            return
        if old is not None:  # forget the keys it had
            if old[0] is not None and self._by_card.get(old[0]) is person:
                del self._by_card[old[0]]
            if old[1] is not None and person in self._by_name_mobile.get(old[1], []):
                self._by_name_mobile[old[1]].remove(person)
            if person in self._by_name.get(old[2], []):
                self._by_name[old[2]].remove(person)
        self._keys[person] = (card, nm, person.name)
        if card is not None:
            self._by_card.setdefault(card, person)
        if nm is not None:
            self._by_name_mobile.setdefault(nm, []).append(person)
        if person.name in self._names:
            self._by_name.setdefault(person.name, []).append(person)
