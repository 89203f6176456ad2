"""The 仓库 filter's choices (`CatalogueViews.warehouse_choices`): the live warehouses in the
warehouse list's order, read without counting each one's batches (issue 20: the filter was
filled from the full list, ≈ 90 ms of the GUI thread at 50,000 batches)."""

from __future__ import annotations

from emergency_desk.data.db import Database
from emergency_desk.errors import InputRejected
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.supplies.supplies import SuppliesService
from emergency_desk.services.supplies.views import CatalogueViews


def test_the_choices_are_the_listed_warehouses_in_their_order(db: Database) -> None:
    build_demo(db)
    views = CatalogueViews(db)
    listed = [(w.id, w.name) for w in views.warehouses()]
    assert len(listed) > 3
    assert views.warehouse_choices() == listed
    # A deleted one (soft-deleted: one the demo's batches do not use) is no choice.
    gone = None
    for wid, name in reversed(listed):
        try:
            SuppliesService(db).delete_warehouse(wid)
        except InputRejected:
            continue
        gone = (wid, name)
        break
    assert gone is not None
    assert views.warehouse_choices() == [w for w in listed if w != gone]
