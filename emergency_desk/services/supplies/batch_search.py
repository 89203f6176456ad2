"""The 应急物资 ledger's search box as an SQL condition on the batches (issue 20).

A batch's stored `search_key` is `search_key(item name, spec, 批号, warehouse name)`
(`stock.batch_key_text`): ≈ 107 characters a batch, and reading it with LIKE on every one of
100,000 batches took 29 ms of a keystroke's count. Most of it is the item's and the
warehouse's text, which a county holds a few hundred of, not 100,000. So the text is matched
against the items and warehouses here, in Python, and the batches are selected by their
`item_id` / `warehouse_id`, plus a LIKE on their own short `batch_no`.

Why this gives the rows the stored key gives: the key is its texts' parts joined by single
spaces, so a text without a space matches the key exactly when it matches one text's part —
the item's (name and spec), the 批号's or the warehouse's. Each part is built here by the same
`search_key` and compared as LIKE compares (both sides are lower-cased; LIKE's pattern is
literal). An ASCII 批号's part is the 批号 lower-cased, which LIKE on `batch_no` matches
exactly (LIKE folds ASCII case); a 批号 beyond ASCII has pinyin in its part (and Unicode case
LIKE does not fold), so those batches keep the LIKE on their stored key. A text with a space
may span two parts: it keeps the LIKE on the stored key.

One deliberate difference: the item's and warehouse's parts are their names now. A batch's
stored key was written when the batch was last saved, and renaming an item or a warehouse
does not rewrite its batches' keys, so the stored key kept finding them by the old name and
not by the new one; the page now finds them by the name it shows (a batch whose 批号 is
beyond ASCII also by its stored key, as above).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.sql import non_ascii
from emergency_desk.data.supplies import StockBatch, SupplyItem, Warehouse
from emergency_desk.services.search import like_pattern, search_key


@lru_cache(maxsize=4096)
def _part(*texts: str | None) -> str:
    # Item and warehouse names repeat on every keystroke: their pinyin is worked out once.
    return search_key(*texts)


def batch_search(session: Session, text: str) -> Any:
    """SQL condition: the batch's search key (`stock.batch_key_text`) contains `text`
    (already stripped; not empty), as `StockBatch.search_key LIKE like_pattern(text)` with
    the item's and warehouse's current names."""
    pattern = like_pattern(text)
    stored = StockBatch.search_key.like(pattern, escape="\\")
    needle = text.lower()  # as like_pattern lower-cases it
    if " " in needle:
        return stored
    # Deleted items and warehouses too: the ledger lists a batch whatever its item's state.
    items = [i for i, name, spec in session.execute(
        select(SupplyItem.id, SupplyItem.name, SupplyItem.spec)) if needle in _part(name, spec)]
    houses = [w for w, name in session.execute(select(Warehouse.id, Warehouse.name))
              if needle in _part(name)]
    # The cheap tests first: SQLite stops at the first true one.
    conds: list[Any] = []
    if items:
        conds.append(StockBatch.item_id.in_(items))
    if houses:
        conds.append(StockBatch.warehouse_id.in_(houses))
    return or_(*conds, StockBatch.batch_no.like(pattern, escape="\\"),
               non_ascii(StockBatch.batch_no) & stored)
