"""Excel register `hazards`: 隐患点, upserted by 所属区划 + 隐患点名称 (issue 16).

避难场所 names a shelter of the register (import shelters first); a name used by two
shelters is written 区划/场所名称. Rows are checked and written in bulk (io/hazard_rows.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.resources import HazardPoint, HazardStatus, HazardType, Shelter
from emergency_desk.io import normalize as nz
from emergency_desk.io.hazard_rows import HazardRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.resources.hazards import hazard_rows_streamed

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
    Column("威胁户数", "households", nz.non_negative(nz.counted("户")), width=9,
           synonyms=("受威胁户数", "户数")),
    Column("威胁人数", "people", nz.non_negative(nz.counted("人")), width=9,
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


class HazardsSpec(RegisterSpec):
    name = "hazards"
    title_zh = "隐患点"
    columns = COLUMNS
    natural_key = "所属区划 + 隐患点名称"
    table = "hazard_point"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        HazardRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, HazardPoint)

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
