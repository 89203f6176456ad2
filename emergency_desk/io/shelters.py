"""Excel register `shelters`: 避难场所, upserted by 所属区划 + 场所名称 (issue 16); the rows are
checked on dicts and written in bulk (io/shelter_rows.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.resources import Shelter, ShelterDuration, ShelterFunction, ShelterSpace
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.shelter_rows import ShelterRows
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.resources.shelters import shelter_rows_streamed

SPLIT = re.compile(r"[、;；,，\n]+")
parse_duration = nz.enumeration({x.zh: x for x in ShelterDuration}, {
    "紧急避难场所": "紧急", "短期避难场所": "短期", "中期避难场所": "中期", "长期避难场所": "长期",
    "临时": "紧急"})
parse_space = nz.enumeration({x.zh: x for x in ShelterSpace}, {
    "室内场所": "室内", "室外场所": "室外", "室内外": "室内外结合"})
parse_function = nz.enumeration({x.zh: x for x in ShelterFunction}, {
    "综合性": "综合", "综合性应急避难场所": "综合", "单一性": "单一", "专项": "单一",
    "特定应急避难场所": "特定"})


def parse_regions(value: Any) -> tuple[str, ...] | None:
    """服务村(社区): names or codes separated by 、 ; ， or line breaks."""
    s = nz.multiline_text(value)
    if s is None:
        return None
    return tuple(dict.fromkeys(x.strip() for x in SPLIT.split(s) if x.strip()))


_REGION_NOTE = "区划名称或区划代码；重名时写上级路径，如 碧阳镇/古筑村"

COLUMNS = [
    Column("场所名称", "name", nz.text_max(200), required=True, width=26,
           synonyms=("名称", "避难场所", "避难场所名称", "场所")),
    Column("所属区划", "region", nz.text_max(400), required=True, width=14,
           synonyms=("乡镇", "村(社区)", "所在地", "区划"), comment=_REGION_NOTE),
    Column("地址", "address", nz.text_max(200), width=22, synonyms=("详细地址", "位置")),
    Column("避难时长", "duration", parse_duration, width=10, synonyms=("场所类别", "类别"),
           choices=tuple(x.zh for x in ShelterDuration),
           comment="GB/T 44013-2024：紧急/短期/中期/长期"),
    Column("空间类型", "space", parse_space, width=10, synonyms=("室内外",),
           choices=tuple(x.zh for x in ShelterSpace)),
    Column("功能类型", "function", parse_function, width=10, synonyms=("功能定位",),
           choices=tuple(x.zh for x in ShelterFunction)),
    Column("可容纳人数", "capacity", nz.non_negative(nz.counted("人")), width=10,
           synonyms=("容纳人数", "可容纳避难人数", "容量(人)")),
    Column("占地面积(平方米)", "area_m2", nz.non_negative(nz.number), width=12,
           synonyms=("占地面积", "面积", "总面积")),
    Column("有效避难面积(平方米)", "effective_area_m2", nz.non_negative(nz.number), width=14,
           synonyms=("有效避难面积", "有效面积")),
    Column("管理责任人", "manager", nz.name_text, width=10,
           synonyms=("管理人", "负责人", "责任人")),
    Column("联系电话", "manager_phone", nz.phone, width=14, as_text=True,
           synonyms=("电话", "手机号码", "负责人电话")),
    Column("最近检查日期", "last_inspection", dt.date_value, width=12,
           synonyms=("检查日期", "最近检查", "巡查日期"), comment="如 2024-05-01"),
    Column("服务村(社区)", "served", parse_regions, width=24,
           synonyms=("服务范围", "服务区域", "覆盖村(社区)"),
           comment="多个用“、”分隔；可容纳人数与这些村（社区）的人口比较（H1）"),
    Column("设施设备和物资", "facilities", nz.multiline_text, width=22,
           synonyms=("设施设备", "配套设施", "物资")),
    Column("经度", "longitude", nz.number, width=10),
    Column("纬度", "latitude", nz.number, width=10),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class SheltersSpec(RegisterSpec):
    name = "shelters"
    title_zh = "避难场所"
    columns = COLUMNS
    natural_key = "所属区划 + 场所名称"
    table = "shelter"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        ShelterRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, Shelter)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for r in shelter_rows_streamed(s):
                yield [r.name, refs.get(r.region_id, r.region_path), r.address,
                       r.duration.zh if r.duration else None, r.space.zh if r.space else None,
                       r.function.zh if r.function else None, r.capacity, r.area_m2,
                       r.effective_area_m2, r.manager, r.manager_phone, r.last_inspection,
                       "、".join(refs.get(i, "") for i in r.served_ids) or None, r.facilities,
                       r.longitude, r.latitude, r.remark]


SPEC = SheltersSpec()
