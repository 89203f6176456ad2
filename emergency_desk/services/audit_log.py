"""Reading the audit log (the window's 操作日志 page)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk import i18n
from emergency_desk.data.base import Base
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.i18n import N_, t
from emergency_desk.services.search import like_pattern


def table_labels() -> dict[str, str]:
    """Table name → its Chinese noun, for every model that has one (`__label__`), so the
    window lists tables without walking the ORM itself."""
    labels = {"setting": t("设置")}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        label = getattr(cls, "__label__", None)
        if label:
            labels[cls.__tablename__] = t(label)
    return labels


ACTION_LABELS = {"insert": "新增", "update": "修改", "delete": "删除", "restore": "恢复",
                 "purge": "彻底删除", "import": "导入", "setting": "设置",
                 "recover": "恢复管理员", "login": "登录", "backup": "备份",
                 "restore-db": "从备份恢复", "export": "导出", "demo": "演示数据",
                 "merge": "合并上报包", "conflict": "处理合并冲突"}

# Actions whose row records an event, not a record's fields: their `changes` hold facts
# ({"文件": …, "新增": 3}), written by data/audit.record_event and the importer.
EVENT_ACTIONS = frozenset({"import", "login", "backup", "restore-db", "export", "demo", "merge",
                           "conflict", "recover"})
# The facts' keys as a clerk reads them (most are Chinese labels already; the exchange package
# writes two English keys), and the export's 身份证号 choice by its stored enum name.
EVENT_FACT_LABELS = {"文件": N_("文件"), "新增": N_("新增"), "更新": N_("更新"), "未变": N_("未变"),
                     "离任": N_("离任"), "条数": N_("条数"), "身份证号": N_("身份证号"),
                     "备份文件": N_("备份文件"), "恢复前的数据": N_("恢复前的数据"),
                     "带回的日志条数": N_("带回的日志条数"), "原数据备份": N_("原数据备份"),
                     "file": N_("文件"), "package_id": N_("上报包编号")}
EVENT_FACT_VALUES = {"MASKED": N_("部分隐去"), "FULL_ID": N_("完整"),
                     "NO_PERSONAL": N_("不含个人信息")}

# What a clerk calls each stored field (the Excel registers' headers where there is one).
FIELD_LABELS = {
    # the 花名册 fields (migration 0019), the rotation option and the team's 性质
    "ethnicity": "民族", "education": "文化程度", "political_status": "政治面貌",
    "skill_level": "职业技能等级", "skill_cert_no": "证书编号", "skill_cert_date": "发证日期",
    "rotate_at_half_life": "保质期过半轮换", "force_type": "队伍性质",
    # an attached file (法规原文, 案例附件, 防汛责任书扫描件, 预案附件)
    "file_name": "文件名", "file_size": "文件大小", "file_sha256": "文件校验值",
    "name": "名称", "code": "区划代码", "level": "层级", "parent_id": "上级", "population": "人口",
    "is_disaster_prone": "灾害多发频发", "main_hazards": "主要灾种", "remark": "备注",
    "region_id": "所属区划", "person_id": "人员", "leader_person_id": "负责人", "team_id": "队伍",
    "warehouse_id": "仓库", "peer_warehouse_id": "调入/调出仓库", "item_id": "物资",
    "plan_id": "预案", "drill_id": "演练", "batch_id": "批次", "gender": "性别",
    "birth_date": "出生日期", "id_card": "身份证号", "mobile": "手机号码", "phone2": "备用电话",
    "phone": "联系电话", "employer": "工作单位", "job_title": "职务", "duty_title": "本职职务",
    "post": "岗位", "fulltime": "专兼职", "appoint_date": "任职日期", "leave_date": "离岗日期",
    "status": "状态", "in_national_system": "录入国家系统", "other_roles": "兼任",
    "category": "类别", "category_code": "分类编码", "spec": "规格型号", "unit": "计量单位",
    "qty": "数量", "quantity": "数量", "batch_no": "批号", "production_date": "生产日期",
    "expiry_date": "有效期至", "inbound_date": "入库日期", "funding": "资金来源",
    "storage_method": "存储方式", "unit_price": "单价", "keeper": "保管员", "keeper2": "保管员B",
    "address": "地址", "area_m2": "面积(平方米)", "type": "类型", "min_qty": "最低储备",
    "target_qty": "标准储备", "shelf_life_months": "保质期(月)", "frequently_used": "常用物资",
    "leader": "负责人", "duty_phone": "值班电话", "base_address": "驻地",
    "planned_size": "编制人数",
    "supervising_unit": "主管单位", "role": "队内职务", "skills": "专业特长", "source": "人员来源",
    "insurance_expiry": "保险有效期", "join_date": "入队日期", "model": "规格型号",
    "acquire_date": "购置日期", "condition": "状态", "next_maint_date": "下次维护",
    "storage_place": "存放地点", "plan_type": "预案类型", "issue_date": "发布日期",
    "issuing_unit": "编制单位", "number": "文号", "version": "版本", "filed_date": "备案日期",
    "filed_to": "备案单位", "expert_review_date": "专家评审日期",
    "last_revised_date": "最近修订日期",
    "last_eval_date": "最近评估日期", "review_cycle_years": "评估周期(年)", "date": "日期",
    "form": "演练形式", "organizer": "组织单位", "location": "地点",
    "participants_count": "参演人数",
    "conclusion": "评估结论", "problems": "存在问题", "rectification": "整改情况",
    "measures": "整改措施", "scenario": "情景", "title": "名称", "hours": "学时",
    "content": "内容", "start_date": "开始日期", "end_date": "结束日期", "contract_no": "协议编号",
    "supplier": "单位", "contact": "联系人", "response_hours": "响应时限(小时)", "value": "值",
    "username": "用户名", "active": "启用", "reason": "原因", "purpose": "用途",
    "handler": "经办人", "approver": "审批人", "receiver": "接收人", "doc_no": "单号",
    "doc_type": "单据类型", "doc_date": "日期", "year": "年度", "month": "月份",
    "evaluation": "评估情况", "triggers_revision": "需修订预案", "hazard_class": "事件类别",
    "approving_unit": "审批单位", "basis": "依据", "relies_on_agreement": "依赖协议储备",
    "expert_group": "专家组", "received_at": "接报时间", "caller": "来电单位（人）",
    "reported_to": "报告对象", "reported_at": "报告时间", "outcome": "处理结果",
    "served_summary": "服务区域", "sort_order": "排序", "established_date": "成立日期",
    "agreed_qty": "协议数量", "book_qty": "账面数量", "actual_qty": "实存数量",
    "take_date": "盘点日期", "peer_org": "对方单位", "event_ref": "事件", "build_date": "建成日期",
    "is_consumable": "消耗品", "parent_code": "上级分类", "is_imported": "由导入建立",
    "by_whom": "维护人", "official_name": "规范名称",
}
# The same field name meaning something else in one table.
TABLE_FIELD_LABELS = {("person", "address"): "住址", ("emergency_plan", "doc_no"): "文号",
                      ("expert", "unit"): "工作单位",
                      ("contact_entry", "unit"): "单位"}
# Fields holding another record's id, shown by that record's name.
REFERENCES = {"region_id": "region", "parent_id": "region", "person_id": "person",
              "leader_person_id": "person", "team_id": "rescue_team",
              "warehouse_id": "warehouse", "peer_warehouse_id": "warehouse",
              "item_id": "supply_item", "plan_id": "emergency_plan", "drill_id": "drill"}


def value_text(value: Any, enums: dict[str, str]) -> str:
    if value is None or value == "":
        return t("（空）")
    if isinstance(value, bool):
        return t("是") if value else t("否")
    if isinstance(value, str) and value in enums:
        return enums[value]
    return str(value)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    action: str
    table_name: str
    record_id: int | None
    summary: str
    changes: dict[str, Any]
    names: dict[tuple[str, int], str] = field(default_factory=dict, compare=False)
    # (table, field) → the register's Excel column header, for fields without a curated label
    columns: Mapping[tuple[str, str], str] = field(default_factory=dict, compare=False)

    def changes_text(self) -> str:
        """字段名：原值 → 新值, with field labels, names for ids and 是/否 for flags, in the
        language of the window (English labels, values and separators in the English UI)."""
        enums = enum_labels()
        parts = []
        labels = setting_labels() if self.table_name == "setting" else {}
        colon, semicolon = ("：", "；") if i18n.language() != "en" else (": ", "; ")
        for key, value in self.changes.items():
            if not self.is_change_pair(value):
                # An event's facts (导入、备份、导出、从备份恢复): 文件：…；新增：3, keyed by
                # their Chinese label already.
                shown = t(EVENT_FACT_VALUES[value]) if isinstance(value, str) \
                    and value in EVENT_FACT_VALUES else value_text(value, enums)
                parts.append(f"{t(EVENT_FACT_LABELS.get(key, key))}{colon}{shown}")
                continue
            old, new = value
            if key.endswith("_month") and isinstance(new, bool):
                continue  # a date's precision flag (1980.03): the date itself says it
            ref = reference(self.table_name, key)

            def show(v: Any, ref: str | None = ref) -> str:
                if ref is not None and isinstance(v, int):
                    return self.names.get((ref, v), f"#{v}")
                return value_text(v, enums)

            label = (t(labels[key]) if key in labels
                     else field_label(self.table_name, key, self.columns))
            if self.action == "insert" and old is None:  # a new record: its values only
                parts.append(f"{label}{colon}{show(new)}")
            else:
                parts.append(f"{label}{colon}{show(old)} → {show(new)}")
        return semicolon.join(parts)

    def is_change_pair(self, value: Any) -> bool:
        """A record change or a setting stores [原值, 新值] per field; the other actions
        (EVENT_ACTIONS) store plain facts, which may be lists or two-letter strings too."""
        return self.action not in EVENT_ACTIONS and isinstance(value, list | tuple) \
            and len(value) == 2

    def summary_text(self) -> str:
        """The stored summary (记录), its 表名：名称 prefix in the window's language."""
        head, sep, name = self.summary.partition("：")
        if not sep or i18n.language() != "en" or head not in _zh_table_labels():
            return self.summary
        return f"{t(head)}: {name}"


def field_label(table: str, key: str,
                columns: Mapping[tuple[str, str], str] | None = None) -> str:
    """What a clerk calls a stored field: the curated label, else the header of the register's
    Excel column that fills it, else (never seen by a clerk so far) the field's own name."""
    zh = (TABLE_FIELD_LABELS.get((table, key)) or FIELD_LABELS.get(key)
          or (columns or {}).get((table, key)) or _model_labels().get(reference(table, key) or ""))
    return t(zh) if zh else key


@lru_cache(maxsize=1)
def _model_labels() -> dict[str, str]:
    """Table → its model's noun: a field holding a 盘点 id is labelled 盘点."""
    return {m.class_.__tablename__: str(getattr(m.class_, "__label__", ""))
            for m in Base.registry.mappers if getattr(m.class_, "__label__", "")}


@lru_cache(maxsize=1)
def _zh_table_labels() -> set[str]:
    return {str(getattr(m.class_, "__label__", "")) for m in Base.registry.mappers} - {""}


@lru_cache(maxsize=1)
def _foreign_keys() -> dict[tuple[str, str], str]:
    """(table, column) → the table its id points to, from the models' foreign keys."""
    out: dict[tuple[str, str], str] = {}
    for table in Base.metadata.tables.values():
        for col in table.columns:
            for fk in col.foreign_keys:
                out[(table.name, col.name)] = fk.column.table.name
    return out


def reference(table: str, key: str) -> str | None:
    """The table whose record a field's id names (shown by that record's name), if any."""
    found = _foreign_keys().get((table, key))
    if found is not None:
        return found
    if key == "parent_id" and table != "region":
        return None
    return REFERENCES.get(key)


@lru_cache(maxsize=1)
def setting_labels() -> dict[str, str]:
    from emergency_desk.services.settings import PARAMS

    return {p.key: p.label for p in PARAMS}


def enum_labels() -> dict[str, str]:
    """Stored enumeration value → its label in the window's language, for the values no two
    enums share."""
    return _enum_labels(i18n.language())


@lru_cache(maxsize=4)
def _enum_labels(_language: str) -> dict[str, str]:
    from emergency_desk.data.enums import all_labels

    seen: dict[str, set[str]] = {}
    for member, zh in all_labels().items():
        seen.setdefault(str(member.value), set()).add(zh)
    return {v: t(next(iter(ls))) for v, ls in seen.items()
            if len(ls) == 1 and v != next(iter(ls))}


class AuditService:
    def __init__(self, db: Database,
                 column_labels: Mapping[tuple[str, str], str] | None = None) -> None:
        """`column_labels`: (table, field) → Excel column header (io.registers.column_labels,
        handed in by the window: services sit below io)."""
        self.db = db
        self.column_labels = dict(column_labels or {})

    def _stmt(self, search: str, table: str | None):  # type: ignore[no-untyped-def]
        stmt = select(AuditLog)
        if table:
            stmt = stmt.where(AuditLog.table_name == table)
        if search.strip():
            pat = like_pattern(search.strip())
            stmt = stmt.where(func.lower(AuditLog.summary).like(pat, escape="\\")
                              | func.lower(AuditLog.changes).like(pat, escape="\\"))
        return stmt

    def count(self, search: str = "", table: str | None = None) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(
                self._stmt(search, table).subquery())) or 0)

    def list(self, search: str = "", table: str | None = None, offset: int = 0,
             limit: int | None = 200) -> list[AuditRow]:
        stmt = self._stmt(search, table).order_by(AuditLog.id.desc()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            raw = [(a, json.loads(a.changes or "{}")) for a in s.scalars(stmt)]
            names = self._names(s, raw)
            return [AuditRow(a.id, a.at, a.user, a.action, a.table_name, a.record_id, a.summary,
                             changes, names, self.column_labels) for a, changes in raw]

    @staticmethod
    def _names(s: Session, raw: Sequence[tuple[AuditLog, dict[str, Any]]]
               ) -> dict[tuple[str, int], str]:
        """The names of every record an id in these changes points to, one query per table
        (deleted records too: the log must still say what was changed)."""
        wanted: dict[str, set[int]] = {}
        for a, changes in raw:
            for key, pair in changes.items():
                ref = reference(a.table_name, key)
                if ref is None:
                    continue
                wanted.setdefault(ref, set()).update(v for v in pair if isinstance(v, int))
        out: dict[tuple[str, int], str] = {}
        tables = Base.metadata.tables
        for ref, ids in wanted.items():
            table = tables.get(ref)
            if table is None or not ids:
                continue
            label = next((table.c[k] for k in ("path", "name", "title") if k in table.c), None)
            if label is None:
                continue
            for rid, text in s.execute(select(table.c.id, label).where(table.c.id.in_(ids))):
                out[(ref, rid)] = str(text)
        return out

    def record(self, action: str, table: str, summary: str,
               changes: dict[str, Any] | None = None) -> None:
        """An audit row for something that is not a record change (a setting, an import)."""
        from emergency_desk.data.audit import current_user

        with self.db.begin() as s:
            s.add(AuditLog(user=current_user(), action=action, table_name=table,
                           summary=summary[:200],
                           changes=json.dumps(changes or {}, ensure_ascii=False, default=str)))
