"""The rosters' region order, stored on each region and kept current by every write.

The officers' roster (and its printed form) lists the county first, then each township in
区划代码 order with its own people before its villages, the villages in code order; regions
without a code after those with one. As SQL the two keys are expressions over a region and
its parent; computed in a page's ORDER BY they made SQLite sort all 100,000 officers for
each page of 200. Stored in `region.sort_town` / `region.sort_village` (migration 0022) and
indexed (`ix_region_sort`), they let a page walk the regions in order and stop after the page.

The stored values are exactly the expressions the roster ordered by before, so the order is
the same on either engine. They are kept current inside the writing transaction: any
INSERT or UPDATE of the region table on a session's connection — the ORM's flush (forms,
services, exchange merge), a Core statement, the bulk import's executemany — marks that
connection, and before the session commits `refresh` recomputes the keys (a village's key
is its township's code and name, so a township's rename changes its villages' keys).
Regions change rarely; refreshing all of them costs a statement over the region table.
"""

from __future__ import annotations

import re
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, case, event, func, or_, select, update
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region

_PENDING = "emergency_desk_region_order"  # connection.info: a region was written
_CONNECTIONS = "emergency_desk_region_order_connections"  # session.info: its connections
_OWN = "region_order_refresh"  # execution option marking refresh's own statement
_LOWEST = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)


def town_key(region: Any, parent_code: Any, parent_name: Any) -> Any:
    """乡镇 key: '' for the county; a village's township code (or '~') and name; a
    township's own code and name."""
    return case((region.level == RegionLevel.COUNTY.value, ""),
                (region.level.in_(_LOWEST), func.coalesce(parent_code, "~") + parent_name),
                else_=func.coalesce(region.code, "~") + region.name)


def village_key(region: Any) -> Any:
    """村 key: a village's code (or '~') and name; '' above the villages."""
    return case((region.level.in_(_LOWEST), func.coalesce(region.code, "~") + region.name),
                else_="")


def refresh(session: Session) -> None:
    """Recompute the stored keys; only rows whose keys differ are written."""
    r = cast(Table, Region.__table__)
    p = r.alias("parent_region")
    town = town_key(r.c, select(p.c.code).where(p.c.id == r.c.parent_id).scalar_subquery(),
                    select(p.c.name).where(p.c.id == r.c.parent_id).scalar_subquery())
    village = village_key(r.c)
    session.execute(update(r).values(sort_town=town, sort_village=village)
                    .where(or_(r.c.sort_town.is_distinct_from(town),
                               r.c.sort_village.is_distinct_from(village)))
                    .execution_options(**{_OWN: True}))


# INSERT or UPDATE of the region table, however written: the ORM's flush, a Core statement,
# or io/spec.insert_rows' executemany straight to the driver.
_WRITES_REGION = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE)\s+"?region"?[\s(]',
                            re.IGNORECASE)


def _on_cursor(conn: Connection, _cursor: Any, statement: str, _params: Any,
               context: Any, _many: bool) -> None:
    if _WRITES_REGION.match(statement) and not (
            context is not None and context.execution_options.get(_OWN)):
        conn.info[_PENDING] = True


def _after_begin(session: Session, _trans: Any, connection: Connection) -> None:
    session.info.setdefault(_CONNECTIONS, []).append(connection)


def _before_commit(session: Session) -> None:
    session.flush()
    for conn in session.info.get(_CONNECTIONS, ()):
        if conn.info.pop(_PENDING, None):
            refresh(session)


def _forget(session: Session) -> None:
    for conn in session.info.pop(_CONNECTIONS, ()):
        conn.info.pop(_PENDING, None)


def install() -> None:
    """Called once (data/db.py), as data/versions.install."""
    if getattr(install, "done", False):
        return
    event.listen(Engine, "before_cursor_execute", _on_cursor)
    event.listen(Session, "after_begin", _after_begin)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_commit", _forget)
    event.listen(Session, "after_rollback", _forget)
    install.done = True  # type: ignore[attr-defined]
