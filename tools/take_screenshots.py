"""Regenerate the README's screenshots from the real program on the demo county.

    python tools/take_screenshots.py                 # writes docs/screenshots/*.png
    python tools/take_screenshots.py --lang en --out /tmp/shots

Runs offscreen (no display needed): builds the demo county in a temporary database, opens the
main window at 1366×768 (a common office screen) and saves one PNG per navigation page, plus
the first-start dialog of a new database (first-start.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    ap.add_argument("--pages", help="comma-separated page keys (default: all)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no remembered window state

    from PySide6.QtWidgets import QApplication

    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.demo.county import build_demo
    from emergency_desk.ui.app import create_application
    from emergency_desk.ui.main_window import MainWindow

    app = create_application(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        build_demo(db)
        window = MainWindow(db)
        window.resize(1366, 768)
        window.show()
        keys = args.pages.split(",") if args.pages else [e.key for e in window.entries]
        for key in (k for k in keys if k != "first-start"):
            window.show_page(key)
            for _ in range(30):
                QApplication.processEvents()
            path = args.out / f"{key}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        db.dispose()
        if not args.pages or "first-start" in keys:
            print(first_start_shot(Path(tmp) / "new.sqlite3", args.out / "first-start.png"))
    app.quit()
    return 0


def first_start_shot(db_path: Path, out: Path) -> Path:
    """The first-start dialog on a new database, 浮梁县 chosen, centred on a 1366×768 screen
    (offscreen has no window frame, so the screen is drawn around it)."""
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

    from emergency_desk.data.migrate import open_database
    from emergency_desk.ui.first_start import FirstStartDialog

    db = open_database(db_path)
    dialog = FirstStartDialog(db)
    dialog.select_county("360222")
    dialog.show()
    for _ in range(30):
        QApplication.processEvents()
    shot = dialog.grab()
    screen = QPixmap(1366, 768)
    screen.fill(QColor("#3a6ea5"))
    painter = QPainter(screen)
    painter.drawPixmap((1366 - shot.width()) // 2, (768 - shot.height()) // 2, shot)
    painter.end()
    screen.save(str(out))
    dialog.close()
    db.dispose()
    return out


if __name__ == "__main__":
    sys.exit(main())
