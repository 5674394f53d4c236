"""One window per library: a second `zzreader` brings the running one forward.

The first window on a library listens on a local socket named after the
library (QLocalServer: a Unix socket, a named pipe on Windows). A second
start connects to it, asks it to come forward and exits, as most desktop
apps do; two windows writing the same highlights would only confuse undo.
`zzreader --new-window` skips this and opens a second window on purpose.
A socket left by a crashed window answers nothing and is replaced.

The socket sits in a folder every user shares (Qt's temporary folder), under
a name anyone can work out (user and library path), so another user could
put a listener there first and make every start of zzreader exit, saying
"already open". A socket is only asked when the current user owns it and it
is a socket; anything else there is ignored and the window opens. Whatever
connects to the running window is another local program: it may only say
"raise", and it gets no more room than that (a few bytes each, a few
connections at a time), so a program that floods the socket or holds many
connections open costs the window nothing.

The window's start (gui/app.py) claims without listening and listens once
it is drawn: where the socket is a file (not on Windows) and that file is
not there, no window runs and none is asked, so Qt's network module loads
after the first paint, not before it (tests/bench/bench_gui.py).

Between its start and its first paint a window is not listening yet, so a
second start in that moment would not find it. Each window therefore also
holds a lock file per library in the user's own cache folder (QLockFile,
taken over when its process has died) from its start to its end: a second
start that finds the lock held waits for the window to listen (at most
STARTING_WAIT_MS, then it opens anyway: never block the user).
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core import user_dirs, user_paths
from zzreader.gui import qt
from zzreader.gui.qt import QCryptographicHash, QDir, QObject, Signal

if TYPE_CHECKING:
    from zzreader.gui.qt import QLocalServer, QLocalSocket

CONNECT_MS = 500
STARTING_WAIT_MS = 5000  # a second start waits this long for a window still being drawn
POLL_MS = 50
RAISE = b"raise\n"
MAX_CLIENTS = 8  # connections kept at once; the oldest is dropped for a new one


def server_name(library_path: Path) -> str:
    """A name per user and library file (the socket namespace is shared by users)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (some containers): the path alone
        user = ""
    key = f"{user}\n{user_paths.expand(library_path).resolve()}".encode()
    # Qt's SHA-256 (the same digest as hashlib's), so start-up does not load
    # OpenSSL's libcrypto (3 MB resident) for one hash.
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    return "zzreader-" + bytes(digest).decode("ascii")[:20]


class SingleInstance(QObject):
    """The running window's listener; `activated` asks it to come forward."""

    activated = Signal()

    def __init__(self, name: str, lock: qt.QLockFile | None = None) -> None:
        super().__init__()
        self.name = name
        self.lock = lock  # held while this window lives (see the module's docstring)
        self.server: QLocalServer | None = None  # made by listen()
        # Held here, not left to deleteLater: their owner closes them (see close).
        self._sockets: list[QLocalSocket] = []

    def listen(self) -> bool:
        if self.server is not None and self.server.isListening():
            return True
        if self.server is None:
            self.server = qt.QLocalServer(self)
            self.server.setSocketOptions(qt.QLocalServer.SocketOption.UserAccessOption)
            self.server.newConnection.connect(self._connection)
        if self.server.listen(self.name):
            return True
        qt.QLocalServer.removeServer(self.name)  # left by a crashed window
        return self.server.listen(self.name)

    def _connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._sockets = [s for s in self._sockets if s.state() != qt.QLocalSocket.LocalSocketState.UnconnectedState]
            while len(self._sockets) >= MAX_CLIENTS:  # a program holding connections open
                self._drop(self._sockets[0])
            socket.setReadBufferSize(len(RAISE))  # Qt reads no more than this from the program
            self._sockets.append(socket)
            socket.readyRead.connect(self._ready)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        """One message per connection: "raise" brings the window forward, then the line is closed."""
        if bytes(socket.read(len(RAISE)).data()).startswith(RAISE.strip()):
            self.activated.emit()
        self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        socket.readyRead.disconnect(self._ready)
        socket.abort()
        if socket in self._sockets:
            self._sockets.remove(socket)
        socket.deleteLater()  # a program connecting over and over leaves nothing behind

    def close(self) -> None:
        for socket in list(self._sockets):
            self._drop(socket)
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def ask_running(name: str) -> bool:
    """Tell a running window to come forward; False when none answers (or the socket is not ours)."""
    if not ours(name):
        return False
    socket = qt.QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


def claim(library_path: Path, listen: bool = True) -> SingleInstance | None:
    """Become the library's window (a listener), or None when one already runs.

    `listen=False`: the caller calls `listen()` later (the window, once drawn),
    and a socket file that is not there is taken to mean no window runs.
    """
    name = server_name(library_path)
    lock, busy = start_lock(name)
    if busy:  # another window on this library is open or being drawn
        if ask_when_listening(name, STARTING_WAIT_MS):
            return None
    elif (listen or socket_may_exist(name)) and ask_running(name):  # a window of an older version
        if lock is not None:
            lock.unlock()
        return None
    instance = SingleInstance(name, lock)
    if listen:
        instance.listen()  # if even this fails, the window still opens: never block the user
    return instance


def start_lock(name: str) -> tuple[qt.QLockFile | None, bool]:
    """(the library's window lock, now held by this process, or None; whether another live process holds it).

    A folder that cannot be written, or a lock file that cannot be made,
    counts as free with no lock: the lock only closes the gap before the first paint.
    """
    folder = user_dirs.cache_dir() / "windows"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None, False
    path = folder / f"{name}.lock"
    if not _lock_file_or_none(path):
        return None, False
    lock = qt.QLockFile(str(path))
    lock.setStaleLockTime(0)  # a window holds it for hours; only a dead holder's lock is stale
    if lock.tryLock(0):
        return lock, False
    return None, lock.error() == qt.QLockFile.LockError.LockFailedError


MAX_LOCK_BYTES = 4096  # QLockFile writes a process id, an application and a host name


def _lock_file_or_none(path: Path) -> bool:
    """Is the name free, or a small regular file (a lock QLockFile may read)? QLockFile reads a
    lock that is there to learn its holder: a FIFO made there kept the window from ever
    appearing, a link to /dev/zero read for ever. Anything else counts as a lock that cannot be made."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size <= MAX_LOCK_BYTES


def ask_when_listening(name: str, wait_ms: int) -> bool:
    """Ask the window being started to come forward as soon as it listens; False if it never does."""
    deadline = qt.QDeadlineTimer(wait_ms)
    while True:
        if socket_may_exist(name) and ask_running(name):
            return True
        if deadline.hasExpired():
            return False
        qt.QCoreApplication.processEvents(qt.QEventLoop.ProcessEventsFlag.AllEvents, POLL_MS)
        qt.QThread.msleep(POLL_MS)


def socket_may_exist(name: str) -> bool:
    """False only where QLocalServer's socket is a file (Unix: in Qt's temporary folder) and it is not there."""
    if sys.platform == "win32":
        return True  # a named pipe: only asking tells
    return Path(QDir.tempPath(), name).exists()


def ours(name: str) -> bool:
    """Whether a socket file of that name may be asked: none there, or a socket the current user owns.

    Windows' named pipes carry their own access rights; there, as where the
    file is missing, only asking tells.
    """
    if sys.platform == "win32":
        return True
    try:
        info = os.lstat(Path(QDir.tempPath(), name))
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def bring_forward(window: object) -> None:
    """Show, un-minimise and raise a window (the window manager may only flash it)."""
    window.showNormal() if window.isMinimized() else window.show()  # type: ignore[attr-defined]
    window.raise_()  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
