"""Demo 应急物资 for the demo county (services/demo/county.py builds the regions first).

Realistic and realistically imperfect, so that every supplies rule has something to show: a
county warehouse and township storage points with tents, quilts, life jackets, water, instant
food, sandbags and generators; one township that never built its storage point (S9); water and
instant noodles past their date (S1) and some close to it (S2); a flood issue that left a
township below quota (S3) and not yet restocked (S4); a warehouse never counted (S5); one
issue slip nobody approved (S6); an item entered without its code (S7); a supermarket agreement
ending soon (S8). Every balance comes from documents of each kind, booked through the services.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from emergency_desk.data.supplies import DocType, Warehouse, WarehouseType
from emergency_desk.services.supplies.batches import (
    book_stocktake_in,
    record_count_in,
    start_stocktake_in,
)
from emergency_desk.services.supplies.quota import (
    AgreementInput,
    QuotaInput,
    save_agreement_in,
    save_quota_in,
)
from emergency_desk.services.supplies.stock import (
    BatchInput,
    DocHeader,
    LineOut,
    fefo_in,
    issue_in,
    receive_in,
    return_in,
    rotate_in,
    transfer_in,
)
from emergency_desk.services.supplies.supplies import (
    ItemInput,
    WarehouseInput,
    ensure_top_categories_in,
    save_category_in,
    save_item_in,
    save_warehouse_in,
)

if TYPE_CHECKING:
    from emergency_desk.services.demo.context import DemoContext

# The office's own second-level classes under the standard's three (F1: names not bundled).
CATEGORIES = [("101", "生活类物资"), ("102", "食品饮用水"), ("103", "照明及防护用品"),
              ("201", "水上救援装备"), ("202", "动力照明及排水装备"), ("203", "消防器材"),
              ("301", "防汛抢险材料"), ("302", "抢险工具")]

# name, spec, unit, code, shelf life (months), frequently used, storage
ITEMS = [
    ("救灾帐篷", "12平方米单帐篷", "顶", "1010101", None, False, "防潮防鼠"),
    ("折叠床", "单人 190×70cm", "张", "1010102", None, False, "阴凉干燥"),
    ("棉被", "2.0×2.3m 3kg", "条", "1010201", None, False, "防潮防鼠"),
    ("毛毯", "1.5×2.0m", "条", "1010202", None, False, "防潮防鼠"),
    ("瓶装饮用水", "550ml×24瓶", "箱", "1020101", 12, True, "阴凉干燥"),
    ("方便面", "桶装×12", "箱", "1020201", 6, True, "阴凉干燥"),
    ("压缩饼干", "90g×100袋", "箱", "1020202", 24, False, "阴凉干燥"),
    ("应急照明手电", "LED强光充电式", "支", "1030101", None, True, "常温"),
    ("雨衣", "分体式 加厚", "套", "1030201", None, True, "常温"),
    ("救生衣", "成人款 船检", "件", "2010101", None, False, "阴凉干燥"),
    ("救生圈", "2.5kg 船检", "个", "2010102", None, False, "常温"),
    ("汽油发电机", "5kW", "台", "2020101", None, False, "常温"),
    ("移动照明灯塔", "4×500W", "台", "2020102", None, False, "常温"),
    ("抽水泵", "3寸 汽油机", "台", "2020201", None, False, "常温"),
    ("干粉灭火器", "ABC 4kg", "具", "2030101", 60, False, "常温"),
    ("防汛编织袋", "50×80cm", "条", "3010101", None, True, "防潮防鼠"),
    ("土工布", "200g/㎡", "平方米", "3010102", None, False, "防潮防鼠"),
    ("铁锹", "尖头 木柄", "把", "3020101", None, False, "常温"),
    # Entered in a hurry during last year's flood: no code, no unit (S7).
    ("防汛警示带", "", None, None, None, False, None),
]

HALF_LIFE_ITEMS = {"瓶装饮用水"}

# Township storage points; 洪星乡 never built one (S9).
TOWN_POINTS = {"碧阳镇": "胡卫东", "宏村镇": "卢立新", "渔亭镇": "舒海涛", "西递镇": "叶成林",
               "柯村镇": "江福林", "美溪乡": "余春生", "宏潭乡": "项德胜"}
WITHOUT_POINT = "洪星乡"

# What a township point holds: item → (quantity, batch suffix).
TOWN_STOCK = {"救灾帐篷": 25, "棉被": 80, "瓶装饮用水": 120, "方便面": 40, "救生衣": 40,
              "应急照明手电": 30, "雨衣": 60, "防汛编织袋": 2000, "铁锹": 30}
COUNTY_STOCK = {"救灾帐篷": 300, "折叠床": 200, "棉被": 800, "毛毯": 600, "瓶装饮用水": 600,
                "方便面": 200, "压缩饼干": 150, "应急照明手电": 200, "雨衣": 400, "救生衣": 300,
                "救生圈": 100, "汽油发电机": 12, "移动照明灯塔": 6, "抽水泵": 10,
                "干粉灭火器": 120, "防汛编织袋": 20000, "土工布": 3000, "铁锹": 300,
                "防汛警示带": 50}
PRICES = {"救灾帐篷": 1850.0, "折叠床": 160.0, "棉被": 210.0, "毛毯": 95.0,
          "瓶装饮用水": 36.0, "方便面": 52.0, "压缩饼干": 260.0, "应急照明手电": 45.0,
          "雨衣": 38.0, "救生衣": 85.0, "救生圈": 70.0, "汽油发电机": 4200.0,
          "移动照明灯塔": 9800.0, "抽水泵": 3600.0, "干粉灭火器": 75.0, "防汛编织袋": 1.2,
          "土工布": 3.5, "铁锹": 28.0}


def build_demo_supplies(session: Session, ctx: DemoContext) -> int:
    """Warehouses, catalogue, batches and documents; returns the number of batches."""
    today = ctx.today
    ensure_top_categories_in(session)
    for code, name in CATEGORIES:
        save_category_in(session, code, name)
    items: dict[str, int] = {}
    for name, spec, unit, item_code, shelf, freq, storage in ITEMS:
        items[name] = save_item_in(session, ItemInput(
            name, spec, unit, item_code, storage_method=storage, shelf_life_months=shelf,
            frequently_used=freq, is_consumable=shelf is not None,
            # 保质期过半轮换 (S2): drinking water is rotated at the half-way point.
            rotate_at_half_life=name in HALF_LIFE_ITEMS)).id
    region = ctx.region_ids
    county = save_warehouse_in(session, WarehouseInput(
        "黟县救灾物资储备库", WarehouseType.COUNTY, region["黟县"], "黟县碧阳镇东门路 18 号",
        1200, "汪建国", "程光辉", "0559-5521119", build_date=date(2016, 10, 1))).id
    towns: dict[str, int] = {}
    for town, keeper in TOWN_POINTS.items():
        towns[town] = save_warehouse_in(session, WarehouseInput(
            f"{town}应急物资储备点", WarehouseType.TOWNSHIP, region[town], f"{town}人民政府院内",
            ctx.rng.choice([60, 80, 100, 120]), keeper, None,
            f"0559-55{ctx.rng.randint(10000, 99999)}")).id
    village = save_warehouse_in(session, WarehouseInput(
        "宏村应急物资储备点", WarehouseType.VILLAGE, region["宏村镇/宏村"], "宏村村委会",
        30, "汪海燕", phone="13905597731")).id
    save_warehouse_in(session, WarehouseInput(
        "开发区企业代储点（徽州建材）", WarehouseType.ENTERPRISE, region["黟县经济开发区"],
        "黟县经济开发区纬二路", 400, "吴明", phone="13955971208",
        remark="防汛编织袋、土工布由企业代储"))

    def batch(name: str, qty: float, *, made: date | None = None, expiry: date | None = None,
              tag: str = "") -> BatchInput:
        number = f"{made:%Y%m%d}{tag}" if made else f"{today.year - 1}-{tag or '01'}"
        return BatchInput(items[name], qty, number, production_date=made,
                          expiry_date=expiry, inbound_date=made and made + timedelta(days=30),
                          source="采购", funding=ctx.rng.choice(["中央", "省级", "县级"]),
                          unit_price=PRICES.get(name))

    def dated(name: str, months_ago: int) -> date:
        return today - timedelta(days=30 * months_ago + ctx.rng.randint(0, 9))

    def header(days_ago: int, **kw: str) -> DocHeader:
        return DocHeader(today - timedelta(days=days_ago), handler=kw.pop("handler", "汪建国"),
                         approver=kw.pop("approver", "胡建国"), **kw)

    # County warehouse: bought over the last two years; water due within a month (S2).
    county_batches = []
    for name, qty in COUNTY_STOCK.items():
        made = None
        if name == "瓶装饮用水":
            made = today - timedelta(days=365 - 25)
        elif name == "方便面":
            made = today - timedelta(days=120)
        elif name == "压缩饼干":
            made = today - timedelta(days=730 - 60)
        elif name == "干粉灭火器":
            made = today - timedelta(days=1826 - 80)
        elif name in PRICES:
            made = dated(name, ctx.rng.randint(8, 30))
        county_batches.append(batch(name, qty, made=made))
    receive_in(session, county, header(400, purpose="年度储备采购"), county_batches)

    for town, wid in towns.items():
        stock: list[BatchInput] = []
        for name, qty in TOWN_STOCK.items():
            made = dated(name, ctx.rng.randint(4, 9)) if name == "瓶装饮用水" else \
                dated(name, ctx.rng.randint(1, 3)) if name == "方便面" else \
                dated(name, ctx.rng.randint(10, 30))
            if town == "宏村镇" and name == "瓶装饮用水":
                made = today - timedelta(days=365 + 20)  # expired 20 days ago (S1)
            if town == "渔亭镇" and name == "方便面":
                made = today - timedelta(days=200)  # expired (S1)
            stock.append(batch(name, qty, made=made, tag=f"-{len(stock) + 1:02d}"))
        receive_in(session, wid, header(380, purpose="乡镇储备点配备", handler=TOWN_POINTS[town]),
                   stock)
    receive_in(session, village, header(300, handler="汪海燕"), [
        batch("救生衣", 20, tag="V"), batch("应急照明手电", 10, tag="V"),
        batch("防汛编织袋", 500, tag="V")])

    # Transfer before the flood season: tents and quilts to 宏村镇 (both sides, one slip).
    lines = fefo_in(session, county, items["救灾帐篷"], 20, today) + \
        fefo_in(session, county, items["棉被"], 60, today)
    transfer_in(session, county, towns["宏村镇"], header(70, receiver="卢立新",
                                                        purpose="汛前预置"), lines)
    # The flood: 宏村镇 issues to 宏村 (signed) and to 雉山村 (approver missing: S6).
    issue_in(session, towns["宏村镇"], header(12, receiver="宏村村委会 汪海燕", purpose="抢险",
                                             event_ref="山洪转移安置"),
             fefo_in(session, towns["宏村镇"], items["救灾帐篷"], 12, today)
             + fefo_in(session, towns["宏村镇"], items["方便面"], 30, today)
             + fefo_in(session, towns["宏村镇"], items["雨衣"], 40, today))
    issue_in(session, towns["宏村镇"], DocHeader(today - timedelta(days=10), handler="卢立新",
                                                receiver="雉山村村委会", purpose="救助"),
             fefo_in(session, towns["宏村镇"], items["棉被"], 50, today))
    return_in(session, towns["宏村镇"], header(5, handler="卢立新", purpose="未用完退回"),
              [LineOut(fefo_in(session, towns["宏村镇"], items["雨衣"], 1, today)[0].batch_id, 6)])
    # Rotation: the county's near-expiry biscuits go to the school canteen, fresh ones in.
    old = fefo_in(session, county, items["压缩饼干"], 50, today)
    rotate_in(session, county, header(20, purpose="临期轮换", peer_org="碧阳镇中心学校"), old,
              [batch("压缩饼干", 50, made=today - timedelta(days=30), tag="R")])
    # Write-off: a tent torn in the flood.
    issue_in(session, towns["渔亭镇"], header(40, handler=TOWN_POINTS["渔亭镇"],
                                             purpose="汛期使用损坏，经审批报废"),
             fefo_in(session, towns["渔亭镇"], items["救灾帐篷"], 2, today), DocType.WRITEOFF)
    # Stocktakes: everywhere but 西递镇 (S5); one difference with its reason.
    for wid in [county, village, *[w for t, w in towns.items() if t != "西递镇"]]:
        st = start_stocktake_in(session, wid, today - timedelta(days=ctx.rng.randint(30, 150)),
                                "汪晓燕", "胡建国")
        if wid == county:
            jackets = fefo_in(session, county, items["救生衣"], 1, today)[0].batch_id
            record_count_in(session, st.id, jackets, 298, "2 件受潮霉变，待报损")
        book_stocktake_in(session, st.id, DocHeader(st.take_date, handler="汪晓燕",
                                                    approver="胡建国"))

    # 西递镇's clerk left last year: nothing recorded there since (S10).
    xidi = session.get(Warehouse, towns["西递镇"])
    assert xidi is not None
    xidi.updated_at = datetime.combine(today - timedelta(days=400), datetime.min.time())

    # Quotas: 宏村镇 ends up short of water and quilts after the flood (S3).
    for wid in towns.values():
        for name, (low, std) in {"救灾帐篷": (20, 30), "棉被": (50, 100),
                                 "瓶装饮用水": (100, 150), "救生衣": (30, 50)}.items():
            save_quota_in(session, QuotaInput(wid, items[name], low, std,
                                              basis="乡镇储备点配备标准"))
    for name, (low, std) in {"救灾帐篷": (200, 300), "棉被": (500, 800),
                             "瓶装饮用水": (400, 800)}.items():
        save_quota_in(session, QuotaInput(county, items[name], low, std, basis="县级储备计划",
                                          relies_on_agreement=name == "瓶装饮用水"))
    save_agreement_in(session, AgreementInput(
        "黟县百货超市有限公司", f"HYXY-{today.year - 1}-03", region["黟县"],
        today - timedelta(days=345), today + timedelta(days=20), "程海涛", "13905591234", 6,
        [(items["瓶装饮用水"], 2000), (items["方便面"], 800)]))  # ends in 20 days (S8)
    save_agreement_in(session, AgreementInput(
        "徽州建材有限公司", f"HYXY-{today.year}-01", region["黟县经济开发区"],
        today - timedelta(days=100), today + timedelta(days=630), "吴明", "13955971208", 4,
        [(items["防汛编织袋"], 50000), (items["土工布"], 10000)]))
    return len(county_batches) + len(towns) * len(TOWN_STOCK) + 3
