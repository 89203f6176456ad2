"""Issue 20: the agreements import finds stored agreements in dicts loaded once and writes
with Core statements (io/agreement_rows.py) — yet each agreement is checked by the form's
rules (`check_agreement`) and gets the audit rows `save_agreement_in` writes: the agreement
inserted or updated, its old goods lines deleted, its lines inserted anew."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import AgreementReserve
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.supplies.quota import AgreementInput, save_agreement_in
from tests.services import bulk_import_audit
from tests.services.bulk_import_audit import import_audit
from tests.services.supplies.conftest import Depot
from tests.services.supplies.test_quota_agreement_excel import AGREEMENT_HEADER, state, xlsx


def form_audit(db: Database, saves: list[tuple[AgreementInput, int | None]]) -> list[Any]:
    def save(s: Session) -> None:
        for data, agreement_id in saves:
            save_agreement_in(s, data, agreement_id)

    return bulk_import_audit.form_audit(db, save)


def timeless(audit: list[Any]) -> list[Any]:
    """A soft delete's time stamp is the moment it ran: compared as present, not as equal."""
    return [(a, tb, su, {k: v if k != "deleted_at" else [v[0], v[1] is not None]
                         for k, v in ch.items()}) for a, tb, su, ch in audit]


def agreement_ids(depot: Depot) -> dict[str, int]:
    with depot.db.read() as s:
        return {n: i for i, n in s.execute(select(AgreementReserve.id, AgreementReserve.supplier)
                                           .where(AgreementReserve.is_deleted.is_(False)))}


def row(supplier: str, number: str | None, item: str | None, qty: Any, **head: Any) -> list[Any]:
    return [supplier, number, head.get("region"), head.get("start"), head.get("end"),
            head.get("contact"), head.get("phone"), head.get("hours"), item, None, qty,
            head.get("remark")]


def test_agreements_are_audited_as_the_form_saves_them(depot: Depot, tmp_path: Path) -> None:
    shop = dict(region="碧阳镇", start="2025-01-01", end="2027-12-31", contact="汪经理",
                phone="0559-5521234", hours=4)
    first = xlsx(tmp_path, [
        AGREEMENT_HEADER,
        row("黟县惠民超市", "XY-1", "瓶装饮用水", 2000, **shop),
        row("黟县惠民超市", "XY-1", "救灾帐篷", 300, **shop),
        row("宏村建材商行", None, "救生衣", 50, end="2026-12-31", remark="代储"),
    ], "first.xlsx")
    water, tent, jacket = depot.water, depot.tent, depot.jacket
    town = depot.regions["碧阳镇"]
    hui = AgreementInput("黟县惠民超市", "XY-1", town, date(2025, 1, 1), date(2027, 12, 31),
                         "汪经理", "0559-5521234", 4.0, [(water, 2000.0), (tent, 300.0)])
    expected = form_audit(depot.db, [
        (hui, None),
        (AgreementInput("宏村建材商行", end_date=date(2026, 12, 31), lines=[(jacket, 50.0)],
                        remark="代储"), None)])
    assert sorted(a[0] for a in expected) == ["insert"] * 5
    assert import_audit(depot.db, "agreements", first) == expected

    # A re-import: one agreement's date and goods change, the other is left as it is.
    ids = agreement_ids(depot)
    again = xlsx(tmp_path, [
        AGREEMENT_HEADER,
        row("黟县惠民超市", "XY-1", "瓶装饮用水", 2500, **{**shop, "end": "2028-12-31"}),
        row("宏村建材商行", None, "救生衣", 50),
    ], "again.xlsx")
    hui.end_date, hui.lines = date(2028, 12, 31), [(water, 2500.0)]
    expected = form_audit(depot.db, [(hui, ids["黟县惠民超市"])])
    assert sorted(a[0] for a in expected) == ["delete", "delete", "insert", "update"]
    assert timeless(import_audit(depot.db, "agreements", again)) == timeless(expected)
    result = import_file(depot.db, "agreements", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)


def test_an_agreement_is_found_by_its_normal_name_and_its_goods_kept(
        depot: Depot, tmp_path: Path) -> None:
    import_file(depot.db, "agreements", xlsx(tmp_path, [
        AGREEMENT_HEADER, row("开发区代储点（徽州建材）", "XY-2", "救生衣", 50)], "one.xlsx"))
    ids = agreement_ids(depot)
    # Half-width brackets and a space: the same agreement; no goods given: its goods kept.
    result = import_file(depot.db, "agreements", xlsx(tmp_path, [
        AGREEMENT_HEADER, row("开发区代储点 (徽州建材)", "XY-2", None, None, contact="程军")],
        "same.xlsx"))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert list(agreement_ids(depot).values()) == list(ids.values())
    *_, lines, _ = state(depot)
    assert [(i, q) for _, i, q in lines] == [(depot.jacket, 50.0)]


def test_a_refused_agreement_after_written_chunks_leaves_nothing(
        depot: Depot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # earlier agreements are written before the bad one
    before = state(depot)
    result = import_file(depot.db, "agreements", xlsx(tmp_path, [
        AGREEMENT_HEADER,
        *[row(f"商行{n}", None, "救生衣", 5) for n in range(4)],
        row("商行9", None, "救生衣", 5, start="2027-01-01", end="2026-01-01"),
    ], "bad.xlsx"))
    assert result.error_lines() == ["第 6 行 [截止日期]: 截止日期早于起始日期"]
    assert state(depot) == before
