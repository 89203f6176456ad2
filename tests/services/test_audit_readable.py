"""The 操作日志 reads as a clerk would write it (issue 17): field labels, names instead of ids,
是/否 instead of True/False, and the office's person instead of the operating-system account."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from emergency_desk.data import audit
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.regions.regions import RegionInput, RegionService


def test_changes_show_labels_and_names_not_field_names_and_ids(db: Database) -> None:
    audit.set_user("汪晓燕")
    try:
        svc = RegionService(db)
        county = svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
        a = svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county))
        b = svc.create(RegionInput("宏村镇", RegionLevel.TOWNSHIP, county))
        village = svc.create(RegionInput("卢村", RegionLevel.VILLAGE, a))
        svc.move(village, b)
        svc.set_disaster_prone([village], True)
    finally:
        audit.set_user(None)
    rows = AuditService(db).list()
    moved = next(r for r in rows if r.action == "update" and "parent_id" in r.changes)
    text = moved.changes_text()
    assert "上级：黟县/碧阳镇 → 黟县/宏村镇" in text
    assert "parent_id" not in text and "None" not in text
    flagged = next(r for r in rows if "is_disaster_prone" in r.changes)
    assert "灾害多发频发：否 → 是" in flagged.changes_text()
    created = next(r for r in rows if r.action == "insert" and r.record_id == village)
    assert "（空） →" not in created.changes_text() and "名称：卢村" in created.changes_text()
    assert {r.user for r in rows} == {"汪晓燕"}


def test_the_window_writes_the_offices_person_into_the_log(qtbot: object, db: Database) -> None:
    from emergency_desk.services.settings import SettingsService
    from emergency_desk.ui.main_window import MainWindow

    SettingsService(db).set("preparer", "汪晓燕")
    window = MainWindow(db)
    try:
        RegionService(db).create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
        assert AuditService(db).list()[0].user == "汪晓燕"
    finally:
        window.close()
        audit.set_user(None)


def test_the_command_line_writes_the_offices_person_not_the_pc_login(
        db_path: Path, tmp_path: Path) -> None:
    """Roles off: rows a command writes name 设置 → 制表人 (else the office), as the window's
    do; the PC's login ("root") only while the office has named nobody."""
    import getpass

    from emergency_desk.cli import main
    from emergency_desk.data.migrate import open_database
    from emergency_desk.io.exporter import export_register
    from emergency_desk.services.settings import SettingsService

    db = open_database(db_path)
    county = RegionService(db).create(RegionInput("黟县", RegionLevel.COUNTY,
                                                  code="341023000000"))
    RegionService(db).create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county))
    sheet = tmp_path / "区划.xlsx"
    export_register(db, "regions", sheet)
    assert {r.user for r in AuditService(db).list(limit=None)} == {getpass.getuser()}
    SettingsService(db).set("office_name", "黟县应急管理局")
    db.dispose()
    audit.set_office_person(None)  # a fresh process: nobody adopted yet

    def import_with(population: int) -> str:
        wb = openpyxl.load_workbook(sheet)
        ws = wb.active
        assert ws is not None
        header = [c.value for c in ws[1]]
        ws.cell(3, header.index("人口") + 1, population)
        wb.save(sheet)
        assert main(["--db", str(db_path), "import", "regions", str(sheet)]) == 0
        audit.set_office_person(None)
        db = open_database(db_path)
        try:
            return next(r.user for r in AuditService(db).list(limit=None)
                        if r.action == "update")
        finally:
            db.dispose()

    assert import_with(23000) == "黟县应急管理局"  # no 制表人 yet: the office itself
    db = open_database(db_path)
    SettingsService(db).set("preparer", "汪晓燕")
    db.dispose()
    audit.set_office_person(None)
    assert import_with(24000) == "汪晓燕"


def test_the_window_names_the_office_from_the_moment_it_opens_and_after_a_change(
        qtbot: object, db_path: Path) -> None:
    """Before the main window exists (first-start questions, recovery) and after the clerk
    changes 制表人 in 设置, the log follows the settings, not the login."""
    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.settings import SettingsService
    from emergency_desk.ui.app import open_or_recover

    db = open_database(db_path)
    SettingsService(db).set("preparer", "汪晓燕")
    db.dispose()
    audit.set_office_person(None)
    db2 = open_or_recover(db_path)
    assert db2 is not None
    try:
        county = RegionService(db2).create(RegionInput("黟县", RegionLevel.COUNTY,
                                                       code="341023000000"))
        SettingsService(db2).set("preparer", "胡建国")
        RegionService(db2).create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county))
        users = [r.user for r in AuditService(db2).list(limit=None)
                 if r.table_name == "region"]
        assert users == ["胡建国", "汪晓燕"]  # newest first
    finally:
        db2.dispose()


def test_every_demo_change_reads_without_field_names_in_chinese_and_english(
        db: Database) -> None:
    import re

    from emergency_desk import i18n
    from emergency_desk.io.registers import column_labels
    from emergency_desk.services.demo.county import build_demo

    build_demo(db)
    try:
        for lang in ("zh_CN", "en"):
            i18n.set_language(lang)
            rows = AuditService(db, column_labels()).list(limit=None)
            texts = [r.changes_text() for r in rows]
            raw = {m for text in texts for m in re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", text)}
            assert not raw, (lang, sorted(raw)[:20])  # no shelter_id, hz_landslide, …
            assert not any("_month" in text for text in texts)
            if lang == "zh_CN":  # the same field name, another meaning: an expert's 工作单位
                expert = next(r for r in rows if r.table_name == "expert")
                assert "工作单位：" in expert.changes_text() and "计量单位" not in \
                    expert.changes_text()
        hazard = next(r for r in rows if r.table_name == "hazard_point" and r.action == "insert")
        text = hazard.changes_text()
        assert "Type: Landslide" in text and "; Shelter: " in text and "：" not in text.split(
            "; ")[1]
        assert hazard.summary_text().startswith("Hidden-danger point: ") or \
            not hazard.summary_text().startswith("隐患点")
    finally:
        i18n.set_language("zh_CN")


def test_event_rows_read_as_facts_after_import_backup_export_and_restore(
        db_path: Path, tmp_path: Path) -> None:
    """An import, a backup, an export and a restore store facts ({"文件": …, "新增": 3}), not
    [原值, 新值] pairs: the 操作日志 lists them as 文件：…；新增：3 in both languages (reading a
    path as a pair raised inside the table and took the English window down)."""
    from emergency_desk import i18n
    from emergency_desk.data.backup import backup_by_user, restore
    from emergency_desk.data.migrate import open_database
    from emergency_desk.io.exporter import export_register
    from emergency_desk.io.importer import import_file

    db = open_database(db_path)
    svc = RegionService(db)
    county = svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
    svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county))
    sheet = tmp_path / "行政区划 导出.xlsx"
    export_register(db, "regions", sheet)
    wb = openpyxl.load_workbook(sheet)
    ws = wb.active
    assert ws is not None
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("人口") + 1, 23000)  # the clerk fills in 碧阳镇's population
    wb.save(sheet)
    assert import_file(db, "regions", sheet).updated == 1
    backup = backup_by_user(db, tmp_path / "备份 文件夹" / "台账 备份.sqlite3")
    db.dispose()
    restore(db_path, backup)
    db = open_database(db_path)
    try:
        for lang in ("zh_CN", "en"):
            i18n.set_language(lang)
            rows = AuditService(db).list(limit=None)
            texts = {r.action: r.changes_text() for r in rows}
            assert {"import", "export", "backup", "restore-db"} <= texts.keys(), sorted(texts)
            if lang == "zh_CN":
                assert f"文件：{sheet}" in texts["import"]
                assert "；更新：1；未变：1" in texts["import"]
                assert texts["export"].startswith("文件：") and "条数：2" in texts["export"]
                assert "身份证号：部分隐去" in texts["export"]
                assert f"备份文件：{backup}" in texts["restore-db"]
                assert "恢复前的数据：" in texts["restore-db"] and "→" not in texts["restore-db"]
            else:
                assert "; Updated: 1; Unchanged: 1" in texts["import"], texts["import"]
                assert texts["export"].startswith("File: ") and "; Count: 2" in texts["export"]
                assert f"Backup file: {backup}" in texts["restore-db"]
    finally:
        i18n.set_language("zh_CN")
        db.dispose()


def test_the_demo_is_written_by_its_offices_person_not_the_pc_login(db: Database) -> None:
    """The demo office's 制表人 (汪晓燕) names every row the demo writes, as she names every
    later change: the 操作日志 of a fresh demo does not open on "root"."""
    from emergency_desk.services.demo.county import build_demo

    build_demo(db)
    users = {r.user for r in AuditService(db).list(limit=None)}
    assert users == {"汪晓燕"}, users
