"""The 灾害信息员 register's Excel spec (docs/design.md §3): columns, region resolution, upsert,
export.

乡镇 + 村(社区) name the officer's region: a township officer leaves 村(社区) blank, a county
officer leaves both blank (层级 县). Either cell takes a name or a 区划代码; an unknown one is
an error naming the closest known regions. Rows are checked by the form's own rules
(`plan_upsert`, which `upsert_officer_in` uses too), so an import obeys every rule the window
does, and written in bulk (io/officer_rows.py); the importer rolls the whole file back when any
row is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate, with_precision
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.models import Region
from emergency_desk.data.officers import (
    SKILL_LEVELS,
    FullTime,
    InfoOfficer,
    OfficerPost,
    OfficerStatus,
)
from emergency_desk.data.people import EDUCATION_LEVELS, POLITICAL_STATUSES, Gender, Person
from emergency_desk.errors import KnownError, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.bulk import WrittenRows
from emergency_desk.io.officer_regions import Place, RegionIndex, place_of
from emergency_desk.io.officer_rows import OfficerRows
from emergency_desk.io.regions import LEVEL_SYNONYMS, parse_parent
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    Column,
    ExtraCells,
    ImportCounts,
    Record,
    RegisterSpec,
    merge_extra,
    record_chunks,
)
from emergency_desk.services.officers.latest_training import month_only_trainings_in
from emergency_desk.services.officers.lookup import BulkLookup
from emergency_desk.services.officers.officers import OfficerInput, split_roles
from emergency_desk.services.officers.views import OfficerQuery, ordered_roster
from emergency_desk.services.people import Checked, PersonInput, check_person
from emergency_desk.services.people_index import keys_of
from emergency_desk.services.query import streamed

POST_SYNONYMS = {"A": "A岗", "A角": "A岗", "主岗": "A岗", "A岗(主岗)": "A岗", "主": "A岗",
                 "B": "B岗", "B角": "B岗", "副岗": "B岗", "备岗": "B岗", "B岗(副岗)": "B岗",
                 "副": "B岗", "单": "单岗", "单人": "单岗", "无": "单岗"}
_one_post = nz.enumeration({p.zh: p for p in OfficerPost}, POST_SYNONYMS)
# "A岗/B岗", "A、B岗", "AB岗": one person written on both posts of a village.
_BOTH_POSTS = re.compile(r"^(a[岗角]?[/、,，+和及与]?b[岗角]?|主[/、,，]?副岗?|[ab]岗?兼[ab]岗?)$")


def parse_post(value: Any) -> OfficerPost | tuple[OfficerPost, ...] | None:
    """岗位: one post, or both (A岗/B岗) → (A, B); the row then records two posts, which the
    O2 check flags (A and B must be different people)."""
    if isinstance(value, str) and _BOTH_POSTS.match(
            re.sub(r"\s+", "", nz.half_width(value)).lower()):
        return (OfficerPost.A, OfficerPost.B)
    return _one_post(value)
parse_level = nz.enumeration(
    {lv.zh: lv for lv in RegionLevel},
    {**LEVEL_SYNONYMS, "村(社区)": "村", "村（社区）": "村", "村居": "村", "乡镇级": "乡镇"})
parse_gender = nz.enumeration({g.zh: g for g in Gender},
                              {"男性": "男", "女性": "女", "m": "男", "f": "女"})
parse_fulltime = nz.enumeration(
    {f.zh: f for f in FullTime},
    {"专": "专职", "兼": "兼职", "专职人员": "专职", "兼职人员": "兼职"})
parse_status = nz.enumeration(
    {s.zh: s for s in OfficerStatus},
    {"在职": "在岗", "在任": "在岗", "正常": "在岗", "离职": "离岗", "离任": "离岗",
     "已离岗": "离岗", "调离": "离岗", "退出": "离岗"})

# 国家职业技能标准 灾害信息员: 五级/初级工 … 一级/高级技师, as certificates print them.
parse_skill_level = nz.enumeration(
    {lv: lv for lv in SKILL_LEVELS},
    {"五级": "初级", "初级工": "初级", "四级": "中级", "中级工": "中级", "三级": "高级",
     "高级工": "高级", "二级": "灾害信息师", "技师": "灾害信息师", "一级": "高级灾害信息师",
     "高级技师": "高级灾害信息师"})
_EDUCATION = {"本科": "大学本科", "大学": "大学本科", "大专": "大学专科", "专科": "大学专科",
              "硕士": "研究生", "博士": "研究生", "硕士研究生": "研究生", "中专/中技": "中专"}
_POLITICAL = {"党员": "中共党员", "预备党员": "中共预备党员", "团员": "共青团员"}


def parse_education(value: Any) -> str | None:
    """文化程度: the usual short forms to the label the roster prints; other text as written."""
    s = nz.text(value, 20)
    return _EDUCATION.get(s.replace(" ", ""), s) if s else None


def parse_political(value: Any) -> str | None:
    s = nz.text(value, 20)
    return _POLITICAL.get(s.replace(" ", ""), s) if s else None


def parse_region(value: Any) -> str | None:
    """乡镇 / 村(社区): a 区划代码 (also stored as a number) or a name ("古筑 村" → "古筑村")."""
    ref = parse_parent(value)
    if ref is None or ref.isdigit():
        return ref
    return nz.name_text(ref)


COLUMNS = [
    Column("乡镇", "township", parse_region, width=12,
           comment="乡镇名称或区划代码；县级灾害信息员不填"),
    Column("村(社区)", "village", parse_region, width=12,
           synonyms=("村(社区)名称", "所在村", "行政村"),
           comment="村或社区名称或区划代码；乡镇级灾害信息员不填"),
    Column("姓名", "name", nz.person_name, required=True, width=10),
    Column("性别", "gender", parse_gender, width=6, choices=("男", "女"),
           comment="可不填（按身份证号）"),
    Column("出生日期", "birth_date", dt.birth_date, width=12,
           synonyms=("出生年月", "生日"),
           comment="如 1980-05-01，只知年月写 1980.05；可不填（按身份证号）"),
    Column("身份证号", "id_card", nz.id_card, width=21, as_text=True,
           comment="18 位，最后一位可为 X；请把本列设为“文本”"),
    Column("手机号码", "mobile", nz.mobile, width=14, as_text=True, comment="11 位手机号"),
    Column("层级", "level", parse_level, width=8, synonyms=("级别", "灾害信息员层级"),
           choices=tuple(lv.zh for lv in RegionLevel),
           comment="县 / 乡镇 / 村 / 社区；可不填（按所在区划）"),
    Column("岗位(A岗/B岗/单岗)", "post", parse_post, width=10,
           synonyms=("岗位", "AB岗", "A/B岗", "AB角", "岗位类别", "岗位类型"),
           choices=tuple(p.zh for p in OfficerPost),
           comment="A岗（主岗，A角）/ B岗（副岗、备岗，B角）/ 单岗；空白按单岗"),
    Column("本职职务", "duty_title", nz.text_max(100), width=14,
           synonyms=("职务", "本职", "现任职务", "本职工作")),
    Column("专兼职", "fulltime", parse_fulltime, width=8, synonyms=("专职/兼职", "专/兼职"),
           choices=tuple(f.zh for f in FullTime)),
    Column("任职日期", "appoint_date", dt.month_date, width=12,
           synonyms=("聘任日期", "任职时间", "聘任时间", "上岗日期"),
           comment="如 2021-03-01；只知年月写 2021.03"),
    Column("最近培训日期", "latest_training", dt.month_date, width=13,
           synonyms=("最近培训时间", "培训日期", "最近一次培训"),
           comment="导入后记为一次培训记录；以后按培训记录自动计算"),
    Column("状态", "status", parse_status, width=8, synonyms=("在岗状态", "是否在岗"),
           choices=tuple(s.zh for s in OfficerStatus), comment="在岗 / 离岗；空白按在岗"),
    Column("备注", "remark", nz.multiline_text, width=20),
    # Beyond docs/design.md §3's list, so that an export holds everything the form does.
    Column("备用电话", "phone2", nz.phone, width=14, as_text=True,
           # 联系电话 is the 手机号码 unless the sheet has that column too (io/headers.py)
           synonyms=("其他电话", "固定电话", "办公电话", "座机", "座机号码", "联系电话")),
    Column("离任日期", "leave_date", dt.date_value, width=12,
           synonyms=("离岗日期", "离任时间")),
    Column("已录入国家系统", "in_national_system", nz.yes_no, width=12,
           synonyms=("录入国家系统", "是否录入国家系统", "已录入系统", "国家系统"),
           choices=("是", "否")),
    Column("兼任", "other_roles", nz.text_max(200), width=16,
           synonyms=("兼任职务", "其他角色", "一岗多能"),
           comment="如 网格员、护林员（用顿号分隔）"),
    # 花名册 columns (issue 16): the person's 民族 … 住址, the post's 职业技能等级 and certificate.
    Column("民族", "ethnicity", nz.text_max(20), width=8, comment="如 汉族"),
    Column("文化程度", "education", parse_education, width=10,
           synonyms=("学历", "最高学历"), choices=EDUCATION_LEVELS),
    Column("政治面貌", "political_status", parse_political, width=12,
           choices=POLITICAL_STATUSES),
    Column("工作单位", "employer", nz.text_max(100), width=16,
           synonyms=("单位", "所在单位", "工作单位及职务")),
    Column("住址", "address", nz.text_max(200), width=20,
           synonyms=("家庭住址", "现住址", "家庭地址", "居住地址")),
    Column("职业技能等级", "skill_level", parse_skill_level, width=12,
           synonyms=("技能等级", "灾害信息员职业技能等级", "职业资格等级"),
           choices=SKILL_LEVELS,
           comment="初级 / 中级 / 高级 / 灾害信息师 / 高级灾害信息师；未取得不填"),
    Column("证书编号", "skill_cert_no", nz.text_max(60), width=18, as_text=True,
           synonyms=("职业技能等级证书编号", "技能证书编号", "证书号")),
    Column("发证日期", "skill_cert_date", dt.date_value, width=12,
           synonyms=("发证时间", "取证日期", "证书发证日期")),
]

# Service problem labels (ValidationFailed keys) → our fields.
_LABEL_FIELD = {"姓名": "name", "性别": "gender", "出生日期": "birth_date",
                "身份证号": "id_card", "手机号码": "mobile", "层级": "level", "岗位": "post",
                "离任日期": "leave_date", "任职日期": "appoint_date",
                "最近培训日期": "latest_training", "乡镇": "township", "村(社区)": "village",
                "民族": "ethnicity", "文化程度": "education", "政治面貌": "political_status",
                "住址": "address", "职业技能等级": "skill_level", "证书编号": "skill_cert_no",
                "发证日期": "skill_cert_date"}
_PERSON_FIELDS = ("name", "gender", "birth_date", "id_card", "mobile", "phone2")




def _person(vals: dict[str, Any]) -> PersonInput:
    """A row's person as the form would take it (unreadable cells, already reported, blank)."""
    def get(field: str) -> Any:
        v = vals.get(field)
        return None if v is BAD else v

    return PersonInput(name=get("name") or "", gender=get("gender"),
                       birth_date=get("birth_date"), id_card=get("id_card"),
                       mobile=get("mobile"), phone2=get("phone2"), employer=get("employer"),
                       ethnicity=get("ethnicity"), education=get("education"),
                       political_status=get("political_status"), address=get("address"))


class _Written:
    """The posts this import wrote, by id (new posts are numbered before they are written),
    with the row that wrote each (`exclude` of the rules: `o in written`)."""

    def __init__(self) -> None:
        self._rows = WrittenRows()

    def __contains__(self, o: object) -> bool:
        return self.row(o) is not None

    def row(self, o: object) -> int | None:
        return self._rows.row(getattr(o, "id", None))

    def add(self, o: Any, row: int) -> None:
        self._rows.add(o.id, row)


class OfficersSpec(RegisterSpec):
    name = "officers"
    title_zh = "灾害信息员"
    columns = COLUMNS
    natural_key = "身份证号；没有身份证号时按 姓名+手机号码"
    table = "info_officer"
    keeps_extra = True
    extra_models = (InfoOfficer,)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        index = RegionIndex(session)
        written = _Written()  # post → the row that wrote it
        regions = {r.id: r for r in session.scalars(select(Region))}  # autoflush: --replace
        writer = OfficerRows(session)
        # Each chunk's lookup answers every question the rules ask about its rows, as plain
        # rows: nothing is flushed before a row is checked, and the chunk goes to the
        # database in one executemany per table with its audit rows (io/officer_rows.py).
        # Nothing of it is kept but ids, so memory stays flat however long the roster.
        with session.no_autoflush:
            for chunk in record_chunks(records, progress, CHUNK_ROWS):
                # Each row's person is checked once: its normalised keys load the lookup,
                # the rules take the same answer.
                people = [_person(rec.values) for rec in chunk]
                checked = [check_person(p) for p in people]
                cards, name_mobiles, _ = keys_of(clean for clean, _ in checked)
                places = [place_of(index, rec.values) for rec in chunk]
                lookup = BulkLookup(session, cards, name_mobiles,
                                    {p[0].id for p in places if p and p[0]}, regions)
                for rec, place, person, check in zip(chunk, places, people, checked,
                                                     strict=True):
                    self._one(rec, place, person, check, lookup, writer, written, counts)
                writer.chunk_done()
        return counts

    def _one(self, rec: Record, place: Place | None, person: PersonInput, checked: Checked,
             lookup: BulkLookup, writer: OfficerRows, written: _Written,
             counts: ImportCounts) -> None:
        vals = rec.values
        bad = {k for k, v in vals.items() if v is BAD}

        def get(field: str) -> Any:
            v = vals.get(field)
            return None if v is BAD else v

        problems: dict[str, str] = {}
        region = None
        if place is not None:
            region, blame, problem = place
            if problem:
                problems[blame] = problem
        if bad or problems:
            # The row is refused anyway: still name the person's other problems at once.
            for label, reason in checked[1].items():
                problems.setdefault(_LABEL_FIELD.get(label, label), reason)
            self._report(rec, problems, bad, counts)
            return
        assert region is not None
        post = get("post")
        for one in post if isinstance(post, tuple) else (post,):
            self._write(rec, region.id, person, checked, one, get, bad, lookup, writer,
                        written, counts)

    def _write(self, rec: Record, region_id: int, person: PersonInput, checked: Checked,
               post: OfficerPost | None, get: Callable[[str], Any], bad: set[str],
               lookup: BulkLookup, writer: OfficerRows, written: _Written,
               counts: ImportCounts) -> None:
        data = OfficerInput(
            person=person, region_id=region_id, level=get("level"), post=post,
            duty_title=get("duty_title"), fulltime=get("fulltime"),
            appoint_date=get("appoint_date"), leave_date=get("leave_date"),
            status=get("status"), in_national_system=get("in_national_system"),
            other_roles=get("other_roles"), remark=get("remark"),
            latest_training=get("latest_training"), skill_level=get("skill_level"),
            skill_cert_no=get("skill_cert_no"), skill_cert_date=get("skill_cert_date"))
        try:
            o, change = writer.upsert(lookup, data, written, checked)
        except ValidationFailed as exc:
            self._report(rec, {_LABEL_FIELD.get(k, k): v for k, v in exc.problems.items()},
                         bad, counts)
            return
        except KnownError as exc:
            self._report(rec, {"name": exc.message}, bad, counts)
            return
        first = written.row(o)
        if first is not None:
            counts.errors.append(self.error(rec, "name", t(
                "与第 {row} 行重复（同一人在同一区划的同一岗位出现两次）", row=first)))
            return
        written.add(o, rec.row)
        if merge_extra(o, rec.extra) and change == "unchanged":
            change = "updated"
        setattr(counts, change, getattr(counts, change) + 1)

    def _report(self, rec: Record, problems: dict[str, str], bad: set[str],
                counts: ImportCounts) -> None:
        for field, reason in problems.items():
            if field not in bad:  # that cell's own error is already listed
                counts.errors.append(self.error(rec, field, reason))

    # -- export ------------------------------------------------------------------------
    def count(self, db: Database) -> int:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(InfoOfficer).where(
                InfoOfficer.is_deleted.is_(False))) or 0)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            towns = s.execute(select(Region.name, Region.path, Region.code).where(
                Region.is_deleted.is_(False), Region.level == RegionLevel.TOWNSHIP.value)).all()
            names = [n for n, _, _ in towns]
            # Two townships of one name (rare): write the code so the row imports back.
            by_code = {p: c for n, p, c in towns if c and names.count(n) > 1}
            # Rows stream from one cursor into the write-only sheet (flat memory at any size),
            # as plain columns of the roster's select: its ORM objects and rows took a third
            # of the export (issue 20).
            roster = ordered_roster(OfficerQuery())
            stmt = roster.with_only_columns(
                Region.path, InfoOfficer.level, Person.id, Person.name, Person.gender,
                Person.birth_date, Person.birth_date_month, Person.id_card, Person.mobile,
                InfoOfficer.post, InfoOfficer.duty_title, InfoOfficer.fulltime,
                InfoOfficer.appoint_date, InfoOfficer.appoint_date_month,
                roster.selected_columns.latest_training, InfoOfficer.status,
                InfoOfficer.remark, Person.phone2, InfoOfficer.leave_date,
                InfoOfficer.in_national_system, InfoOfficer.other_roles, Person.ethnicity,
                Person.education, Person.political_status, Person.employer, Person.address,
                InfoOfficer.skill_level, InfoOfficer.skill_cert_no, InfoOfficer.skill_cert_date,
                InfoOfficer.extra)
            yield from streamed(s, stmt, lambda part: _cells(s, part, by_code))


def _cells(session: Session, part: Sequence[Any], by_code: dict[str, str]
           ) -> Iterator[list[Any]]:
    """One chunk of the roster's rows as the sheet's cells."""
    months = month_only_trainings_in(session, {r[2] for r in part if r[14] is not None})
    for (path, level, pid, name, gender, born, born_month, id_card, mobile, post, duty,
         fulltime, appointed, appointed_month, latest, status, remark, phone2, left,
         national, roles, ethnicity, education, political, employer, address, skill,
         cert_no, cert_date, extra) in part:
        parts = path.split("/")
        if level == RegionLevel.COUNTY.value:
            town = ""
        else:
            town = parts[1] if len(parts) >= 2 else ""
            town = by_code.get("/".join(parts[:2]), town)
        village = parts[2] if len(parts) >= 3 else ""
        if latest is not None and (pid, latest) in months:
            latest = MonthDate.of(latest)
        yield [town or None, village or None, name, _GENDER.get(gender),
               with_precision(born, born_month), id_card, mobile, _LEVEL[level], _POST[post],
               duty, _FULLTIME.get(fulltime), with_precision(appointed, appointed_month),
               latest, _STATUS[status], remark, phone2, left, "是" if national else "否",
               "、".join(split_roles(roles)) or None, ethnicity, education, political,
               employer, address, skill, cert_no, cert_date, ExtraCells(parse_extra(extra))]


_GENDER = {g.value: g.zh for g in Gender}
_LEVEL = {lv.value: lv.zh for lv in RegionLevel}
_POST = {p.value: p.zh for p in OfficerPost}
_FULLTIME = {f.value: f.zh for f in FullTime}
_STATUS = {x.value: x.zh for x in OfficerStatus}


SPEC = OfficersSpec()
