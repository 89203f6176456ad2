"""The 应急物资 page as a user drives it: issue through the dialog and see the balance and the
alert change; filters; stocktake; warehouses and items tabs; dashboard links; printing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test, type_chinese, when_dialog_opens  # noqa: F401  (fixture)
from PySide6.QtCore import Qt

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import DocType
from emergency_desk.services.checks import run_checks
from emergency_desk.services.supplies.quota import QuotaInput, QuotaService
from emergency_desk.services.supplies.views import StockViews
from emergency_desk.ui import crash
from emergency_desk.ui.supplies.page import PAGE_TITLE, SuppliesPage
from emergency_desk.ui.supplies.stocktake import StocktakeDialog
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from emergency_desk.ui.widgets.table_model import TINT_ORANGE, TINT_RED
from tests.services.supplies.conftest import Depot
from tests.session_day import SESSION_DAY

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("on_session_day")]
TODAY = SESSION_DAY


@pytest.fixture
def stocked(depot: Depot) -> Depot:
    depot.receive(depot.town_wh, depot.tent, 25, "T-FAR", TODAY + timedelta(days=800))
    depot.receive(depot.town_wh, depot.water, 30, "W-OLD", TODAY - timedelta(days=2))
    depot.receive(depot.town_wh, depot.water, 40, "W-SOON", TODAY + timedelta(days=15))
    depot.receive(depot.county_wh, depot.jacket, 100, "J-1")
    QuotaService(depot.db).save_quota(QuotaInput(depot.town_wh, depot.tent, 20, 30))
    return depot


@pytest.fixture
def page(qtbot: Any, stocked: Depot) -> SuppliesPage:
    p = SuppliesPage(stocked.db)
    qtbot.addWidget(p)
    p.resize(1300, 760)
    p.show()
    assert p.wait_loaded()  # the stock rules' tints and tooltips are read in a worker
    return p


def batches(page: SuppliesPage) -> list[str]:
    model = page.stock.model
    assert model is not None
    model.fetch_all()
    return sorted(model.row_at(i).batch_no for i in range(model.rowCount()))


def test_page_title_and_rows_tinted_by_expiry(page: SuppliesPage) -> None:
    assert PAGE_TITLE == "应急物资"
    model = page.stock.model
    assert batches(page) == ["J-1", "T-FAR", "W-OLD", "W-SOON"]

    def tint(batch_no: str) -> Any:
        i = next(i for i in range(model.rowCount()) if model.row_at(i).batch_no == batch_no)
        brush = model.data(model.index(i, 0), Qt.ItemDataRole.BackgroundRole)
        return brush.color() if brush is not None else None

    assert tint("W-OLD") == TINT_RED and tint("W-SOON") == TINT_ORANGE and tint("T-FAR") is None
    i = next(i for i in range(model.rowCount()) if model.row_at(i).batch_no == "W-OLD")
    assert "过期" in model.data(model.index(i, 0), Qt.ItemDataRole.ToolTipRole)


def test_filters_by_township_warehouse_and_band(page: SuppliesPage, stocked: Depot) -> None:
    tab = page.stock
    tab.band_filter.setCurrentIndex(tab.band_filter.findData("expired"))
    assert batches(page) == ["W-OLD"]
    tab.band_filter.setCurrentIndex(0)
    tab.township_filter.setCurrentIndex(tab.township_filter.findText("碧阳镇"))
    assert batches(page) == ["T-FAR", "W-OLD", "W-SOON"]
    tab.township_filter.setCurrentIndex(0)
    tab.warehouse_filter.setCurrentIndex(tab.warehouse_filter.findData(stocked.county_wh))
    assert batches(page) == ["J-1"]
    tab.warehouse_filter.setCurrentIndex(0)
    tab.search.setText("zp")  # 帐篷 by pinyin initials
    tab.apply_filters()
    assert batches(page) == ["T-FAR"]


def test_issue_through_the_dialog_changes_balance_and_alert(
        qtbot: Any, page: SuppliesPage, stocked: Depot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(register_page, "confirm", lambda *a: False)  # no slip this time
    assert not [a for a in run_checks(stocked.db, only=["S3"])]
    tab = page.stock
    tab.band_filter.setCurrentIndex(0)
    i = next(i for i in range(tab.model.rowCount()) if tab.model.row_at(i).batch_no == "T-FAR")
    tab.select_key(tab.model.row_at(i).id)
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        assert d.value("仓库") == stocked.town_wh and d.value("物资名称") == stocked.tent
        qtbot.keyClicks(d.widget("数量"), "30")
        type_chinese(d.widget("接收人"), "宏村村委会")
        qtbot.keyClicks(d.widget("经办人"), "wang")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["refused"] = d.isVisible() and "只有 25" in (d.error_text("数量")
                                                          + d.banner.text())
        d.widget("数量").clear()
        qtbot.keyClicks(d.widget("数量"), "8")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    tab.outgoing(DocType.ISSUE)
    assert not problems, problems
    assert seen["refused"]
    assert changed and tab.print_slip_action.isEnabled()
    row = StockViews(stocked.db).get(tab.current_row().id)
    assert row is not None and row.batch_no == "T-FAR" and row.qty == 17
    s3 = run_checks(stocked.db, only=["S3"])
    assert len(s3) == 1 and "可用 17顶" in s3[0].message


def test_receive_creates_a_batch_and_selects_it(qtbot: Any, page: SuppliesPage,
                                               stocked: Depot) -> None:
    def fill(d: FormDialog) -> None:
        d.set_value("仓库", stocked.county_wh)
        d.set_value("物资名称", stocked.water)
        qtbot.keyClicks(d.widget("数量"), "200")
        qtbot.keyClicks(d.widget("批号"), "W-NEW")
        d.set_value("生产日期", TODAY - timedelta(days=10))
        qtbot.keyClicks(d.widget("经办人"), "wang")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    page.stock.receive()
    assert not problems, problems
    row = page.stock.current_row()
    assert row.batch_no == "W-NEW" and row.qty == 200
    assert row.expiry_date is not None and row.expiry_date > TODAY  # from the shelf life


def test_receive_reads_a_quantity_as_clerks_type_it(qtbot: Any, page: SuppliesPage,
                                                     stocked: Depot) -> None:
    """"1,000" is a thousand (it crashed the form on 确定); "inf" is not a number (it was
    booked as infinite stock); the check names the field before anything is saved."""
    seen: dict[str, str] = {}

    def fill(d: FormDialog) -> None:
        d.set_value("仓库", stocked.county_wh)
        d.set_value("物资名称", stocked.tent)
        qtbot.keyClicks(d.widget("批号"), "T-K")
        qtbot.keyClicks(d.widget("经办人"), "wang")
        qtbot.keyClicks(d.widget("数量"), "inf")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["inf"] = d.error_text("数量") if d.isVisible() else "accepted"
        d.widget("数量").clear()
        qtbot.keyClicks(d.widget("数量"), "1,000")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    page.stock.receive()
    assert not problems, problems
    assert seen["inf"] == "请填写数字"
    row = page.stock.current_row()
    assert row.batch_no == "T-K" and row.qty == 1000


def test_stocktake_books_a_counted_difference(qtbot: Any, page: SuppliesPage,
                                             stocked: Depot) -> None:
    tab = page.stock
    tab.warehouse_filter.setCurrentIndex(tab.warehouse_filter.findData(stocked.county_wh))
    seen: dict[str, str] = {}

    def count(d: StocktakeDialog) -> None:
        d.counter.setText("汪晓燕")
        d.set_count(0, 97)
        d.ok_button.click()
        seen["refused"] = d.message.text()
        d.set_count(0, 97, "3 件受潮霉变")
        d.ok_button.click()

    problems = when_dialog_opens(count, StocktakeDialog)
    tab.stocktake()
    assert not problems, problems
    assert "原因" in seen["refused"]
    assert StockViews(stocked.db).balance(stocked.county_wh, stocked.jacket) == 97
    assert not [a for a in run_checks(stocked.db, only=["S5"])]


def test_show_record_opens_the_right_tab(page: SuppliesPage, stocked: Depot) -> None:
    old = next(r for r in StockViews(stocked.db).list() if r.batch_no == "W-OLD")
    page.stock.band_filter.setCurrentIndex(page.stock.band_filter.findData("ok"))
    assert page.show_record("stock_batch", old.id)
    assert page.tabs.currentWidget() is page.stock and page.stock.current_row().id == old.id
    assert page.show_record("warehouse", stocked.county_wh)
    assert page.tabs.currentWidget().isAncestorOf(page.warehouses)
    assert page.warehouses.current_row().name == "县级救灾物资储备库"
    assert page.show_record("supply_item", stocked.jacket)
    assert page.items.current_row().name == "救生衣"
    assert not page.show_record("region", 1)


def test_warehouse_form_and_delete_refusal(qtbot: Any, page: SuppliesPage, stocked: Depot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(d: FormDialog) -> None:
        qtbot.keyClicks(d.widget("仓库名称"), "hongcun")
        d.set_value("所属区划", stocked.regions["宏村镇"])
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    page.warehouses.add_warehouse()
    assert not problems, problems
    assert page.warehouses.current_row().name == "hongcun"
    shown: list[str] = []
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    monkeypatch.setattr(crash, "show_error", lambda _p, exc: shown.append(str(exc)))
    page.warehouses.select_key(stocked.town_wh)
    page.warehouses.delete_selected()
    assert shown and "库存批次" in shown[0]


def test_print_ledger_writes_a_pdf(page: SuppliesPage, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    task = page.stock.print_ledger()
    assert task.wait() and task.error is None, task.error
    assert opened and opened[0].read_bytes()[:5] == b"%PDF-"
    # Printing prints what the page shows: its search too, named in 统计范围 (issue 17).
    import pypdf

    stock = page.stock
    stock.model.fetch_all()
    first = stock.model.row_at(0)
    stock.search.setText(first.item_name)
    stock.apply_filters()
    shown = stock.model.total_count()
    others = {stock.model.row_at(i).item_name for i in range(stock.model.rowCount())}
    task = stock.print_ledger()
    assert task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
    assert f"统计范围：全部（本县）；搜索：{first.item_name}" in text
    assert f"{shown} 个在库批次" in text and others == {first.item_name}


def test_page_on_an_empty_database(qtbot: Any, db: Database) -> None:
    p = SuppliesPage(db)
    qtbot.addWidget(p)
    assert p.stock.model.total_count() == 0


def test_batch_form_freezes_a_batch_and_fefo_skips_it(qtbot: Any, page: SuppliesPage,
                                                      stocked: Depot) -> None:
    from emergency_desk.data.supplies import BatchStatus
    from emergency_desk.errors import ValidationFailed
    from emergency_desk.services.supplies.stock import StockService

    tab = page.stock
    soon = next(r for r in StockViews(stocked.db).list() if r.batch_no == "W-SOON")
    assert tab.select_key(soon.id)

    def fill(d: FormDialog) -> None:
        d.set_value("状态", BatchStatus.FROZEN)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    tab.edit_current()
    assert not problems, problems
    assert tab.current_row().status == BatchStatus.FROZEN
    with pytest.raises(ValidationFailed, match="可用库存只有 0"):
        StockService(stocked.db).fefo(stocked.town_wh, stocked.water, 1, TODAY)


def test_stock_card_shows_in_out_and_balance(page: SuppliesPage, stocked: Depot) -> None:
    from emergency_desk.services.supplies.stock import DocHeader, LineOut, StockService

    jacket = next(r for r in StockViews(stocked.db).list() if r.batch_no == "J-1")
    StockService(stocked.db).issue(stocked.county_wh, DocHeader(TODAY), [LineOut(jacket.id, 30)])
    page.stock.refresh()
    assert page.stock.select_key(jacket.id)
    dialog = page.stock.show_card()
    assert dialog is not None
    table = dialog.table
    rows = [[table.item(i, j).text() for j in (4, 5, 6)] for i in range(table.rowCount())]
    assert rows == [["100", "", "100"], ["", "30", "70"]]
    dialog.close()


def test_quota_tab_shows_shortfall_and_adds_a_quota(qtbot: Any, page: SuppliesPage,
                                                    stocked: Depot) -> None:
    from emergency_desk.services.checks import run_checks as checks

    qid = QuotaService(stocked.db).save_quota(QuotaInput(stocked.county_wh, stocked.jacket, 150))
    page.quotas.refresh()
    s3 = [a for a in checks(stocked.db, only=["S3"]) if a.record_id == qid]
    assert s3 and page.show_record(s3[0].table, qid)  # the dashboard's one click
    tab = page.quotas
    assert page.tabs.currentWidget().isAncestorOf(tab) and tab.current_row().quota_id == qid
    i = tab.model.find_row(qid)
    assert tab.model.data(tab.model.index(i, 0), Qt.ItemDataRole.BackgroundRole).color() \
        == TINT_ORANGE

    def fill(d: FormDialog) -> None:
        d.set_value("仓库", stocked.county_wh)
        d.set_value("物资", stocked.water)
        qtbot.keyClicks(d.widget("最低储备"), "400")
        qtbot.keyClicks(d.widget("标准储备"), "300")  # below the minimum: refused
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        assert d.isVisible() and "不能小于最低储备" in d.error_text("标准储备")
        d.widget("标准储备").clear()
        qtbot.keyClicks(d.widget("标准储备"), "800")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    tab.add_quota()
    assert not problems, problems
    row = tab.current_row()
    assert row.item_name == "瓶装饮用水" and row.min_qty == 400 and row.shortfall == 400


def test_rotation_swaps_a_near_expiry_batch_for_a_fresh_one(qtbot: Any, page: SuppliesPage,
                                                            stocked: Depot) -> None:
    tab = page.stock
    soon = next(r for r in StockViews(stocked.db).list() if r.batch_no == "W-SOON")
    assert tab.select_key(soon.id)

    def fill(d: FormDialog) -> None:
        assert d.value("批次") == soon.id
        qtbot.keyClicks(d.widget("数量"), "40")
        qtbot.keyClicks(d.widget("新批号"), "W-FRESH")
        d.set_value("新有效期至", TODAY + timedelta(days=365))
        qtbot.keyClicks(d.widget("换入数量"), "40")
        qtbot.keyClicks(d.widget("经办人"), "wang")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    tab.outgoing(DocType.ROTATION)
    assert not problems, problems
    rows = {r.batch_no: r.qty for r in StockViews(stocked.db).list()}
    assert "W-SOON" not in rows and rows["W-FRESH"] == 40
    assert tab.current_row().batch_no == "W-FRESH"


def test_return_brings_goods_back_to_an_emptied_batch(qtbot: Any, page: SuppliesPage,
                                                      stocked: Depot) -> None:
    from emergency_desk.services.supplies.stock import DocHeader, LineOut, StockService

    far = next(r for r in StockViews(stocked.db).list() if r.batch_no == "T-FAR")
    StockService(stocked.db).issue(stocked.town_wh, DocHeader(TODAY), [LineOut(far.id, 25)])
    page.stock.refresh()
    page.stock.warehouse_filter.setCurrentIndex(
        page.stock.warehouse_filter.findData(stocked.town_wh))

    def fill(d: FormDialog) -> None:
        d.set_value("物资名称", stocked.tent)
        d.changed.emit("物资名称")  # as typing in the lookup does: the batch list follows
        d.set_value("批次", far.id)
        qtbot.keyClicks(d.widget("数量"), "5")
        qtbot.keyClicks(d.widget("经办人"), "wang")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    page.stock.outgoing(DocType.RETURN)
    assert not problems, problems
    assert StockViews(stocked.db).get(far.id).qty == 5


def test_category_tree_adds_a_subclass_and_refuses_deleting_a_used_one(
        qtbot: Any, stocked: Depot) -> None:
    from emergency_desk.services.supplies.supplies import SuppliesService
    from emergency_desk.ui.supplies.category_dialog import CategoryDialog

    dialog = CategoryDialog(stocked.db)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 3  # GB/T 38565's three top classes
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))  # 2 应急装备及配套物资

    def fill(d: FormDialog) -> None:
        assert d.value("分类编码") == "2"
        qtbot.keyClicks(d.widget("分类编码"), "01")
        type_chinese(d.widget("名称"), "水上救援装备")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    assert dialog.add_child()
    assert not problems, problems
    assert dialog.current()[1:] == ("201", "水上救援装备")
    assert dialog.tree.topLevelItem(1).child(0).text(0) == "201"
    assert not dialog.delete()  # 救生衣 (2010101) is filed under it
    assert "物资品目" in dialog.message.text()
    assert ("201", "水上救援装备") in [(c[1], c[2]) for c in SuppliesService(
        stocked.db).categories()]


def test_agreement_form_reads_the_goods_lines_and_s8_links_to_it(
        qtbot: Any, page: SuppliesPage, stocked: Depot) -> None:
    from emergency_desk.services.checks import run_checks as checks

    tab = page.agreements
    seen: dict[str, str] = {}

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("协议单位"), "黟县百货超市")
        d.set_value("截止日期", TODAY + timedelta(days=10))
        d.set_value("协议物资", "瓶装饮用水 550ml×24瓶 2000\n救灾帐蓬 12平方米单帐篷 50")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["typo"] = d.error_text("协议物资")
        d.set_value("协议物资", "瓶装饮用水 550ml×24瓶 2000\n救灾帐篷 12平方米单帐篷 50")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill, FormDialog)
    tab.add_agreement()
    assert not problems, problems
    assert "第 2 行" in seen["typo"] and "救灾帐篷" in seen["typo"]
    row = tab.current_row()
    assert row.supplier == "黟县百货超市" and "瓶装饮用水 550ml×24瓶 2000箱" in row.goods
    i = tab.model.find_row(row.id)
    assert tab.model.data(tab.model.index(i, 0), Qt.ItemDataRole.BackgroundRole).color() \
        == TINT_ORANGE
    s8 = checks(stocked.db, only=["S8"])
    page.tabs.setCurrentIndex(0)
    assert s8 and page.show_record(s8[0].table, s8[0].record_id)
    assert page.tabs.currentWidget().isAncestorOf(tab)


def test_the_other_tabs_are_built_when_first_shown_and_then_follow_edits(
        page: SuppliesPage, stocked: Depot) -> None:
    """Each tab reads its table when built: the page opens with the ledger only (issue 20,
    a first opening at county scale), and a tab once built is refreshed after an edit."""
    assert page.tabs.built() == [page.stock]
    page.tabs.setCurrentIndex(1)  # a click on 仓库
    assert page.tabs.is_built("warehouses") and not page.tabs.is_built("items")
    warehouses = page.warehouses
    refreshed: list[bool] = []
    real = warehouses.refresh
    warehouses.refresh = lambda: (refreshed.append(True), real())  # type: ignore[method-assign]
    page.stock.changed.emit()  # as after an edit on the ledger
    assert refreshed == [True]
    assert page.tabs.built() == [page.stock, warehouses]  # the others still wait
