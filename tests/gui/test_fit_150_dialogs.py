"""Every dialog fits a 1366×768 screen at 150 % scaling, in Chinese and in English (issue 17).

At 150 % the screen has 911×465 logical pixels for a dialog (less the taskbar and its title
bar). Each dialog of tests/gui/dialog_catalogue.py, opened as Qt opens it (at its size hint,
bounded by the screen), is no larger than that at its minimum size (a long form scrolls), and
no label, button or combo box in it is narrower than its text or outside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import translator
from emergency_desk.ui.app import load_bundled_font
from tests.gui.dialog_catalogue import DIALOGS
from tests.gui.test_fit_150_forms import SCREEN
from tests.gui.test_fit_1366 import clipped

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One demo county for all the dialogs (building it takes seconds; nothing here saves)."""
    from emergency_desk.data.migrate import open_database
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db)
    yield db
    db.dispose()


@pytest.fixture(params=["zh_CN", "en"])
def language(request: Any) -> Any:
    """The language, and the program's own font (10 pt, the bundled CJK glyphs): a dialog
    measured in the test runner's default font would fit where the program's does not."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    load_bundled_font(app)
    translator.install(app, request.param)
    yield request.param
    translator.install(app, "zh_CN")
    i18n.set_language("zh_CN")
    app.setFont(font)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_the_screen_at_150_percent(
        demo: Database, language: str, qtbot: Any, tmp_path: Path, name: str) -> None:
    dialog = DIALOGS[name](demo, tmp_path)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (name, hint, SCREEN)
    # Qt opens a dialog nobody resized at its size hint, one that was resized as is; the
    # window manager keeps either on the screen.
    size = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) \
        else dialog.sizeHint()
    dialog.resize(min(size.width(), SCREEN[0]), min(size.height(), SCREEN[1]))
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], (name, dialog.size())
    assert not clipped(dialog, dialog), name
