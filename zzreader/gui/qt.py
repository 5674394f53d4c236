"""The one module that imports PySide6 (see shared/houses.md §10).

Everything else in `zzreader.gui` imports Qt names from here, so a binding
upgrade or a switch is one file, and `tests/gui/test_structure.py` fails on a
stray `import PySide6` anywhere else. The minimum version is checked on import
with a bilingual message instead of an AttributeError deep inside a widget.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QMargins,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

MIN_QT = (6, 6)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2] if part.isdigit())


def check_version(found: str | None = None) -> None:
    """Refuse a Qt older than MIN_QT, naming what was found."""
    found = found or qVersion()
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
    "none_dealloc: deallocating None".
    """
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - calls // 2


def pin_none() -> bool:
    """Make None's reference count unreachably high where the binding leaks it.

    The count is a plain Py_ssize_t at the start of the object on CPython; a
    margin of 2**61 references outlasts any session. It changes nothing else
    (None is never freed either way) and is what CPython 3.12 does for it.
    Returns True when the margin was added.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not leaks_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 61
    return True


NONE_PINNED = pin_none()

BINDING = f"PySide6 {PySide6.__version__}"

__all__ = [name for name in dir() if name[:1] == "Q" or name in ("Qt", "Signal", "Slot", "qVersion")]
__all__ += ["BINDING", "MIN_QT", "NONE_PINNED", "check_version", "leaks_none", "pin_none"]
