"""Forms of the 避险转移 page: a 避难场所 and a 隐患点."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.resources import (
    HazardStatus,
    HazardType,
    ShelterDuration,
    ShelterFunction,
    ShelterSpace,
)
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.resources.choices import regions, shelters
from emergency_desk.services.resources.hazards import HazardInput, HazardService
from emergency_desk.services.resources.shelters import ShelterInput, ShelterService
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

_SPLIT = re.compile(r"[、;；,，\s]+")


def served_ids(db: Database, text: str | None) -> tuple[int, ...]:
    """服务村(社区) typed as '古筑村、南屏村' → region ids, or ValidationFailed naming the
    names that match nothing (with the closest ones)."""
    svc = RegionService(db)
    ids: list[int] = []
    problems: list[str] = []
    for name in (x for x in _SPLIT.split(text or "") if x):
        found = svc.lookup(name)
        if found.region_id is None:
            problems.append(found.problem or t("找不到区划“{name}”", name=name))
        else:
            ids.append(found.region_id)
    if problems:
        raise ValidationFailed({"服务村(社区)": "；".join(problems)})
    return tuple(ids)


def _enum(kind: type[Any]) -> list[tuple[str, Any]]:
    return [(m.label, m) for m in kind]


def make_shelter_dialog(db: Database, shelter_id: int | None = None,
                        parent: QWidget | None = None) -> FormDialog:
    svc = ShelterService(db)
    values: dict[str, Any] = {"功能类型": ShelterFunction.COMPREHENSIVE}
    row = svc.get(shelter_id) if shelter_id is not None else None
    if row is not None:
        values = {"场所名称": row.name, "所属区划": row.region_id, "地址": row.address,
                  "避难时长": row.duration, "空间类型": row.space, "功能类型": row.function,
                  "可容纳人数": row.capacity, "有效避难面积": row.effective_area_m2,
                  "占地面积": row.area_m2, "管理责任人": row.manager,
                  "联系电话": row.manager_phone, "最近检查日期": row.last_inspection,
                  "服务村(社区)": "、".join(p.rsplit("/", 1)[-1] for p in row.served),
                  "设施设备和物资": row.facilities, "备注": row.remark}
    fields = [
        FieldSpec("场所名称", t("场所名称"), required=True, placeholder=t("如 碧阳镇中心学校操场")),
        FieldSpec("所属区划", t("所属区划"), kind="lookup", required=True, choices=regions(db)),
        FieldSpec("地址", t("地址")),
        FieldSpec("避难时长", t("避难时长"), kind="choice", choices=_enum(ShelterDuration),
                  help=t("GB/T 44013-2024：紧急/短期/中期/长期")),
        FieldSpec("空间类型", t("空间类型"), kind="choice", choices=_enum(ShelterSpace)),
        FieldSpec("功能类型", t("功能类型"), kind="choice", choices=_enum(ShelterFunction)),
        FieldSpec("可容纳人数", t("可容纳人数"), kind="int", minimum=0),
        # Decimals: an imported 1234.5 m² came back 1235, and was saved so with any edit.
        FieldSpec("有效避难面积", t("有效避难面积(平方米)"), kind="number", minimum=0),
        FieldSpec("占地面积", t("占地面积(平方米)"), kind="number", minimum=0),
        FieldSpec("管理责任人", t("管理责任人")),
        FieldSpec("联系电话", t("联系电话")),
        FieldSpec("最近检查日期", t("最近检查日期"), kind="date"),
        FieldSpec("服务村(社区)", t("服务村(社区)"), placeholder=t("如 古筑村、南屏村"),
                  help=t("可容纳人数与这些村（社区）的人口比较（规则 H1）")),
        FieldSpec("设施设备和物资", t("设施设备和物资"), kind="multiline"),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(ShelterInput(
            v["场所名称"], v["所属区划"], v["地址"], v["避难时长"], v["空间类型"], v["功能类型"],
            v["可容纳人数"], v["占地面积"], v["有效避难面积"], v["管理责任人"],
            v["联系电话"], v["设施设备和物资"], v["最近检查日期"],
            row.longitude if row else None, row.latitude if row else None,
            served_ids(db, v["服务村(社区)"]), v["备注"]), shelter_id)

    return FormDialog(t("编辑避难场所") if row else t("新增避难场所"), fields, values, save,
                      parent)


def make_hazard_dialog(db: Database, hazard_id: int | None = None,
                       parent: QWidget | None = None) -> FormDialog:
    svc = HazardService(db)
    values: dict[str, Any] = {"类型": HazardType.LANDSLIDE, "状态": HazardStatus.ACTIVE}
    row = svc.get(hazard_id) if hazard_id is not None else None
    if row is not None:
        values = {"隐患点名称": row.name, "类型": row.hazard_type, "所属区划": row.region_id,
                  "位置": row.location, "威胁户数": row.households, "威胁人数": row.people,
                  "监测人": row.monitor, "监测人电话": row.monitor_phone,
                  "责任人": row.responsible, "责任人电话": row.responsible_phone,
                  "转移路线": row.route, "避难场所": row.shelter_id if row.shelter_name else None,
                  "状态": row.status, "备注": row.remark}
    fields = [
        FieldSpec("隐患点名称", t("隐患点名称"), required=True, placeholder=t("如 古筑村后山滑坡")),
        FieldSpec("类型", t("类型"), kind="choice", required=True, choices=_enum(HazardType)),
        FieldSpec("所属区划", t("所属区划"), kind="lookup", required=True, choices=regions(db)),
        FieldSpec("位置", t("位置")),
        FieldSpec("威胁户数", t("威胁户数"), kind="int", minimum=0),
        FieldSpec("威胁人数", t("威胁人数"), kind="int", minimum=0),
        FieldSpec("监测人", t("监测人")),
        FieldSpec("监测人电话", t("监测人电话")),
        FieldSpec("责任人", t("责任人")),
        FieldSpec("责任人电话", t("责任人电话")),
        FieldSpec("转移路线", t("转移路线"), kind="multiline"),
        FieldSpec("避难场所", t("避难场所"), kind="lookup", choices=shelters(db),
                  help=t("群众转移安置的避难场所")),
        FieldSpec("状态", t("状态"), kind="choice", required=True, choices=_enum(HazardStatus)),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return svc.save(HazardInput(
            v["隐患点名称"], v["所属区划"], v["类型"], v["位置"], v["威胁户数"], v["威胁人数"],
            v["监测人"], v["监测人电话"], v["责任人"], v["责任人电话"], v["转移路线"],
            v["避难场所"], v["状态"], v["备注"]), hazard_id)

    return FormDialog(t("编辑隐患点") if row else t("新增隐患点"), fields, values, save, parent)
