"""Forms of the 联络网与专家库 page: a contact-network entry and an expert."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.resources import ContactCategory, ExpertSource
from emergency_desk.i18n import t
from emergency_desk.services.resources.choices import regions
from emergency_desk.services.resources.contacts import ContactInput, ContactService
from emergency_desk.services.resources.experts import ExpertInput, ExpertService
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog


def make_contact_dialog(db: Database, contact_id: int | None = None,
                        parent: QWidget | None = None) -> FormDialog:
    svc = ContactService(db)
    row = svc.get(contact_id) if contact_id is not None else None
    values: dict[str, Any] = {"类别": ContactCategory.DEPARTMENT}
    if row is not None:
        values = {"类别": row.category, "单位": row.unit, "所属区划": row.region_id,
                  "职务": row.role, "联系人": row.person, "办公电话": row.office_phone,
                  "手机号码": row.mobile, "核实日期": row.last_verified, "备注": row.remark}
    fields = [
        FieldSpec("类别", t("类别"), kind="choice", required=True,
                  choices=[(c.label, c) for c in ContactCategory]),
        FieldSpec("单位", t("单位"), required=True, placeholder=t("如 县水利局、碧阳镇人民政府")),
        FieldSpec("所属区划", t("所属区划"), kind="lookup", choices=regions(db),
                  help=t("乡镇、村的条目填写，便于按乡镇筛选")),
        FieldSpec("职务", t("职务"), placeholder=t("如 分管领导、值班室")),
        FieldSpec("联系人", t("联系人"), required=True),
        FieldSpec("办公电话", t("办公电话")),
        FieldSpec("手机号码", t("手机号码")),
        FieldSpec("核实日期", t("核实日期"), kind="date", help=t("最近一次打电话核实的日期")),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(ContactInput(v["单位"], v["联系人"], v["类别"], v["所属区划"], v["职务"],
                                     v["办公电话"], v["手机号码"], v["核实日期"], v["备注"]),
                        contact_id)

    return FormDialog(t("编辑联络网条目") if row else t("新增联络网条目"), fields, values,
                      save, parent)


def make_expert_dialog(db: Database, expert_id: int | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    svc = ExpertService(db)
    row = svc.get(expert_id) if expert_id is not None else None
    values: dict[str, Any] = {"专家库": ExpertSource.COUNTY, "可参与处置": True}
    if row is not None:
        values = {"姓名": row.name, "手机号码": row.mobile, "专业": row.specialty,
                  "职称": row.title, "工作单位": row.unit, "专家组": row.group,
                  "专家库": row.source, "可参与处置": row.available, "备注": row.remark}
    known = "、".join(svc.groups()) or t("防汛抗旱、地质灾害、森林防火、安全生产、医疗卫生")
    fields = [
        FieldSpec("姓名", t("姓名"), required=True),
        FieldSpec("手机号码", t("手机号码")),
        FieldSpec("专业", t("专业"), placeholder=t("如 水利工程、地质灾害防治")),
        FieldSpec("职称", t("职称"), placeholder=t("如 高级工程师")),
        FieldSpec("工作单位", t("工作单位")),
        FieldSpec("专家组", t("专家组"), placeholder=known,
                  help=t("已有的专家组：{groups}", groups=known)),
        FieldSpec("专家库", t("专家库"), kind="choice", required=True,
                  choices=[(s.label, s) for s in ExpertSource]),
        FieldSpec("可参与处置", t("可参与应急处置"), kind="bool"),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(ExpertInput(v["姓名"], v["手机号码"], v["工作单位"], v["专业"],
                                    v["职称"], v["专家组"], v["专家库"], bool(v["可参与处置"]),
                                    v["备注"]), expert_id)

    return FormDialog(t("编辑专家") if row else t("新增专家"), fields, values, save, parent)
