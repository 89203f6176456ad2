"""The county's townships for the 乡镇 filters, read once per turn of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from emergency_desk.data.db import Database
from emergency_desk.services.regions.regions import RegionService, TownshipChoice

# The townships read for the combos built in this turn of the event loop, by database: the
# 乡镇应急 page builds six of them at once, the 应急预案 page three, and each read took ≈ 17 ms
# of the GUI thread at 50k (benchmarks/bench_gui_blocks.py). Forgotten at the next turn, so a
# township added or renamed since shows in the next combo built.
_TOWNSHIPS: dict[int, tuple[Database, list[TownshipChoice]]] = {}


def townships_this_turn(db: Database) -> list[TownshipChoice]:
    found = _TOWNSHIPS.get(id(db))
    if found is None or found[0] is not db:
        if not _TOWNSHIPS:
            QTimer.singleShot(0, _TOWNSHIPS.clear)
        found = _TOWNSHIPS[id(db)] = (db, RegionService(db).township_choices())
    return found[1]
