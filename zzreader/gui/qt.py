"""The one module that imports PySide6.

Everything else in `zzreader.gui` imports Qt names from here, so a binding
upgrade or a switch is one file, and `tests/test_architecture.py` fails on a
stray `import PySide6` anywhere else. The minimum version is checked on import
with a bilingual message instead of an AttributeError deep inside a widget.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

import PySide6


def _read_sources_instead_of_caching_their_lines() -> None:
    """Make PySide6's per-import check for its `__feature__` switch cheap.

    Once PySide6 is loaded it asks, of every module named in an import
    statement that it has not seen yet, whether that module's source mentions
    "PySide6" (shibokensupport/feature.py, `_mod_uses_pyside`, through
    `inspect.getsource`). That reads about 200 modules at start and keeps
    every line of them in `linecache`: some 20 ms and 8 MB before the window
    shows (tests/bench/bench_gui.py). The same question answered on the file's
    bytes gives the same answer without keeping them; a module without a
    readable `.py` file is left to PySide6's own check. zzreader's own modules
    (about 120 at start, 4 ms of reading) are answered by their package: the
    window's use Qt, the core and the command line never do; Python's own
    modules never do either (3 ms more). zzreader selects no feature, so the
    answers only keep PySide6's bookkeeping as it was.
    """
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "reads_bytes", False):
        return

    standard_library = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: object) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name.split(".", 1)[0] == "zzreader":  # our own, known without reading:
            return name.startswith("zzreader.gui.")  # core and cli never import Qt (tests/test_architecture.py)
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return check(module)
        if path.startswith(standard_library) and "site-packages" not in path:
            return False  # Python's own modules never use PySide6
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return check(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_read_sources_instead_of_caching_their_lines()

from PySide6 import QtCore, QtGui, QtWidgets  # after the check above is made cheap

if TYPE_CHECKING:  # what editors and type checkers see: the names below, from their modules
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # noqa: F403
    from PySide6.QtNetwork import *  # noqa: F403
    from PySide6.QtPrintSupport import *  # noqa: F403
    from PySide6.QtSvg import *  # noqa: F403
    from PySide6.QtWidgets import *  # noqa: F403

# The names zzreader uses, by module. Each is looked up in its module when a
# zzreader module first imports it (`__getattr__` below), not all up front:
# PySide6 builds a class, with every enum it holds, when it is first named
# (the `Qt` namespace alone takes some 13 ms), and the window's start-up
# names only the classes of the modules it imports (tests/bench/bench_gui.py).
_CORE = frozenset((
    "QAbstractItemModel", "QAbstractListModel", "QAbstractTableModel", "QBuffer", "QByteArray",
    "QCoreApplication", "QCryptographicHash", "QDate", "QDeadlineTimer", "QDir", "QEvent", "QEventLoop", "QIODevice", "QItemSelectionModel", "QLibraryInfo",
    "QLocale", "QLockFile", "QMargins", "QMarginsF", "QMimeData", "QModelIndex", "QObject", "QPersistentModelIndex",
    "QPoint", "QPointF", "QRect", "QRectF", "QRunnable", "QSettings", "QSize", "QSizeF",
    "QSocketNotifier", "QSortFilterProxyModel", "QStandardPaths", "QStringListModel", "QThread", "QThreadPool", "QTimer",
    "QTranslator", "QUrl", "Qt", "Signal", "Slot", "QtMsgType", "qInstallMessageHandler", "qVersion",
))
_GUI = frozenset((
    "QAction", "QActionGroup", "QBrush", "QColor", "QContextMenuEvent", "QDesktopServices",
    "QDragEnterEvent", "QDropEvent", "QFont", "QFontDatabase", "QFontInfo", "QFontMetrics",
    "QGuiApplication", "QHelpEvent", "QIcon", "QIconEngine", "QImage", "QKeyEvent", "QKeySequence",
    "QMouseEvent", "QPageLayout", "QPageSize", "QPainter", "QPainterPath", "QPalette", "QPdfWriter",
    "QPen", "QPixmap", "QShortcut", "QStandardItem", "QStandardItemModel", "QTextBlock",
    "QTextBlockFormat", "QTextCharFormat", "QTextCursor", "QTextDocument", "QTextFormat",
    "QTextFrameFormat", "QTextLength", "QTextOption",
))
_WIDGETS = frozenset((
    "QAbstractButton", "QAbstractItemView", "QApplication", "QButtonGroup", "QCalendarWidget",
    "QCheckBox", "QComboBox", "QCompleter", "QDateEdit", "QDialog", "QDialogButtonBox", "QDockWidget",
    "QFileDialog", "QFontComboBox", "QFormLayout", "QFrame", "QGridLayout", "QGroupBox", "QHBoxLayout",
    "QHeaderView", "QInputDialog", "QLabel", "QLineEdit", "QListView", "QListWidget",
    "QListWidgetItem", "QMainWindow", "QMenu", "QMessageBox", "QPlainTextEdit", "QProgressBar",
    "QProgressDialog", "QProxyStyle", "QPushButton", "QRadioButton", "QSizePolicy", "QSpinBox", "QSplitter",
    "QStackedWidget", "QStatusBar", "QStyle", "QStyleOption", "QStyleOptionViewItem",
    "QStyledItemDelegate", "QTableView", "QTableWidget", "QTableWidgetItem", "QTabWidget",
    "QTextBrowser", "QTextEdit", "QToolBar", "QToolButton", "QToolTip", "QTreeView", "QTreeWidget",
    "QTreeWidgetItem", "QVBoxLayout", "QWidget", "QWidgetAction",
))
_PRINT_SUPPORT = frozenset((
    "QPrintDialog", "QPrinter", "QPrintPreviewDialog",
))
_NETWORK = frozenset((
    "QLocalServer", "QLocalSocket",
))
_SVG = frozenset((
    "QSvgRenderer",
))


def _module(name: str) -> ModuleType | None:
    """The PySide6 module that holds `name` (imported now if it is one the start does not need)."""
    if name in _CORE:
        return QtCore
    if name in _GUI:
        return QtGui
    if name in _WIDGETS:
        return QtWidgets
    if name in _PRINT_SUPPORT:  # File → Print only
        from PySide6 import QtPrintSupport

        return QtPrintSupport
    if name in _NETWORK:  # the single-instance socket (gui/single_instance.py)
        from PySide6 import QtNetwork

        return QtNetwork
    if name in _SVG:  # the icons (gui/icons.py)
        from PySide6 import QtSvg

        return QtSvg
    return None


def __getattr__(name: str) -> Any:
    """A Qt name, made on first use and then kept as this module's attribute."""
    module = _module(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


MIN_QT = (6, 6)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2] if part.isdigit())


def check_version(found: str | None = None) -> None:
    """Refuse a Qt older than MIN_QT, naming what was found."""
    found = found or QtCore.qVersion()
    if _version_tuple(found) < MIN_QT:
        need = ".".join(map(str, MIN_QT))
        raise ImportError(
            f"需要 Qt {need} 或更新版本，当前为 {found} / "
            f"zzreader needs Qt {need} or newer, found {found}"
        )


check_version()


def leaks_none(calls: int = 64) -> bool:
    """Whether a void method call costs None a reference (PySide6 6.12 on CPython 3.11).

    That build returns `None` from void C++ methods without a new reference,
    as if None were immortal (it is only from CPython 3.12 on). Each call then
    takes one reference from None; a window makes thousands of such calls per
    second, and when the count reaches zero CPython aborts with
    "none_dealloc: deallocating None". pyproject.toml therefore excludes
    6.12; the test suite and `--self-test` check the installed binding.
    """
    probe = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - calls // 2


def alive(obj: object) -> bool:
    """Whether `obj`'s C++ object still exists: a late answer must not touch a deleted widget."""
    import shiboken6

    return shiboken6.isValid(obj)


BINDING = f"PySide6 {PySide6.__version__}"

__all__ = [name for name in sorted(_CORE | _GUI | _WIDGETS | _PRINT_SUPPORT | _NETWORK | _SVG)]  # noqa: C416
__all__ += ["BINDING", "MIN_QT", "alive", "check_version", "leaks_none"]
