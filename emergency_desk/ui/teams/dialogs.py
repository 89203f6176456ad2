"""Forms of the 救援队伍 register: team, member, equipment, maintenance and certificate.

All are the generic FormDialog; field keys are the labels the services report problems under
(队伍名称, 身份证号, 手机号码…), so a refusal lands beside its field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.people import Gender
from emergency_desk.data.teams import (
    SPECIALTIES,
    Equipment,
    EquipmentCategory,
    EquipmentCondition,
    MemberRole,
    MemberSource,
    RescueTeam,
    TeamCategory,
    TeamForce,
    TeamLevel,
    TeamMember,
    TeamStatus,
)
from emergency_desk.services.extra_fields import extra_fields_of
from emergency_desk.services.people import FieldInvalid, PersonInput, validate_id_card
from emergency_desk.services.people import validate_mobile as check_mobile
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.services.teams.equipment import (
    EquipmentInput,
    EquipmentService,
    MaintenanceInput,
)
from emergency_desk.services.teams.members import CertificateInput, MemberInput, MemberService
from emergency_desk.services.teams.teams import TeamInput, TeamService
from emergency_desk.services.teams.views import TeamQuery, TeamViews
from emergency_desk.ui import crash
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog
from emergency_desk.ui.widgets.table_model import display_text

tr = QCoreApplication.translate  # tr("TeamDialogs", "…"): found by tools/update_translations


def _enum_choices(enum: Any, blank: str | None = None) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [(blank, None)] if blank is not None else []
    return out + [(m.label, m) for m in enum]


def _checked(check: Callable[[str], Any]) -> Callable[[Any], str | None]:
    """A form validator from a service check that raises FieldInvalid."""
    def run(value: Any) -> str | None:
        try:
            check(str(value))
        except FieldInvalid as exc:
            return exc.reason
        return None
    return run


def _run(dialog: FormDialog) -> int | None:
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return int(dialog.saved_result)
    return None


# -- team --------------------------------------------------------------------------------------
def team_fields(db: Database) -> list[FieldSpec]:
    regions = RegionService(db).list(RegionQuery(order_by="path"))
    return [
        FieldSpec("队伍名称", tr("TeamDialogs", "队伍名称"), required=True,
                  placeholder=tr("TeamDialogs", "如 碧阳镇综合应急救援队")),
        FieldSpec("类别", tr("TeamDialogs", "类别"), kind="choice", required=True,
                  choices=_enum_choices(TeamCategory)),
        FieldSpec("队伍性质", tr("TeamDialogs", "队伍性质"), kind="choice",
                  choices=_enum_choices(TeamForce),
                  help=tr("TeamDialogs",
                          "政府专职、志愿、企业专职、微型消防站、民兵、半专业扑火队或巡逻队")),
        FieldSpec("所属区划", tr("TeamDialogs", "所属区划"), kind="lookup", required=True,
                  choices=[(r.path, r.id) for r in regions],
                  placeholder=tr("TeamDialogs", "输入名称查找")),
        FieldSpec("层级", tr("TeamDialogs", "层级"), kind="choice",
                  choices=_enum_choices(TeamLevel, tr("TeamDialogs", "按所属区划"))),
        FieldSpec("专业", tr("TeamDialogs", "专业"), placeholder="、".join(SPECIALTIES[:3]),
                  help=tr("TeamDialogs", "多个专业用顿号分隔")),
        FieldSpec("主管单位", tr("TeamDialogs", "主管单位")),
        FieldSpec("队长", tr("TeamDialogs", "队长"), placeholder=tr("TeamDialogs", "队长姓名")),
        FieldSpec("队长电话", tr("TeamDialogs", "队长电话"), validator=_checked(check_mobile),
                  placeholder=tr("TeamDialogs", "11 位手机号码")),
        FieldSpec("值班电话", tr("TeamDialogs", "值班电话"),
                  placeholder=tr("TeamDialogs", "如 0559-5521119")),
        FieldSpec("编制人数", tr("TeamDialogs", "编制人数"), kind="int", minimum=0,
                  maximum=100000),
        FieldSpec("出动时间(分钟)", tr("TeamDialogs", "出动时间(分钟)"), kind="int",
                  minimum=0, maximum=100000),
        FieldSpec("驻地", tr("TeamDialogs", "驻地")),
        FieldSpec("成立日期", tr("TeamDialogs", "成立日期"), kind="date"),
        FieldSpec("政府购买服务", tr("TeamDialogs", "政府购买服务"), kind="bool"),
        FieldSpec("状态", tr("TeamDialogs", "状态"), kind="choice",
                  choices=_enum_choices(TeamStatus)),
        FieldSpec("备注", tr("TeamDialogs", "备注"), kind="multiline"),
    ]


def _team_input(v: dict[str, Any]) -> TeamInput:
    return TeamInput(name=v["队伍名称"], region_id=v["所属区划"], category=v["类别"],
                     level=v["层级"], force_type=v["队伍性质"], specialties=v["专业"] or None,
                     supervising_unit=v["主管单位"], leader_name=v["队长"],
                     leader_mobile=v["队长电话"] or None, duty_phone=v["值班电话"] or None,
                     planned_size=v["编制人数"], response_minutes=v["出动时间(分钟)"],
                     base_address=v["驻地"], gov_purchase=bool(v["政府购买服务"]),
                     founded_date=v["成立日期"], status=v["状态"], remark=v["备注"])


def make_team_dialog(db: Database, team_id: int | None = None, *, region_id: int | None = None,
                     parent: QWidget | None = None) -> FormDialog:
    service = TeamService(db)

    def stored() -> dict[str, Any]:
        assert team_id is not None
        d = service.input_of(team_id)
        return {
            "队伍名称": d.name, "类别": d.category, "所属区划": d.region_id, "层级": d.level,
            "队伍性质": d.force_type,
            "专业": "、".join(d.specialties or ()), "主管单位": d.supervising_unit,
            "队长": d.leader_name, "队长电话": d.leader_mobile, "值班电话": d.duty_phone,
            "编制人数": d.planned_size, "出动时间(分钟)": d.response_minutes,
            "驻地": d.base_address, "成立日期": d.founded_date, "政府购买服务": d.gov_purchase,
            "状态": d.status, "备注": d.remark}

    values: dict[str, Any]
    if team_id is not None:
        values = stored()
        title = tr("TeamDialogs", "编辑救援队伍")
    else:
        values = {"类别": TeamCategory.COMPREHENSIVE, "所属区划": region_id,
                  "状态": TeamStatus.IN_SERVICE}
        title = tr("TeamDialogs", "新增救援队伍")

    def save(v: dict[str, Any]) -> int:
        if team_id is None:
            return service.create(_team_input(v))
        service.update(team_id, _team_input(v))
        return team_id

    return FormDialog(title, team_fields(db), values, save, parent,
                      extra=extra_fields_of(db, RescueTeam, team_id),
                      reload=stored if team_id is not None else None)


def edit_team(db: Database, team_id: int | None = None, *, region_id: int | None = None,
              parent: QWidget | None = None) -> int | None:
    return _run(make_team_dialog(db, team_id, region_id=region_id, parent=parent))


# -- member ------------------------------------------------------------------------------------
def member_fields() -> list[FieldSpec]:
    return [
        FieldSpec("姓名", tr("TeamDialogs", "姓名"), required=True),
        FieldSpec("身份证号", tr("TeamDialogs", "身份证号"), validator=_checked(validate_id_card),
                  placeholder=tr("TeamDialogs", "18 位；填写后自动带出出生日期和性别"),
                  help=tr("TeamDialogs", "已登记为灾害信息员等的人员按身份证号自动对应为同一人")),
        FieldSpec("手机号码", tr("TeamDialogs", "手机号码"), validator=_checked(check_mobile)),
        FieldSpec("性别", tr("TeamDialogs", "性别"), kind="choice",
                  choices=_enum_choices(Gender, "")),
        FieldSpec("出生日期", tr("TeamDialogs", "出生日期"), kind="date", month="first"),
        FieldSpec("工作单位", tr("TeamDialogs", "工作单位")),
        FieldSpec("队内职务", tr("TeamDialogs", "队内职务"), kind="choice", required=True,
                  choices=_enum_choices(MemberRole)),
        FieldSpec("专业特长", tr("TeamDialogs", "专业特长")),
        FieldSpec("人员来源", tr("TeamDialogs", "人员来源"), kind="choice",
                  choices=_enum_choices(MemberSource, "")),
        FieldSpec("入队日期", tr("TeamDialogs", "入队日期"), kind="date", month="first"),
        FieldSpec("离队日期", tr("TeamDialogs", "离队日期"), kind="date",
                  help=tr("TeamDialogs", "离队后不再计入在队人数")),
        FieldSpec("保险有效期", tr("TeamDialogs", "保险有效期"), kind="date",
                  month="last"),
        FieldSpec("备注", tr("TeamDialogs", "备注"), kind="multiline"),
    ]


def _member_input(team_id: int, v: dict[str, Any], kept: PersonInput | None) -> MemberInput:
    """`kept`: the stored person; fields this form does not show (备用电话, 职务 and the
    person's own remark, e.g. typed in the officers register) are written back unchanged."""
    person = PersonInput(name=v["姓名"], gender=v["性别"], birth_date=v["出生日期"],
                         id_card=v["身份证号"] or None, mobile=v["手机号码"] or None,
                         employer=v["工作单位"] or None,
                         phone2=kept.phone2 if kept else None,
                         job_title=kept.job_title if kept else None,
                         remark=kept.remark if kept else None)
    return MemberInput(person=person, team_id=team_id, role=v["队内职务"],
                       skills=v["专业特长"], source=v["人员来源"], join_date=v["入队日期"],
                       leave_date=v["离队日期"], insurance_expiry=v["保险有效期"],
                       remark=v["备注"])


def make_member_dialog(db: Database, team_id: int, member_id: int | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    service = MemberService(db)
    kept: PersonInput | None = None

    def stored() -> dict[str, Any]:
        nonlocal kept, team_id
        assert member_id is not None
        d = service.input_of(member_id)
        p = kept = d.person
        team_id = d.team_id
        return {
            "姓名": p.name, "身份证号": p.id_card, "手机号码": p.mobile, "性别": p.gender,
            "出生日期": p.birth_date, "工作单位": p.employer, "队内职务": d.role,
            "专业特长": d.skills, "人员来源": d.source, "入队日期": d.join_date,
            "离队日期": d.leave_date, "保险有效期": d.insurance_expiry, "备注": d.remark}

    values: dict[str, Any]
    if member_id is not None:
        values = stored()
        title = tr("TeamDialogs", "编辑队员")
    else:
        values = {"队内职务": MemberRole.MEMBER, "入队日期": date.today()}
        title = tr("TeamDialogs", "新增队员")
    team_name = TeamViews(db).get(team_id).name

    def save(v: dict[str, Any]) -> int:
        if member_id is None:
            return service.create(_member_input(team_id, v, None))
        service.update(member_id, _member_input(team_id, v, kept))
        return member_id

    return FormDialog(f"{title} — {team_name}", member_fields(), values, save, parent,
                      extra=extra_fields_of(db, TeamMember, member_id),
                      reload=stored if member_id is not None else None)


def edit_member(db: Database, team_id: int, member_id: int | None = None,
                parent: QWidget | None = None) -> int | None:
    return _run(make_member_dialog(db, team_id, member_id, parent))


# -- equipment ---------------------------------------------------------------------------------
def equipment_fields(db: Database) -> list[FieldSpec]:
    teams = TeamViews(db).list(TeamQuery(status=None))
    return [
        FieldSpec("装备名称", tr("TeamDialogs", "装备名称"), required=True),
        FieldSpec("类别", tr("TeamDialogs", "类别"), kind="choice", required=True,
                  choices=_enum_choices(EquipmentCategory)),
        FieldSpec("规格型号", tr("TeamDialogs", "规格型号")),
        FieldSpec("数量", tr("TeamDialogs", "数量"), kind="int", minimum=0),
        FieldSpec("计量单位", tr("TeamDialogs", "计量单位"),
                  placeholder=tr("TeamDialogs", "台、件、套…")),
        FieldSpec("所属队伍", tr("TeamDialogs", "所属队伍"), kind="lookup",
                  choices=[(r.name, r.id) for r in teams],
                  placeholder=tr("TeamDialogs", "空白表示存放在仓库、未配发")),
        FieldSpec("存放地点", tr("TeamDialogs", "存放地点")),
        FieldSpec("购置日期", tr("TeamDialogs", "购置日期"), kind="date", month="first"),
        FieldSpec("使用年限(年)", tr("TeamDialogs", "使用年限(年)"), kind="int", minimum=1,
                  maximum=100),
        FieldSpec("有效期至", tr("TeamDialogs", "有效期至"), kind="date", month="last"),
        FieldSpec("下次维护日期", tr("TeamDialogs", "下次维护日期"), kind="date"),
        FieldSpec("状态", tr("TeamDialogs", "状态"), kind="choice",
                  choices=_enum_choices(EquipmentCondition)),
        FieldSpec("装备编号", tr("TeamDialogs", "装备编号")),
        FieldSpec("备注", tr("TeamDialogs", "备注"), kind="multiline"),
    ]


def _equipment_input(v: dict[str, Any]) -> EquipmentInput:
    return EquipmentInput(
        name=v["装备名称"], category=v["类别"], model=v["规格型号"], quantity=v["数量"],
        unit=v["计量单位"], team_id=v["所属队伍"], storage_place=v["存放地点"],
        acquire_date=v["购置日期"], service_life_years=v["使用年限(年)"],
        expiry_date=v["有效期至"], next_maint_date=v["下次维护日期"], condition=v["状态"],
        code=v["装备编号"], remark=v["备注"])


def make_equipment_dialog(db: Database, equipment_id: int | None = None, *,
                          team_id: int | None = None,
                          parent: QWidget | None = None) -> FormDialog:
    service = EquipmentService(db)

    def stored() -> dict[str, Any]:
        assert equipment_id is not None
        d = service.input_of(equipment_id)
        return {
            "装备名称": d.name, "类别": d.category, "规格型号": d.model, "数量": d.quantity,
            "计量单位": d.unit, "所属队伍": d.team_id, "存放地点": d.storage_place,
            "购置日期": d.acquire_date, "使用年限(年)": d.service_life_years,
            "有效期至": d.expiry_date, "下次维护日期": d.next_maint_date, "状态": d.condition,
            "装备编号": d.code, "备注": d.remark}

    values: dict[str, Any]
    if equipment_id is not None:
        values = stored()
        title = tr("TeamDialogs", "编辑装备")
    else:
        values = {"所属队伍": team_id, "数量": 1, "状态": EquipmentCondition.GOOD}
        title = tr("TeamDialogs", "新增装备")

    def save(v: dict[str, Any]) -> int:
        if equipment_id is None:
            return service.create(_equipment_input(v))
        service.update(equipment_id, _equipment_input(v))
        return equipment_id

    return FormDialog(title, equipment_fields(db), values, save, parent,
                      extra=extra_fields_of(db, Equipment, equipment_id),
                      reload=stored if equipment_id is not None else None)


def edit_equipment(db: Database, equipment_id: int | None = None, *, team_id: int | None = None,
                   parent: QWidget | None = None) -> int | None:
    return _run(make_equipment_dialog(db, equipment_id, team_id=team_id, parent=parent))


def make_maintenance_dialog(db: Database, equipment_id: int,
                            parent: QWidget | None = None) -> FormDialog:
    fields = [
        FieldSpec("维护日期", tr("TeamDialogs", "维护日期"), kind="date", required=True),
        FieldSpec("维护内容", tr("TeamDialogs", "维护内容"), required=True,
                  placeholder=tr("TeamDialogs", "如 例行保养")),
        FieldSpec("维护人", tr("TeamDialogs", "维护人")),
        FieldSpec("结果", tr("TeamDialogs", "结果")),
        FieldSpec("下次维护日期", tr("TeamDialogs", "下次维护日期"), kind="date",
                  help=tr("TeamDialogs", "不填则按“装备维护保养间隔上限”设置推算")),
        FieldSpec("维护后状态", tr("TeamDialogs", "维护后状态"), kind="choice",
                  choices=_enum_choices(EquipmentCondition, tr("TeamDialogs", "不变"))),
    ]

    def save(v: dict[str, Any]) -> int:
        return EquipmentService(db).add_maintenance(MaintenanceInput(
            equipment_id, v["维护日期"], v["维护内容"], v["维护人"] or None, v["结果"] or None,
            v["下次维护日期"], v["维护后状态"]))

    return FormDialog(tr("TeamDialogs", "登记维护保养"), fields, {"维护日期": date.today()}, save,
                      parent)


def make_certificate_dialog(db: Database, person_id: int,
                            parent: QWidget | None = None) -> FormDialog:
    fields = [
        FieldSpec("证书名称", tr("TeamDialogs", "证书名称"), required=True,
                  placeholder=tr("TeamDialogs", "如 救生员证")),
        FieldSpec("证书编号", tr("TeamDialogs", "证书编号")),
        FieldSpec("发证日期", tr("TeamDialogs", "发证日期"), kind="date"),
        FieldSpec("有效期至", tr("TeamDialogs", "有效期至"), kind="date", month="last"),
    ]

    def save(v: dict[str, Any]) -> int:
        return MemberService(db).save_certificate(CertificateInput(
            person_id, v["证书名称"], v["证书编号"] or None, v["发证日期"], v["有效期至"]))

    return FormDialog(tr("TeamDialogs", "新增证书"), fields, {}, save, parent)


class ListDialog(QDialog):
    """A short list with add and delete (a maintenance log, a person's certificates)."""

    def __init__(self, title: str, headers: Sequence[str],
                 load: Callable[[], list[tuple[int, list[Any]]]],
                 add: Callable[[QWidget], bool],
                 delete: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 360)
        self._load, self._add, self._delete = load, add, delete
        self.changed = False
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        add_button = QPushButton(self.tr("新增…"))
        add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(add_button)
        if delete is not None:
            del_button = QPushButton(self.tr("删除"))
            del_button.clicked.connect(self.delete_current)
            buttons.addWidget(del_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        rows = self._load()
        self.table.setRowCount(len(rows))
        for i, (rid, cells) in enumerate(rows):
            for j, value in enumerate(cells):
                item = QTableWidgetItem(display_text(value))
                item.setData(Qt.ItemDataRole.UserRole, rid)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        if self._add(self):
            self.changed = True
            self.reload()

    def delete_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None or self._delete is None:
            return
        if not register_page.confirm(self, self.tr("删除"), self.tr("确定删除选中的记录吗？")):
            return
        try:
            self._delete(int(item.data(Qt.ItemDataRole.UserRole)))
        except Exception as exc:  # a refusal or a bug: show it, keep the list open
            crash.show_error(self, exc)
            return
        self.changed = True
        self.reload()
