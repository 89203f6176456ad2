"""灾害信息员 form: one officer post and the person holding it, validated as you type.

身份证号 and 手机号码 are checked on every keystroke with the same functions the service uses;
a valid 身份证号 fills in 出生日期 and 性别 when they are empty. The service still checks
everything on save (one A per region, one post per person and level, …) and its messages
appear beside the fields they concern.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.officers import (
    COMMON_ROLES,
    SKILL_LEVELS,
    FullTime,
    InfoOfficer,
    OfficerPost,
    OfficerStatus,
)
from emergency_desk.data.people import EDUCATION_LEVELS, POLITICAL_STATUSES, Gender
from emergency_desk.i18n import t
from emergency_desk.io.normalize import CellError, phone
from emergency_desk.services.extra_fields import extra_fields_of
from emergency_desk.services.officers.officers import OfficerInput, OfficerService
from emergency_desk.services.people import (
    FieldInvalid,
    PersonInput,
    id_card_birth_date,
    id_card_gender,
    validate_id_card,
    validate_mobile,
)
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog


def _check(fn: Any) -> Any:
    def check(value: Any) -> str | None:
        try:
            fn(str(value))
        except FieldInvalid as exc:
            return exc.reason
        except CellError as exc:
            return exc.reason
        return None
    return check


def region_choices(db: Database) -> list[tuple[str, Any]]:
    """Every live county, township, village and community, labelled below the county
    ("碧阳镇/古筑村"), so typing part of a village's name finds it."""
    rows = RegionService(db).list(RegionQuery(order_by="path"))
    out: list[tuple[str, Any]] = []
    for r in rows:
        parts = r.path.split("/")
        out.append(("/".join(parts[1:]) if len(parts) > 1 else r.path, r.id))
    return out


def _labels(known: tuple[str, ...], current: str | None) -> list[tuple[str, Any]]:
    """A fixed list plus the stored value when a sheet wrote another (大学 → kept as is):
    a choice field that cannot show the value would clear it on save."""
    values = list(known) + ([current] if current and current not in known else [])
    return [(v, v) for v in values]


def officer_fields(db: Database, before: OfficerInput | None = None) -> list[FieldSpec]:
    p = before.person if before else None
    return [
        FieldSpec("姓名", t("姓名"), required=True, placeholder=t("如 汪建国")),
        FieldSpec("身份证号", t("身份证号"), validator=_check(validate_id_card),
                  placeholder=t("18 位，最后一位可为 X"),
                  help=t("填写后自动带出出生日期和性别；列表和打印中只显示前 4 位和后 4 位")),
        FieldSpec("性别", t("性别"), kind="choice",
                  choices=[(g.label, g) for g in Gender]),
        FieldSpec("出生日期", t("出生日期"), kind="date", month="first"),
        FieldSpec("手机号码", t("手机号码"), validator=_check(validate_mobile),
                  placeholder=t("11 位手机号，如 13905591234")),
        FieldSpec("备用电话", t("备用电话"), validator=_check(phone),
                  placeholder=t("手机或座机，如 0559-5521110")),
        FieldSpec("工作单位", t("工作单位"), placeholder=t("如 古筑村村委会")),
        FieldSpec("所属区划", t("所属区划"), kind="lookup", required=True,
                  choices=region_choices(db), placeholder=t("输入村（社区）或乡镇名称查找"),
                  help=t("灾害信息员的层级随区划：乡镇级选乡镇，村级选村（社区）"),
                  aliases=("乡镇", "村(社区)", "层级")),
        FieldSpec("岗位", t("岗位"), kind="choice", required=True,
                  choices=[(p.label, p) for p in OfficerPost],
                  help=t("A岗为主岗，负责日常联络报送；B岗为副岗，A岗不能到岗时接替")),
        FieldSpec("本职职务", t("本职职务"), placeholder=t("如 村党支部书记")),
        FieldSpec("专兼职", t("专兼职"), kind="choice",
                  choices=[(f.label, f) for f in FullTime]),
        FieldSpec("任职日期", t("任职日期"), kind="date", month="first"),
        FieldSpec("状态", t("状态"), kind="choice", required=True,
                  choices=[(s.label, s) for s in OfficerStatus]),
        FieldSpec("离任日期", t("离任日期"), kind="date"),
        FieldSpec("已录入国家系统", t("已录入国家系统"), kind="bool",
                  help=t("已录入国家灾害信息员管理系统")),
        FieldSpec("兼任", t("兼任"), placeholder="、".join(COMMON_ROLES[:4]),
                  help=t("同一人兼任的其他角色，用顿号分隔")),
        FieldSpec("民族", t("民族"), placeholder=t("如 汉族")),
        FieldSpec("文化程度", t("文化程度"), kind="choice",
                  choices=_labels(EDUCATION_LEVELS, p.education if p else None)),
        FieldSpec("政治面貌", t("政治面貌"), kind="choice",
                  choices=_labels(POLITICAL_STATUSES, p.political_status if p else None)),
        FieldSpec("住址", t("住址"), placeholder=t("如 黟县碧阳镇古筑村上村组 12 号")),
        FieldSpec("职业技能等级", t("职业技能等级"), kind="choice",
                  choices=_labels(SKILL_LEVELS, before.skill_level if before else None),
                  help=t("灾害信息员国家职业技能等级证书上的等级；未取得不选")),
        FieldSpec("证书编号", t("证书编号"), placeholder=t("职业技能等级证书编号")),
        FieldSpec("发证日期", t("发证日期"), kind="date"),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]


def _values(data: OfficerInput) -> dict[str, Any]:
    p = data.person
    roles = data.other_roles
    return {"姓名": p.name, "身份证号": p.id_card, "性别": p.gender, "出生日期": p.birth_date,
            "手机号码": p.mobile, "备用电话": p.phone2, "工作单位": p.employer,
            "所属区划": data.region_id, "岗位": data.post, "本职职务": data.duty_title,
            "专兼职": data.fulltime, "任职日期": data.appoint_date, "状态": data.status,
            "离任日期": data.leave_date, "已录入国家系统": data.in_national_system,
            "兼任": "、".join(roles) if isinstance(roles, tuple) else roles,
            "备注": data.remark, "民族": p.ethnicity, "文化程度": p.education,
            "政治面貌": p.political_status, "住址": p.address,
            "职业技能等级": data.skill_level, "证书编号": data.skill_cert_no,
            "发证日期": data.skill_cert_date}


def to_input(v: dict[str, Any], before: OfficerInput | None) -> OfficerInput:
    """The form's values as a service input; person fields the form does not show (职务,
    备注 of the person) are carried over from the stored record."""
    kept = before.person if before else PersonInput(name="")
    person = replace(kept, name=v["姓名"], gender=v["性别"], birth_date=v["出生日期"],
                     id_card=v["身份证号"] or None, mobile=v["手机号码"] or None,
                     phone2=v["备用电话"] or None, employer=v["工作单位"] or None,
                     # "" (not None) for a cleared field: clear it (PersonInput).
                     ethnicity=v["民族"] or "", education=v["文化程度"] or "",
                     political_status=v["政治面貌"] or "", address=v["住址"] or "")
    # Level None: the region's own level, so moving a post to another tier just works.
    return OfficerInput(person=person, region_id=v["所属区划"], level=None, post=v["岗位"],
                        duty_title=v["本职职务"] or None, fulltime=v["专兼职"],
                        appoint_date=v["任职日期"], leave_date=v["离任日期"],
                        status=v["状态"], in_national_system=bool(v["已录入国家系统"]),
                        other_roles=v["兼任"] or None, remark=v["备注"] or None,
                        skill_level=v["职业技能等级"] or "", skill_cert_no=v["证书编号"] or "",
                        skill_cert_date=v["发证日期"])


def make_officer_dialog(db: Database, officer_id: int | None = None, *,
                        region_id: int | None = None,
                        parent: QWidget | None = None) -> FormDialog:
    """The dialog (not yet shown): editing `officer_id`, or a new officer in `region_id`."""
    service = OfficerService(db)
    before = service.input_of(officer_id) if officer_id is not None else None

    def stored() -> dict[str, Any]:
        nonlocal before
        assert officer_id is not None
        before = service.input_of(officer_id)
        return _values(before)

    if before is not None:
        values = _values(before)
        title = t("编辑灾害信息员")
    else:
        values = {"所属区划": region_id, "岗位": OfficerPost.SINGLE,
                  "状态": OfficerStatus.ACTIVE, "任职日期": date.today(),
                  "专兼职": most_common_fulltime(db)}
        if region_id is not None:
            region = RegionService(db).get(region_id)
            if region.is_disaster_prone and not _has_a(db, region_id):
                values["岗位"] = OfficerPost.A  # the post a gap most likely needs
        title = t("新增灾害信息员")

    def save(v: dict[str, Any]) -> int:
        data = to_input(v, before)
        if officer_id is None:
            return service.create(data)
        service.update(officer_id, data)
        return officer_id

    dialog = FormDialog(title, officer_fields(db, before), values, save, parent,
                        extra=extra_fields_of(db, InfoOfficer, officer_id),
                        reload=stored if officer_id is not None else None)

    def filled_from_id(key: str) -> None:
        if key != "身份证号":
            return
        text = str(dialog.value("身份证号") or "")
        try:
            card = validate_id_card(text)
        except FieldInvalid:
            return
        if dialog.value("出生日期") is None:
            dialog.set_value("出生日期", id_card_birth_date(card))
        if dialog.value("性别") is None:
            dialog.set_value("性别", id_card_gender(card))

    dialog.changed.connect(filled_from_id)
    return dialog


def most_common_fulltime(db: Database) -> FullTime | None:
    """专兼职 as most of this office's officers are, or None for an office with none yet."""
    from emergency_desk.services.officers.views import OfficerViews

    return OfficerViews(db).most_common_fulltime()


def _has_a(db: Database, region_id: int) -> bool:
    from emergency_desk.services.officers.views import OfficerViews

    return OfficerViews(db).a_holder(region_id) is not None


def edit_officer(db: Database, officer_id: int | None = None, *, region_id: int | None = None,
                 parent: QWidget | None = None) -> int | None:
    """Show the form modally; the saved officer's id, or None if cancelled."""
    dialog = make_officer_dialog(db, officer_id, region_id=region_id, parent=parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return int(dialog.saved_result)
    return None


def leave_fields(successors: list[tuple[str, Any]]) -> list[FieldSpec]:
    """离岗 form: the date, and for an A post the successor (usually the village's B)."""
    fields = [FieldSpec("离任日期", t("离任日期"), kind="date", required=True)]
    if successors:
        fields.append(FieldSpec(
            "接任A岗", t("接任A岗"), kind="choice", choices=successors,
            help=t("A岗离岗后由谁接任；通常为本村（社区）的B岗")))
    return fields


__all__ = ["edit_officer", "leave_fields", "make_officer_dialog",
           "officer_fields", "region_choices", "to_input"]
