"""`--region NAME|CODE`: which part of the region tree a report covers."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.regions.regions import RegionRow, RegionService

Q = TypeVar("Q")


def resolve_region(db: Database, region: str | None) -> RegionRow | None:
    """The region a report is limited to (None = everything).

    A name or 区划代码 that matches nothing raises InputRejected naming the closest regions.
    """
    if region is None or not str(region).strip():
        return None
    svc = RegionService(db)
    found = svc.lookup(str(region))
    if found.region_id is None:
        raise InputRejected(found.problem or str(region))
    return svc.get(found.region_id)


def within_path(path: str | None, prefix: str | None) -> bool:
    """A record's region path lies in the scope whose path is `prefix` (None: everywhere):
    the region itself or one below it, never a sibling whose name merely starts the same."""
    return prefix is None or path == prefix or (path or "").startswith(prefix + "/")


def scope_label(row: RegionRow | None) -> str | None:
    """How the header names the scope: the full path, e.g. 黟县/碧阳镇."""
    return row.path if row is not None else None


@dataclass(frozen=True)
class PageView:
    """What a window page shows beyond its region — its 岗位, 状态, category, warehouse,
    expiry and search filters, as the page's own query object (OfficerQuery, StockQuery) — and
    how to name them in the header's 统计范围 (e.g. "岗位：A岗；搜索：张"). A report printed
    from the page lists exactly those rows (issue 17)."""

    query: Any
    label: str = ""


_PAGE_VIEW: ContextVar[PageView | None] = ContextVar("page_view", default=None)


@contextlib.contextmanager
def page_view(view: PageView | None) -> Iterator[None]:
    """Reports built inside honour the page's filters (the CLI never sets one)."""
    token = _PAGE_VIEW.set(view)
    try:
        yield
    finally:
        _PAGE_VIEW.reset(token)


def current_view(kind: type[Q]) -> tuple[Q, str] | None:
    """The page's query, if a page of this kind asked for the report being built."""
    view = _PAGE_VIEW.get()
    if view is None or not isinstance(view.query, kind):
        return None
    return view.query, view.label


def with_filters(scope: str | None, label: str) -> str | None:
    """统计范围 followed by the page's filters: 黟县/碧阳镇；岗位：A岗."""
    if not label:
        return scope
    sep = "; " if i18n.language() == "en" else "；"
    return f"{scope or t('全部（本县）')}{sep}{label}"
