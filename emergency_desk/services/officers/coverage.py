"""The officer coverage of every township and village/community: who holds the A, B and 单岗
posts on a day, and what O1 (too few officers) and O2 (no AB pair in a disaster-prone place)
find wanting.

The coverage view, the printed gap list and rules O1/O2 all read `coverage_in` and the two
gap functions, so the window, the paper and `check` never disagree about which village
lacks what.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, on_post
from emergency_desk.data.people import Person
from emergency_desk.data.sql import unindexed
from emergency_desk.i18n import t

COVERED_LEVELS = (RegionLevel.TOWNSHIP.value, RegionLevel.VILLAGE.value,
                  RegionLevel.COMMUNITY.value)


# A holder of a post: (officer id, person id, name, mobile), a plain tuple rather than a
# class. The officers page keeps its county's coverage for as long as it is open — 50,000
# holders at 50k — and the cycle collector stops walking a plain tuple of numbers and text
# after one pass over it, where it walks every instance of a class (a named tuple too) on
# every full pass: with these as a class, the window's timed pass took 0.09 s longer with the
# officers page open (issue 20). Read them with `holder_officer`, `holder_name`, `holder_person`.
PostHolder = tuple[int, int, str, str | None]


def holder_officer(h: PostHolder) -> int:
    return h[0]


def holder_name(h: PostHolder) -> str:
    return h[2]


def holder_person(h: PostHolder) -> int:
    return h[1]


@dataclass(frozen=True)
class CoverageRow:
    region_id: int
    name: str
    path: str
    level: RegionLevel
    is_disaster_prone: bool
    a: tuple[PostHolder, ...]
    b: tuple[PostHolder, ...]
    single: tuple[PostHolder, ...]
    coverage_gap: str | None  # O1 text, None when covered
    ab_gap: str | None  # O2 text (disaster-prone regions only)

    @property
    def active(self) -> int:
        return len(self.a) + len(self.b) + len(self.single)

    @property
    def township(self) -> str:
        parts = self.path.split("/")
        return self.name if self.level == RegionLevel.TOWNSHIP else \
            (parts[-2] if len(parts) >= 2 else "")

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(g for g in (self.coverage_gap, self.ab_gap) if g)


def coverage_gap(active: int, minimum: int) -> str | None:
    """O1: fewer active officers than required."""
    if active >= minimum:
        return None
    if active == 0:
        return t("没有在岗灾害信息员")
    return t("在岗灾害信息员 {n} 名，少于要求的 {m} 名", n=active, m=minimum)


def ab_gap(a_people: list[int], b_people: list[int]) -> str | None:
    """O2 for a disaster-prone region: one A and at least one B held by someone else.

    Two As are O3's finding; here only what is missing is said.
    """
    missing = []
    if not a_people:
        missing.append(t("A岗"))
    other_b = [p for p in b_people if p not in a_people]
    if not b_people:
        missing.append(t("B岗"))
    if missing:
        return t("灾害多发频发，缺{posts}", posts=t("和").join(missing))
    if not other_b:
        return t("A岗与B岗为同一人，A岗不在岗时无人接替，缺另一名B岗")
    return None


@dataclass
class _Acc:
    a: list[PostHolder] = field(default_factory=list)
    b: list[PostHolder] = field(default_factory=list)
    single: list[PostHolder] = field(default_factory=list)


def coverage_in(session: Session, *, minimum: int = 1, disaster_prone_only: bool = False,
                township_id: int | None = None, gaps_only: bool = False,
                today: date | None = None,
                region_ids: Collection[int] | None = None) -> builtins.list[CoverageRow]:
    """Every live township and village/community with the A, B and 单岗 holders on post
    `today` (status and dates, `on_post`); with `region_ids`, only those (the coverage view
    after an edit updates the regions it touched).

    Two queries whatever the county's size (regions, then officers on post).
    """
    rconds: list[ColumnElement[bool]] = [Region.is_deleted.is_(False),
                                         Region.level.in_(COVERED_LEVELS)]
    if disaster_prone_only:
        rconds.append(Region.is_disaster_prone.is_(True))
    if township_id is not None:
        rconds.append(or_(Region.id == township_id, Region.parent_id == township_id))
    if gaps_only:
        rconds.append(Region.id.in_(_gap_regions(today or date.today(), minimum)))
    if region_ids is not None:
        rconds.append(Region.id.in_(list(region_ids)))
    regions = session.execute(select(Region.id, Region.name, Region.path, Region.level,
                                     Region.is_disaster_prone).where(*rconds)
                              .order_by(Region.path)).all()
    acc: dict[int, _Acc] = defaultdict(_Acc)
    day = today or date.today()

    def holders(by_region: bool = False) -> Any:
        # By region: neither is_deleted through its index, so SQLite starts from the regions'.
        officer_live = unindexed(InfoOfficer.is_deleted) if by_region else InfoOfficer.is_deleted
        person_live = unindexed(Person.is_deleted) if by_region else Person.is_deleted
        return (select(InfoOfficer.id, InfoOfficer.region_id, InfoOfficer.post, Person.id,
                       Person.name, Person.mobile)
                .join(Person, Person.id == InfoOfficer.person_id)
                .join(Region, Region.id == InfoOfficer.region_id)
                .where(on_post(day, live=officer_live.is_(False)), person_live.is_(False))
                .order_by(InfoOfficer.appoint_date, InfoOfficer.id))

    # The gap regions are few: their holders are read by id (an index search each) rather
    # than by repeating the counting query; a chunk stays under every engine's bind limit.
    # Their officers (and those of the regions an edit touched) from the region index:
    # SQLite, left to choose, walked every live officer through the is_deleted index and
    # kept those of the chunk (9 ms at 50,000).
    chunks = [holders(by_region=region_ids is not None).where(*rconds)] if not gaps_only else \
        [holders(by_region=True).where(
            InfoOfficer.region_id.in_([r[0] for r in regions[i:i + 500]]))
         for i in range(0, len(regions), 500)]
    for chunk in chunks:
        for oid, rid, post, pid, name, mobile in session.execute(chunk):
            holder = (oid, pid, name, mobile)
            bucket = {OfficerPost.A.value: acc[rid].a, OfficerPost.B.value: acc[rid].b}
            bucket.get(post, acc[rid].single).append(holder)
    out: builtins.list[CoverageRow] = []
    for rid, name, path, level, prone in regions:
        h = acc.get(rid, _Acc())
        o1 = coverage_gap(len(h.a) + len(h.b) + len(h.single), minimum)
        o2 = ab_gap([holder_person(x) for x in h.a], [holder_person(x) for x in h.b]) \
            if prone else None
        if gaps_only and not (o1 or o2):
            continue
        out.append(CoverageRow(rid, name, path, RegionLevel(level), bool(prone), tuple(h.a),
                               tuple(h.b), tuple(h.single), o1, o2))
    return out


def _gap_regions(today: date, minimum: int) -> Any:
    """Ids of the regions `coverage_gap` or `ab_gap` will find wanting, counted in SQL, so
    that O1/O2 on a county of 50,000 officers read the few gap regions' holders only.

    The same tests on counts: fewer holders than `minimum`; or disaster-prone with no A, no B,
    or no B held by someone other than an A (the distinct A-or-B people are the A people)."""
    post = InfoOfficer.post
    a, b = OfficerPost.A.value, OfficerPost.B.value
    held = (select(InfoOfficer.region_id.label("rid"), func.count().label("n"),
                   func.sum(case((post == a, 1), else_=0)).label("na"),
                   func.sum(case((post == b, 1), else_=0)).label("nb"),
                   func.count(func.distinct(case((post.in_([a, b]), InfoOfficer.person_id))))
                   .label("ab"),
                   func.count(func.distinct(case((post == a, InfoOfficer.person_id))))
                   .label("ap"))
            .join(Person, Person.id == InfoOfficer.person_id)
            .where(on_post(today), Person.is_deleted.is_(False))
            .group_by(InfoOfficer.region_id).subquery())
    return (select(Region.id).outerjoin(held, held.c.rid == Region.id)
            .where(or_(func.coalesce(held.c.n, 0) < minimum,
                       and_(Region.is_disaster_prone.is_(True),
                            or_(func.coalesce(held.c.na, 0) == 0,
                                func.coalesce(held.c.nb, 0) == 0, held.c.ab == held.c.ap)))))


@dataclass(frozen=True)
class CoverageSummary:
    """The numbers a dashboard card shows (O1/O2 at a glance)."""

    places: int  # townships and villages/communities
    without_officer: int  # O1
    disaster_prone: int
    prone_without_ab: int  # O2
    active_officers: int

    @classmethod
    def of(cls, rows: builtins.list[CoverageRow]) -> CoverageSummary:
        prone = [r for r in rows if r.is_disaster_prone]
        people = {holder_officer(h) for r in rows for h in (*r.a, *r.b, *r.single)}
        return cls(len(rows), sum(1 for r in rows if r.coverage_gap), len(prone),
                   sum(1 for r in prone if r.ab_gap), len(people))
