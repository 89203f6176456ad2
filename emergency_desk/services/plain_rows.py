"""Stored rows as plain Python objects, for imports that check rows with the forms' rules and
write them with Core statements (issue 20).

The rules read records through attributes (`o.status`, `p.id_card`, `o.person`) and compare
them by identity. ORM objects answer that, but every attribute set on one costs an event and
every flush walks them all; a 10,000-row roster spent most of its time there. A `PlainRow`
carries the same attributes as the model (dates of month precision as MonthDates, as the ORM
loads them), remembers what it held when loaded, and `PlainRows` keeps one object per stored
row (an identity map), so the rules see one object wherever a row turns up. The caller writes
what changed (`PlainRow.changed`) with io/bulk.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MONTH_FIELDS, MonthDate, with_precision

# Columns a writer never copies from a row's attributes: io/bulk.py sets them itself.
OWN = ("id", "uuid", "created_at", "updated_at", "is_deleted", "deleted_at", "row_version")


class PlainRow:
    """One record of `model` as plain attributes. Not mapped: setting an attribute is a dict
    store. Attributes that are not columns (`person` of an officer) may be added freely."""

    # Set by the rules and writers (the others are read through __getattr__'s declaration).
    id: int
    uuid: str
    person: Any

    def __init__(self, model: Any, values: dict[str, Any], stored: bool) -> None:
        self.__dict__.update(values)
        self._model = model
        # What the database holds (None for a new row): the old side of its update.
        self._stored: dict[str, Any] | None = dict(values) if stored else None

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute the row does not have (its columns live in
        # __dict__); declared so that type checkers accept the model's column names.
        raise AttributeError(name)

    @property
    def model(self) -> Any:
        return self._model

    @property
    def stored(self) -> dict[str, Any] | None:
        return self._stored

    def values(self, blanks: bool = True) -> dict[str, Any]:
        """The writable columns as they are now, month flags following their dates (as
        data/dates.py keeps them on an ORM save); without `blanks`, only those not None."""
        d = self.__dict__
        if blanks:
            out = {k: d.get(k) for k in writable(self._model)}
        else:
            out = {k: v for k in writable(self._model) if (v := d.get(k)) is not None}
        for f in MONTH_FIELDS.get(self._model, ()):
            out[f + "_month"] = isinstance(d.get(f), MonthDate)
        return out


_COLUMNS: dict[Any, list[str]] = {}
_WRITABLE: dict[Any, list[str]] = {}


def columns(model: Any) -> list[str]:
    keys = _COLUMNS.get(model)
    if keys is None:
        keys = _COLUMNS[model] = [c.key for c in cast(Table, model.__table__).columns]
    return keys


def writable(model: Any) -> list[str]:
    """The columns a writer copies from a row (all but OWN)."""
    keys = _WRITABLE.get(model)
    if keys is None:
        keys = _WRITABLE[model] = [k for k in columns(model) if k not in OWN]
    return keys


def new_row(model: Any, rid: int) -> PlainRow:
    """A record not yet written, numbered `rid` up front (io/bulk.py `BulkTable.reserve`),
    every column None until the caller sets it (defaults are filled when it is written)."""
    values: dict[str, Any] = dict.fromkeys(columns(model))
    values.update(id=rid, is_deleted=False)
    return PlainRow(model, values, stored=False)


class PlainRows:
    """Loads stored rows as PlainRows, one object per (model, id). Made per chunk of import
    rows: the chunk's changes are written before the next chunk loads, so nothing of a
    written chunk is kept."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._seen: dict[tuple[Any, int], PlainRow] = {}

    def load(self, model: Any, *where: Any, order_by: Iterable[Any] = ()) -> list[PlainRow]:
        table = cast(Table, model.__table__)
        months = MONTH_FIELDS.get(model, ())
        out: list[PlainRow] = []
        for row in self.session.execute(select(*table.columns).where(*where)
                                        .order_by(*order_by)).mappings():
            obj = self._seen.get((model, row["id"]))
            if obj is None:
                values = dict(row)
                for f in months:  # as the ORM loads them (data/dates.py)
                    values[f] = with_precision(values[f], values[f + "_month"])
                obj = self._seen[(model, row["id"])] = PlainRow(model, values, stored=True)
            out.append(obj)
        return out
