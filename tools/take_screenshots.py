"""Regenerate the README's screenshots from the real program on the demo county.

    python tools/take_screenshots.py                 # writes docs/screenshots/*.png
    python tools/take_screenshots.py --lang en --out /tmp/shots

Runs offscreen (no display needed): builds the demo county in a temporary database, opens the
main window as it is maximised on a 1366×768 office screen (the taskbar and the title bar take
71 pixels, so the window itself is 1366×697) and saves one PNG per navigation page, plus
the first-start dialog of a new database (first-start.png). Nothing is
cropped or enlarged: if a label is cut off here, it is cut off on that screen.

    python tools/take_screenshots.py --scale 1.5 --out /tmp/shots   # 150 % Windows scaling
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFFICE_WINDOW = (1366, 768 - 40 - 31)  # maximised on 1366×768: minus taskbar and title bar


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    ap.add_argument("--pages", help="comma-separated page keys (default: all)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="display scaling, e.g. 1.25 or 1.5 (Windows 125%% / 150%%)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no remembered window state

    from PySide6.QtWidgets import QApplication

    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.demo.county import build_demo
    from emergency_desk.ui import workers
    from emergency_desk.ui.app import create_application
    from emergency_desk.ui.main_window import MainWindow

    app = create_application(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        build_demo(db)
        window = MainWindow(db)
        # The screen is 1366×768 physical pixels; at 150 % the window has 2/3 of them in
        # logical pixels, exactly as on Windows.
        window.resize(int(OFFICE_WINDOW[0] / args.scale), int(OFFICE_WINDOW[1] / args.scale))
        window.show()
        keys = args.pages.split(",") if args.pages else [e.key for e in window.entries]
        for key in (k for k in keys if k != "first-start"):
            page = window.show_page(key)
            loaded = getattr(page, "wait_loaded", None)  # filled from a worker: not placeholders
            if loaded is not None:
                loaded()
            if key == "reports":  # show a report's first page in the preview
                task = page.preview()
                if task is not None:
                    task.wait()
            for _ in range(30):
                QApplication.processEvents()
            path = args.out / f"{key}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        workers.finish_all()
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
