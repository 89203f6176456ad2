"""Importing the regions register: messy real-world sheets in, all-or-nothing, rows reported."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import xlwt
from excel_helpers import COUNTY, HEADER, TOWN, VILLAGE, MakeXlsx, snapshot

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import EnvironmentProblem, InputRejected, UsageError
from emergency_desk.io.importer import import_file, preview_file
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.regions.regions import RegionQuery, RegionService


def _by_name(db: Database) -> dict[str, object]:
    return {r.name: r for r in RegionService(db).list(RegionQuery())}


def test_messy_sheet_imports(db: Database, make_xlsx: MakeXlsx) -> None:
    """Title rows and a merged title above the header, spaced/full-width/line-broken header
    names, codes stored as numbers, full-width digits, a parent defined in a later row,
    parents by name, code and path, and blank rows."""
    import openpyxl

    rows = [
        ["黟县行政区划统计表"],
        ["填报单位：黟县应急管理局", None, None, None, "2024年5月"],
        ["区划 代码", "名  称", "层级\n(县/乡镇/村/社区)", "上级区划", "是否灾害\n多发频发",
         "人口（人）", "主要灾种", "备注"],
        ["３４１０２３１００２０１", " 古筑村 ", "村", "碧阳镇", "√", "１,２００", "洪涝", None],
        [None] * 8,
        [341023100000.0, "碧阳镇", "镇", 341023000000, "否", 30000, None, None],
        [None, "南屏村", "行政村", "黟县/碧阳镇", "是", 800.0, None, "古村落"],
        [None] * 8,
        [341023000000, "黟县", "县", None, "N", None, None, None],
        [None, "碧阳社区", "社区", "341023100", "否", None, None, None],
    ]
    path = make_xlsx(rows)
    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("A1:H1")
    wb.save(path)

    result = import_file(db, "regions", path)
    assert result.error_lines() == []
    assert (result.inserted, result.updated, result.unchanged, result.total) == (5, 0, 0, 5)
    got = _by_name(db)
    assert got["古筑村"].code == "341023100201"
    assert got["古筑村"].path == "黟县/碧阳镇/古筑村"
    assert got["古筑村"].population == 1200 and got["古筑村"].is_disaster_prone
    assert got["碧阳镇"].code == "341023100000" and got["碧阳镇"].level == RegionLevel.TOWNSHIP
    assert got["南屏村"].parent_name == "碧阳镇" and got["南屏村"].remark == "古村落"
    assert got["碧阳社区"].level == RegionLevel.COMMUNITY
    assert got["碧阳社区"].path == "黟县/碧阳镇/碧阳社区"
    # the new rows are searchable by pinyin initials like rows typed in the window
    assert [r.name for r in RegionService(db).list(RegionQuery(search="gzc"))] == ["古筑村"]


def test_same_file_twice_changes_nothing(db: Database, make_xlsx: MakeXlsx) -> None:
    path = make_xlsx([HEADER, VILLAGE, TOWN, COUNTY])
    first = import_file(db, "regions", path)
    assert first.ok and first.inserted == 3
    before = snapshot(db)
    second = import_file(db, "regions", path)
    assert second.ok
    assert (second.inserted, second.updated, second.unchanged) == (0, 0, 3)
    assert snapshot(db) == before  # no row touched, no audit row written


def test_changed_rows_update_with_audit_and_renames_move_paths(
        db: Database, make_xlsx: MakeXlsx) -> None:
    import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN, VILLAGE], name="a.xlsx"))
    town = ["341023100000", "碧阳新镇", "乡镇", "黟县", "是", 31000, "洪涝", None]
    result = import_file(db, "regions", make_xlsx([HEADER, COUNTY, town], name="b.xlsx"))
    assert result.ok and (result.updated, result.unchanged) == (1, 1)
    got = _by_name(db)
    assert got["碧阳新镇"].is_disaster_prone and got["碧阳新镇"].population == 31000
    assert got["古筑村"].path == "黟县/碧阳新镇/古筑村"  # the village follows its township
    updates = [a for a in AuditService(db).list() if a.action == "update"]
    assert len(updates) == 1
    assert updates[0].changes["name"] == ["碧阳镇", "碧阳新镇"]
    assert updates[0].changes["population"] == [30000, 31000]
    assert any(a.action == "import" for a in AuditService(db).list())


def test_rows_without_code_match_by_parent_and_name(db: Database, make_xlsx: MakeXlsx) -> None:
    import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN,
                                         [None, "古筑村", "村", "碧阳镇", "否", None, None, None]],
                                        name="a.xlsx"))
    result = import_file(db, "regions", make_xlsx([HEADER, VILLAGE], name="b.xlsx"))
    assert result.ok and (result.inserted, result.updated) == (0, 1)
    assert _by_name(db)["古筑村"].code == "341023100201"


@pytest.mark.parametrize(("row", "column", "reason"), [
    (["34102310020", "古筑村", "村", "碧阳镇", "是", 1, None, None], "区划代码", "12 位"),
    (["341023100201", "古筑村", "村", "碧羊镇", "是", 1, None, None], "上级",
     "是否为：黟县/碧阳镇"),
    (["341023100201", "古筑村", "街道办", "碧阳镇", "是", 1, None, None], "层级",
     "县/乡镇/村/社区"),
    (["341023100201", None, "村", "碧阳镇", "是", 1, None, None], "名称", "不能为空"),
    (["341023100201", "古筑村", "村", "碧阳镇", "也许", 1, None, None], "灾害多发频发", "是"),
    (["341023100201", "古筑村", "村", "碧阳镇", "是", -5, None, None], "人口", "负数"),
    (["341023100201", "古筑村", "村", None, "是", 1, None, None], "上级", "必须有上级乡镇"),
    ([None, "南屏村", "村", "碧阳镇", "否", 10, None, None], "名称", "与第 3 行重复"),
    (["341023100000", "古筑村", "村", "碧阳镇", "是", 1, None, None], "上级", "不能是它自己"),
])
def test_each_bad_input_is_reported_and_nothing_is_written(
        db: Database, make_xlsx: MakeXlsx, row: list[object], column: str, reason: str) -> None:
    import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN], name="base.xlsx"))
    before = snapshot(db)
    good = [None, "南屏村", "村", "碧阳镇", "否", 10, None, None]
    path = make_xlsx([["标题"], HEADER, good, row], name="bad.xlsx")
    result = import_file(db, "regions", path)
    assert not result.ok
    lines = result.error_lines()
    assert lines[0].startswith(f"第 4 行 [{column}]: "), lines
    assert reason in lines[0]
    assert snapshot(db) == before  # the good row was not written either
    assert "数据库未改动" in result.summary()


def test_duplicate_rows_and_every_bad_row_reported(db: Database, make_xlsx: MakeXlsx) -> None:
    rows = [HEADER, COUNTY, TOWN,
            [None, "新村", "村", "碧阳镇", "否", None, None, None],
            [None, "新村", "村", "碧阳镇", "否", None, None, None],
            [None, "坏村", "村", "不存在镇", "否", "many", None, None],
            [None, "又坏村", "县级市", None, "否", None, None, None]]
    result = import_file(db, "regions", make_xlsx(rows))
    assert result.error_lines() == [
        "第 5 行 [名称]: 与第 4 行重复（同一区划出现两次）",
        "第 6 行 [人口]: 应为整数，现为“many”",
        "第 6 行 [上级]: 找不到区划“不存在镇”",
        "第 7 行 [层级]: 应为 县/乡镇/村/社区 之一，现为“县级市”",
    ]
    assert snapshot(db)[0] == 0


def test_ambiguous_parent_name_asks_for_code_or_path(db: Database,
                                                    make_xlsx: MakeXlsx) -> None:
    rows = [HEADER, COUNTY, ["341024000000", "祁门县", "县", None, "否", None, None, None],
            ["341023101000", "城关镇", "乡镇", "黟县", "否", None, None, None],
            ["341024101000", "城关镇", "乡镇", "祁门县", "否", None, None, None],
            [None, "新建村", "村", "城关镇", "否", None, None, None]]
    result = import_file(db, "regions", make_xlsx(rows, name="a.xlsx"))
    assert result.error_lines() == [
        "第 6 行 [上级]: 有多个“城关镇”（祁门县/城关镇、黟县/城关镇），请填写区划代码或上级"]
    rows[-1][3] = "祁门县/城关镇"
    assert import_file(db, "regions", make_xlsx(rows, name="b.xlsx")).ok
    assert _by_name(db)["新建村"].path == "祁门县/城关镇/新建村"


def test_dry_run_reports_counts_and_writes_nothing(db: Database, make_xlsx: MakeXlsx) -> None:
    before = snapshot(db)
    result = import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN, VILLAGE]), dry_run=True)
    assert result.ok and result.inserted == 3 and result.dry_run
    assert "未写入" in result.summary()
    assert snapshot(db) == before


def test_legacy_xls_file(db: Database, tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("区划")
    sheet.write(0, 0, "黟县行政区划表")
    for c, h in enumerate(HEADER):
        sheet.write(2, c, h)
    for r, row in enumerate([COUNTY, TOWN, VILLAGE], start=3):
        for c, v in enumerate(row):
            if v is not None:
                sheet.write(r, c, float(v) if c == 0 else v)  # codes stored as numbers
    sheet.write(6, 1, "坏村")  # row 7: a village without level
    path = tmp_path / "old.xls"
    book.save(str(path))
    result = import_file(db, "regions", path)
    assert result.error_lines() == ["第 7 行 [层级]: 不能为空"]
    book2 = xlwt.Workbook(encoding="utf-8")
    s2 = book2.add_sheet("区划")
    for c, h in enumerate(HEADER):
        s2.write(0, c, h)
    for r, row in enumerate([COUNTY, TOWN, VILLAGE], start=1):
        for c, v in enumerate(row):
            if v is not None:
                s2.write(r, c, v)
    book2.save(str(path))
    result = import_file(db, "regions", path)
    assert result.ok and result.inserted == 3
    assert _by_name(db)["古筑村"].path == "黟县/碧阳镇/古筑村"


def test_several_sheets_name_the_sheet_in_errors(db: Database, make_xlsx: MakeXlsx) -> None:
    path = make_xlsx(sheets={
        "县乡": [HEADER, COUNTY, TOWN],
        "村": [["村级"], HEADER, VILLAGE, [None, "坏村", "村", "碧羊镇", "否", None, None, None]],
        "填写说明": [["列名", "格式说明"], ["名称", "必填"]],
    })
    result = import_file(db, "regions", path)
    assert result.sheets == ["县乡", "村"]
    assert result.error_lines() == ["村 第 4 行 [上级]: 找不到区划“碧羊镇”，是否为：黟县/碧阳镇"]
    only = import_file(db, "regions", path, sheet="县乡")
    assert only.ok and only.inserted == 2


def _hide(path: Path, *names: str, state: str = "hidden") -> Path:
    book = openpyxl.load_workbook(path)
    for name in names:
        book[name].sheet_state = state
    book.save(path)
    return path


OLD_VILLAGE = ["341023100202", "旧村", "村", "碧阳镇", "否", None, None, "已撤并"]


def test_hidden_sheets_are_skipped_and_named(db: Database, make_xlsx: MakeXlsx) -> None:
    """An old list put away in a hidden sheet is not imported, and the summary says so; a
    hidden list behind drop-downs (no header of the register) is not mentioned. Visible sheets
    are read as before, each named in its errors."""
    path = _hide(make_xlsx(sheets={
        "县乡": [HEADER, COUNTY, TOWN],
        "旧名单": [["2019年区划"], HEADER, OLD_VILLAGE],
        "村": [["村级"], HEADER, VILLAGE],
        "下拉": [["县"], ["乡镇"], ["村"]],
    }), "旧名单")
    _hide(path, "下拉", state="veryHidden")
    result = import_file(db, "regions", path)
    assert result.error_lines() == [] and result.inserted == 3
    assert result.sheets == ["县乡", "村"] and result.hidden_sheets == ["旧名单"]
    assert "已跳过隐藏的工作表“旧名单”。" in result.summary()
    assert "旧村" not in _by_name(db)
    assert preview_file(path, "regions").sheet == "县乡"
    again = import_file(db, "regions", path, dry_run=True)
    assert "已跳过隐藏的工作表“旧名单”" in again.summary() and again.unchanged == 3
    # asked for by name (the wizard's sheet list), a hidden sheet is read
    chosen = import_file(db, "regions", path, sheet="旧名单")
    assert chosen.ok and chosen.inserted == 1 and chosen.hidden_sheets == []


def test_a_header_only_in_hidden_sheets_says_to_unhide_them(
        db: Database, make_xlsx: MakeXlsx) -> None:
    path = _hide(make_xlsx(sheets={"名单": [HEADER, COUNTY, TOWN], "说明": [["本表已作废"]]}),
                 "名单")
    with pytest.raises(InputRejected, match=r"隐藏的工作表“名单”.*取消隐藏"):
        import_file(db, "regions", path)
    assert snapshot(db)[:2] == (0, 0)


def test_hidden_sheet_of_a_legacy_xls_file(db: Database, tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    for title, rows, hidden in (("区划", [HEADER, COUNTY, TOWN], False),
                                ("旧名单", [HEADER, OLD_VILLAGE], True)):
        sheet = book.add_sheet(title)
        sheet.visibility = 1 if hidden else 0
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None:
                    sheet.write(r, c, v)
    path = tmp_path / "old.xls"
    book.save(str(path))
    result = import_file(db, "regions", path)
    assert result.error_lines() == [] and result.inserted == 2
    assert result.hidden_sheets == ["旧名单"]


def test_english_error_lines_use_the_row_format(db: Database, make_xlsx: MakeXlsx,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    english = {"第 {row} 行 [{column}]: {reason}": "row {row} [{column}]: {reason}"}
    monkeypatch.setattr(i18n, "english_catalogue", lambda: english)
    i18n.set_language("en")
    result = import_file(db, "regions", make_xlsx([HEADER, [None, None, "县", None]]))
    assert result.error_lines()[0].startswith("row 2 [名称]: ")


def test_missing_required_column_or_header_is_rejected(db: Database, make_xlsx: MakeXlsx) -> None:
    with pytest.raises(InputRejected, match="缺少必填列：层级"):
        import_file(db, "regions", make_xlsx([["名称", "上级"], ["黟县", None]], name="a.xlsx"))
    with pytest.raises(InputRejected, match="区划代码、名称、层级"):
        import_file(db, "regions", make_xlsx([["姓名", "电话"], ["张三", "1"]], name="b.xlsx"))
    assert snapshot(db)[:2] == (0, 0)


def test_mapping_overrides_the_automatic_one(db: Database, make_xlsx: MakeXlsx) -> None:
    rows = [["地方", "类别", "归属", "人数"], ["黟县", "县", None, 5],
            ["碧阳镇", "乡镇", "黟县", 3]]
    path = make_xlsx(rows)
    preview = preview_file(path, "regions")
    assert preview.header_row is None and preview.missing_required == ["名称", "层级"]
    mapping: dict[str, str | None] = {"地方": "名称", "类别": "层级", "归属": "上级",
                                      "人数": "人口"}
    result = import_file(db, "regions", path, mapping=mapping)
    assert result.ok and result.inserted == 2
    assert _by_name(db)["碧阳镇"].population == 3


def test_preview_finds_header_and_maps_variants(make_xlsx: MakeXlsx) -> None:
    path = make_xlsx(sheets={"说明": [["说明"]], "数据": [["标题"], [], ["代码", "区划名称", "级别",
                                                              "上级", "村（社区）", "手机"],
                                                    ["341023000000", "黟县", "县"]]})
    p = preview_file(path, "regions")
    assert p.sheets == ["说明", "数据"] and p.sheet == "数据"
    assert p.header_row == 3
    assert p.mapping == {"代码": "区划代码", "区划名称": "名称", "级别": "层级", "上级": "上级",
                         "村（社区）": None, "手机": None}
    assert p.rows == [["341023000000", "黟县", "县"]] and p.row_numbers == [4]


def test_file_problems_are_plain_environment_errors(db: Database, tmp_path: Path,
                                                    make_xlsx: MakeXlsx,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EnvironmentProblem, match="找不到文件"):
        import_file(db, "regions", tmp_path / "nope.xlsx")
    fake = tmp_path / "notes.xlsx"
    fake.write_text("区划代码,名称\n", encoding="utf-8")
    with pytest.raises(EnvironmentProblem, match="不是 Excel 文件"):
        import_file(db, "regions", fake)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(EnvironmentProblem, match="已损坏"):
        import_file(db, "regions", broken)
    path = make_xlsx([HEADER, COUNTY])

    def locked(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", locked)
    with pytest.raises(EnvironmentProblem, match="其他程序使用"):
        import_file(db, "regions", path)


def test_unknown_register_is_a_usage_error(db: Database, make_xlsx: MakeXlsx) -> None:
    with pytest.raises(UsageError, match="regions"):
        import_file(db, "nope", make_xlsx([HEADER]))


def test_progress_is_reported(db: Database, make_xlsx: MakeXlsx) -> None:
    rows = [HEADER, COUNTY, TOWN] + [
        [None, f"村{i}", "村", "碧阳镇", "否", None, None, None] for i in range(1200)]
    calls: list[tuple[int, int]] = []
    result = import_file(db, "regions", make_xlsx(rows), progress=lambda d, t: calls.append((d, t)))
    assert result.ok and result.inserted == 1202
    assert len(calls) >= 3
    assert all(0 <= d <= t for d, t in calls) and calls[-1][0] == calls[-1][1]
    summary = [a for a in AuditService(db).list() if a.action == "import"]
    assert len(summary) == 1 and summary[0].changes["新增"] == 1202
    assert json.dumps(summary[0].changes, ensure_ascii=False)
