"""The one module that imports PySide6.

Everything else in `zzreader.gui` imports Qt names from here, so a binding
upgrade or a switch is one file, and `tests/test_architecture.py` fails on a
stray `import PySide6` anywhere else. The minimum version is checked on import
with a bilingual message instead of an AttributeError deep inside a widget.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QDate,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QMargins,
    QMarginsF,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    QSizeF,
    QSortFilterProxyModel,
    QStandardPaths,
    QStringListModel,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Qt,
    Signal,
    Slot,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QStyleOptionViewItem,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QToolTip,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
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
    "none_dealloc: deallocating None". pyproject.toml therefore excludes
    6.12; the test suite and `--self-test` check the installed binding.
    """
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - calls // 2



BINDING = f"PySide6 {PySide6.__version__}"

_FUNCTIONS = ("Qt", "Signal", "Slot", "qVersion", "qInstallMessageHandler")
__all__ = [name for name in dir() if name[:1] == "Q" or name in _FUNCTIONS]
__all__ += ["BINDING", "MIN_QT", "check_version", "leaks_none"]
