"""packaging/launcher.py: without a terminal, messages go to the per-user log file."""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

import pytest

from tests.packaging import packaging_module

launcher = packaging_module("launcher")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG log folder")


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    return tmp_path / "zzreader" / "log"


def test_a_console_start_writes_no_log(log_dir: Path) -> None:
    assert launcher.log_without_terminal() is None
    assert not log_dir.exists()


def test_a_windowed_start_logs_to_the_user_log_folder(log_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    stream = launcher.log_without_terminal()
    try:
        assert stream is not None and sys.stderr is stream and sys.stdout is stream
        print("导入失败 / Import failed: test", file=sys.stderr)
    finally:
        faulthandler.disable()
        stream.close()
    text = (log_dir / "zzreader.log").read_text("utf-8")
    assert text.startswith("--- zzreader ") and "导入失败 / Import failed: test" in text


def test_a_big_log_starts_afresh_keeping_one_older_file(log_dir: Path) -> None:
    log_dir.mkdir(parents=True)
    (log_dir / "zzreader.log").write_text("x" * (launcher.LOG_MAX_BYTES + 1))
    stream = launcher.open_log()
    stream.close()
    assert (log_dir / "zzreader.log").stat().st_size == 0
    assert (log_dir / "zzreader.log.1").stat().st_size == launcher.LOG_MAX_BYTES + 1
