"""行政区划 form: add or edit one region with the generic FormDialog.

The 上级 list follows the 层级 chosen (a 乡镇 hangs under a 县, a 村/社区 under a 乡镇), so
the user cannot pick an impossible parent; the service still checks everything on save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.i18n import t
from emergency_desk.services.extra_fields import extra_fields_of
from emergency_desk.services.regions.regions import CODE_RE, RegionInput, RegionQuery, RegionService
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

_PARENT_LEVEL = {RegionLevel.TOWNSHIP: RegionLevel.COUNTY,
                 RegionLevel.VILLAGE: RegionLevel.TOWNSHIP,
                 RegionLevel.COMMUNITY: RegionLevel.TOWNSHIP}
CHILD_LEVEL = {RegionLevel.COUNTY: RegionLevel.TOWNSHIP, RegionLevel.TOWNSHIP: RegionLevel.VILLAGE}


def parent_choices(service: RegionService, level: RegionLevel | None) -> list[tuple[str, Any]]:
    """Regions that can be the parent of a region at `level`, labelled by their path."""
    want = _PARENT_LEVEL.get(level) if level else None
    if want is None:
        return []
    rows = service.list(RegionQuery(levels=(want,), order_by="path"))
    return [(r.path, r.id) for r in rows]


def _check_code(value: Any) -> str | None:
    text = str(value)
    if CODE_RE.match(text):
        return None
    if not text.isdigit():
        return t("区划代码只能是数字，应为 12 位（如 341023100201）")
    return t("区划代码应为 12 位数字（如 341023100201），现在是 {n} 位", n=len(text))


def region_fields(service: RegionService, level: RegionLevel | None) -> list[FieldSpec]:
    return [
        FieldSpec("区划代码", t("区划代码"), validator=_check_code,
                  placeholder=t("12 位数字，如 341023100201（可暂缺）"),
                  help=t("国家统计用区划代码；导入时优先按代码匹配区划")),
        FieldSpec("名称", t("名称"), required=True, placeholder=t("如 古筑村")),
        FieldSpec("层级", t("层级"), kind="choice", required=True,
                  choices=[(lv.label, lv) for lv in RegionLevel]),
        FieldSpec("上级", t("上级"), kind="lookup", choices=parent_choices(service, level),
                  placeholder=t("输入名称查找"), help=t("县的上级留空")),
        FieldSpec("灾害多发频发", t("灾害多发频发"), kind="bool",
                  help=t("灾害多发频发的乡镇、村须设 AB 岗灾害信息员")),
        FieldSpec("人口", t("人口"), kind="int", minimum=0),
        FieldSpec("主要灾种", t("主要灾种"), placeholder=t("如 山洪、地质灾害、森林火灾")),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]


def _to_input(v: dict[str, Any]) -> RegionInput:
    return RegionInput(name=v["名称"], level=v["层级"], parent_id=v["上级"],
                       code=v["区划代码"] or None,
                       is_disaster_prone=bool(v["灾害多发频发"]), population=v["人口"],
                       main_hazards=v["主要灾种"] or None, remark=v["备注"] or None)


def make_region_dialog(db: Database, region_id: int | None = None, *,
                       parent_id: int | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    """The dialog (not yet shown): editing `region_id`, or a new region under `parent_id`."""
    service = RegionService(db)
    values: dict[str, Any]

    def stored() -> dict[str, Any]:
        assert region_id is not None
        r = service.get(region_id)
        return {"区划代码": r.code, "名称": r.name, "层级": r.level, "上级": r.parent_id,
                "灾害多发频发": r.is_disaster_prone, "人口": r.population,
                "主要灾种": r.main_hazards, "备注": r.remark}

    if region_id is not None:
        values = stored()
        title = t("编辑行政区划")
    else:
        level = RegionLevel.COUNTY
        if parent_id is not None:
            level = CHILD_LEVEL.get(service.get(parent_id).level, RegionLevel.VILLAGE)
        values = {"层级": level, "上级": parent_id}
        title = t("新增行政区划")

    def save(v: dict[str, Any]) -> int:
        if region_id is None:
            return service.create(_to_input(v))
        service.update(region_id, _to_input(v))
        return region_id

    dialog = FormDialog(title, region_fields(service, values["层级"]), values, save, parent,
                        extra=extra_fields_of(db, Region, region_id),
                        reload=stored if region_id is not None else None)

    def level_changed(key: str) -> None:
        if key == "层级":
            dialog.set_choices("上级", parent_choices(service, dialog.value("层级")))

    dialog.changed.connect(level_changed)
    return dialog


def edit_region(db: Database, region_id: int | None = None, *, parent_id: int | None = None,
                parent: QWidget | None = None) -> int | None:
    """Show the form modally; the saved region's id, or None if cancelled."""
    dialog = make_region_dialog(db, region_id, parent_id=parent_id, parent=parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return int(dialog.saved_result)
    return None
