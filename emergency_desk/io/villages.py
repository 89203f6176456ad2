"""A village as sheets write it (io/managers.py, io/manager_rows.py, io/pledges.py)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.io.row_upsert import CellProblem, region_id_in

_COMMITTEE = re.compile(r"(?<=[村区])(民委员会|委会|居委会|居民委员会)$")


def village_id_in(session: Session, text: str, township: str | None, column: str,
                  cache: dict[str, Any]) -> int:
    """A region as sheets write villages: its name (also as 古筑村委会 / 城东社区居委会), code or
    path; a 乡镇 column decides between villages of the same name."""
    tries = [text]
    short = _COMMITTEE.sub("", text)
    if short != text:
        tries.append(short)
    if township:
        tries += [f"{township}/{x}" for x in tries]
    for attempt in tries[:-1]:
        try:
            return region_id_in(session, attempt, column, cache)
        except CellProblem:
            continue
    return region_id_in(session, tries[-1], column, cache)
