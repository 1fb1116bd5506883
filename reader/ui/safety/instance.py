"""One window per library: a lock file, and a local socket a second start talks to.

Two windows on one library would each keep their own undo stack and views of the same rows,
and a restore in one would pull the file from under the other. The first window holds a
QLockFile beside the library (a crashed window's lock names a dead process and is taken over)
and listens on a local socket named after the library. A second start does not open a window:
it sends the files it was asked to open to the first one, which comes to the front and imports
them, as Zotero and Calibre do. The `briefing` command may still write alongside (WAL).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader.paths import Paths

log = logging.getLogger(__name__)

HANDOFF_TIMEOUT_MS = 3000


def server_name(paths: Paths) -> str:
    """A socket name unique to the library file (different libraries: different windows)."""
    digest = hashlib.sha1(str(paths.db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"briefing-reader-{digest}"


class SingleInstance(QObject):
    """Held by the window's process; `activated(files)` when a second start hands over."""

    activated = Signal(list)  # list[str]: files the second start was asked to open

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.lock = QLockFile(str(paths.lock_file))
        # Only a dead holder makes a lock stale, never its age: a window may run for weeks.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._received: dict[QLocalSocket, bytearray] = {}

    def acquire(self) -> bool:
        """Take the library for this window; False when another window already has it."""
        if not self.lock.tryLock(0):
            if os.access(self.paths.lock_file.parent, os.W_OK) or self._answered():
                return False
            # A folder that may not be written (a library on a read-only disk, which opens
            # read-only) holds no lock file, nor lets a dead window's be taken over: the socket alone tells whether a window has the
            # library. Refusing there said "another window does not answer" with none open.
            log.warning("no lock file in %s (not writable); relying on the socket", self.paths.lock_file.parent)
        name = server_name(self.paths)
        QLocalServer.removeServer(name)  # a crashed window's socket file
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(name):
            log.warning("cannot listen on %s: %s", name, self.server.errorString())
        return True

    def _answered(self) -> bool:
        """Whether a window listens for this library."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.paths))
        answered = socket.waitForConnected(HANDOFF_TIMEOUT_MS)
        socket.abort()
        return answered

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self._received.clear()
        self.lock.unlock()

    def hand_over(self, files: Sequence[str]) -> bool:
        """Ask the window holding the library to come forward and open `files`."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.paths))
        if not socket.waitForConnected(HANDOFF_TIMEOUT_MS):
            return False
        socket.write(json.dumps({"files": list(files)}).encode("utf-8"))
        socket.flush()
        sent = socket.waitForBytesWritten(HANDOFF_TIMEOUT_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return sent

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # The server owns the socket until `_finish` deletes it, never while Qt delivers
            # its signals: left to go with the server, every hand-over kept one for good. The
            # slots are this object's methods, not lambdas holding it: deleting a socket freed
            # its lambdas, and with them the last hold on a dropped SingleInstance, whose
            # server then deleted the socket a second time from inside its own destructor.
            self._received[socket] = bytearray()
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(self._gone)

    def _ready(self) -> None:
        if isinstance(socket := self.sender(), QLocalSocket):
            self._read(socket)

    def _gone(self) -> None:
        if isinstance(socket := self.sender(), QLocalSocket):
            QTimer.singleShot(0, self, lambda: self._finish(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if socket in self._received:
            self._received[socket].extend(socket.readAll().data())

    def _finish(self, socket: QLocalSocket) -> None:
        if socket not in self._received:
            return
        self._read(socket)
        received = self._received.pop(socket)
        socket.deleteLater()
        try:
            files = [str(f) for f in json.loads(received.decode("utf-8")).get("files", [])]
        except (ValueError, AttributeError):
            log.warning("ignored a malformed hand-over from a second start")
            files = []
        self.activated.emit(files)
