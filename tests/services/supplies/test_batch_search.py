"""The ledger's search matched through the items and warehouses (`supplies/batch_search`,
issue 20) selects exactly the batches whose stored search key contains the text, as the LIKE
on the stored key did — while the keys are current — on both engines, walked or sorted from
the matches, page after page and in the count; after an item and a warehouse are renamed it
follows their names as shown, which the stored keys do not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import StockBatch, SupplyItem, Warehouse
from emergency_desk.services import query
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.search import search_key
from emergency_desk.services.supplies.stock import BatchInput, DocHeader, StockService
from emergency_desk.services.supplies.supplies import SuppliesService
from emergency_desk.services.supplies.views import EPS, StockQuery, StockViews

TODAY = date(2025, 6, 1)
# Item names and pinyin, initials, specs, a warehouse's name, 批号 digits, upper case, a text
# across two parts of a key (spaces), a 批号 in Chinese by its pinyin, LIKE's wildcards taken
# literally, nothing.
TEXTS = ["帐篷", "zhang", "ZP", "jzzp", "pingfangmi", "190×70", "仓库", "cangku", "2024", "甲",
         "jiapi", "jp", "帐篷 ", "帐篷 jiuzai", "m 2", "%", "_", "a_b", "无此物"]


@pytest.fixture(params=["walk", "few"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(query, "FEW_MATCHES", 0 if request.param == "walk" else 10**9)
    return str(request.param)


def _stored_matches(db: Database, text: str) -> list[int]:
    """The batches a LIKE on the stored key selects (the key is lower case: `in` is LIKE)."""
    with db.read() as s:
        rows = s.execute(select(StockBatch.id, StockBatch.search_key).where(
            StockBatch.is_deleted.is_(False), StockBatch.qty > EPS)).all()
    return sorted(i for i, key in rows if text.strip().lower() in key)


def _current_matches(db: Database, text: str) -> list[int]:
    """The batches whose key, made from the current item and warehouse names, holds `text`."""
    with db.read() as s:
        rows = s.execute(select(StockBatch.id, SupplyItem.name, SupplyItem.spec,
                                StockBatch.batch_no, Warehouse.name)
                         .join(SupplyItem, SupplyItem.id == StockBatch.item_id)
                         .join(Warehouse, Warehouse.id == StockBatch.warehouse_id)
                         .where(StockBatch.is_deleted.is_(False), StockBatch.qty > EPS)).all()
    return sorted(r[0] for r in rows if text.strip().lower() in search_key(*r[1:]))


def _pages(views: StockViews, q: StockQuery) -> list[int]:
    whole = [r.id for r in views.list(q)]
    assert views.count(q) == len(whole), q
    paged = [r.id for offset in range(0, len(whole) + 7, 7) for r in views.list(q, offset, 7)]
    assert paged == whole, q
    return whole


def test_search_selects_the_batches_whose_key_holds_the_text(any_db: Database,
                                                              way: str) -> None:
    db = any_db
    build_demo(db, today=TODAY)
    views = StockViews(db)
    with db.read() as s:
        wh, item = s.scalars(select(Warehouse.id).order_by(Warehouse.id)).first(), \
            s.scalars(select(SupplyItem.id).order_by(SupplyItem.id)).first()
    assert wh is not None and item is not None
    StockService(db).receive(wh, DocHeader(doc_date=TODAY), [
        BatchInput(item_id=item, qty=3, batch_no="甲批2024"),
        BatchInput(item_id=item, qty=2, batch_no="A_B-7")])
    seen = 0
    for text in TEXTS:
        expected = _stored_matches(db, text)
        assert expected == _current_matches(db, text), text  # the keys are current here
        for q in (StockQuery(order_by="region", search=text), StockQuery(search=text),
                  StockQuery(order_by="region", search=text, descending=True)):
            assert sorted(_pages(views, q)) == expected, (text, q)
        seen += bool(expected)
    assert seen >= 12  # the texts do find batches (not a test of empty lists)
    assert _stored_matches(db, "jiapi") and _stored_matches(db, "a_b")
    assert not _stored_matches(db, "无此物")


def test_search_follows_renamed_items_and_warehouses(any_db: Database, way: str) -> None:
    db = any_db
    build_demo(db, today=TODAY)
    views, supplies = StockViews(db), SuppliesService(db)
    first = views.list(StockQuery(), 0, 1)[0]
    supplies.update_item(first.item_id, replace(supplies.item_input(first.item_id),
                                                name="篷布改名"))
    supplies.update_warehouse(first.warehouse_id, replace(
        supplies.warehouse_input(first.warehouse_id), name="乙号仓库"))
    for text in ("篷布改名", "pbgm", "乙号仓库", "yihao", first.item_name, "帐篷", "仓库"):
        expected = _current_matches(db, text)
        assert sorted(_pages(views, StockQuery(order_by="region", search=text))) == expected
    assert first.id in _current_matches(db, "篷布改名")
    assert first.id not in _stored_matches(db, "篷布改名")  # the stored key is stale
    assert first.id not in _current_matches(db, first.item_name)
