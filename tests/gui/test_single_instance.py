"""A second start on the same library brings the running window forward.

The first claim listens; a second claim on the same library finds it, asks
it to come forward (its `activated` fires) and gets None, so `main` exits
without a second window. Another library, or a listener left by a crashed
window, does not stand in the way; `--new-window` is accepted by the CLI.
"""

from __future__ import annotations

from pathlib import Path

from zzreader import cli
from zzreader.gui import single_instance


def test_second_start_brings_the_first_forward(qtbot, tmp_path: Path) -> None:
    lib = tmp_path / "library.sqlite"
    first = single_instance.claim(lib)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert single_instance.claim(lib) is None
        other = single_instance.claim(tmp_path / "another.sqlite")
        assert other is not None
        other.close()
    finally:
        first.close()
    again = single_instance.claim(lib)  # the first window closed: this one takes over
    assert again is not None
    again.close()


def test_names_differ_per_library(tmp_path: Path) -> None:
    a = single_instance.server_name(tmp_path / "a.sqlite")
    assert a == single_instance.server_name(tmp_path / "." / "a.sqlite")
    assert a != single_instance.server_name(tmp_path / "b.sqlite")


def test_the_name_is_the_one_earlier_versions_listen_on(tmp_path: Path, monkeypatch) -> None:
    """Computed with Qt's SHA-256 now, it must stay the hashlib digest a running older window uses."""
    import hashlib

    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "王芳")
    lib = tmp_path / "株洲日报.sqlite"
    key = f"王芳\n{lib.resolve()}".encode()
    assert single_instance.server_name(lib) == "zzreader-" + hashlib.sha256(key).hexdigest()[:20]


def test_main_exits_when_a_window_is_open(qtbot, tmp_path: Path, library_path: Path, settings) -> None:
    from zzreader.gui import app

    first = single_instance.claim(library_path)
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert app.main(library_path, settings=settings) == 0
    finally:
        first.close()


def test_new_window_is_an_option() -> None:
    args = cli.build_parser().parse_args(["--new-window"])
    assert args.new_window and args.command is None


def test_a_socket_another_user_put_there_is_not_asked(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Someone else's listener under our name (a shared temporary folder) must not stop the window opening."""
    lib = tmp_path / "library.sqlite"
    squatter = single_instance.claim(lib)  # stands for another user's listener at the same path
    assert squatter is not None
    try:
        monkeypatch.setattr(single_instance.os, "getuid", lambda: 4242)  # now the socket is not ours
        asked: list[bool] = []
        squatter.activated.connect(lambda: asked.append(True))
        mine = single_instance.claim(lib, listen=False)
        assert mine is not None  # the window opens
        qtbot.wait(200)
        assert asked == []  # and told the stranger nothing
        mine.close()
    finally:
        squatter.close()


def test_a_file_in_place_of_the_socket_is_not_asked(tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path / "library.sqlite")
    from zzreader.gui.qt import QDir

    planted = Path(QDir.tempPath(), name)
    planted.write_text("not a socket", encoding="utf-8")
    try:
        assert not single_instance.ours(name)
        assert single_instance.claim(tmp_path / "library.sqlite", listen=False) is not None
    finally:
        planted.unlink()


def test_a_program_flooding_the_socket_costs_the_window_nothing(qtbot, tmp_path: Path) -> None:
    from zzreader.gui import qt

    first = single_instance.claim(tmp_path / "library.sqlite")
    assert first is not None
    raised: list[bool] = []
    first.activated.connect(lambda: raised.append(True))
    clients = []
    try:
        for _ in range(30):  # many connections held open, each sending junk
            client = qt.QLocalSocket()
            client.connectToServer(first.name)
            assert client.waitForConnected(2000)
            client.write(b"x" * 100_000)
            client.flush()
            clients.append(client)
        qtbot.wait(300)
        assert len(first._sockets) <= single_instance.MAX_CLIENTS
        assert all(s.readBufferSize() <= len(single_instance.RAISE) for s in first._sockets)
        assert raised == []
        with qtbot.waitSignal(first.activated, timeout=5000):  # a real second start still works
            assert single_instance.ask_running(first.name)
    finally:
        for client in clients:
            client.abort()
        first.close()


def test_a_start_before_the_first_paint_waits_for_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The first window claims at its start and listens only once drawn; a second
    start in between finds its lock, waits, and brings it forward when it listens."""
    from zzreader.gui.qt import QTimer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    lib = tmp_path / "library.sqlite"
    first = single_instance.claim(lib, listen=False)
    assert first is not None and first.server is None
    try:
        QTimer.singleShot(300, first.listen)  # the first paint, a moment later
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert single_instance.claim(lib) is None
    finally:
        first.close()
    again = single_instance.claim(lib, listen=False)  # closed: its lock went with it
    assert again is not None
    again.close()


def test_a_window_that_never_listens_does_not_block_the_start(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(single_instance, "STARTING_WAIT_MS", 200)
    lib = tmp_path / "library.sqlite"
    first = single_instance.claim(lib, listen=False)  # hung before its first paint
    try:
        second = single_instance.claim(lib, listen=False)
        assert second is not None  # waited 0.2 s, then opened anyway
        second.close()
    finally:
        first.close()


def test_a_lock_left_by_a_dead_window_is_taken_over(tmp_path: Path, monkeypatch) -> None:
    import subprocess
    import sys

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    lib = tmp_path / "library.sqlite"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], check=True, capture_output=True, text=True
    )
    name = single_instance.server_name(lib)
    lock = tmp_path / "cache" / "zzreader" / "windows" / f"{name}.lock"
    lock.parent.mkdir(parents=True)
    lock.write_text(f"{dead.stdout.strip()}\nzzreader\n\n", encoding="ascii")  # QLockFile's layout
    waited = []
    monkeypatch.setattr(single_instance, "ask_when_listening", lambda *args: waited.append(args))
    instance = single_instance.claim(lib, listen=False)
    assert instance is not None and instance.lock is not None
    assert waited == []  # taken over at once, no wait for a window that will never come
    instance.close()
    assert not lock.exists()
