"""A settings file holding a value Qt deserializes (`@Variant(…)`), however it is spelled.

Before: Qt's INI reader turns every `@Variant(…)` value into an object of the type its bytes
name as soon as the file is first read. A list claiming 2³¹ entries ended the window's start
in Qt's `std::bad_alloc` abort (exit 134, nothing said, on every start until the file was
fixed by hand), and a type PySide cannot convert ended it in a traceback. Qt reads escapes
first, so `\\x40Variant(`, `\\100Variant(`, a quoted value or a list's later item do the same.
Now the file is set aside under a new name (its bytes kept) with one line on standard error,
and the window opens with default settings; a file zzreader wrote itself, whatever text it
holds (a recent search `@Variant(`), is used as it is (`gui/settings_file.py`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zzreader.gui import settings_file
from zzreader.gui.app import SETTINGS_ENV, default_settings
from zzreader.gui.qt import QSettings
from zzreader.gui.recent_searches import K_RECENT_SEARCHES

HUGE_LIST = r"@Variant(\0\0\0\t\x7f\xff\xff\xff)"  # a QVariantList of 2**31 - 1 items

# Each spelling Qt reads as a @Variant value (checked against Qt: each aborted or raised before).
PAYLOADS = {
    "huge list": f"[search]\nrecent={HUGE_LIST}\n",
    "huge string list": "[search]\nrecent=@Variant(\\0\\0\\0\\v\\x7f\\xff\\xff\\xff)\n",
    "huge byte array list": "[search]\nrecent=@Variant(\\0\\0\\0\\x31\\x7f\\xff\\xff\\xff)\n",
    "unconvertible type": "[reading]\nfont_size=@Variant(\\0\\0\\0\\x38\\0\\0\\0\\x01)\n",
    "hex escape": "[search]\nrecent=\\x40" + HUGE_LIST[1:] + "\n",
    "wrapping hex escape": "[search]\nrecent=\\x10040" + HUGE_LIST[1:] + "\n",
    "octal escape": "[search]\nrecent=\\100" + HUGE_LIST[1:] + "\n",
    "quoted": f'[search]\nrecent="{HUGE_LIST}"\n',
    "later list item": f"[search]\nrecent=a, b, {HUGE_LIST}\n",
    "continued line": "[search]\nrecent=@\\\nVariant(\\0\\0\\0\\t\\x7f\\xff\\xff\\xff)\n",
    "window key": f"[window]\ngeometry={HUGE_LIST}\n",
    "after a comment's backslash": f"[search]\nold=a; note \\\nrecent={HUGE_LIST}\n",
    "unknown key": f"[elsewhere]\nanything={HUGE_LIST}\n",
}


@pytest.mark.skipif(sys.platform != "linux", reason="a window started in a child process, offscreen")
@pytest.mark.parametrize("name", ["huge list", "unconvertible type", "octal escape", "later list item"])
def test_the_window_starts_and_says_so_whatever_variant_the_settings_hold(
    library_path: Path, tmp_path: Path, name: str
) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(PAYLOADS[name], encoding="utf-8")
    picture = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8", **{SETTINGS_ENV: str(ini)})
    run = subprocess.run(
        [sys.executable, "-m", "zzreader", "--library", str(library_path), "--screenshot", str(picture)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    said = [line for line in run.stderr.splitlines() if "settings file" in line]
    assert run.returncode == 0, run.stderr[-800:]  # was -6 (abort) or 1 (traceback)
    assert "Traceback" not in run.stderr
    assert len(said) == 1 and "@Variant" in said[0] and "default settings used" in said[0]
    assert picture.stat().st_size > 0  # the window opened
    kept = list(tmp_path.glob("settings.ini.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == PAYLOADS[name]  # nothing lost


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_every_spelling_is_set_aside_before_qt_reads_it(qapp, monkeypatch, tmp_path: Path, capsys, name: str) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(PAYLOADS[name], encoding="utf-8")
    monkeypatch.setenv(SETTINGS_ENV, str(ini))
    settings = default_settings()
    assert settings.allKeys() == []  # Qt read nothing of it (this call aborted the process before)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be read" in err[0]
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("settings.ini.unreadable-*")] == [PAYLOADS[name]]


def test_a_settings_file_zzreader_wrote_is_used_whatever_text_it_holds(qapp, monkeypatch, tmp_path: Path, capsys) -> None:
    ini = tmp_path / "settings.ini"
    odd = ["@Variant(\\0\\0\\0\\t\\x7f\\xff\\xff\\xff)", "@", "x, @Variant(", '"@Variant("', "\\x40", "a\\\nb"]
    written = QSettings(str(ini), QSettings.Format.IniFormat)
    written.setValue(K_RECENT_SEARCHES, odd)
    written.setValue("reading/user_name", "@Variant(")
    written.sync()
    del written
    monkeypatch.setenv(SETTINGS_ENV, str(ini))
    settings = default_settings()
    assert settings.value(K_RECENT_SEARCHES) == odd
    assert settings.value("reading/user_name") == "@Variant("
    assert capsys.readouterr().err == ""
    assert not list(tmp_path.glob("*.unreadable-*"))


def test_a_settings_file_too_big_to_be_ours_is_set_aside(qapp, monkeypatch, tmp_path: Path, capsys) -> None:
    ini = tmp_path / "settings.ini"
    with open(ini, "wb") as f:
        f.write(b"[search]\nrecent=")
        f.truncate(settings_file.MAX_SETTINGS_BYTES + 1)
    monkeypatch.setenv(SETTINGS_ENV, str(ini))
    assert default_settings().allKeys() == []
    assert "over 1 MB" in capsys.readouterr().err
    assert len(list(tmp_path.glob("settings.ini.unreadable-*"))) == 1


HARMLESS = r"Variant(\0\0\0\x02\0\0\0\x05)"  # the number 5 when Qt deserializes it
PIECES = ["@", HARMLESS, "\\x40", "\\100", "\\x10040", '"', ",", ";", "=", "\n", "\\\n", "\\\r\n", " ", "\t",
          "a", "[s]\n", "@@", "\\", '\\"', "\\8", "\\x", "\\V"]  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14), st.booleans())
def test_whatever_qt_would_deserialize_is_found(qapp, tmp_path: Path, pieces: list[str], keyed: bool) -> None:
    """Told apart against Qt itself on a harmless @Variant: no file Qt would read a @Variant
    from passes the check (one that Qt would not may be set aside: such a file is none of ours)."""
    raw = (("k=" if keyed else "") + "".join(pieces)).encode()
    ini = tmp_path / "probe.ini"
    ini.write_bytes(raw)
    read = QSettings(str(ini), QSettings.Format.IniFormat)
    values = [read.value(key) for key in read.allKeys() if key]
    deserialized = any(type(v) is int or (isinstance(v, list) and any(type(x) is int for x in v)) for v in values)
    if deserialized:
        assert settings_file.unsafe_reason(raw) is not None, raw


def test_a_variant_another_program_writes_while_the_window_runs(qtbot, library_path: Path, tmp_path: Path, capsys) -> None:
    """Qt reads the settings file again before it saves when another program changed it: a
    @Variant written there meanwhile aborted the running window at its next save (here the
    layout and last article, saved as it closes: the closing backup never came)."""
    from zzreader.gui.main_window import MainWindow

    ini = tmp_path / "settings.ini"
    win = MainWindow(library_path, QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.search.recent.remember("口袋公园")
    win.save_window_state()
    ini.write_text(f"[search]\nrecent={HUGE_LIST}\n", encoding="utf-8")  # another program
    win.search.recent.remember("湘江风光带")
    win.save_window_state()  # aborted the process
    win.shutdown()
    after = QSettings(str(ini), QSettings.Format.IniFormat)
    assert after.value(K_RECENT_SEARCHES)[:2] == ["湘江风光带", "口袋公园"]  # the window's values, all of them
    assert after.value("window/geometry") is not None
    said = [line for line in capsys.readouterr().err.splitlines() if "settings file" in line]
    assert len(said) == 1 and "Another program" in said[0]
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("settings.ini.unreadable-*")] == [
        f"[search]\nrecent={HUGE_LIST}\n"
    ]
