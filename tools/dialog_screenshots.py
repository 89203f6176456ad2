"""Pictures of every dialog, as it opens on a 1366×768 office screen, to look at (issue 17).

    python tools/dialog_screenshots.py --lang en --scale 1.5 --out /tmp/dialogs
    python tools/dialog_screenshots.py --only officer,backup

Runs offscreen on the demo county. Each dialog of tests/gui/dialog_catalogue.py is opened at
its size hint, bounded by the screen less the taskbar and the title bar (in logical pixels:
911×464 at 150 %), and saved as <name>.png. A long form shows its scroll bar here exactly as
it would on that screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768 - 40 - 31)  # physical pixels a dialog may use: less taskbar and title bar


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "dialogs")
    ap.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    ap.add_argument("--scale", type=float, default=1.5,
                    help="display scaling, e.g. 1.25 or 1.5 (Windows 125%% / 150%%)")
    ap.add_argument("--only", help="comma-separated dialog names (default: all)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.demo.county import build_demo
    from emergency_desk.ui.app import create_application
    from tests.gui.dialog_catalogue import DIALOGS

    names = args.only.split(",") if args.only else sorted(DIALOGS)
    unknown = [n for n in names if n not in DIALOGS]
    if unknown:
        ap.error(f"no dialog named {', '.join(unknown)}; there are: {', '.join(sorted(DIALOGS))}")
    app = create_application(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    room = (int(SCREEN[0] / args.scale), int(SCREEN[1] / args.scale))
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        build_demo(db)
        for name in names:
            work = Path(tmp) / name
            work.mkdir()
            dialog = DIALOGS[name](db, work)
            # Qt opens a dialog nobody resized at its size hint, one that was resized as is.
            hint = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) \
                else dialog.sizeHint()
            dialog.resize(min(hint.width(), room[0]), min(hint.height(), room[1]))
            dialog.show()
            for _ in range(20):
                QApplication.processEvents()
            path = args.out / f"{name}.png"
            dialog.grab().save(str(path))
            print(path, f"{dialog.width()}×{dialog.height()}")
            dialog.close()
            dialog.deleteLater()
        db.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
