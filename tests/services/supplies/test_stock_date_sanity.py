"""A stock ledger or an 入库 slip dated after today: 入库日期 and 生产日期 have happened, so a
date after today is a typo (the year, usually) and is refused, by the ledger import (new and
re-imported batches) and by the 入库 form's service alike; 有效期至 lies ahead, of course.
Nothing is written when any row is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from emergency_desk.data.supplies import DocType, StockBatch, StockDoc
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.importer import import_file
from emergency_desk.services.supplies.stock import BatchInput, DocHeader, LineOut, StockService
from tests.services.supplies.conftest import Depot
from tests.session_day import SESSION_DAY

pytestmark = pytest.mark.usefixtures("on_session_day")

Y = SESSION_DAY.year
LATER = f"{Y + 4}-03-15"


def ledger(tmp_path: Path, rows: list[list[object]]) -> Path:
    """A township's ledger: a title row, 序号, 入库时间 for 入库日期, a 填表人 footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["县级救灾物资储备库物资台账"])
    ws.append(["序号", "仓库", "物资名称", "数量", "批号", "生产日期", "有效期至", "入库时间"])
    for n, row in enumerate(rows, 1):
        ws.append([n, "县级救灾物资储备库", *row])
    ws.append(["填表人：", "胡晓燕", None, "填报日期：", "2024.05.06"])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    return path


def _stored(depot: Depot) -> tuple[int, int]:
    with depot.db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(StockBatch)) or 0),
                int(s.scalar(select(func.count()).select_from(StockDoc)) or 0))


GOOD = [["救灾帐篷", "30顶", "T1", "2023.07", f"{Y + 3}.06", "2023-09-01"],
        # received today, made this month (a month-only date of this month is not ahead)
        ["救生衣", 20, "J1", f"{Y}.{SESSION_DAY.month:02d}", None, SESSION_DAY.isoformat()]]


def test_a_ledger_with_a_future_inbound_or_production_date_writes_nothing(
        depot: Depot, tmp_path: Path) -> None:
    before = _stored(depot)
    bad = [["瓶装饮用水", "40箱", "W1", "2024.05", "2025.05", LATER],
           ["救灾帐篷", "5顶", "T2", f"{Y + 1}.02", f"{Y + 6}.02", None]]
    path = ledger(tmp_path, GOOD + bad)
    for dry_run in (True, False):
        result = import_file(depot.db, "stock", path, dry_run=dry_run)
        assert result.error_lines() == [
            f"第 5 行 [入库时间]: {LATER} 晚于今天，请核对年份",
            f"第 6 行 [生产日期]: {Y + 1}-02 晚于今天，请核对年份"]
        assert _stored(depot) == before


def test_a_reimported_batch_is_judged_too(depot: Depot, tmp_path: Path) -> None:
    assert import_file(depot.db, "stock", ledger(tmp_path, GOOD)).error_lines() == []
    after = _stored(depot)
    again = [["救灾帐篷", "30顶", "T1", "2023.07", f"{Y + 3}.06", LATER]]
    result = import_file(depot.db, "stock", ledger(tmp_path, again))
    assert result.error_lines() == [f"第 3 行 [入库时间]: {LATER} 晚于今天，请核对年份"]
    assert _stored(depot) == after
    with depot.db.read() as s:
        assert s.scalar(select(StockBatch.inbound_date).where(
            StockBatch.batch_no == "T1")) == date(2023, 9, 1)


def test_the_inbound_form_refuses_a_slip_dated_after_today(depot: Depot) -> None:
    svc = StockService(depot.db)
    before = _stored(depot)
    tomorrow = SESSION_DAY + timedelta(days=1)
    with pytest.raises(ValidationFailed) as info:
        svc.receive(depot.county_wh, DocHeader(tomorrow, handler="汪建国"),
                    [BatchInput(depot.tent, 5, "T9")])
    assert info.value.problems == {"日期": f"{tomorrow} 晚于今天，请核对年份"}
    with pytest.raises(ValidationFailed) as info:
        svc.receive(depot.county_wh, DocHeader(SESSION_DAY, handler="汪建国"),
                    [BatchInput(depot.tent, 5, "T9", production_date=tomorrow,
                                inbound_date=tomorrow)])
    assert set(info.value.problems) == {"生产日期", "入库日期"}
    assert _stored(depot) == before
    # Today, with an expiry years ahead, is fine.
    svc.receive(depot.county_wh, DocHeader(SESSION_DAY, handler="汪建国"),
                [BatchInput(depot.water, 5, "W9", production_date=SESSION_DAY,
                            expiry_date=date(Y + 2, 1, 31))])


def test_every_slip_dated_after_today_is_refused_and_nothing_moves(depot: Depot) -> None:
    """出库, 调拨, 归还 and 轮换 record what happened, like 入库: a slip dated tomorrow (a
    mistyped year, usually) is refused by its date and the 结存 stays as it was."""
    tent = depot.receive(depot.county_wh, depot.tent, 10, "T5", day=SESSION_DAY)
    svc = StockService(depot.db)
    before = _stored(depot)
    tomorrow = SESSION_DAY + timedelta(days=1)
    slip = DocHeader(tomorrow, handler="汪建国", approver="胡建国", receiver="古筑村委会")
    moves = {
        "出库": lambda: svc.issue(depot.county_wh, slip, [LineOut(tent, 2)]),
        "调拨": lambda: svc.transfer(depot.county_wh, depot.town_wh, slip, [LineOut(tent, 2)]),
        "报损": lambda: svc.issue(depot.county_wh, replace(slip, purpose="受潮霉变"),
                                [LineOut(tent, 1)], doc_type=DocType.WRITEOFF),
        "轮换": lambda: svc.rotate(depot.county_wh, slip, [LineOut(tent, 1)],
                                 [BatchInput(depot.tent, 1, "T6")]),
    }
    for what, book in moves.items():
        with pytest.raises(ValidationFailed) as info:
            book()
        assert info.value.problems == {"日期": f"{tomorrow} 晚于今天，请核对年份"}, what
    assert _stored(depot) == before
    with depot.db.read() as s:
        assert s.scalar(select(StockBatch.qty).where(StockBatch.id == tent)) == 10
    # Dated today, the same 出库 goes through.
    svc.issue(depot.county_wh, DocHeader(SESSION_DAY, handler="汪建国", approver="胡建国",
                                         receiver="古筑村委会"), [LineOut(tent, 2)])
    with depot.db.read() as s:
        assert s.scalar(select(StockBatch.qty).where(StockBatch.id == tent)) == 8


def test_a_blank_inbound_date_stays_blank(depot: Depot, tmp_path: Path) -> None:
    """A ledger row without 入库时间 came in on a day the sheet does not say: the batch keeps
    the blank (it had been given the day of the import, printed on the 台账 as if received
    then). A 入库 slip's batch still takes the slip's date."""
    rows = [["救灾帐篷", "30顶", "T1", "2023.07", f"{Y + 3}.06", None],
            ["救生衣", 20, "J1", "2024.03", None, "2024-04-02"]]
    result = import_file(depot.db, "stock", ledger(tmp_path, rows))
    assert result.error_lines() == [] and result.inserted == 2
    with depot.db.read() as s:
        got = dict(s.execute(select(StockBatch.batch_no, StockBatch.inbound_date)
                             .where(StockBatch.batch_no.in_(["T1", "J1"]))).all())
    assert got == {"T1": None, "J1": date(2024, 4, 2)}
    again = import_file(depot.db, "stock", ledger(tmp_path, rows))
    assert again.error_lines() == [] and again.unchanged == 2


def _without_batch_numbers(tmp_path: Path, rows: list[list[object]], name: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["序号", "仓库", "物资名称", "数量", "生产日期", "入库时间"])
    for n, row in enumerate(rows, 1):
        ws.append([n, "县级救灾物资储备库", *row])
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_ledger_without_batch_numbers_beside_numbered_stock(
        depot: Depot, tmp_path: Path) -> None:
    """The warehouse's tents are booked by 批号; a list of what it holds without 批号 cannot
    say which lot a row is. It had been added as new lots, doubling the stock unremarked."""
    assert import_file(depot.db, "stock", ledger(tmp_path, GOOD)).inserted == 2
    before = _stored(depot)
    path = _without_batch_numbers(tmp_path, [["救灾帐篷", "30顶", "2023.07", "2023-09-01"]],
                                  "清单.xlsx")
    result = import_file(depot.db, "stock", path)
    assert result.error_lines() == [
        "第 2 行 [批号]: 该仓库已有这种物资的批次（批号 T1），本行没有批号，分不清是其中一批还是"
        "新的一批；请填写批号"]
    assert _stored(depot) == before
    # Two lots of one item, neither numbered: told to number them, not "重复".
    path = _without_batch_numbers(tmp_path, [["瓶装饮用水", "40箱", "2024.05", "2024-06-01"],
                                             ["瓶装饮用水", "20箱", "2024.09", "2024-10-01"]],
                                  "两批.xlsx")
    result = import_file(depot.db, "stock", path)
    assert len(result.error_lines()) == 1
    assert "两行都没有批号" in result.error_lines()[0] and _stored(depot) == before
