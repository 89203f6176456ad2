"""Reading the 灾害信息员 register: the roster (lazy, filtered in SQL), and the coverage view's
rows through `OfficerViews.coverage` (computed in services/officers/coverage.py)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate, with_precision
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import (
    FullTime,
    InfoOfficer,
    OfficerPost,
    OfficerStatus,
    on_post,
)
from emergency_desk.data.people import Gender, Person
from emergency_desk.data.sql import join_in_order, unindexed
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.officers.coverage import (
    CoverageRow,
    CoverageSummary,
    coverage_in,
)
from emergency_desk.services.officers.latest_training import (
    latest_training_of,
    month_only_trainings_in,
)
from emergency_desk.services.officers.officers import split_roles
from emergency_desk.services.people import mask_id_card
from emergency_desk.services.query import (
    ReadViews,
    count_of,
    few_matches,
    page_of,
    page_rows,
)
from emergency_desk.services.search import like_pattern

NO_SKILL_LEVEL = "none"  # OfficerQuery.skill_level: no 职业技能等级 recorded


@dataclass(frozen=True)
class OfficerRow:
    id: int
    uuid: str
    person_id: int
    name: str
    gender: Gender | None
    birth_date: date | None
    id_card: str | None
    mobile: str | None
    phone2: str | None
    employer: str | None
    job_title: str | None
    level: RegionLevel
    region_id: int
    region_name: str
    region_path: str
    region_is_disaster_prone: bool
    post: OfficerPost
    duty_title: str | None
    fulltime: FullTime | None
    appoint_date: date | None
    leave_date: date | None
    status: OfficerStatus
    in_national_system: bool
    other_roles: tuple[str, ...]
    latest_training: date | None
    remark: str | None
    updated_at: datetime
    is_deleted: bool = False
    ethnicity: str | None = None
    education: str | None = None
    political_status: str | None = None
    address: str | None = None
    skill_level: str | None = None
    skill_cert_no: str | None = None
    skill_cert_date: date | None = None

    @property
    def id_card_masked(self) -> str:
        return mask_id_card(self.id_card)

    @property
    def township(self) -> str:
        """The 乡镇 this officer belongs to ('' for a county officer)."""
        parts = self.region_path.split("/")
        return parts[1] if len(parts) >= 2 else ""

    @property
    def village(self) -> str:
        """The 村(社区), '' for township and county officers."""
        parts = self.region_path.split("/")
        return parts[2] if len(parts) >= 3 else ""

    @property
    def active(self) -> bool:
        return self.status == OfficerStatus.ACTIVE

    def age(self, today: date) -> int | None:
        b = self.birth_date
        if b is None:
            return None
        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


@dataclass
class OfficerQuery:
    """Roster filters. `status` None lists current and former officers."""

    search: str = ""  # name, pinyin, initials or mobile
    township_id: int | None = None  # the township and its villages
    region_id: int | None = None  # exactly this region
    levels: tuple[RegionLevel, ...] = ()
    posts: tuple[OfficerPost, ...] = ()
    status: OfficerStatus | None = None
    disaster_prone_only: bool = False
    in_national_system: bool | None = None
    # 职业技能等级: one level (SKILL_LEVELS), or NO_SKILL_LEVEL for officers without one.
    skill_level: str | None = None
    on_post_on: date | None = None  # only those holding the post that day (status and dates)
    order_by: str = "region"
    descending: bool = False
    include_deleted: bool = False


_POST_RANK = case({OfficerPost.A.value: 0, OfficerPost.B.value: 1}, value=InfoOfficer.post,
                  else_=2)


def _orderable(latest: Any) -> dict[str, Any]:
    return {"region": Region.path, "name": Person.name, "level": InfoOfficer.level,
            "post": _POST_RANK, "mobile": Person.mobile, "duty_title": InfoOfficer.duty_title,
            "appoint_date": InfoOfficer.appoint_date, "leave_date": InfoOfficer.leave_date,
            "status": InfoOfficer.status, "in_national_system": InfoOfficer.in_national_system,
            "latest_training": latest, "updated_at": InfoOfficer.updated_at,
            "birth_date": Person.birth_date, "skill_level": InfoOfficer.skill_level}


# The roster's columns, read as plain values: building three ORM objects a row (and their load
# hooks) was a third of a page of 200 officers at county scale (issue 20).
_COLUMNS = (
    InfoOfficer.id, InfoOfficer.uuid, Person.id.label("person_id"), Person.name, Person.gender,
    Person.birth_date, Person.birth_date_month, Person.id_card, Person.mobile, Person.phone2,
    Person.employer, Person.job_title, InfoOfficer.level, Region.id.label("region_id"),
    Region.name.label("region_name"), Region.path.label("region_path"),
    Region.is_disaster_prone.label("region_is_disaster_prone"), InfoOfficer.post,
    InfoOfficer.duty_title, InfoOfficer.fulltime, InfoOfficer.appoint_date,
    InfoOfficer.appoint_date_month, InfoOfficer.leave_date, InfoOfficer.status,
    InfoOfficer.in_national_system, InfoOfficer.other_roles, InfoOfficer.remark,
    InfoOfficer.updated_at, InfoOfficer.is_deleted, Person.ethnicity, Person.education,
    Person.political_status, Person.address, InfoOfficer.skill_level, InfoOfficer.skill_cert_no,
    InfoOfficer.skill_cert_date)


def _officer_row(r: Any, latest: date | None) -> OfficerRow:
    return OfficerRow(
        id=r.id, uuid=r.uuid, person_id=r.person_id, name=r.name,
        gender=Gender(r.gender) if r.gender else None,
        birth_date=with_precision(r.birth_date, r.birth_date_month), id_card=r.id_card,
        mobile=r.mobile, phone2=r.phone2, employer=r.employer, job_title=r.job_title,
        level=RegionLevel(r.level), region_id=r.region_id, region_name=r.region_name,
        region_path=r.region_path, region_is_disaster_prone=bool(r.region_is_disaster_prone),
        post=OfficerPost(r.post), duty_title=r.duty_title,
        fulltime=FullTime(r.fulltime) if r.fulltime else None,
        appoint_date=with_precision(r.appoint_date, r.appoint_date_month),
        leave_date=r.leave_date, status=OfficerStatus(r.status),
        in_national_system=bool(r.in_national_system), other_roles=split_roles(r.other_roles),
        latest_training=latest, remark=r.remark, updated_at=r.updated_at,
        is_deleted=bool(r.is_deleted), ethnicity=r.ethnicity, education=r.education,
        political_status=r.political_status, address=r.address, skill_level=r.skill_level,
        skill_cert_no=r.skill_cert_no, skill_cert_date=r.skill_cert_date)


def _filtered(q: OfficerQuery, walk: bool = False) -> Any:
    """The roster's select and its `latest_training` column; `walk`: with the regions as the
    outer loop (data/sql.join_in_order), for a page walked in region order."""
    latest = latest_training_of(Person.id).label("latest_training")
    on_region = Region.id == InfoOfficer.region_id
    joined = join_in_order(Region, InfoOfficer, on_region) if walk else \
        InfoOfficer.__table__.join(Region, on_region)
    stmt = (select(*_COLUMNS, latest).select_from(joined)
            .join(Person, Person.id == InfoOfficer.person_id))
    return stmt.where(*_conditions(q, walk=walk)), latest


def _of_regions(cond: ColumnElement[bool], joined: bool) -> ColumnElement[bool]:
    """A condition on the officer's region: on the joined region, or (`_matching`, which
    joins none) as the set of region ids, from which ix_info_officer_region_status finds a
    township's officers without visiting the county's."""
    return cond if joined else InfoOfficer.region_id.in_(select(Region.id).where(cond))


def _conditions(q: OfficerQuery, joined: bool = True,
                walk: bool = False) -> list[ColumnElement[bool]]:
    """`q`'s conditions; `joined`: the region is joined to the officers."""
    conds: list[ColumnElement[bool]] = []
    if not q.include_deleted:
        # Walking the regions, each region's officers must come from its index: SQLite,
        # without statistics, would otherwise take the one-column is_deleted index when no
        # status is asked for and read every officer for each region. IS NOT TRUE is the
        # same test (the column is never NULL) but no index answers it.
        # Counting and probing (`joined` False), the one-column index would read each live
        # officer by id in index order: a plain scan of the table is cheaper, and a region
        # filter then takes ix_info_officer_region_status.
        conds.append(InfoOfficer.is_deleted.is_not(True) if walk
                     else InfoOfficer.is_deleted.is_(False) if joined
                     else unindexed(InfoOfficer.is_deleted).is_(False))
    if q.search.strip():
        conds.append(Person.search_key.like(like_pattern(q.search.strip()), escape="\\"))
    if q.township_id is not None:
        conds.append(_of_regions(or_(Region.id == q.township_id,
                                     Region.parent_id == q.township_id), joined))
    if q.region_id is not None:
        conds.append(InfoOfficer.region_id == q.region_id)
    if q.levels:
        wanted = {lv.value for lv in q.levels}
        if wanted & {RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value}:
            wanted |= {RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value}
        conds.append(InfoOfficer.level.in_(sorted(wanted)))
    if q.posts:
        conds.append(InfoOfficer.post.in_([p.value for p in q.posts]))
    if q.status is not None:
        conds.append(InfoOfficer.status == q.status.value)
    if q.on_post_on is not None:
        conds.append(on_post(q.on_post_on))
    if q.disaster_prone_only:
        conds.append(_of_regions(Region.is_disaster_prone.is_(True), joined))
    if q.in_national_system is not None:
        conds.append(InfoOfficer.in_national_system.is_(q.in_national_system))
    if q.skill_level == NO_SKILL_LEVEL:
        conds.append(InfoOfficer.skill_level.is_(None))
    elif q.skill_level is not None:
        conds.append(InfoOfficer.skill_level == q.skill_level)
    return conds


def officers_in(session: Session, q: OfficerQuery | None = None, offset: int = 0,
                limit: int | None = None) -> builtins.list[OfficerRow]:
    """The roster page: township → village → A, B, 单岗 → name unless sorted otherwise."""
    q = q or OfficerQuery()
    if q.order_by == "latest_training":  # ordered by the looked-up column itself
        return _rows(session, session.execute(page_of(_roster(q), offset, limit)).all())
    keys = _page_keys(session, q) if limit is not None else None
    return _rows(session, page_rows(session, _roster(q), InfoOfficer.id, offset, limit,
                                    lambda r: r.id, keys_stmt=keys))


def iter_officers_in(session: Session, q: OfficerQuery | None = None,
                     chunk: int = 1000) -> Iterator[OfficerRow]:
    """The whole roster in officers_in's order, read from one cursor a chunk at a time: an
    export of 50,000 officers holds one chunk of rows in memory, not all of them."""
    result = session.execute(_roster(q or OfficerQuery()).execution_options(yield_per=chunk))
    for part in result.partitions():
        yield from _rows(session, part)


def _rows(session: Session, found: Sequence[Any]) -> builtins.list[OfficerRow]:
    months = month_only_trainings_in(session, {r.person_id for r in found
                                               if r.latest_training is not None})
    return [_officer_row(r, MonthDate.of(r.latest_training)
                         if (r.person_id, r.latest_training) in months else r.latest_training)
            for r in found]


def ordered_roster(q: OfficerQuery) -> Any:
    """officers_in's select in its order (with its `latest_training` column); the export
    picks its own columns from it."""
    return _roster(q)


def _roster(q: OfficerQuery) -> Any:
    stmt, latest = _filtered(q)
    return stmt.order_by(*_roster_order(q, latest))


def _roster_order(q: OfficerQuery, latest: Any) -> tuple[Any, ...]:
    if q.order_by == "region":
        # 区划代码 order, as the coverage view and the printed roster: the county first, then
        # each township (its own posts, then its villages); regions without a code last. The
        # keys are stored on the region (data/region_order.py).
        keys = (Region.sort_town, Region.sort_village)
        return (*[k.desc() if q.descending else k.asc() for k in keys], _POST_RANK,
                Person.name, InfoOfficer.id)
    col = _orderable(latest).get(q.order_by, Region.path)
    first = col.desc() if q.descending else col.asc()
    return (first, Region.path, _POST_RANK, Person.name, InfoOfficer.id)


def _page_keys(session: Session, q: OfficerQuery) -> Any:
    """The select `page_rows` finds a page's officer ids with, or None for `_roster` itself.

    In region order the regions are walked along ix_region_sort (or ix_region_path), each
    region's few officers sorted: a page of 100,000 officers reads about the page's regions
    instead of sorting every officer. A search or filter that few officers match would walk
    every region for nothing: when fewer than `FEW_MATCHES` officers match, their ids are
    sorted alone."""
    if q.order_by != "region":
        return None  # other columns: no stored key holds the order
    stmt, latest = _filtered(q)
    few = few_matches(session, _matching(q), InfoOfficer.id)
    if few is not None:
        stmt = stmt.where(InfoOfficer.id.in_(few))
    else:
        stmt, latest = _filtered(q, walk=True)
    return stmt.with_only_columns(InfoOfficer.id).order_by(*_roster_order(q, latest))


def count_officers_in(session: Session, q: OfficerQuery | None = None) -> int:
    return count_of(session, _matching(q or OfficerQuery()))


def _matching(q: OfficerQuery) -> Any:
    """The ids of the officers `q` selects, joined only to what it asks of: every officer has
    a person and a region (required foreign keys), so the count and the probe for a page
    read the person for a search only (the region filters are on `region_id`)."""
    joined: Any = InfoOfficer.__table__
    if q.search.strip():
        joined = joined.join(Person.__table__, Person.id == InfoOfficer.person_id)
    return select(InfoOfficer.id).select_from(joined).where(*_conditions(q, joined=False))


def code_order(db: Database) -> Callable[[str], tuple[tuple[str, str], ...]]:
    """Sort key for region paths in 区划代码 order, as every printed register lists them
    (the seat town first), rather than in the code-point order of the names."""
    with db.read() as s:
        codes = {p: c for p, c in s.execute(select(Region.path, Region.code).where(
            Region.is_deleted.is_(False)))}

    def key(path: str) -> tuple[tuple[str, str], ...]:
        parts = path.split("/")
        return tuple((codes.get("/".join(parts[:i + 1])) or "~", p)
                     for i, p in enumerate(parts))
    return key


class OfficerViews(ReadViews[OfficerQuery, OfficerRow]):
    """Read-only queries for the window and the reports (short read sessions)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, count_officers_in, officers_in)

    def get(self, officer_id: int) -> OfficerRow:
        with self.db.read() as s:
            stmt, _ = _filtered(OfficerQuery(include_deleted=True))
            hit = s.execute(stmt.where(InfoOfficer.id == officer_id)).first()
            if hit is None:
                raise InputRejected(t("该灾害信息员不存在"))
            return _rows(s, [hit])[0]

    def a_holder(self, region_id: int) -> OfficerRow | None:
        """The region's active A (the form warns before making someone else A)."""
        rows = self.list(OfficerQuery(region_id=region_id, posts=(OfficerPost.A,),
                                      status=OfficerStatus.ACTIVE), 0, 1)
        return rows[0] if rows else None

    def most_common_fulltime(self) -> FullTime | None:
        """专兼职 as most of this office's officers are (in the demo 140 of 154 are 兼职), or
        None (left empty) for an office with no officers yet; the new-officer form's default."""
        with self.db.read() as s:
            row = s.execute(select(InfoOfficer.fulltime, func.count())
                            .where(InfoOfficer.is_deleted.is_(False),
                                   InfoOfficer.fulltime.is_not(None))
                            .group_by(InfoOfficer.fulltime)
                            .order_by(func.count().desc()).limit(1)).first()
        return FullTime(row[0]) if row is not None and row[0] is not None else None

    def coverage(self, *, minimum: int | None = None, disaster_prone_only: bool = False,
                 township_id: int | None = None, gaps_only: bool = False,
                 region_ids: Collection[int] | None = None) -> builtins.list[CoverageRow]:
        """Coverage view rows; `minimum` defaults to the officers_min_per_region setting."""
        if minimum is None:
            from emergency_desk.services.settings import SettingsService

            minimum = int(SettingsService(self.db).get("officers_min_per_region"))
        with self.db.read() as s:
            return coverage_in(s, minimum=minimum, disaster_prone_only=disaster_prone_only,
                               township_id=township_id, gaps_only=gaps_only,
                               region_ids=region_ids)

    def coverage_summary(self) -> CoverageSummary:
        """For the dashboard card: places, those without an officer, prone ones without AB."""
        return CoverageSummary.of(self.coverage())
