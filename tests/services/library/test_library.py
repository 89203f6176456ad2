"""法规库 and 典型案例库: services with audit and the bin, files in backups, full-text search
that runs as plain LIKE, Excel as offices write it, and the printouts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from emergency_desk.data.backup import make_backup, restore
from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.library import CaseCategory, CaseGrade, RegulationLevel, RegulationStatus
from emergency_desk.data.migrate import open_database
from emergency_desk.data.models import AuditLog
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.library.cases import CaseInput, CaseService
from emergency_desk.services.library.regulations import RegulationInput, RegulationService
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.stored_files import extract_text
from tests.services.library.conftest import make_docx, make_pdf

LAW = "中华人民共和国突发事件应对法（2024修订）"


def _law(svc: RegulationService) -> int:
    return svc.save(RegulationInput(
        LAW, "全国人民代表大会常务委员会", "主席令第二十五号", date(2024, 6, 28),
        date(2024, 11, 1), RegulationStatus.IN_FORCE, RegulationLevel.LAW, "综合"))


def test_regulation_search_reads_the_attached_text(db: Database, tmp_path: Path) -> None:
    svc = RegulationService(db)
    rid = _law(svc)
    other = svc.save(RegulationInput("安徽省防汛抗旱条例", "安徽省人民代表大会常务委员会",
                                     level=RegulationLevel.LOCAL_REGULATION, category="防汛抗旱"))
    assert [r.id for r in svc.list("主席令")] == [rid]  # 文号
    assert [r.id for r in svc.list("防汛")] == [other]  # title and category
    assert svc.list("网格化") == []
    info = svc.attach(rid, make_docx(tmp_path / "应对法.docx", [
        "第一章 总则", "第二十条 县级人民政府应当建立健全网格化管理工作机制。"]))
    assert info.name == "应对法.docx"
    hits = svc.list("网格化 县级")  # every word must occur, in any searched column
    assert [r.id for r in hits] == [rid] and hits[0].has_text
    assert hits[0].hit is not None and "网格化管理" in hits[0].hit
    assert svc.list("网格化 地震") == []
    assert svc.list("100%") == [] and svc.list("_") == []  # LIKE wildcards are literal
    # Replacing the file replaces its text; removing it takes the text away.
    svc.attach(rid, make_pdf(tmp_path / "应对法.pdf",
                             ["第五十九条 国家建立健全应急避难场所标准体系"]))
    assert [r.id for r in svc.list("避难场所标准")] == [rid] and svc.list("网格化") == []
    out = svc.open_file(rid, tmp_path / "out")
    assert out.read_bytes() == (tmp_path / "应对法.pdf").read_bytes()
    svc.remove_file(rid)
    row = svc.get(rid)
    assert row is not None and row.file is None and not row.has_text
    with pytest.raises(InputRejected):
        svc.open_file(rid)


def test_regulation_rules_audit_and_bin(db: Database) -> None:
    svc = RegulationService(db)
    rid = _law(svc)
    with pytest.raises(ValidationFailed) as exc:
        _law(svc)
    assert "已有" in exc.value.problems["名称"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(RegulationInput("  ", issued_on=date(2024, 6, 1), effective_on=date(2024, 1, 1)))
    assert set(exc.value.problems) == {"名称", "施行日期"}
    svc.save(RegulationInput(LAW, "全国人民代表大会常务委员会", "主席令第二十五号",
                             date(2024, 6, 28), date(2024, 11, 1), RegulationStatus.AMENDED,
                             RegulationLevel.LAW, "综合"), rid)
    assert [r.status for r in svc.list(status=RegulationStatus.AMENDED)] == [
        RegulationStatus.AMENDED]
    svc.delete(rid)
    assert svc.list() == []
    again = _law(svc)  # typed in again while the old one is in the bin
    with pytest.raises(InputRejected) as refused:
        RecycleBin(db).restore("regulation", rid)
    assert "已有" in refused.value.message
    svc.delete(again)
    RecycleBin(db).restore("regulation", rid)
    assert [r.id for r in svc.list()] == [rid]
    with db.read() as s:
        actions = [a for a, in s.execute(select(AuditLog.action).where(
            AuditLog.table_name == "regulation"))]
    assert len(actions) >= 4  # insert, update, delete, restore


def test_text_extraction_as_offices_save_files() -> None:
    assert extract_text("通知.txt", "关于做好防汛工作的通知".encode("gb18030")) == \
        "关于做好防汛工作的通知"
    assert extract_text("通知.txt", "\ufeff值班制度".encode()) == "值班制度"
    assert extract_text("扫描件.jpg", b"\xff\xd8\xff") is None  # no OCR: fields only
    assert extract_text("坏文件.pdf", b"%PDF-1.4 broken") is None
    assert extract_text("坏文件.docx", b"PK not a zip") is None


def test_file_in_backup(db: Database, tmp_path: Path) -> None:
    svc = RegulationService(db)
    rid = _law(svc)
    svc.attach(rid, make_docx(tmp_path / "应对法.docx", ["第一条 为了预防和减少突发事件"]))
    backup = make_backup(db.path, tmp_path / "copy.sqlite3")
    svc.remove_file(rid)
    path = db.path
    db.dispose()
    restore(path, backup)
    again = open_database(path)
    try:
        svc2 = RegulationService(again)
        assert [r.id for r in svc2.list("预防和减少")] == [rid]
        assert svc2.open_file(rid, tmp_path / "o").name == "应对法.docx"
    finally:
        again.dispose()


def test_cases_service(db: Database, county: dict[str, int]) -> None:
    svc = CaseService(db)
    cid = svc.save(CaseInput(
        "碧阳镇古筑村“7·7”山洪灾害", MonthDate.first(2020, 7), CaseCategory.NATURAL,
        county["古筑村"], "村东山塘", "山洪", CaseGrade.ORDINARY, cause="短时强降雨",
        lessons="提前转移，零伤亡"))
    svc.save(CaseInput("某县化工厂爆炸事故", date(2019, 3, 21), CaseCategory.ACCIDENT,
                       place="外省某县", grade=CaseGrade.GRAVE))
    assert [c.title for c in svc.list(township_id=county["碧阳镇"])] == [
        "碧阳镇古筑村“7·7”山洪灾害"]
    assert [c.id for c in svc.list("零伤亡")] == [cid]  # lessons are searched
    assert [c.id for c in svc.list("古筑村 山洪")] == [cid]  # the region's path too
    assert [c.title for c in svc.list(category=CaseCategory.ACCIDENT)] == ["某县化工厂爆炸事故"]
    row = svc.get(cid)
    assert row is not None and isinstance(row.occurred_on, MonthDate)
    with pytest.raises(ValidationFailed) as exc:
        svc.save(CaseInput("", date(2999, 1, 1)))
    assert set(exc.value.problems) == {"标题", "发生日期"}
    svc.delete(cid)
    twin = svc.save(CaseInput("碧阳镇古筑村“7·7”山洪灾害", MonthDate.first(2020, 7)))
    with pytest.raises(InputRejected):
        RecycleBin(db).restore("case_record", cid)
    svc.delete(twin)
    RecycleBin(db).restore("case_record", cid)
    assert svc.get(cid) is not None


def test_excel_as_offices_write_it(db: Database, county: dict[str, int],
                                   tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["黟县应急管理法规库目录（2026年）"])
    ws.append(["序号", "法规名称", "制定机关", "发文字号", "公布日期", "实施日期", "状态", "层级",
               "分类"])
    ws.append([1, LAW, "全国人民代表大会常务委员会", "主席令第二十五号", "2024.6.28",
               "2024年11月1日", "有效", "法律", "综合"])
    ws.append([2, "安徽省突发事件应对条例", "安徽省人大常委会", None, "2012.12.29", None, "失效",
               "地方法规", "综合"])
    ws.append(["合计", "2 件"])
    ws.append(["填表人：汪成林", None, "审核人：胡明"])
    src = tmp_path / "法规.xlsx"
    wb.save(src)
    result = import_file(db, "regulations", src)
    assert result.ok, [e.format() for e in result.errors]
    rows = RegulationService(db).list()
    assert [(r.title, r.status, r.level, r.issued_on) for r in rows] == [
        (LAW, RegulationStatus.IN_FORCE, RegulationLevel.LAW, date(2024, 6, 28)),
        ("安徽省突发事件应对条例", RegulationStatus.REPEALED, RegulationLevel.LOCAL_REGULATION,
         date(2012, 12, 29))]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["典型案例库"])
    ws.append(["序号", "案例名称", "发生时间", "乡镇", "发生地点", "类别", "灾种", "级别",
               "事件概况", "原因", "处置措施", "处置经过", "经验教训", "问题", "意见建议"])
    ws.append([1, "古筑村“7·7”山洪", "2020.07", "古筑村", "村东山塘", "自然灾害类", "山洪", "一般",
               "7月7日凌晨短时强降雨。", "短时强降雨（3小时 120 毫米）", "提前转移 43 人",
               "02:10 网格员报告；\n02:30 镇带班领导到场", "预警到户，零伤亡", "山塘无水位计",
               "加装水位计"])
    src = tmp_path / "案例.xlsx"
    wb.save(src)
    result = import_file(db, "cases", src)
    assert result.ok, [e.format() for e in result.errors]
    (case,) = CaseService(db).list()
    assert case.occurred_on == MonthDate.first(2020, 7) and isinstance(case.occurred_on,
                                                                       MonthDate)
    assert case.region_path == "黟县/碧阳镇/古筑村" and case.grade == CaseGrade.ORDINARY
    assert case.cause == "短时强降雨（3小时 120 毫米）"  # full-width brackets kept as typed
    assert case.handling == "02:10 网格员报告；\n02:30 镇带班领导到场"

    for register in ("regulations", "cases"):
        out = tmp_path / f"{register}-export.xlsx"
        export_register(db, register, out)
        back = import_file(db, register, out)
        assert back.ok and back.inserted == back.updated == 0, register


def test_excel_file_column(db: Database, tmp_path: Path) -> None:
    svc = RegulationService(db)
    rid = _law(svc)
    doc = make_docx(tmp_path / "应对法.docx", ["第七条 国家建立有效的社会动员机制"])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["名称", "文号", "原文文件"])
    ws.append([LAW, "主席令第二十五号", "应对法.docx"])  # a bare name not on record
    src = tmp_path / "a.xlsx"
    wb.save(src)
    result = import_file(db, "regulations", src)
    assert not result.ok
    assert result.errors[0].column == "原文文件" and "完整路径" in result.errors[0].reason
    ws.cell(2, 3, str(doc))
    wb.save(src)
    result = import_file(db, "regulations", src)
    assert result.ok and result.updated == 1, [e.format() for e in result.errors]
    assert [r.id for r in svc.list("社会动员")] == [rid]
    out = tmp_path / "export.xlsx"
    export_register(db, "regulations", out)
    assert openpyxl.load_workbook(out).active.cell(2, 9).value == "应对法.docx"
    back = import_file(db, "regulations", out)
    assert back.ok and back.updated == back.inserted == 0


def test_reports(db: Database, county: dict[str, int], tmp_path: Path) -> None:
    _law(RegulationService(db))
    RegulationService(db).save(RegulationInput(
        "安徽省突发事件应对条例", status=RegulationStatus.REPEALED,
        level=RegulationLevel.LOCAL_REGULATION))
    CaseService(db).save(CaseInput("古筑村“7·7”山洪", date(2020, 7, 7),
                                   region_id=county["古筑村"], cause="短时强降雨",
                                   lessons="预警到户，零伤亡"))
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "regulations", tmp_path / "r.pdf")).pages)
    assert "应急管理法规库目录" in text and "主席令第二十五号" in text and "已废止" in text
    assert text.index("法律") < text.index("地方性法规")
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "cases", tmp_path / "c.pdf", region="碧阳镇")).pages)
    assert "突发事件典型案例汇编" in text and "发生原因" in text and "零伤亡" in text
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "cases", tmp_path / "c2.pdf", region="宏村镇")).pages)
    assert "统计范围内没有案例" in text  # the county has one, 宏村镇 none


def test_demo_library(db: Database) -> None:
    from emergency_desk.services.demo.county import build_demo

    build_demo(db, today=date(2025, 6, 1))
    svc = RegulationService(db)
    rows = svc.list()
    assert rows[0].title == LAW and rows[0].file is not None  # in force, a law, newest first
    assert {r.status for r in rows} >= {RegulationStatus.IN_FORCE, RegulationStatus.AMENDED}
    assert [r.title for r in svc.list("网格化管理")] == [LAW]  # found in the attached notes
    cases = CaseService(db).list()
    assert [c.title for c in cases] == ["龙江村“6·20”山洪灾害", "2008年初低温雨雪冰冻灾害"]
    assert cases[0].region_path is not None and cases[0].region_path.endswith("/龙江村")
    assert all(c.cause and c.lessons and c.problems and c.suggestions for c in cases)
    from emergency_desk.services.township.pledges import PledgeService

    scans = [p for p in PledgeService(db).list(2025) if p.file is not None]
    assert [p.region_path for p in scans] == ["黟县/碧阳镇"]
    # the demo scan is a JPEG page, as a scanner delivers it
    assert PledgeService(db).open_scan(scans[0].id).read_bytes().startswith(b"\xff\xd8")


def test_period_summary_counts_the_library(db: Database) -> None:
    from emergency_desk.services.summary.counts import register_counts
    from emergency_desk.services.summary.period import parse_period

    svc = RegulationService(db)
    _law(svc)
    svc.delete(svc.save(RegulationInput("安徽省突发事件应对条例")))
    CaseService(db).save(CaseInput("古筑村“7·7”山洪", date(2020, 7, 7)))
    with db.read() as s:
        counts = {c.label: (c.at_end, c.added, c.removed)
                  for c in register_counts(s, parse_period(str(date.today().year)))}
    assert counts["法规库"] == (1, 2, 1) and counts["典型案例"] == (1, 1, 0)
