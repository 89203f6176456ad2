"""What in an office's sheet is not data (footers, 序号) and how a two-row header, a missing
required column set once for the whole file (--set) and numbers stored as text are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from excel_helpers import COUNTY, HEADER, TOWN, VILLAGE, MakeXlsx

from emergency_desk.cli import main
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.errors import InputRejected
from emergency_desk.io.headers import find_header
from emergency_desk.io.importer import import_file
from emergency_desk.io.registers import get_register
from emergency_desk.io.sheet_rows import is_footer
from emergency_desk.services.plans.views import PlanQuery, PlanViews


@pytest.mark.parametrize("cells", [
    ["合计", None, 300], ["合  计", 12], [None, "小计：", 5], ["总计"], ["填表人：张三"],
    ["填表人：", "张三", "审核人：", "李四"], ["审核人", "李四"], ["单位负责人：王五"],
    ["填报日期：2024年5月6日"], ["制表：赵六"], ["制表人：赵六"], ["注：A岗为主岗"],
    ["注1：…"], ["说明：本表由乡镇填报"], ["联系人：张三", "13905591001"],
    ["合计：200 人"], ["合计:3支"], ["合计 3 人", None, 45], ["小计：12"], [None, "总计2处"],
    ["填报人：张三", None, "联系电话：13800000000"], ["经办人：李四", None, "复核人：王五"],
    ["统计人:赵六"], ["报送日期：2024年5月6日", "张三"], ["日期：2024-05-06", None, "统计人：赵六"],
    ["经办人", "李四"], ["经办人  李四"], [None, "复核人："], ["核对人：汪敏"], ["日期", 45418],
    ["保管员：卢立新", None, None, None, None, "审核：胡明"],
    ["库管员：卢立新", None, "监盘人：胡明"], ["盘点人：卢立新"], ["验收人 胡明"],
])
def test_footer_rows(cells: list[object]) -> None:
    assert is_footer(cells)


@pytest.mark.parametrize("cells", [
    ["碧阳镇", "古筑村", "张三"], [1, "合计"], ["注册消防员"], ["说明书存放点", 3],
    [None, None], [12, "填表人"], ["制表机", 1], ["合计村", "柏山村"], ["小计划", 3],
    ["总计划生育服务站"], ["经办", "张三"], ["经办人员培训", 3], ["复核人员名单"],
    ["统计人数", 30], ["日期待定"], ["报送日期未定", 1], ["填报人员", "李四"],
    ["保管员培训", 3], ["盘点人员名单"],
])
def test_data_rows_are_not_footers(cells: list[object]) -> None:
    assert not is_footer(cells)


def test_two_row_header_is_read_as_one() -> None:
    spec = get_register("officers")
    rows = [
        ["XX镇灾害信息员名册"],
        ["序号", "姓名", "出生", "联系方式", None, "岗位"],
        [None, None, "年月", "手机", "座机", None],
        [1, "张三", "1980.03", "13905591001", "0559-5511001", "A岗"],
    ]
    match = find_header(rows, spec)
    assert match is not None and match.row_index == 2  # data starts below the second row
    cols = {match.raw[i]: name for i, name in match.columns.items()}
    assert cols == {"姓名": "姓名", "出生年月": "出生日期", "手机": "手机号码",
                    "座机": "备用电话", "岗位": "岗位(A岗/B岗/单岗)"}


def test_a_single_header_row_is_not_merged_with_the_data_below() -> None:
    spec = get_register("regions")
    match = find_header([HEADER, TOWN, VILLAGE], spec)
    assert match is not None and match.row_index == 0


def test_regions_with_serial_column_footer_and_numbers_as_text(
        db: Database, make_xlsx: MakeXlsx) -> None:
    path = make_xlsx([
        ["黟县行政区划"],
        ["序号", *HEADER],
        [1, *COUNTY[:5], "90000", *COUNTY[6:]],
        [2, *TOWN],
        [3, *VILLAGE],
        ["合计", None, None, None, None, None, 121200],
        ["制表：黟县应急管理局", None, None, "填报日期：", "2024-05-06"],
    ])
    result = import_file(db, "regions", path)
    assert result.error_lines() == [] and result.inserted == 3
    assert result.footer_rows == 2 and result.extra_columns == []  # 序号 is not "extra"
    assert "跳过 2 行表尾" in result.summary() and "序号" not in result.summary()


def test_a_count_written_with_its_unit(db: Database, make_xlsx: MakeXlsx) -> None:
    """人口 “1,200人” as township sheets write it; “约1200人” is refused naming the cell."""
    from emergency_desk.services.regions.regions import RegionQuery, RegionService

    village = [*VILLAGE[:5], "1,200人", *VILLAGE[6:]]
    path = make_xlsx([["黟县行政区划"], HEADER, COUNTY, TOWN, village])
    result = import_file(db, "regions", path)
    assert result.error_lines() == [] and result.inserted == 3
    rows = RegionService(db).list(RegionQuery(search="古筑村"))
    assert [r.population for r in rows] == [1200]
    village[5] = "约1200人"
    bad = import_file(db, "regions", make_xlsx([HEADER, village], name="bad.xlsx"))
    assert bad.error_lines() == ["第 2 行 [人口]: 应为整数，现为“约1200人”"]


def test_a_total_in_one_cell_of_a_sheet_without_serial_numbers(
        db: Database, make_xlsx: MakeXlsx) -> None:
    """“合计：3个” lands in the first register column when a sheet has no 序号: it is a
    footer, not a region whose code is wrong."""
    path = make_xlsx([["黟县行政区划"], HEADER, COUNTY, TOWN, VILLAGE, ["合计：3个"],
                      ["填表人：胡晓燕", None, "审核人：", "汪敏"]])
    result = import_file(db, "regions", path)
    assert result.error_lines() == [] and result.inserted == 3 and result.footer_rows == 2


def test_signature_and_date_lines_below_a_stock_ledger(
        db: Database, make_xlsx: MakeXlsx) -> None:
    """填报人 / 经办人 / 复核人 / 统计人 / 报送日期 / 日期 lines as ledgers end: skipped as footers,
    counted, not refused as rows without 物资名称 and 数量."""
    assert import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN], name="r.xlsx")).ok
    assert import_file(db, "warehouses", make_xlsx(
        [["仓库名称", "类型", "所属区划"], ["碧阳镇应急物资储备点", "乡镇库", "碧阳镇"]],
        name="w.xlsx")).ok
    path = make_xlsx([
        ["碧阳镇应急物资储备点物资台账"],
        ["仓库", "物资名称", "规格型号", "计量单位", "数量"],
        ["碧阳镇应急物资储备点", "铁锹", "尖头 木柄", "把", 30],
        ["碧阳镇应急物资储备点", "雨衣", "分体式", "套", 50],
        ["填报人：张三", None, "联系电话：13800000000"],
        ["经办人：李四", None, "复核人：王五"],
        ["统计人", "赵六", "报送日期：", "2024-05-06"],
        ["日期：2024年5月6日", None, "单位（盖章）"],
    ], name="stock.xlsx")
    result = import_file(db, "stock", path, dry_run=True)
    assert result.error_lines() == [] and result.total == 2 and result.footer_rows == 4
    assert "跳过 4 行表尾" in result.summary()


def test_a_header_repeated_on_each_page_is_not_a_footer(
        db: Database, make_xlsx: MakeXlsx) -> None:
    """A duty sheet whose header starts with 日期, printed again on the second page."""
    assert import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN], name="r.xlsx")).ok
    header = ["日期", "单位", "带班领导", "值班员"]
    path = make_xlsx([header, ["2026-07-01", "碧阳镇", "胡建国", "汪晓燕"], header,
                      ["2026-07-02", "碧阳镇", "叶海涛", "程明"], ["日期：2026年6月28日"]],
                     name="duty.xlsx")
    result = import_file(db, "duty", path)
    assert result.error_lines() == [] and result.inserted == 2 and result.footer_rows == 1


def _plans_sheet(make_xlsx: MakeXlsx) -> Path:
    return make_xlsx([
        ["碧阳镇应急预案目录"],
        ["序号", "预案名称", "预案类型", "发布日期"],
        [1, "碧阳镇防汛抗旱应急预案", "乡镇(街道)", "2023-05-10"],
        [2, "碧阳镇地质灾害应急预案", "乡镇(街道)", "2023-06-01"],
    ], name="plans.xlsx")


def test_a_missing_required_column_set_once_for_the_whole_file(
        db: Database, make_xlsx: MakeXlsx) -> None:
    assert import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN], name="r.xlsx")).ok
    path = _plans_sheet(make_xlsx)
    with pytest.raises(InputRejected, match=r"所属区划.*--set"):
        import_file(db, "plans", path)
    wrong = import_file(db, "plans", path, constants={"区划": "不存在镇"})  # a synonym names it
    assert [e.row for e in wrong.errors] == [3, 4]  # every row, at its own row number
    with pytest.raises(InputRejected, match="不是本台账的列"):
        import_file(db, "plans", path, constants={"民族": "汉"})
    result = import_file(db, "plans", path, constants={"所属区划": "碧阳镇"})
    assert result.error_lines() == [] and result.inserted == 2
    plans = PlanViews(db).list(PlanQuery())
    assert {p.region_name for p in plans} == {"碧阳镇"}


def test_cli_set_option(db_path: Path, make_xlsx: MakeXlsx,
                        capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path).dispose()
    regions = make_xlsx([HEADER, COUNTY, TOWN], name="r.xlsx")
    assert main(["--db", str(db_path), "import", "regions", str(regions)]) == 0
    path = _plans_sheet(make_xlsx)
    assert main(["--db", str(db_path), "import", "plans", str(path)]) == 1
    assert "--set" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", "plans", str(path), "--set", "所属区划"]) == 2
    assert main(["--db", str(db_path), "import", "plans", str(path),
                 "--set", "所属区划=碧阳镇", "--dry-run"]) == 0
    assert "将新增 2 条" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", "plans", str(path),
                 "--set", "所属区划=碧阳镇"]) == 0


def test_a_column_ticked_under_its_values(db: Database, make_xlsx: MakeXlsx) -> None:
    """岗位 over A岗 | B岗 and 性别 over 男 | 女, a √ in one box of each: read as the ticked
    value. The values' row had been taken for data (第 3 行: 姓名不能为空) and the ticks for
    posts ("√" is not a post)."""
    from sqlalchemy import select

    from emergency_desk.data.officers import InfoOfficer
    from emergency_desk.data.people import Person

    assert import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN, VILLAGE],
                                                name="regions.xlsx")).inserted == 3
    head = [["碧阳镇灾害信息员花名册"],
            ["序号", "乡镇", "村(社区)", "姓名", "性别", None, "岗位", None, "手机号码"],
            [None, None, None, None, "男", "女", "A岗", "B岗", None]]
    rows = [[1, "碧阳镇", "古筑村", "胡新华", "√", None, "√", None, "13905591111"],
            [2, "碧阳镇", "古筑村", "汪小燕", None, "✓", None, "✓", "13905592222"],
            ["填表人：汪晓燕"]]
    match = find_header([*head, *rows], get_register("officers"))
    assert match is not None and match.row_index == 2
    result = import_file(db, "officers", make_xlsx([*head, *rows], name="officers.xlsx"))
    assert result.error_lines() == [] and result.inserted == 2
    assert result.extra_columns == []
    with db.read() as s:
        got = dict(((name, gender), post) for name, gender, post in s.execute(
            select(Person.name, Person.gender, InfoOfficer.post)
            .join(InfoOfficer, InfoOfficer.person_id == Person.id)).all())
    assert got == {("胡新华", "male"): "a", ("汪小燕", "female"): "b"}
    # A name where a tick belongs is named, not dropped: the box is not a tick.
    odd = [[3, "碧阳镇", "古筑村", "李四", "√", None, "李四", None, "13905593333"]]
    bad = import_file(db, "officers", make_xlsx([*head, *odd], name="odd.xlsx"))
    assert bad.error_lines() == ["第 4 行 [岗位]: 应为 A岗/B岗/单岗 之一，现为“李四”"]


def test_a_person_over_name_and_phone() -> None:
    """监测人 over 姓名 | 电话: the monitor's name and phone, not two ticked values of 监测人
    (which glued them into one name, "汪小明/13905591234", with no phone)."""
    rows = [["宏村镇地质灾害隐患点"],
            ["序号", "隐患点名称", "所属区划", "监测人", None, "责任人", None],
            [None, None, None, "姓名", "电话", "姓名", "联系电话"],
            [1, "宏村后山滑坡", "宏村", "汪小明", "13905591234", "胡大伟", "13905591235"]]
    match = find_header(rows, get_register("hazards"))
    assert match is not None and match.row_index == 2 and match.marks == {}
    assert list(match.columns.values()) == ["隐患点名称", "所属区划", "监测人", "监测人电话",
                                           "责任人", "责任人电话"]
    teams = find_header([["序号", "队伍名称", "所属区划", "队长", None],
                         [None, None, None, "姓名", "联系电话"]], get_register("teams"))
    assert teams is not None and teams.marks == {}
    assert list(teams.columns.values())[-2:] == ["队长", "队长电话"]
