"""Issue 20: the quotas import checks its rows on dicts and writes them with Core statements
(io/quota_rows.py), with the form's rules (`check_quota`) and the form's audit rows; rows
find stored quotas by the normal form of their names, a quota named twice is refused, and a
refused file leaves nothing behind even after whole chunks were written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import StockQuota
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.supplies.quota import QuotaInput, save_quota_in
from tests.services import bulk_import_audit
from tests.services.bulk_import_audit import import_audit
from tests.services.supplies.conftest import Depot
from tests.services.supplies.test_quota_agreement_excel import QUOTA_HEADER, state, xlsx


def form_audit(db: Database, saves: list[tuple[QuotaInput, int | None]]) -> list[Any]:
    """The audit rows the form's saves write, in a transaction then rolled back."""
    def save(s: Session) -> None:
        for data, quota_id in saves:
            save_quota_in(s, data, quota_id)

    return bulk_import_audit.form_audit(db, save)


def quota_ids(depot: Depot) -> dict[tuple[int, int], int]:
    with depot.db.read() as s:
        return {(w, i): q for q, w, i in s.execute(select(
            StockQuota.id, StockQuota.warehouse_id, StockQuota.item_id).where(
            StockQuota.is_deleted.is_(False)))}


def test_quota_rows_are_audited_as_the_form_saves_them(depot: Depot, tmp_path: Path) -> None:
    first = xlsx(tmp_path, [
        QUOTA_HEADER,
        ["县级救灾物资储备库", "救灾帐篷", "12平方米单帐篷", 100, 150, "县储备计划", None, "是",
         "主储备"],
        ["碧阳镇应急物资储备点", "瓶装饮用水", None, 0, None, None, 0.01, None, None],
        ["县级救灾物资储备库", "救生衣", None, 20, None, None, None, None, None],
    ], "first.xlsx")
    expected = form_audit(depot.db, [
        (QuotaInput(depot.county_wh, depot.tent, 100, 150, "县储备计划", None, True, "主储备"),
         None),
        (QuotaInput(depot.town_wh, depot.water, 0, per_capita_ratio=0.01), None),
        (QuotaInput(depot.county_wh, depot.jacket, 20), None)])
    assert [a[0] for a in expected] == ["insert"] * 3
    assert import_audit(depot.db, "quotas", first) == expected
    with depot.db.read() as s:  # 0.01 × the town's 12,000 people
        assert s.scalar(select(StockQuota.min_qty).where(
            StockQuota.item_id == depot.water)) == 120.0

    # A re-import: one quota changed (blank cells keep what is stored), one unchanged.
    ids = quota_ids(depot)
    again = xlsx(tmp_path, [
        QUOTA_HEADER,
        ["县级救灾物资储备库", "救灾帐篷", "12平方米单帐篷", 80, None, None, None, "否", None],
        ["县级救灾物资储备库", "救生衣", None, 20, None, None, None, None, None],
    ], "again.xlsx")
    expected = form_audit(depot.db, [
        (QuotaInput(depot.county_wh, depot.tent, 80, 150, "县储备计划", None, False, "主储备"),
         ids[(depot.county_wh, depot.tent)])])
    assert [a[0] for a in expected] == ["update"]
    assert import_audit(depot.db, "quotas", again) == expected
    result = import_file(depot.db, "quotas", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)


def test_rows_find_quotas_by_normal_names_and_a_quota_twice_is_refused(
        depot: Depot, tmp_path: Path) -> None:
    import_file(depot.db, "quotas", xlsx(tmp_path, [
        QUOTA_HEADER, ["县级救灾物资储备库", "救灾帐篷", "12平方米单帐篷", 100, None, None, None,
                       None, None]], "one.xlsx"))
    ids = quota_ids(depot)
    # Spaces and full-width brackets do not make another warehouse, item or quota.
    result = import_file(depot.db, "quotas", xlsx(tmp_path, [
        QUOTA_HEADER, ["县级救灾物资储备库 ", "救灾 帐篷", "12平方米　单帐篷", 90, None, None, None,
                       None, None]], "spaced.xlsx"))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert quota_ids(depot) == ids

    before = state(depot)
    result = import_file(depot.db, "quotas", xlsx(tmp_path, [
        QUOTA_HEADER,
        ["碧阳镇应急物资储备点", "救生衣", None, 5, None, None, None, None, None],
        ["碧阳镇应急物资储备点", "救生衣", "成人款", 6, None, None, None, None, None],
        ["碧阳镇应急物资储备点", "瓶装饮用水", None, 5, 4, None, None, None, None],
    ], "twice.xlsx"))
    assert result.error_lines()[:2] == [
        "第 3 行 [仓库]: 与第 2 行重复（同一记录出现两次）",
        "第 4 行 [标准储备]: 标准储备不能小于最低储备"]
    assert state(depot) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        depot: Depot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    before = state(depot)
    result = import_file(depot.db, "quotas", xlsx(tmp_path, [
        QUOTA_HEADER,
        ["县级救灾物资储备库", "救灾帐篷", None, 1, None, None, None, None, None],
        ["县级救灾物资储备库", "救生衣", None, 1, None, None, None, None, None],
        ["县级救灾物资储备库", "瓶装饮用水", None, 1, None, None, None, None, None],
        ["碧阳镇应急物资储备点", "救灾帐篷", None, 1, None, None, None, None, None],
        ["碧阳镇应急物资储备点", "救生衣", None, 1, None, None, 0.5, None, None],
        ["碧阳镇应急物资储备点", "瓶装饮用水", None, 1, None, None, None, None, None],
    ], "late.xlsx"))
    assert result.error_lines() == []  # the town has people: 0.5 of them is fine
    assert result.inserted == 6
    before = state(depot)
    result = import_file(depot.db, "quotas", xlsx(tmp_path, [
        QUOTA_HEADER,
        ["县级救灾物资储备库", "救灾帐篷", None, 2, None, None, None, None, None],
        ["县级救灾物资储备库", "救生衣", None, 2, None, None, None, None, None],
        ["县级救灾物资储备库", "瓶装饮用水", None, 2, None, None, None, None, None],
        ["碧阳镇应急物资储备点", "救灾帐篷", None, 2, None, None, None, None, None],
        ["碧阳镇应急物资储备点", "没有的物资", None, 2, None, None, None, None, None],
    ], "late_bad.xlsx"))
    assert result.error_lines()[0].startswith("第 6 行 [物资名称]: 找不到物资“没有的物资”")
    assert state(depot) == before
