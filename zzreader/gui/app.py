"""Start the reader: QApplication, fonts, language, the main window.

`zzreader` (no command) calls `main(library_path)`; `--screenshot FILE`
opens the same window, waits until it is shown and populated (tree filled,
the newest issue's first article open), saves a PNG via QWidget.grab() and
exits 0, which also makes start-up measurable from outside.
"""

from __future__ import annotations

import gc
import json
import os
import stat
import sys
import time
from pathlib import Path

from zzreader import i18n
from zzreader.core import atomic_file, shown, user_dirs
from zzreader.core.store import Library
from zzreader.gui import fault_line, preferences, settings_file, single_instance
from zzreader.gui.first_paint import after_first_paint
from zzreader.gui.icons import app_icon
from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import (
    QApplication,
    QFont,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from zzreader.gui.qt_translations import MissingChinese
from zzreader.gui.terminate_signal import close_on_terminate

SETTINGS_ENV = "ZZREADER_SETTINGS"  # an INI file to use instead of the user's settings
# When set, the moment the window is on screen (and the process's resident
# memory then) is written to this file as JSON, for tests/bench/bench_gui.py.
STARTUP_LOG_ENV = "ZZREADER_STARTUP_LOG"
ORG, APP = "zzreader", "zzreader"
# What waits for the window's first paint (garbage collection, the single-instance
# listener) starts after this long anyway if the window has not been drawn by then.
NOT_DRAWN_MS = 3000


def default_settings() -> QSettings:
    """The user's settings (INI in the platform's config folder), or $ZZREADER_SETTINGS."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        try:
            atomic_file.refuse_database(path)  # saved settings would replace a library named here
            if _regular_or_new(path, f"（{SETTINGS_ENV}）") and settings_file.check(path):
                return QSettings(path, QSettings.Format.IniFormat)
        except atomic_file.DatabaseTarget as exc:
            print(f"{exc}（{SETTINGS_ENV}）", file=sys.stderr)
    base = user_dirs.config_base()  # Qt's own place, a relative $XDG_CONFIG_HOME ignored (core/user_dirs.py)
    if base is None:
        qt_own = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)  # read when first asked
        if settings_file.check(qt_own.fileName()):
            return qt_own
    else:
        usual = str(base / ORG / f"{APP}.ini")
        # checked before Qt opens it: reading a FIFO waits for a writer, a @Variant can end the process
        if _regular_or_new(usual) and settings_file.check(usual):
            return QSettings(usual, QSettings.Format.IniFormat)
    import tempfile  # for this session only: the usual file cannot be read

    return QSettings(str(Path(tempfile.mkdtemp(prefix="zzreader-")) / f"{APP}.ini"), QSettings.Format.IniFormat)


def _regular_or_new(path: str, where: str = "") -> bool:
    """Is `path` a settings file Qt may read and replace? A FIFO made the start wait forever for
    a writer; a device or folder is no settings file either. Anything else is told in one line."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True  # a new file (a folder in the way is Qt's to report when it saves)
    if stat.S_ISREG(mode):
        return True
    name = shown.name(path)
    print(f"设置文件不是普通文件，已忽略：{name}{where} / The settings file is not a regular file; "
          f"ignored: {name}{where.replace('（', ' (').replace('）', ')')}", file=sys.stderr)  # fmt: skip
    return False


def application() -> QApplication:
    """The QApplication, created once and set up with names, icon and a CJK UI font."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP)
    app.setOrganizationName(ORG)
    app.setApplicationDisplayName(i18n.tr("app.name"))
    app.setWindowIcon(app_icon())
    family = preferences.first_installed(preferences.UI_FONTS)
    font = QFont(app.font())
    # Keep the platform's Latin face but give Han characters a Simplified
    # Chinese face, so fontconfig doesn't pick Japanese glyph shapes.
    font.setFamilies([app.font().family(), family])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return app


def install_translations(app: QApplication, language: str) -> None:
    """Qt's own dialogs (file chooser, message box buttons) in Chinese too."""
    for old in getattr(app, "_zz_translators", []):
        app.removeTranslator(old)
    app._zz_translators = []  # type: ignore[attr-defined]
    if language != "zh":
        return
    gaps = MissingChinese(app)  # installed first, so asked after qtbase's catalogue
    app.installTranslator(gaps)
    app._zz_translators.append(gaps)  # type: ignore[attr-defined]
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder):
        app.installTranslator(translator)
        app._zz_translators.append(translator)  # type: ignore[attr-defined]


class Reader:
    """Owns the window; rebuilds it when the language changes."""

    def __init__(self, app: QApplication, library_path: Path | Library, settings: QSettings) -> None:
        self.app = app
        self.settings = settings
        self.window = self._make(library_path)

    def _make(self, path: Path | Library) -> MainWindow:
        prefs = preferences.load(self.settings)
        i18n.set_language(prefs.language)
        install_translations(self.app, prefs.language)
        self.app.setApplicationDisplayName(i18n.tr("app.name"))
        window = MainWindow(path, self.settings)
        window.language_changed.connect(self._relaunch)
        return window

    def _relaunch(self) -> None:
        old = self.window
        path = old.library.path
        old.shutdown(backup=False)  # the same library goes on in the new window
        self.window = self._make(path)
        self.window.show()
        old.deleteLater()


def main(
    library_path: str | Path | Library | None = None,
    screenshot: str | Path | None = None,
    settings: QSettings | None = None,
    new_window: bool = False,
) -> int:
    """Open the reader on `library_path` (default: the chosen/seeded library).

    An open `Library` is taken over by the window (zzreader/__main__.py opens it
    once, to create or seed it); the caller still closes it if this returns first.
    A window already open on the library is brought forward instead, unless
    `new_window` (gui/single_instance.py).
    """
    if library_path is None:
        from zzreader.core.library_paths import open_chosen_library

        with open_chosen_library(None) as library:
            library_path = library.path
    app = application()
    instance = None
    path = library_path.path if isinstance(library_path, Library) else Path(library_path)
    if not screenshot and not new_window:
        instance = single_instance.claim(path, listen=False)  # listens once drawn
        if instance is None:
            print(
                "书库已在另一个窗口中打开，已将其置前（另开窗口用 --new-window） / The library is "
                "already open in a window, brought forward (use --new-window for a second one)",
                file=sys.stderr,
            )
            return 0
    reader = Reader(app, library_path if isinstance(library_path, Library) else path, settings or default_settings())
    fault_line.install(lambda: reader.window)  # a slot's error is one line in the status bar
    if not gc.isenabled():  # `zzreader` started without it (zzreader/__main__.py run_window)
        after_first_paint(reader.window, collect_from_now_on)
        QTimer.singleShot(NOT_DRAWN_MS, collect_from_now_on)  # a window not drawn yet (started minimised)
    if screenshot:
        return take_screenshot(reader.window, Path(screenshot))
    after_first_paint(reader.window, lambda: close_on_terminate(lambda: reader.window.close(), app))  # before it listens
    if instance is not None:
        instance.activated.connect(lambda: single_instance.bring_forward(reader.window))
        after_first_paint(reader.window, instance.listen)
        QTimer.singleShot(NOT_DRAWN_MS, instance.listen)  # a window not drawn yet (started minimised)
    reader.window.show()
    QTimer.singleShot(0, lambda: log_startup(reader.window))
    code = app.exec()
    reader.window.shutdown()
    return code


def collect_from_now_on() -> None:
    """Garbage collection back on, once the window is drawn.

    The start (the imports above all) makes objects that live as long as the
    process; collecting while it runs scans them again and again for nothing
    (some 5 ms, tests/bench/bench_gui.py). Frozen, later collections skip them too.
    """
    if gc.isenabled():  # already done
        return
    gc.freeze()
    gc.enable()


def rss_bytes() -> int | None:
    """Resident memory of this process (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def log_startup(window: MainWindow) -> None:
    target = os.environ.get(STARTUP_LOG_ENV)
    if not target:
        return
    data = {
        "shown_at": time.time(),
        "rss_bytes": rss_bytes(),
        "cpu_s": time.process_time(),  # CPU time until shown (tests/bench/bench_gui.py)
        "article_id": window.current_id,
        "tree_rows": window.model.rowCount(),
    }
    Path(target).write_text(json.dumps(data), encoding="utf-8")


def _save_png(window: MainWindow, path: Path) -> bool:
    """The window as a PNG file, written whole (core/atomic_file.py): Qt's own save opened the name
    itself, so a FIFO no program reads kept the command waiting forever. Failures: one line."""
    from zzreader.gui.qt import QBuffer, QByteArray, QIODevice  # for --screenshot only

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        if not window.grab().save(buffer, "PNG"):
            raise OSError("PNG")
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_file.write_bytes(path, bytes(data))  # refuses a library: `--screenshot library.sqlite`
    except atomic_file.DatabaseTarget as exc:
        print(exc, file=sys.stderr)
        return False
    except OSError as exc:
        reason = shown.os_reason(exc) if exc.errno else ""
        print(f"截图保存失败 / Could not save the screenshot: {shown.name(str(path))} {reason}".rstrip(), file=sys.stderr)
        return False
    return True


def take_screenshot(window: MainWindow, path: Path) -> int:
    """Show `window`, let it lay out and paint, save it as PNG, close; 0 on success."""
    app = QApplication.instance()
    result = {"code": 1}

    def grab() -> None:
        log_startup(window)
        ok = _save_png(window, path)
        result["code"] = 0 if ok else 1
        window.close()
        app.quit()

    window.show()
    # The tree and the first article are filled synchronously in the
    # constructor; two turns of the event loop finish layout and painting.
    QTimer.singleShot(0, lambda: QTimer.singleShot(50, grab))
    app.exec()
    window.shutdown()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:2] or [None])))
