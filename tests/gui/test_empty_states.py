"""Empty pages say what to do next (issue 17): import or add, build the region tree, and the
recycle bin says it is empty; a search that finds nothing says so instead."""

from __future__ import annotations

from typing import Any

from emergency_desk.data.db import Database
from emergency_desk.ui.main_window import MainWindow


def test_every_register_page_says_what_to_do_when_empty(qtbot: Any, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    texts = {}
    for entry in window.entries:
        page = window.show_page(entry.key)
        status = getattr(page, "status", None)
        if status is not None and getattr(page, "model", None) is not None:
            page.refresh()
            texts[entry.key] = status.text()
    assert "导入" in texts["regions"] and "新增" in texts["regions"]
    assert "回收站是空的" in texts["recycle"]
    for key in ("supplies", "teams", "officers", "plans"):
        if key in texts:
            assert "新增" in texts[key] or "导入" in texts[key], (key, texts[key])
    regions = window.pages["regions"]
    regions.search.setText("不存在的村")
    regions.apply_filters()
    assert "没有找到符合条件的记录" in regions.status.text()
