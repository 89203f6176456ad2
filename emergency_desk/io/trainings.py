"""The 培训 register's Excel spec: one row per attendee (a 培训台账 / 签到表 as offices keep it).

The event columns repeat on each attendee's row; 培训名称 + 培训日期 identify the event. A row
without 姓名 records the event alone. The attendee is found by 身份证号, else 姓名 + 手机号码,
else by 姓名 alone when exactly one person has it (sign-in sheets often carry only names); a
person not yet known is added, so re-importing the same sheet changes nothing. Rows are checked
and written a chunk at a time against what the chunk names, loaded at once (issue 20).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.names import name_key
from emergency_desk.data.people import (
    Person,
    TrainingAttendance,
    TrainingAudience,
    TrainingEvent,
)
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.bulk import Bulk, PlainWriter
from emergency_desk.io.officers import parse_level
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    Column,
    ExtraCells,
    ImportCounts,
    Record,
    RegisterSpec,
    kept_extra,
    merge_extra,
    record_chunks,
)
from emergency_desk.services.officers.training_events import new_event_in
from emergency_desk.services.officers.training_lookup import AttendanceLookup
from emergency_desk.services.officers.trainings import (
    KINDS,
    TrainingEventInput,
    check_event,
    infer_audience_in,
)
from emergency_desk.services.people import PersonInput, apply_person, check_person
from emergency_desk.services.people_index import natural_keys
from emergency_desk.services.search import search_key

parse_audience = nz.enumeration({a.zh: a for a in TrainingAudience}, {
    "信息员": "灾害信息员", "灾害信息员专项培训": "灾害信息员", "救援队": "救援队伍",
    "队员": "救援队伍", "应急救援队伍": "救援队伍"})

COLUMNS = [
    Column("培训名称", "title", nz.text_max(200), required=True, width=26,
           synonyms=("培训班名称", "培训主题", "名称", "活动名称")),
    Column("培训日期", "date", dt.date_value, required=True, width=12,
           synonyms=("日期", "培训时间", "时间")),
    Column("层级", "level", parse_level, width=8, synonyms=("培训层级", "举办层级"),
           choices=tuple(lv.zh for lv in RegionLevel), comment="举办培训的层级：县 / 乡镇 / 村"),
    Column("培训类型", "kind", nz.text_max(20), width=10, synonyms=("类型", "形式"),
           choices=KINDS),
    Column("组织单位", "organizer", nz.text_max(100), width=16,
           synonyms=("主办单位", "举办单位", "组织者")),
    Column("学时", "hours", nz.non_negative(nz.measured("学时", "课时", "小时")), width=6,
           synonyms=("课时", "学时(小时)")),
    Column("地点", "location", nz.text_max(200), width=18, synonyms=("培训地点",)),
    Column("培训内容", "content", nz.multiline_text, width=24, synonyms=("内容",)),
    Column("姓名", "name", nz.person_name, width=10, synonyms=("参训人员", "参训人"),
           comment="参训人；不填则只登记培训本身"),
    Column("身份证号", "id_card", nz.id_card, width=21, as_text=True),
    Column("手机号码", "mobile", nz.mobile, width=14, as_text=True),
    Column("单位", "employer", nz.text_max(100), width=16,
           synonyms=("工作单位", "单位/村", "所在单位", "村(社区)")),
    Column("职务", "job_title", nz.text_max(100), width=12),
    Column("培训结果", "result", nz.text_max(50), width=10, synonyms=("结果", "考核结果", "成绩")),
    Column("证书编号", "certificate_no", nz.text_max(50), width=14,
           synonyms=("证书号", "结业证号")),
    Column("备注", "remark", nz.multiline_text, width=20),
    Column("培训对象", "audience", parse_audience, width=10, synonyms=("参训对象", "对象"),
           choices=tuple(a.zh for a in TrainingAudience),
           comment="灾害信息员 / 救援队伍 / 其他；不填时按培训名称和参训人推断"),
]
_EVENT_FIELDS = ("level", "kind", "organizer", "hours", "location", "content", "remark",
                 "audience")
_LABEL_FIELD = {"培训名称": "title", "培训日期": "date", "学时": "hours", "姓名": "name",
                "身份证号": "id_card", "手机号码": "mobile"}


def _event_values(e: TrainingEvent) -> dict[str, Any]:
    return {"level": RegionLevel(e.level) if e.level else None, "kind": e.kind,
            "organizer": e.organizer, "hours": e.hours, "location": e.location,
            "content": e.content, "remark": e.remark,
            "audience": TrainingAudience(e.audience) if e.audience else None}


def _own_extra(event: TrainingEvent, rec: Record) -> dict[str, str]:
    """An attendee row's unmapped cells, less those the event itself keeps: an export writes
    the event's on every attendee's row, and importing it back must change nothing."""
    shared = parse_extra(event.extra)
    return {k: v for k, v in rec.extra.items() if shared.get(k) != v}


class _Run:
    """What one import remembers across its chunks: the events (by the one normal form of
    their title, data/names.py, and date), the events it created or gave an attendee, and
    which row wrote each attendance (by ids once its chunk is flushed)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # Titles compared in the one normal form of names: a stored "培训（视频会议）" is
        # the sheet's "培训 (视频会议)". Ids only: a county keeps years of events.
        self._ids = {(name_key(title), day): eid for eid, title, day in session.execute(
            select(TrainingEvent.id, TrainingEvent.title, TrainingEvent.date)
            .where(TrainingEvent.is_deleted.is_(False)).order_by(TrainingEvent.id.desc()))}
        self._events: dict[tuple[str, date], TrainingEvent] = {}
        self.new: set[TrainingEvent] = set()
        self.touched: dict[TrainingEvent, None] = {}  # in the order the sheet names them
        self._pending: dict[tuple[TrainingEvent, Person], int] = {}
        self._written: dict[tuple[int, int], int] = {}

    def event(self, title: str, day: date) -> TrainingEvent | None:
        key = (name_key(title), day)
        event = self._events.get(key)
        if event is None and key in self._ids:
            event = self._events[key] = self.session.get_one(TrainingEvent, self._ids[key])
        return event

    def created(self, event: TrainingEvent) -> TrainingEvent:
        self._events[(name_key(event.title), event.date)] = event
        self.new.add(event)
        self.touched[event] = None
        return event

    def attended(self, event: TrainingEvent, person: Person, row: int) -> int | None:
        """The earlier row naming this person at this event, else None (and this row is)."""
        first = self._pending.get((event, person))
        if first is None and event.id is not None and person.id is not None:
            first = self._written.get((event.id, person.id))
        if first is None:
            self._pending[(event, person)] = row
            self.touched[event] = None
        return first

    def chunk_written(self) -> None:
        """The chunk is flushed: keep its attendances by id, not its objects."""
        self._written.update(((e.id, p.id), row) for (e, p), row in self._pending.items())
        self._pending.clear()


class TrainingsSpec(RegisterSpec):
    name = "trainings"
    title_zh = "培训"
    columns = COLUMNS
    natural_key = "培训名称+培训日期；参训人按 身份证号，没有时按 姓名+手机号码"
    table = "training_event"
    # A row naming a person keeps its unmapped cells with that attendance (each attendee's
    # 民族 differs); a row of the event alone, with the event.
    keeps_extra = True
    extra_models = (TrainingEvent, TrainingAttendance)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk of rows at a time: the attendees the chunk names and their attendance
        records are loaded in a few queries as plain rows (AttendanceLookup), and the chunk
        is written at once: its events (a sheet names a handful) through the ORM, then its
        people and attendances with one executemany per table and their audit rows
        (io/bulk.py `PlainWriter`). Only the events and the ids of written attendances
        outlive a chunk, so memory stays flat."""
        counts = ImportCounts()
        run = _Run(session)
        rows = PlainWriter(Bulk(session))
        rows.table(Person, lambda p: cast(str, p.name))
        rows.table(TrainingAttendance, lambda a: cast(str, a.person.name))
        with session.no_autoflush:
            for chunk in record_chunks(records, progress, CHUNK_ROWS):
                cards, name_mobiles, names = natural_keys(
                    r.values for r in chunk if not any(v is BAD for v in r.values.values()))
                lookup = AttendanceLookup(session, cards, name_mobiles, names)
                new: list[Any] = []  # attendances of the chunk, numbered before their event
                for rec in chunk:
                    self._one(rec, run, lookup, rows, new, counts)
                session.flush()  # the events: new ones get their ids
                for a in new:
                    a.event_id = a.event.id
                rows.write()
                run.chunk_written()
        # Once every attendee is in: events the sheet did not give a 培训对象 get one from
        # their name and attendees (O4/O5 count only 灾害信息员 trainings).
        for event in run.touched:
            if event.audience is None and not event.is_deleted:
                infer_audience_in(session, event)
        return counts

    def _one(self, rec: Record, run: _Run, lookup: AttendanceLookup, rows: PlainWriter,
             new: list[Any], counts: ImportCounts) -> None:
        session = run.session
        vals = rec.values
        bad = {k for k, v in vals.items() if v is BAD}

        def get(field: str) -> Any:
            v = vals.get(field)
            return None if v is BAD else v

        data = TrainingEventInput(title=get("title") or "", date=get("date"),
                                  **{f: get(f) for f in _EVENT_FIELDS})
        problems = {_LABEL_FIELD.get(k, k): v for k, v in check_event(data).items()}
        person_in: PersonInput | None = None
        if vals.get("name") is not None or vals.get("id_card") is not None or \
                vals.get("mobile") is not None:
            person_in, person_problems = check_person(PersonInput(
                name=get("name") or "", id_card=get("id_card"), mobile=get("mobile"),
                employer=get("employer"), job_title=get("job_title")))
            problems.update({_LABEL_FIELD.get(k, k): v for k, v in person_problems.items()})
        problems = {k: v for k, v in problems.items() if k not in bad}
        for field, reason in problems.items():
            counts.errors.append(self.error(rec, field, reason))
        if problems or bad:
            return
        change = "unchanged"
        event = run.event(data.title, data.date)
        if event is None:
            event = run.created(new_event_in(session, data))
            change = "inserted"
        elif event not in run.new:
            before = _event_values(event)
            given = {f: getattr(data, f) for f in _EVENT_FIELDS if vals.get(f) is not None}
            if any(before[f] != v for f, v in given.items()):
                for f, v in given.items():
                    setattr(event, f, v.value if isinstance(v, RegionLevel | TrainingAudience)
                            else v)
                event.search_key = search_key(event.title, event.location, event.organizer)
                change = "updated"
        if person_in is not None:
            person = self._person(rec, person_in, lookup, rows, counts)
            if person is None:
                return
            first = run.attended(event, person, rec.row)
            if first is not None:
                counts.errors.append(self.error(rec, "name", t(
                    "与第 {row} 行重复（同一人在同一培训出现两次）", row=first)))
                return
            change = self._attend(lookup, rows, new, event, person, get("result"),
                                  get("certificate_no"), change, rec)
        else:
            change = kept_extra(event, change, rec)
        setattr(counts, change, getattr(counts, change) + 1)

    def _person(self, rec: Record, data: PersonInput, lookup: AttendanceLookup,
                rows: PlainWriter, counts: ImportCounts) -> Any:
        found = lookup.person(id_card=data.id_card, name=data.name, mobile=data.mobile)
        if found is None and not data.id_card and not data.mobile:
            namesakes = lookup.namesakes(data.name)
            if len(namesakes) > 1:
                counts.errors.append(self.error(rec, "name", t(
                    "有多名叫“{name}”的人员，请填写身份证号或手机号码以区分", name=data.name)))
                return None
            found = namesakes[0] if namesakes else None
        # merge_person_in's rule on a plain row (io/bulk.py writes it with the chunk)
        person: Any = found
        if person is None:
            person = rows.new(Person)
            apply_person(person, data, merge=False)
        else:
            rows.touch(person)
            apply_person(person, data, merge=True)
        lookup.person_written(person)
        return person

    @staticmethod
    def _attend(lookup: AttendanceLookup, rows: PlainWriter, new: list[Any],
                event: TrainingEvent, person: Any, result: str | None,
                certificate_no: str | None, change: str, rec: Record) -> str:
        a: Any = lookup.attendance(event, person)
        if a is None:
            a = rows.new(TrainingAttendance)
            a.result, a.certificate_no = result, certificate_no
            a.event, a.person, a.person_id = event, person, person.id
            merge_extra(a, _own_extra(event, rec))
            new.append(a)
            return "inserted"
        rows.touch(a)
        if (result is not None and a.result != result) or \
                (certificate_no is not None and a.certificate_no != certificate_no):
            a.result = result if result is not None else a.result
            a.certificate_no = certificate_no if certificate_no is not None else \
                a.certificate_no
            change = "updated" if change == "unchanged" else change
        if merge_extra(a, _own_extra(event, rec)) and change == "unchanged":
            change = "updated"
        return change

    # -- export ------------------------------------------------------------------------
    def count(self, db: Database) -> int:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(TrainingAttendance).where(
                TrainingAttendance.is_deleted.is_(False))) or 0)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        # Plain columns from one cursor (no ORM objects): flat memory at any size. An event
        # nobody attended is one row with the attendee's cells empty (outer joins).
        e, a, p = TrainingEvent, TrainingAttendance, Person
        stmt = (select(e.title, e.date, e.level, e.kind, e.organizer, e.hours, e.location,
                       e.content, p.name, p.id_card, p.mobile, p.employer, p.job_title,
                       a.result, a.certificate_no, e.remark, e.audience, e.extra, a.extra)
                .outerjoin(a, (a.event_id == e.id) & a.is_deleted.is_(False))
                .outerjoin(p, p.id == a.person_id)
                .where(e.is_deleted.is_(False))
                .order_by(e.date, e.id, a.id)
                .execution_options(yield_per=1000))
        with db.read() as s:
            for (title, when, level, *cells, remark, audience, event_extra,
                 attendee_extra) in s.execute(stmt):
                yield [title, when, RegionLevel(level).zh if level else None, *cells, remark,
                       TrainingAudience(audience).zh if audience else None,
                       ExtraCells({**parse_extra(event_extra), **parse_extra(attendee_extra)})]


SPEC = TrainingsSpec()
