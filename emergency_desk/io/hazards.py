"""Excel register `hazards`: 隐患点, upserted by 所属区划 + 隐患点名称 (issue 16).

避难场所 names a shelter of the register (import shelters first); a name used by two
shelters is written 区划/场所名称.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import same_name
from emergency_desk.data.resources import HazardPoint, HazardStatus, HazardType, Shelter
from emergency_desk.i18n import t
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import CellProblem, RowUpsertSpec, region_id_in, region_refs
from emergency_desk.io.spec import Column, Record
from emergency_desk.services.resources.hazards import (
    HazardInput,
    hazard_rows_streamed,
    upsert_hazard_in,
)

parse_type = nz.enumeration({x.zh: x for x in HazardType}, {
    "滑坡隐患点": "滑坡", "崩塌隐患点": "崩塌", "泥石流隐患点": "泥石流", "塌陷": "地面塌陷",
    "山洪灾害": "山洪", "山洪沟": "山洪", "危险房屋": "危房", "C级危房": "危房", "D级危房": "危房",
    "城市内涝": "内涝", "积水点": "内涝"})
parse_status = nz.enumeration({x.zh: x for x in HazardStatus}, {
    "在库": "在册", "未销号": "在册", "销号": "已销号", "已治理": "已销号", "已核销": "已销号"})

COLUMNS = [
    Column("隐患点名称", "name", nz.text_max(200), required=True, width=24,
           synonyms=("名称", "隐患点", "隐患点位置名称")),
    Column("类型", "hazard_type", parse_type, width=10, synonyms=("灾害类型", "隐患类型"),
           choices=tuple(x.zh for x in HazardType), comment="空白按“其他”"),
    Column("所属区划", "region", nz.text_max(400), required=True, width=14,
           synonyms=("村(社区)", "乡镇", "所在村"), comment="区划名称或区划代码"),
    Column("位置", "location", nz.text_max(200), width=20, synonyms=("地理位置", "具体位置")),
    Column("威胁户数", "households", nz.non_negative(nz.integer), width=9,
           synonyms=("受威胁户数", "户数")),
    Column("威胁人数", "people", nz.non_negative(nz.integer), width=9,
           synonyms=("受威胁人数", "人数", "威胁人口")),
    Column("监测人", "monitor", nz.name_text, width=10, synonyms=("群测群防员", "监测员")),
    Column("监测人电话", "monitor_phone", nz.phone, width=14, as_text=True,
           synonyms=("监测员电话",)),
    Column("责任人", "responsible", nz.name_text, width=10, synonyms=("防灾责任人",)),
    Column("责任人电话", "responsible_phone", nz.phone, width=14, as_text=True),
    Column("转移路线", "route", nz.multiline_text, width=24, synonyms=("撤离路线", "避险路线")),
    Column("避难场所", "shelter", nz.text_max(400), width=20,
           synonyms=("转移安置点", "安置场所", "避险场所"), comment="避难场所台账中的场所名称"),
    Column("状态", "status", parse_status, width=8, choices=tuple(x.zh for x in HazardStatus),
           comment="空白按“在册”"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


def _shelter_id(session: Session, ref: str, cache: dict[str, Any]) -> int:
    key = "shelter:" + ref
    if key in cache:
        return int(cache[key])
    where, _, name = ref.rpartition("/")
    hits: list[tuple[int, str]] = [(i, p) for i, p in session.execute(
        select(Shelter.id, Region.path).join(Region, Region.id == Shelter.region_id).where(
            Shelter.is_deleted.is_(False), same_name(Shelter.name, name)))]
    if where:
        hits = [(i, p) for i, p in hits if p.endswith(where) or f"/{where}/" in p + "/"]
    if len(hits) == 1:
        cache[key] = hits[0][0]
        return int(hits[0][0])
    if hits:
        raise CellProblem("避难场所", t("有多个“{name}”，请写成 区划/场所名称", name=name))
    raise CellProblem("避难场所", t("找不到避难场所“{name}”，请先录入或导入避难场所", name=ref))


class HazardsSpec(RowUpsertSpec):
    name = "hazards"
    title_zh = "隐患点"
    columns = COLUMNS
    natural_key = "所属区划 + 隐患点名称"
    table = "hazard_point"
    model = HazardPoint

    def upsert(self, session: Session, rec: Record, cache: dict[str, Any]) -> tuple[int, str]:
        v = rec.values
        region_id = region_id_in(session, v["region"], "所属区划", cache)
        shelter = _shelter_id(session, v["shelter"], cache) if v.get("shelter") else None
        return upsert_hazard_in(session, HazardInput(
            v["name"], region_id, v.get("hazard_type") or HazardType.OTHER, v.get("location"),
            v.get("households"), v.get("people"), v.get("monitor"), v.get("monitor_phone"),
            v.get("responsible"), v.get("responsible_phone"), v.get("route"), shelter,
            v.get("status") or HazardStatus.ACTIVE, v.get("remark")))

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            names: dict[str, int] = {}
            for n in s.scalars(select(Shelter.name).where(Shelter.is_deleted.is_(False))):
                names[n] = names.get(n, 0) + 1
            shelter_path = dict(s.execute(select(Shelter.id, Region.path).join(
                Region, Region.id == Shelter.region_id)).all())
            for h in hazard_rows_streamed(s):
                shelter = h.shelter_name
                if shelter and names.get(shelter, 0) > 1 and h.shelter_id is not None:
                    shelter = f"{shelter_path[h.shelter_id].split('/', 1)[-1]}/{shelter}"
                yield [h.name, h.hazard_type.zh, refs.get(h.region_id, h.region_path),
                       h.location, h.households, h.people, h.monitor, h.monitor_phone,
                       h.responsible, h.responsible_phone, h.route, shelter, h.status.zh,
                       h.remark]


SPEC = HazardsSpec()
