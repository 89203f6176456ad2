"""Excel register `equipment` (应急装备): docs/design.md §3 names no columns for it, so these follow
report 9 of docs/domain.md section 5 (名称, 型号, 数量, 所属队伍/仓库, 购置日期, 状态, 下次维护).

Upsert by 装备编号 when given, else 所属队伍 + 装备名称 + 规格型号; the rows are checked on dicts
and written in bulk (io/equipment_rows.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.teams import Equipment, EquipmentCategory, EquipmentCondition
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.equipment_rows import EquipmentRows
from emergency_desk.io.row_upsert import live_count
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec, with_extras
from emergency_desk.services.teams.views import EquipmentQuery, iter_equipment_in

parse_category = nz.enumeration({c.zh: c for c in EquipmentCategory}, {
    "防护装备": "防护", "安全防护": "防护", "个人防护": "防护", "攻坚装备": "攻坚",
    "破拆": "攻坚", "救援": "专业救援", "专业救援装备": "专业救援", "通信": "通信指挥",
    "通讯": "通信指挥", "通信装备": "通信指挥", "指挥": "通信指挥", "工程": "工程抢险",
    "工程抢险装备": "工程抢险", "照明": "照明动力", "动力": "照明动力", "其他": "其他装备"})
parse_condition = nz.enumeration({c.zh: c for c in EquipmentCondition}, {
    "良好": "完好", "正常": "完好", "在用": "完好", "损坏": "待修", "故障": "待修",
    "维修": "待修", "已报废": "报废"})

COLUMNS = [
    Column("装备名称", "name", nz.name_text, required=True, width=16,
           synonyms=("名称", "装备", "器材名称")),
    Column("类别", "category", parse_category, required=True, width=10,
           synonyms=("装备类别", "分类"), choices=tuple(c.zh for c in EquipmentCategory),
           comment="防护 / 攻坚 / 专业救援 / 通信指挥 / 工程抢险 / 照明动力 / 其他装备"),
    Column("规格型号", "model", nz.text_max(100), width=14, synonyms=("型号", "规格")),
    Column("数量", "quantity", nz.non_negative(nz.integer), width=8, synonyms=("数目",)),
    Column("计量单位", "unit", nz.text_max(10), width=8, synonyms=("单位",)),
    Column("所属队伍", "team", nz.name_text, width=22,
           synonyms=("队伍名称", "配备队伍", "使用队伍"), comment="空白表示存放在仓库、未配发"),
    Column("存放地点", "storage_place", nz.text_max(200), width=16,
           synonyms=("仓库", "存放仓库", "存放位置")),
    Column("购置日期", "acquire_date", dt.month_date, width=12, synonyms=("购买日期", "配发日期")),
    Column("使用年限(年)", "service_life_years", nz.non_negative(nz.counted("年")), width=10,
           synonyms=("使用年限", "报废年限", "设计使用年限")),
    Column("有效期至", "expiry_date", dt.expiry_date, width=12, synonyms=("有效期", "失效日期")),
    Column("下次维护日期", "next_maint_date", dt.date_value, width=12,
           synonyms=("下次维护", "下次保养日期", "维护到期日")),
    Column("状态", "condition", parse_condition, width=8, synonyms=("装备状态", "完好情况"),
           choices=tuple(c.zh for c in EquipmentCondition), comment="完好 / 待修 / 报废"),
    Column("装备编号", "code", nz.text_max(40), width=12, as_text=True,
           synonyms=("编号", "资产编号")),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class EquipmentSpec(RegisterSpec):
    name = "equipment"
    title_zh = "应急装备"
    columns = COLUMNS
    natural_key = "装备编号；没有编号时按 所属队伍+装备名称+规格型号"
    table = "equipment"
    keeps_extra = True
    extra_models = (Equipment,)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        EquipmentRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, Equipment)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            rows = iter_equipment_in(s, EquipmentQuery(order_by="team"))
            for e, extra in with_extras(s, Equipment, rows):
                yield [e.name, e.category.zh, e.model, e.quantity, e.unit, e.team_name,
                       e.storage_place, e.acquire_date, e.service_life_years, e.expiry_date,
                       e.next_maint_date, e.condition.zh, e.code, e.remark, extra]


SPEC = EquipmentSpec()
