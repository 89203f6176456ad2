"""Demo county: the 法规库 (national laws and regulations a township office keeps, one with
the office's study notes attached so that full-text search has a document to read, and the
superseded 2007 text marked 已修订), two 典型案例 in the seed's headings, and the scan of one
防汛责任书."""

from __future__ import annotations

import hashlib
from datetime import date
from io import BytesIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.library import (
    CaseCategory,
    CaseGrade,
    Regulation,
)
from emergency_desk.data.library import (
    RegulationLevel as L,
)
from emergency_desk.data.library import (
    RegulationStatus as S,
)
from emergency_desk.data.township import FloodPledge
from emergency_desk.services.demo.context import DemoContext
from emergency_desk.services.library.cases import CaseInput, upsert_case_in
from emergency_desk.services.library.files import put_file_in
from emergency_desk.services.library.regulations import (
    RegulationInput,
    set_text,
    upsert_regulation_in,
)
from emergency_desk.services.stored_files import StoredFile

LAW = "中华人民共和国突发事件应对法（2024修订）"
NPC = "全国人民代表大会常务委员会"
STATE = "国务院"
# (名称, 发布机关, 文号, 发布日期, 施行日期, 时效性, 效力层级, 类别)
REGULATIONS = [
    (LAW, NPC, "主席令第二十五号", date(2024, 6, 28), date(2024, 11, 1), S.IN_FORCE, L.LAW,
     "综合"),
    ("中华人民共和国突发事件应对法", NPC, "主席令第六十九号", date(2007, 8, 30),
     date(2007, 11, 1), S.AMENDED, L.LAW, "综合"),
    ("中华人民共和国安全生产法（2021修正）", NPC, "主席令第八十八号", date(2021, 6, 10),
     date(2021, 9, 1), S.IN_FORCE, L.LAW, "安全生产"),
    ("中华人民共和国防洪法（2016修正）", NPC, "主席令第四十八号", date(2016, 7, 2),
     date(2016, 7, 2), S.IN_FORCE, L.LAW, "防汛抗旱"),
    ("中华人民共和国防汛条例（2011修订）", STATE, "国务院令第588号", date(2011, 1, 8),
     date(2011, 1, 8), S.IN_FORCE, L.ADMIN_REGULATION, "防汛抗旱"),
    ("地质灾害防治条例", STATE, "国务院令第394号", date(2003, 11, 24), date(2004, 3, 1),
     S.IN_FORCE, L.ADMIN_REGULATION, "地质灾害"),
    ("自然灾害救助条例（2019修订）", STATE, "国务院令第709号", date(2019, 3, 2),
     date(2019, 3, 2), S.IN_FORCE, L.ADMIN_REGULATION, "综合"),
    ("应急避难场所 分级及分类（GB/T 44013-2024）", "国家市场监督管理总局、国家标准化管理委员会",
     "GB/T 44013-2024", None, None, S.IN_FORCE, L.STANDARD, "避难场所"),
]
# The office's own study notes on the 2024 law (what it attached), read by full-text search.
NOTES_NAME = "突发事件应对法（2024修订）学习要点.txt"
NOTES = """黟县应急管理局 学习要点（供乡镇应急办学习使用，非法律原文）
一、突发事件是指突然发生，造成或者可能造成严重社会危害，需要采取应急处置措施予以应对的自然灾害、事故灾难、公共卫生事件和社会安全事件。
二、乡镇人民政府、街道办事处应当明确专门工作力量，负责突发事件应对有关工作；村（居）民委员会协助做好应急工作。
三、推进网格化管理，把风险隐患排查、信息报告、先期处置落实到村（社区）和网格。
四、完善应急避难场所规划建设和管理维护，明确管理责任人，定期检查。
五、建立健全值班值守和信息报告制度，不得迟报、谎报、瞒报、漏报。
"""


def build_demo_library(session: Session, ctx: DemoContext) -> int:
    n = 0
    law_id = 0
    for title, issuer, number, issued, effective, status, level, category in REGULATIONS:
        rid, _ = upsert_regulation_in(session, RegulationInput(
            title, issuer, number, issued, effective, status, level, category))
        law_id = law_id or rid
        n += 1
    content = NOTES.encode()
    notes = StoredFile(NOTES_NAME, len(content), hashlib.sha256(content).hexdigest(), content)
    law = session.get(Regulation, law_id)
    assert law is not None
    put_file_in(session, law, notes)
    set_text(law, notes)
    n += _cases(session, ctx)
    n += _pledge_scan(session, ctx)
    return n


def _pledge_scan(session: Session, ctx: DemoContext) -> int:
    """碧阳镇's letter for this year comes with its scan, so the 扫描件 column shows one."""
    town = ctx.region_ids.get("碧阳镇")
    pledge = session.scalars(select(FloodPledge).where(
        FloodPledge.region_id == town, FloodPledge.year == ctx.today.year)).first()
    if pledge is None:
        return 0
    content = _letter_pdf(pledge.year, pledge.responsible, pledge.issuer or "")
    scan = StoredFile(f"{pledge.year}年碧阳镇防汛责任书（扫描件）.pdf", len(content),
                      hashlib.sha256(content).hexdigest(), content)
    put_file_in(session, pledge, scan)
    return 1


def _letter_pdf(year: int, responsible: str, issuer: str) -> bytes:
    """A one-page stand-in for the signed letter (the demo has no real scan)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from emergency_desk.reports import fonts

    fonts.register_fonts()
    buf = BytesIO()
    c = Canvas(buf, pagesize=A4)
    width, height = A4
    fonts.draw_text(c, width / 2, height - 120, f"{year}年度防汛工作责任书", 20, align="centre",
                    bold=True)
    lines = [f"甲方：{issuer}", "乙方：碧阳镇人民政府", f"乙方责任人：{responsible}（乡镇长）",
             "一、乙方对本辖区防汛工作负总责，汛期落实24小时值班和领导带班。",
             "二、做好山洪、地质灾害隐患点巡查，落实监测人、责任人和转移路线。",
             "三、遇暴雨预警及时组织危险区群众转移，做到应转尽转、应转早转。",
             "（演示数据：代替签字盖章后的扫描件）"]
    for i, line in enumerate(lines):
        fonts.draw_text(c, 72, height - 180 - 26 * i, line, 12)
    c.save()
    return buf.getvalue()


def _village(ctx: DemoContext, name: str) -> int | None:
    return next((rid for key, rid in ctx.region_ids.items() if key.endswith("/" + name)), None)


def _cases(session: Session, ctx: DemoContext) -> int:
    flood_day = date(ctx.today.year - 2, 6, 20)
    upsert_case_in(session, CaseInput(
        "龙江村“6·20”山洪灾害", flood_day, CaseCategory.NATURAL, _village(ctx, "龙江村"),
        "村北山沟及沿沟 12 户", "山洪", CaseGrade.ORDINARY,
        summary="6月20日凌晨，龙江村上游 3 小时降雨 126 毫米，山沟水位暴涨，冲毁村道 300 米、"
                "便桥 1 座，12 户房屋进水。因提前转移，无人员伤亡。",
        cause="短时强降雨叠加上游山塘满溢；沿沟房屋建在行洪通道边。",
        measures="19日 22 时县气象台发布暴雨橙色预警后，乡带班领导到村；网格员逐户通知；"
                 "23 时 40 分转移沿沟群众 37 人到村委会。",
        handling="20日 02 时 10 分监测人报告沟水猛涨，乡防办启动Ⅳ级应急响应，"
                 "乡专职救援队 12 人 30 分钟到场，封闭村道，05 时水位回落后排查房屋安全。",
        lessons="预警“叫应”到户、先转移后报告，实现零伤亡；网格员熟悉每户人员情况是关键。",
        problems="山沟没有避难场所，群众临时安置在村委会，容纳不足；沟口没有水位监测设施。",
        suggestions="在村内选定并建设避难场所，明确管理责任人；沟口加装简易水位计和预警广播。"))
    upsert_case_in(session, CaseInput(
        "2008年初低温雨雪冰冻灾害", MonthDate.first(2008, 1), CaseCategory.NATURAL, None,
        "全县", "低温雨雪冰冻", CaseGrade.GRAVE,
        summary="2008年1月中旬至2月初，南方大范围持续低温雨雪冰冻，本县道路结冰、"
                "电力通信线路中断，部分山区村一度与外界断联。",
        cause="持续低温雨雪天气时间长、范围广；山区线路覆冰，应急物资储备不足。",
        measures="县、乡两级启动应急响应，组织除冰保通，转移危房群众，调拨棉被、食品。",
        handling="乡镇干部分片包村，逐户排查独居老人和危房；电力、通信部门抢修线路。",
        lessons="分片包村、逐户排查的做法有效；民兵和党员突击队是除冰保通的主力。",
        problems="山区村物资储备点少，通信中断后信息报送困难。",
        suggestions="在偏远村设立物资储备点；为重点村配备卫星电话等备用通信手段。"))
    return 2
