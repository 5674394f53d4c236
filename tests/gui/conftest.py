"""GUI test fixtures: a sample library built once, temporary settings, a window.

The sample library is imported from the five seeds once per session and
copied for each test that needs one, so tests can import into it freely.
Settings always live in a per-test INI file, and QSettings' default paths
point into a temporary folder, so no test can read or write the user's own.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader import i18n
from zzreader.core.importer import import_paths
from zzreader.core.parse import parse_file
from zzreader.core.store import open_library
from zzreader.gui.qt import QSettings


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder))
    os.environ["ZZREADER_SETTINGS"] = str(folder / "default.ini")
    yield


@pytest.fixture(autouse=True)
def _chinese_first():
    i18n.set_language("zh")
    yield
    i18n.set_language("zh")


@pytest.fixture(scope="session")
def sample_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.sqlite"
    with open_library(path) as library:
        report = import_paths(library, SEEDS, workers=0)
    assert report.count("imported") == len(SEEDS)
    return path


@pytest.fixture
def library_path(sample_library_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "library.sqlite"
    shutil.copy(sample_library_file, target)
    return target


@pytest.fixture(scope="session")
def parsed_seeds():
    """What the parser makes of each seed: the expected tree, not hard-coded numbers."""
    return [parse_file(p) for p in SEEDS]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, library_path: Path, settings: QSettings):
    """A main window on `library_path`, shown and exposed; the caller ends it with `shutdown()`.

    For tests that change the library file before the window opens; the
    others take the `window` fixture.
    """
    from zzreader.gui.main_window import MainWindow

    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, library_path: Path, settings: QSettings):
    win = open_window(qtbot, library_path, settings)
    yield win
    win.shutdown()
