"""Issue 20: the stock import streams the parsed rows of a file into its writer a chunk at a
time (io/record_stream.py), as the officers, members, trainings and plans imports do: before,
io/importer.py parsed every row into a list (209 MiB peak at 50,000 rows, growing with the
file) before StockImport wrote any. Counted, not timed: the most records alive at once.

Chunks are made small here (100 rows) so that a few hundred rows span many of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from emergency_desk.io import bulk, importer, record_stream
from emergency_desk.io.importer import import_file
from emergency_desk.io.spec import Record
from tests.services.supplies.conftest import Depot
from tests.services.supplies.test_stock_bulk_import import _row
from tests.services.supplies.test_supplies_excel import STOCK_HEADER, snapshot, xlsx

ROWS = 1000


class _Counted(Record):
    alive = 0
    most = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _Counted.alive += 1
        _Counted.most = max(_Counted.most, _Counted.alive)

    def __del__(self) -> None:
        _Counted.alive -= 1


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_stream, "CHUNK_ROWS", 100)
    monkeypatch.setattr(bulk, "CHUNK", 100)
    monkeypatch.setattr(importer, "Record", _Counted)
    _Counted.alive = _Counted.most = 0


def _rows(last_warehouse: str = "县级救灾物资储备库") -> list[list[object]]:
    rows: list[list[object]] = [STOCK_HEADER]
    rows += [_row("县级救灾物资储备库", "救生衣", "成人款", 1 + i % 9, f"J{i:05d}")
             for i in range(ROWS - 1)]
    rows.append(_row(last_warehouse, "救生衣", "成人款", 3, "LAST"))
    return rows


def test_a_stock_import_holds_a_chunk_of_records_not_the_file(
        depot: Depot, tmp_path: Path, counted: None) -> None:
    path = xlsx(tmp_path / "big.xlsx", _rows())
    result = import_file(depot.db, "stock", path)
    assert result.ok and result.inserted == result.total == ROWS, result.error_lines()[:3]
    assert _Counted.most <= 200, _Counted.most  # the chunk being written and the one read
    _Counted.alive = _Counted.most = 0
    again = import_file(depot.db, "stock", path)  # idempotent, streamed too
    assert again.ok and again.unchanged == ROWS, again.error_lines()[:3]
    assert _Counted.most <= 200, _Counted.most


def test_a_refused_last_row_of_a_streamed_file_leaves_nothing(
        depot: Depot, tmp_path: Path, counted: None) -> None:
    before = snapshot(depot)
    result = import_file(depot.db, "stock", xlsx(tmp_path / "bad.xlsx",
                                                 _rows("县级救灾物资储库")))  # no such warehouse
    assert [e.row for e in result.errors] == [ROWS + 1]
    assert _Counted.most <= 200, _Counted.most
    assert snapshot(depot) == before
