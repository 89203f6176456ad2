"""Excel specs of the 应急预案 (`plans`) and 应急演练 (`drills`) registers (docs/design.md §3).

Plans upsert by 预案名称 within 所属区划; drills by 演练名称 + 演练日期. Rows are checked by the
window's own rules (services/plans) against what was loaded once and written in bulk
(io/plans_import.py), inside the importer's single transaction.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.data.plans import (
    Drill,
    DrillForm,
    EmergencyPlan,
    PlanStatus,
    PlanType,
    Rectification,
)
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.plans_import import DrillBulk, PlanBulk
from emergency_desk.io.spec import (
    BAD,
    Column,
    ExtraCells,
    ImportCounts,
    Record,
    RegisterSpec,
    chunks,
    each_record,
    with_extras,
)
from emergency_desk.services.plans.drills import DrillInput
from emergency_desk.services.plans.plans import PlanInput
from emergency_desk.services.plans.views import (
    DrillQuery,
    PlanQuery,
    PlanViews,
    drills_in,
    plans_for_export,
)
from emergency_desk.services.regions.regions import lookup_in

_TYPE_SYNONYMS = {"总体预案": "总体", "总体应急预案": "总体", "专项预案": "专项",
                  "专项应急预案": "专项", "部门预案": "部门", "部门应急预案": "部门",
                  "乡镇": "乡镇(街道)", "街道": "乡镇(街道)", "乡镇预案": "乡镇(街道)",
                  "村": "村(社区)", "社区": "村(社区)", "村级": "村(社区)", "村(居)": "村(社区)",
                  "企业": "企事业单位", "企业预案": "企事业单位", "单位": "企事业单位",
                  "现场处置": "现场处置方案", "大型活动": "重大活动"}
_STATUS_SYNONYMS = {"发布": "已发布", "现行": "已发布", "有效": "已发布", "实施": "已发布",
                    "草稿": "起草", "编制中": "起草", "评审": "评审中", "修订": "修订中",
                    "作废": "废止", "失效": "废止"}
_FORM_SYNONYMS = {"实战演练": "实战", "桌面": "桌面推演", "桌面演练": "桌面推演",
                  "操作演练": "操作", "综合演练": "综合", "单项演练": "单项", "联合演练": "联合",
                  "综合性": "综合", "专项": "单项"}
_RECT_SYNONYMS = {"是": "已整改", "已完成": "已整改", "完成": "已整改", "整改完成": "已整改",
                  "否": "未整改", "未完成": "未整改", "正在整改": "整改中"}
_NO_PROBLEM = {"无", "无问题", "无需整改", "不需整改", "/", "-"}
_PLAN_SPLIT = re.compile(r"[、;；,，\n]+")

parse_plan_type = nz.enumeration({x.zh: x for x in PlanType}, _TYPE_SYNONYMS)
parse_status = nz.enumeration({x.zh: x for x in PlanStatus}, _STATUS_SYNONYMS)
parse_form = nz.enumeration({x.zh: x for x in DrillForm}, _FORM_SYNONYMS)
_parse_rect = nz.enumeration({x.zh: x for x in Rectification}, _RECT_SYNONYMS)


def parse_rectification(value: Any) -> Rectification | None:
    if not nz.is_blank(value) and str(value).strip() in _NO_PROBLEM:
        return None
    return _parse_rect(value)


def parse_cycle(value: Any) -> int | None:
    n = nz.integer(value)
    if n is not None and not 1 <= n <= 10:
        raise nz.CellError(t("评估周期应为 1 到 10 年，现为“{v}”", v=n))
    return n


def parse_plan_refs(value: Any) -> tuple[str, ...] | None:
    """关联预案: names separated by 、 ; ， or line breaks."""
    s = nz.multiline_text(value)
    if s is None:
        return None
    return tuple(dict.fromkeys(x.strip() for x in _PLAN_SPLIT.split(s) if x.strip()))


def _date_col(name: str, field: str, *synonyms: str) -> Column:
    return Column(name, field, dt.date_value, width=12, synonyms=synonyms,
                  comment="如 2024-05-01")


_REGION_COMMENT = "区划名称或区划代码；重名时写上级路径，如 碧阳镇/古筑村"

PLAN_COLUMNS = [
    Column("预案名称", "name", nz.text_max(200), required=True, width=30,
           synonyms=("名称", "预案", "应急预案名称"), comment="如 黟县防汛抗旱应急预案"),
    Column("预案类型", "plan_type", parse_plan_type, required=True, width=12,
           synonyms=("类型", "类别", "预案类别"), choices=tuple(x.zh for x in PlanType),
           comment="总体/专项/部门/乡镇(街道)/村(社区)/企事业单位/重大活动/巨灾/现场处置方案"),
    Column("事件类别", "hazard_class", nz.text_max(50), width=12,
           synonyms=("突发事件类别", "灾种", "事件类型"),
           comment="如 自然灾害、事故灾难；专项预案写明专项类别，如 自然灾害/防汛抗旱"),
    Column("所属区划", "region", nz.text_max(400), required=True, width=14,
           synonyms=("区划", "乡镇", "所属乡镇", "行政区划"), comment=_REGION_COMMENT),
    Column("编制单位", "issuing_unit", nz.text_max(100), width=18,
           synonyms=("编制部门", "制定单位", "牵头单位")),
    Column("文号", "doc_no", nz.text_max(100), width=18, synonyms=("发文字号", "印发文号")),
    Column("版本", "version", nz.text_max(30), width=10, synonyms=("版本号",)),
    _date_col("发布日期", "issue_date", "印发日期", "发布时间"),
    _date_col("专家评审日期", "expert_review_date", "专家评审", "评审日期"),
    _date_col("备案日期", "filed_date", "备案时间"),
    _date_col("最近修订日期", "last_revised_date", "最近修订", "修订日期"),
    _date_col("最近评估日期", "last_eval_date", "最近评估", "评估日期"),
    Column("评估周期(年)", "review_cycle_years", parse_cycle, width=10,
           synonyms=("评估周期", "评估周期（年）"), comment="1–10 的整数；空白按设置（默认 3 年）"),
    Column("状态", "status", parse_status, width=10, synonyms=("预案状态",),
           choices=tuple(x.zh for x in PlanStatus), comment="空白按“已发布”"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
    Column("审批单位", "approving_unit", nz.text_max(100), width=16),
    Column("备案单位", "filed_to", nz.text_max(100), width=16, synonyms=("备案机关",)),
    Column("责任人", "responsible_person", nz.text_max(50), width=10),
]

DRILL_COLUMNS = [
    Column("演练名称", "title", nz.text_max(200), required=True, width=28,
           synonyms=("名称", "演练项目", "演练主题")),
    Column("关联预案", "plans", parse_plan_refs, width=30,
           synonyms=("依据预案", "演练预案", "预案名称"),
           comment="预案名称，多个用“、”或“;”分隔；重名时写 区划/预案名称"),
    _date_col("演练日期", "date", "日期", "演练时间"),
    Column("演练形式", "form", parse_form, width=10, synonyms=("形式", "演练方式"),
           choices=tuple(x.zh for x in DrillForm)),
    Column("组织单位", "organizer", nz.text_max(100), width=16, synonyms=("组织部门", "主办单位")),
    Column("地点", "location", nz.text_max(200), width=16, synonyms=("演练地点",)),
    Column("参演人数", "participants_count", nz.non_negative(nz.counted("人")), width=10,
           synonyms=("参加人数", "人数")),
    Column("评估结论", "evaluation", nz.multiline_text, width=24, synonyms=("评估", "演练评估")),
    Column("存在问题", "problems", nz.multiline_text, width=24, synonyms=("问题",)),
    Column("整改情况", "rectification", parse_rectification, width=10,
           synonyms=("是否整改", "整改"), choices=tuple(x.zh for x in Rectification),
           comment="已整改/整改中/未整改；有问题而空白按“未整改”"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
    Column("所属区划", "region", nz.text_max(400), width=14, synonyms=("区划", "村(社区)"),
           comment="空白时取第一个关联预案的区划"),
    Column("整改措施", "measures", nz.multiline_text, width=24),
    Column("参演单位", "participant_units", nz.multiline_text, width=20),
    Column("情景", "scenario", nz.multiline_text, width=20, synonyms=("演练情景", "情景设置")),
    Column("需修订预案", "triggers_revision", nz.yes_no, width=10, choices=("是", "否"),
           synonyms=("是否需修订预案",)),
]


def resolve_region(session: Session, text: str) -> tuple[int | None, str | None]:
    """A region written as a name, a 区划代码 or a path ('碧阳镇/古筑村', '黟县/碧阳镇')."""
    found = lookup_in(session, text)
    return found.region_id, found.problem


def region_ref(path: str, unique_names: set[str]) -> str:
    """How an export names a region: its name, or its path below the county if ambiguous."""
    name = path.rsplit("/", 1)[-1]
    if name in unique_names:
        return name
    return path.split("/", 1)[-1] if "/" in path else path


def _unique_region_names(session: Session) -> set[str]:
    return set(session.scalars(select(Region.name).where(Region.is_deleted.is_(False))
                               .group_by(Region.name).having(func.count() == 1)))


class _Rows:
    """Shared import loop: parse → service upsert → counts, errors, duplicate rows."""

    def __init__(self, spec: RegisterSpec, counts: ImportCounts) -> None:
        self.spec, self.counts = spec, counts
        self.seen: dict[Any, int] = {}

    def duplicate(self, rec: Record, key: Any, field: str) -> bool:
        if key in self.seen:
            self.counts.errors.append(self.spec.error(
                rec, field, t("与第 {row} 行重复（同一记录出现两次）", row=self.seen[key])))
            return True
        self.seen[key] = rec.row
        return False

    def report(self, rec: Record, exc: ValidationFailed, bad: set[str]) -> None:
        labels = {c.name for c in self.spec.columns if c.field in bad}
        for label, reason in exc.problems.items():
            if label not in labels:
                self.counts.errors.append(self.spec.error(rec, label, reason))

    def count(self, change: str) -> None:
        setattr(self.counts, change, getattr(self.counts, change) + 1)


def _refused(rec: Record) -> bool:
    """A cell of `rec` was refused while reading: the file will be refused, write no more."""
    return any(v is BAD for v in rec.values.values())


def _run_rows(records: Iterable[Record], progress: Callable[[int, int], None] | None,
              counts: ImportCounts, row: Callable[[Record], None],
              bulk: PlanBulk | DrillBulk) -> None:
    """Each record through `row`; `bulk` writes what is pending when a chunk is full, and
    nothing more once a row was refused (a bad cell, or `row` reported an error). Unlike
    io/bulk.py's `Bulk.run_rows`, a row with a bad cell still goes through `row`: its other
    cells' problems are reported too."""
    refused = False
    for rec in each_record(records, progress):
        refused = refused or _refused(rec)
        before = len(counts.errors)
        row(rec)
        bulk.row_done(refused or len(counts.errors) != before)
    bulk.finish()


def _values(rec: Record) -> tuple[dict[str, Any], set[str]]:
    bad = {k for k, v in rec.values.items() if v is BAD}
    return {k: (None if v is BAD else v) for k, v in rec.values.items()}, bad


class PlansSpec(RegisterSpec):
    name = "plans"
    title_zh = "应急预案"
    columns = PLAN_COLUMNS
    natural_key = "所属区划 + 预案名称"
    table = "emergency_plan"
    keeps_extra = True
    extra_models = (EmergencyPlan,)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        rows = _Rows(self, counts)
        plans = PlanBulk(session, resolve_region)
        _run_rows(records, progress, counts, lambda rec: self._row(rec, rows, plans), plans)
        return counts

    def _row(self, rec: Record, rows: _Rows, plans: PlanBulk) -> None:
        counts = rows.counts
        vals, bad = _values(rec)
        region_id = None
        if vals.get("region"):
            region_id, problem = plans.region(vals["region"])
            if problem:
                counts.errors.append(self.error(rec, "region", problem))
                return
        if bad & {"name", "region"} or region_id is None or not vals.get("name"):
            return  # the importer already reported the blank or unreadable cell
        if rows.duplicate(rec, (region_id, vals["name"]), "name"):
            return
        rest = {k: v for k, v in vals.items() if k not in ("region", "name", "plan_type")}
        data = PlanInput(name=vals["name"], plan_type=vals.get("plan_type"),
                         region_id=region_id, **rest)
        try:  # a refused row writes nothing; any error rolls the whole file back
            rows.count(plans.upsert(data, rec.extra))
        except ValidationFailed as exc:
            rows.report(rec, exc, bad)

    def count(self, db: Database) -> int:
        return PlanViews(db).count()

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        type_zh = {x.value: x.zh for x in PlanType}
        status_zh = {x.value: x.zh for x in PlanStatus}
        with db.read() as s:
            unique = _unique_region_names(s)
            for (name, plan_type, hazard, path, issuer, doc_no, version, issued, reviewed,
                 filed, revised, evaluated, cycle, status, remark, approver, filed_to,
                 responsible, extra) in plans_for_export(s, PlanQuery(),
                                                         PlanViews(db).default_years()):
                yield [name, type_zh[plan_type], hazard, region_ref(path, unique), issuer,
                       doc_no, version, issued, reviewed, filed, revised, evaluated, cycle,
                       status_zh[status], remark, approver, filed_to, responsible,
                       ExtraCells(parse_extra(extra))]


class _PlanIndex:
    """Live plans by name, to resolve a drill's 关联预案."""

    def __init__(self, session: Session) -> None:
        # By the names' normal form (data/names.py): 预案（试行） is 预案 (试行).
        self.by_name: dict[str, list[tuple[int, str]]] = {}
        self.names: set[str] = set()
        for pid, name, path in session.execute(
                select(EmergencyPlan.id, EmergencyPlan.name, Region.path)
                .join(Region, Region.id == EmergencyPlan.region_id)
                .where(EmergencyPlan.is_deleted.is_(False))):
            self.by_name.setdefault(name_key(name), []).append((pid, path))
            self.names.add(name)

    def resolve(self, ref: str) -> tuple[int | None, str | None]:
        where, _, name = ref.rpartition("/")
        hits = self.by_name.get(name_key(name), [])
        if where:
            at = name_key(where)
            hits = [(i, p) for i, p in hits
                    if name_key(p).endswith(at) or f"/{at}/" in name_key(p) + "/"]
        if len(hits) == 1:
            return hits[0][0], None
        if hits:
            return None, t("有多个“{name}”（{paths}），请写成 区划/预案名称", name=name,
                           paths="、".join(sorted(p for _, p in hits)))
        close = difflib.get_close_matches(name, sorted(self.names), n=3, cutoff=0.5)
        problem = t("找不到预案“{name}”", name=ref)
        if close:
            problem += t("，是否为：{s}", s="、".join(close))
        return None, problem + t("。请先导入或录入该预案")


def resolve_plan_names(session: Session, refs: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """Plan ids for names as a drill's 关联预案 writes them, and the problems (the form uses
    this for its 其他依据预案 box)."""
    index = _PlanIndex(session)
    ids: list[int] = []
    problems: list[str] = []
    for ref in refs:
        pid, problem = index.resolve(ref)
        if problem:
            problems.append(problem)
        elif pid is not None:
            ids.append(pid)
    return ids, problems


def resolve_plan_refs(db: Database, refs: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """`resolve_plan_names` in its own read session, for the drill form: the window never
    holds a session itself."""
    with db.read() as s:
        return resolve_plan_names(s, refs)


class DrillsSpec(RegisterSpec):
    name = "drills"
    title_zh = "应急演练"
    columns = DRILL_COLUMNS
    natural_key = "演练名称 + 演练日期"
    table = "drill"
    keeps_extra = True
    extra_models = (Drill,)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        rows = _Rows(self, counts)
        plans = _PlanIndex(session)
        drills = DrillBulk(session, resolve_region)
        _run_rows(records, progress, counts,
                  lambda rec: self._row(rec, rows, plans, drills), drills)
        return counts

    def _row(self, rec: Record, rows: _Rows, plans: _PlanIndex, drills: DrillBulk) -> None:
        counts = rows.counts
        vals, bad = _values(rec)
        failed = False
        region_id = None
        if vals.get("region"):
            region_id, problem = drills.region(vals["region"])
            if problem:
                counts.errors.append(self.error(rec, "region", problem))
                failed = True
        plan_ids: tuple[int, ...] | None = None
        if vals.get("plans"):
            ids = []
            for ref in vals["plans"]:
                pid, problem = plans.resolve(ref)
                if problem:
                    counts.errors.append(self.error(rec, "plans", problem))
                    failed = True
                elif pid is not None:
                    ids.append(pid)
            plan_ids = tuple(ids)
        if vals.get("date") is None and "date" not in bad:
            counts.errors.append(self.error(rec, "date", t("演练日期不能为空")))
            failed = True
        if failed or bad & {"title", "date"} or not vals.get("title"):
            return
        if rows.duplicate(rec, (vals["title"], vals["date"]), "title"):
            return
        rest = {k: v for k, v in vals.items() if k not in ("region", "plans", "title", "date")}
        data = DrillInput(title=vals["title"], date=vals["date"], region_id=region_id,
                          plan_ids=plan_ids, **rest)
        try:
            rows.count(drills.upsert(data, rec.extra))
        except ValidationFailed as exc:
            rows.report(rec, exc, bad)

    def count(self, db: Database) -> int:
        return PlanViews(db).count_drills()

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            unique = _unique_region_names(s)
            plan_names = dict(s.execute(select(EmergencyPlan.name, func.count()).where(
                EmergencyPlan.is_deleted.is_(False)).group_by(EmergencyPlan.name)).all())
            rows = drills_in(s, DrillQuery(descending=False), stream=True)
            for part in chunks(with_extras(s, Drill, rows)):
                paths = self._plan_refs(s, [d.id for d, _ in part], plan_names)
                for d, extra in part:
                    yield [d.title, "、".join(paths.get(d.id, ())), d.date,
                           d.form.zh if d.form else None, d.organizer, d.location,
                           d.participants_count, d.evaluation, d.problems,
                           d.rectification.zh if d.rectification else None, d.remark,
                           region_ref(d.region_path, unique) if d.region_path else None,
                           d.measures, d.participant_units, d.scenario,
                           "是" if d.triggers_revision else "否", extra]

    @staticmethod
    def _plan_refs(s: Session, drill_ids: list[int], counts: dict[str, int]
                   ) -> dict[int, tuple[str, ...]]:
        """Each drill's plan names, with the region path below the county when a name is not
        unique (one query for a chunk of drills)."""
        from emergency_desk.data.plans import DrillPlan

        out: dict[int, list[str]] = {}
        for did, name, path in s.execute(
                select(DrillPlan.drill_id, EmergencyPlan.name, Region.path)
                .join(DrillPlan, DrillPlan.plan_id == EmergencyPlan.id)
                .join(Region, Region.id == EmergencyPlan.region_id)
                .where(DrillPlan.drill_id.in_(drill_ids), DrillPlan.is_deleted.is_(False))
                .order_by(DrillPlan.id)):
            out.setdefault(did, []).append(
                name if counts.get(name, 0) <= 1 else f"{path.split('/', 1)[-1]}/{name}")
        return {k: tuple(v) for k, v in out.items()}


PLANS = PlansSpec()
DRILLS = DrillsSpec()
