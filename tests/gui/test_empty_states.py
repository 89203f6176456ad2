"""Empty pages say what to do next (issue 17): import or add, build the region tree, and the
recycle bin says it is empty; a search that finds nothing says so instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from emergency_desk.data.db import Database
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.widgets.register_page import RegisterPage


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


def test_empty_registers_offer_the_buttons_that_fill_them(qtbot: Any, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    offered: dict[str, list[str]] = {}
    for entry in window.entries:
        page = window.show_page(entry.key)
        for sub in [page, *page.findChildren(RegisterPage)]:
            if not isinstance(sub, RegisterPage) or sub.model is None:
                continue
            sub.refresh()
            box = sub.findChild(QWidget, "empty_actions")
            if box is not None and box.isVisibleTo(sub):
                offered.setdefault(entry.key, []).extend(
                    b.text() for b in box.findChildren(QPushButton))
    assert {"导入", "新增", "从区划代码建立…"} <= set(offered["regions"])
    assert {"导入", "新增"} <= set(offered["officers"])
    assert {"导入", "新增队伍"} <= set(offered["teams"])
    assert {"导入", "入库"} <= set(offered["supplies"])
    assert {"导入", "新增"} <= set(offered["plans"])
    assert "recycle" not in offered  # nothing to add there: it says it is empty

    # A search that finds nothing hides them: the hint then says to change the search.
    regions = window.pages["regions"]
    regions.search.setText("不存在的村")
    regions.apply_filters()
    assert not regions.findChild(QWidget, "empty_actions").isVisibleTo(regions)
