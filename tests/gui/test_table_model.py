"""The lazy table model: pages of 200, SQL sorting, and a model Qt's views can trust."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.services.regions.regions import RegionQuery, RegionRow, RegionService
from emergency_desk.services.search import search_key
from emergency_desk.ui.regions.page import region_columns
from emergency_desk.ui.widgets.table_model import TINT_YELLOW, LazyTableModel, RowStyle

pytestmark = pytest.mark.gui


def _fill(db: Database, villages: int) -> None:
    """One county, one township and `villages` villages, written in bulk (fast)."""
    svc = RegionService(db)
    from emergency_desk.services.regions.regions import RegionInput

    county = svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
    town = svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county, code="341023100000"))
    rows = []
    for i in range(villages):
        name = f"村{i:04d}"
        path = f"黟县/碧阳镇/{name}"
        rows.append(dict(uuid=f"u-{i}", name=name, code=f"341023100{i:03d}", level="village",
                         parent_id=town, path=path, is_disaster_prone=i % 10 == 0,
                         population=i, search_key=search_key(name, None, path),
                         is_deleted=False))
    with db.begin() as s:
        s.execute(insert(Region), rows)


def _model(db: Database, **kw: object) -> LazyTableModel[RegionRow, RegionQuery]:
    svc = RegionService(db)
    return LazyTableModel(region_columns(), svc.count, svc.list, RegionQuery(), **kw)


def test_loads_one_page_until_asked_for_more(qtmodeltester, db: Database) -> None:
    _fill(db, 998)  # 1,000 regions with the county and township
    model = _model(db)
    assert model.total_count() == 1000
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    model.fetch_all()
    assert model.rowCount() == 1000 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_model_checks_pass_for_an_empty_result_and_a_new_query(qtmodeltester,
                                                                 db: Database) -> None:
    _fill(db, 30)
    model = _model(db)
    model.set_query(RegionQuery(search="no such place"))
    assert model.rowCount() == 0 and not model.canFetchMore()
    qtmodeltester.check(model)
    model.set_query(RegionQuery(search="村002"))
    assert [model.row_at(i).name for i in range(model.rowCount())] == [
        f"村{i:04d}" for i in range(20, 30)]


def test_sorting_asks_sql_and_starts_again_from_page_one(db: Database) -> None:
    _fill(db, 498)
    model = _model(db)
    pop = next(i for i, c in enumerate(model.columns) if c.sort_key == "population")
    model.sort(pop, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    first = model.row_at(0)
    assert first is not None and first.population == 497  # the largest of all 500 rows
    assert model.data(model.index(0, pop)) == "497"
    assert model.data(model.index(0, pop), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    # A column without a sort key leaves the order alone.
    remark = next(i for i, c in enumerate(model.columns) if c.sort_key is None)
    model.sort(remark, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0) == first


def test_set_query_filters_and_find_row_loads_further_pages(db: Database) -> None:
    _fill(db, 998)
    model = _model(db)
    model.set_query(RegionQuery(search="村0997"))
    assert model.total_count() == 1 and model.row_at(0).name == "村0997"
    model.set_query(RegionQuery(order_by="code"))
    target = RegionService(db).list(RegionQuery(search="村0900"))[0]
    assert model.find_row(target.id) is not None  # past the first page: loaded on demand
    assert model.row_at(model.find_row(target.id)).name == "村0900"


def test_row_style_colours_rows(db: Database) -> None:
    _fill(db, 20)
    model = _model(db, row_style=lambda r: RowStyle(TINT_YELLOW, tooltip="灾害多发频发")
                   if r.is_disaster_prone else None)
    colours = {}
    for i in range(model.rowCount()):
        brush = model.data(model.index(i, 0), Qt.ItemDataRole.BackgroundRole)
        colours[model.row_at(i).name] = brush.color() if brush is not None else None
    assert colours["村0000"] == TINT_YELLOW
    assert colours["村0001"] is None


def test_a_cell_that_cannot_be_shown_stays_empty_and_is_logged_once(
        db: Database, caplog: pytest.LogCaptureFixture) -> None:
    """An exception escaping data() is raised into Qt's C++ (painting, column sizing), where it
    took the frozen window down: the cell stays empty, the bug goes to the log, once."""
    from emergency_desk.ui.widgets.table_model import ColumnSpec

    _fill(db, 3)

    def broken(r: RegionRow) -> str:
        raise ValueError(f"cannot read {r.name}")

    columns = [*region_columns(), ColumnSpec("坏列", broken)]
    svc = RegionService(db)
    model = LazyTableModel(columns, svc.count, svc.list, RegionQuery())
    last = len(columns) - 1
    with caplog.at_level("ERROR", logger="emergency_desk.ui"):
        assert [model.data(model.index(i, last)) for i in range(model.rowCount())] == \
            [None] * model.rowCount()
        assert model.data(model.index(0, 0)) == "341023000000"  # the others still show
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "cannot read" in str(errors[0].exc_info[1])  # type: ignore[index]


def test_a_cell_is_painted_from_one_call_into_python(
        qtbot: Any, db: Database, caplog: pytest.LogCaptureFixture) -> None:
    """Qt's delegate asks for a cell's seven roles (text, alignment, colours …) together:
    answered in one call, not seven. Each call from C++ into Python waits for Python's lock,
    which a worker reading the page's rules may hold: the officers table's first paint at 50k
    took 0.1–0.6 s that way instead of 20 ms. What is painted is what data() says."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

    from emergency_desk.ui.widgets.table_model import ColumnSpec

    _fill(db, 30)
    calls = {"data": 0, "multiData": 0}

    class Counted(LazyTableModel[RegionRow, RegionQuery]):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            calls["data"] += 1
            return super().data(index, role)

        def multiData(self, index, roleDataSpan):  # type: ignore[no-untyped-def]
            calls["multiData"] += 1
            super().multiData(index, roleDataSpan)

    def broken(r: RegionRow) -> str:
        raise ValueError(f"cannot read {r.name}")

    svc = RegionService(db)
    columns = [*region_columns(), ColumnSpec("坏列", broken)]
    model = Counted(columns, svc.count, svc.list, RegionQuery(),
                    row_style=lambda r: RowStyle(TINT_YELLOW) if r.is_disaster_prone else None)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1600, 600)
    view.show()
    qtbot.waitExposed(view)
    calls.update(data=0, multiData=0)
    with caplog.at_level("ERROR", logger="emergency_desk.ui"):
        view.grab()  # painted, as on screen
    assert calls["multiData"] >= 10 * len(columns)  # every cell shown …
    assert calls["data"] == 0  # … from one call each

    village = next(i for i in range(model.rowCount()) if model.row_at(i).name == "村0010")
    pop = next(i for i, c in enumerate(columns) if c.sort_key == "population")
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(village, pop))
    assert option.text == model.data(model.index(village, pop)) == "10"
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # a number
    assert option.backgroundBrush.color() == TINT_YELLOW  # disaster-prone
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(village, len(columns) - 1))
    assert option.text == ""  # the broken cell stays empty, the others show
    assert len([r for r in caplog.records if r.levelname == "ERROR"]) == 1
