"""Forms of the 法规与案例 page: a regulation and a case (the seed's headings, in its order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.library import CaseCategory, CaseGrade, RegulationLevel, RegulationStatus
from emergency_desk.i18n import N_, t
from emergency_desk.services.library.cases import TEXT_FIELDS, CaseInput, CaseService
from emergency_desk.services.library.regulations import RegulationInput, RegulationService
from emergency_desk.services.resources.choices import regions
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

CASE_TEXT_LABELS = {"summary": N_("基本情况"), "cause": N_("发生原因"), "measures": N_("采取措施"),
                    "handling": N_("处置过程"), "lessons": N_("主要经验"),
                    "problems": N_("存在问题"), "suggestions": N_("意见和建议"),
                    "expert_opinion": N_("专家意见")}


def make_regulation_dialog(db: Database, regulation_id: int | None = None,
                           parent: QWidget | None = None) -> FormDialog:
    svc = RegulationService(db)
    row = svc.get(regulation_id) if regulation_id is not None else None
    values: dict[str, Any] = {"时效性": RegulationStatus.IN_FORCE,
                              "效力层级": RegulationLevel.NORMATIVE}
    if row is not None:
        values = {"名称": row.title, "发布机关": row.issuer, "文号": row.doc_number,
                  "发布日期": row.issued_on, "施行日期": row.effective_on, "时效性": row.status,
                  "效力层级": row.level, "类别": row.category, "备注": row.remark}
    known = "、".join(svc.categories()) or t("综合、防汛抗旱、地质灾害、森林防火、安全生产")
    fields = [
        FieldSpec("名称", t("名称"), required=True,
                  placeholder=t("如 中华人民共和国突发事件应对法（2024修订）")),
        FieldSpec("发布机关", t("发布机关"), placeholder=t("如 全国人民代表大会常务委员会")),
        FieldSpec("文号", t("文号"), placeholder=t("如 主席令第二十五号、皖政办〔2024〕12号")),
        FieldSpec("发布日期", t("发布日期"), kind="date"),
        FieldSpec("施行日期", t("施行日期"), kind="date"),
        FieldSpec("时效性", t("时效性"), kind="choice", required=True,
                  choices=[(s.label, s) for s in RegulationStatus]),
        FieldSpec("效力层级", t("效力层级"), kind="choice", required=True,
                  choices=[(x.label, x) for x in RegulationLevel]),
        FieldSpec("类别", t("类别"), placeholder=known, help=t("已有的类别：{v}", v=known)),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(RegulationInput(v["名称"], v["发布机关"], v["文号"], v["发布日期"],
                                        v["施行日期"], v["时效性"], v["效力层级"], v["类别"],
                                        v["备注"]), regulation_id)

    return FormDialog(t("编辑法规") if row else t("新增法规"), fields, values, save, parent)


def make_case_dialog(db: Database, case_id: int | None = None,
                     parent: QWidget | None = None) -> FormDialog:
    svc = CaseService(db)
    row = svc.get(case_id) if case_id is not None else None
    values: dict[str, Any] = {"事件类别": CaseCategory.NATURAL}
    if row is not None:
        values = {"标题": row.title, "发生日期": row.occurred_on, "发生地": row.region_id,
                  "地点": row.place, "事件类别": row.category, "事件类型": row.event_type,
                  "事件级别": row.grade, "备注": row.remark}
        values.update({f: getattr(row, f) for f in TEXT_FIELDS})
    fields = [
        FieldSpec("标题", t("标题"), required=True,
                  placeholder=t("如 碧阳镇古筑村“7·7”山洪灾害")),
        FieldSpec("发生日期", t("发生日期"), kind="date", month="first"),
        FieldSpec("发生地", t("发生地"), kind="lookup", choices=regions(db),
                  help=t("本县的乡镇或村；外地案例留空，写在“地点”")),
        FieldSpec("地点", t("地点"), placeholder=t("如 村东山塘、外省某县")),
        FieldSpec("事件类别", t("事件类别"), kind="choice", required=True,
                  choices=[(c.label, c) for c in CaseCategory]),
        FieldSpec("事件类型", t("事件类型"), placeholder=t("如 山洪、滑坡、森林火灾")),
        FieldSpec("事件级别", t("事件级别"), kind="choice",
                  choices=[("", None), *((g.label, g) for g in CaseGrade)]),
        *(FieldSpec(f, t(CASE_TEXT_LABELS[f]), kind="multiline") for f in TEXT_FIELDS),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(CaseInput(
            v["标题"], v["发生日期"], v["事件类别"], v["发生地"], v["地点"], v["事件类型"],
            v["事件级别"], *(v[f] for f in TEXT_FIELDS), v["备注"]), case_id)

    return FormDialog(t("编辑典型案例") if row else t("新增典型案例"), fields, values, save, parent,
                      scroll=True)
