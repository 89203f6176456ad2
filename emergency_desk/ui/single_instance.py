"""One window per database, and a second launch that brings the first window forward.

The database lock (app.lock_database) already keeps a second window from opening. On its own
that left the second launch's "数据库正在使用" box behind the running window, so the office
saw nothing happen. The running window now listens on a local socket named after the database;
a second launch asks it to come to the front and shows its message on top of every window.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_SHOW = b"show\n"


def server_name(db_path: Path) -> str:
    """A name per database file (the same file reached by two spellings gets one name)."""
    try:
        key = str(db_path.resolve())
    except OSError:
        key = str(db_path)
    return "EmergencyDesk-" + hashlib.sha1(key.lower().encode("utf-8")).hexdigest()[:16]


def ask_running_window_to_show(db_path: Path, timeout_ms: int = 500) -> bool:
    """True when a running window on this database was reached and asked to come forward."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(db_path))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(_SHOW)
    ok = sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return ok


class ShowRequests(QObject):
    """Listens for later launches on the same database and calls `on_show` for each."""

    def __init__(self, db_path: Path, on_show: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_show = on_show
        self.server = QLocalServer(self)
        name = server_name(db_path)
        # A crashed run can leave its socket file behind on Linux; we hold the database
        # lock, so no live window owns this name.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(_SHOW.strip()):
            self._on_show()
