"""Forms of the 乡镇应急 page: a 领导小组 member, a 值班 slot and a 值班记录 entry."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.township import DutyShift, GroupRole
from emergency_desk.i18n import t
from emergency_desk.services.township.choices import (
    duty_units,
    groups,
    officer_people,
    pledge_units,
    villages,
)
from emergency_desk.services.township.duty import DutyService, LogInput, LogRow, RosterInput
from emergency_desk.services.township.leaders import LeadersService, MemberInput
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:：](\d{2})\s*$")


def parse_clock(text: str | None) -> time | None:
    """'8:05' / '20：30' → time; None for blank; ValueError for anything else."""
    if not (text or "").strip():
        return None
    m = _TIME_RE.match(text or "")
    if m is None or int(m[1]) > 23 or int(m[2]) > 59:
        raise ValueError(text)
    return time(int(m[1]), int(m[2]))


def _clock_problem(value: Any) -> str | None:
    try:
        parse_clock(value)
    except ValueError:
        return t("请按“时:分”填写，如 08:30")
    return None


def make_member_dialog(db: Database, member_id: int | None = None,
                       group_id: int | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    svc = LeadersService(db)
    values: dict[str, Any] = {"领导小组": group_id, "小组职务": GroupRole.MEMBER}
    if member_id is not None:
        m = svc.get(member_id)
        if m is not None:
            values = {"领导小组": m.group_id, "姓名": m.name, "小组职务": m.role,
                      "本职职务": m.post, "手机号码": m.mobile, "办公电话": m.office_phone,
                      "备注": m.remark}
    fields = [
        FieldSpec("领导小组", t("领导小组"), kind="choice", required=True, choices=groups(db),
                  help=t("没有可选的领导小组时，先点“登记领导小组”")),
        FieldSpec("姓名", t("姓名"), required=True),
        FieldSpec("小组职务", t("小组职务"), kind="choice", required=True,
                  choices=[(r.label, r) for r in GroupRole]),
        FieldSpec("本职职务", t("本职职务"), placeholder=t("如 党委书记、分管应急副镇长")),
        FieldSpec("手机号码", t("手机号码")),
        FieldSpec("办公电话", t("办公电话"), placeholder=t("如 0559-5521110")),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(MemberInput(v["领导小组"], v["姓名"], v["小组职务"], v["本职职务"],
                                    v["手机号码"], v["办公电话"], None, v["备注"]), member_id)

    title = t("编辑领导小组成员") if member_id is not None else t("新增领导小组成员")
    return FormDialog(title, fields, values, save, parent)


def make_roster_dialog(db: Database, roster_id: int | None = None,
                       region_id: int | None = None, day: date | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    svc = DutyService(db)
    day = day or date.today()
    values: dict[str, Any] = {"单位": region_id, "值班日期": day, "班次": DutyShift.ALL_DAY,
                              "汛期": 6 <= day.month <= 9}
    if roster_id is not None:
        r = svc.get(roster_id)
        if r is not None:
            values = {"单位": r.region_id, "值班日期": r.duty_date, "班次": r.shift,
                      "带班领导": r.leader, "带班领导电话": r.leader_phone, "值班员": r.officer,
                      "值班员电话": r.officer_phone, "值班电话": r.duty_phone,
                      "汛期": r.flood_season, "备注": r.remark}
    fields = [
        FieldSpec("单位", t("单位"), kind="choice", required=True, choices=duty_units(db)),
        FieldSpec("值班日期", t("值班日期"), kind="date", required=True),
        FieldSpec("班次", t("班次"), kind="choice", required=True,
                  choices=[(s.label, s) for s in DutyShift]),
        FieldSpec("带班领导", t("带班领导")),
        FieldSpec("带班领导电话", t("带班领导电话")),
        FieldSpec("值班员", t("值班员"), help=t("多人用“、”分隔")),
        FieldSpec("值班员电话", t("值班员电话")),
        FieldSpec("值班电话", t("值班电话")),
        FieldSpec("汛期", t("汛期加强值班"), kind="bool"),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(RosterInput(v["单位"], v["值班日期"], v["班次"], v["带班领导"],
                                    v["带班领导电话"], v["值班员"], v["值班员电话"],
                                    v["值班电话"], bool(v["汛期"]), v["备注"]), roster_id)

    title = t("编辑值班安排") if roster_id is not None else t("新增值班安排")
    return FormDialog(title, fields, values, save, parent)


def make_log_dialog(db: Database, log: LogRow | None = None, region_id: int | None = None,
                    parent: QWidget | None = None) -> FormDialog:
    svc = DutyService(db)
    now = datetime.now()
    values: dict[str, Any] = {"单位": region_id, "来电日期": now.date(),
                              "来电时刻": now.strftime("%H:%M")}
    if log is not None:
        values = {"单位": log.region_id, "来电日期": log.received_at.date(),
                  "来电时刻": log.received_at.strftime("%H:%M"), "来电单位或人员": log.caller,
                  "来电电话": log.caller_phone, "内容": log.content, "值班员": log.handler,
                  "报告对象": log.reported_to,
                  "报告时刻": log.reported_at.strftime("%H:%M") if log.reported_at else None,
                  "处理结果": log.outcome}
    fields = [
        FieldSpec("单位", t("单位"), kind="choice", required=True, choices=duty_units(db)),
        FieldSpec("来电日期", t("来电日期"), kind="date", required=True),
        FieldSpec("来电时刻", t("来电时刻"), required=True, validator=_clock_problem,
                  placeholder="08:30", aliases=("来电时间",)),
        FieldSpec("来电单位或人员", t("来电单位或人员")),
        FieldSpec("来电电话", t("来电电话")),
        FieldSpec("内容", t("内容"), kind="multiline", required=True),
        FieldSpec("值班员", t("值班员")),
        FieldSpec("报告对象", t("报告对象"), placeholder=t("如 分管应急副镇长、县应急管理局")),
        FieldSpec("报告时刻", t("报告时刻（同一天）"), validator=_clock_problem,
                  placeholder="08:45", aliases=("报告时间",)),
        FieldSpec("处理结果", t("处理结果"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        day = v["来电日期"]
        received = datetime.combine(day, parse_clock(v["来电时刻"]) or time(0, 0))
        clock = parse_clock(v["报告时刻"])
        reported = datetime.combine(day, clock) if clock is not None else None
        return svc.save_log(LogInput(v["单位"], received, v["内容"], v["来电单位或人员"],
                                     v["来电电话"], v["值班员"], v["报告对象"], reported,
                                     v["处理结果"]), log.id if log is not None else None)

    title = t("编辑值班记录") if log is not None else t("新增值班记录")
    return FormDialog(title, fields, values, save, parent)


def make_manager_dialog(db: Database, manager_id: int | None = None,
                        region_id: int | None = None,
                        parent: QWidget | None = None) -> FormDialog:
    from emergency_desk.data.township import ManagerRole
    from emergency_desk.services.township.managers import ManagerInput, ManagersService

    svc = ManagersService(db)
    values: dict[str, Any] = {"村(社区)": region_id, "职责": ManagerRole.MANAGER}
    existing = svc.get(manager_id) if manager_id is not None else None
    if existing is not None:
        values = {"村(社区)": existing.region_id, "姓名": existing.name,
                  "手机号码": existing.mobile, "职责": existing.role,
                  "本职职务": existing.duty_title, "任职日期": existing.appoint_date,
                  "离任日期": existing.leave_date, "备注": existing.remark}
    fields = [
        FieldSpec("村(社区)", t("村(社区)"), kind="lookup", required=True, choices=villages(db)),
        FieldSpec("灾害信息员", t("从灾害信息员中选择"), kind="lookup",
                  choices=officer_people(db),
                  help=t("本村灾害信息员兼任时直接选择，不必重新填写姓名和电话")),
        FieldSpec("姓名", t("姓名"), help=t("不是灾害信息员时填写")),
        FieldSpec("手机号码", t("手机号码")),
        FieldSpec("身份证号", t("身份证号")),
        FieldSpec("职责", t("职责"), kind="choice", required=True,
                  choices=[(r.label, r) for r in ManagerRole]),
        FieldSpec("本职职务", t("本职职务"), placeholder=t("如 村党组织书记、村委委员")),
        FieldSpec("任职日期", t("任职日期"), kind="date"),
        FieldSpec("离任日期", t("离任日期"), kind="date", help=t("仍在任的不填")),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        person = v["灾害信息员"]
        if person is None and existing is not None and v["姓名"] == existing.name \
                and v["手机号码"] == existing.mobile and not v["身份证号"]:
            person = existing.person_id  # the same person: keep the link
        return svc.save(ManagerInput(v["村(社区)"], v["姓名"], v["手机号码"], v["身份证号"],
                                     person, v["职责"], v["本职职务"], v["任职日期"],
                                     v["离任日期"], v["备注"]), manager_id)

    title = t("编辑村(社区)应急管理员") if manager_id is not None else t("新增村(社区)应急管理员")
    return FormDialog(title, fields, values, save, parent)


def make_pledge_dialog(db: Database, pledge_id: int | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    from emergency_desk.services.township.pledges import PledgeInput, PledgeService

    svc = PledgeService(db)
    row = svc.get(pledge_id) if pledge_id is not None else None
    values: dict[str, Any] = {"年度": date.today().year, "签订日期": date.today()}
    if row is not None:
        values = {"年度": row.year, "签订单位": row.region_id, "责任人": row.responsible,
                  "职务": row.post, "签订日期": row.signed_date, "发放单位": row.issuer,
                  "备注": row.remark}
    fields = [
        FieldSpec("年度", t("年度"), kind="int", required=True, minimum=2000, maximum=2100),
        FieldSpec("签订单位", t("签订单位"), kind="lookup", required=True,
                  choices=pledge_units(db),
                  help=t("乡镇与县签订，村（社区）与乡镇签订")),
        FieldSpec("责任人", t("责任人"), required=True),
        FieldSpec("职务", t("职务"), placeholder=t("如 村党组织书记、镇长")),
        FieldSpec("签订日期", t("签订日期"), kind="date"),
        FieldSpec("发放单位", t("发放单位"), placeholder=t("如 黟县防汛抗旱指挥部")),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(PledgeInput(v["年度"], v["签订单位"], v["责任人"], v["职务"],
                                    v["签订日期"], v["发放单位"], v["备注"]), pledge_id)

    return FormDialog(t("编辑防汛责任书") if row else t("登记防汛责任书"), fields, values, save,
                      parent)
