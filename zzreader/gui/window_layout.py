"""What the window remembers between runs: its geometry, docks and splitters, and the last article.

`WindowLayout` needs the main window (for geometry, dock state and dock
sizes), its two splitters and the search dock; `LastArticles` needs only the
settings. Neither knows anything else about the window.
"""

from __future__ import annotations

import json
import zlib

from zzreader.core import stored_values
from zzreader.gui import settings_file
from zzreader.gui.qt import (
    QByteArray,
    QDockWidget,
    QMainWindow,
    QSettings,
    QSplitter,
    Qt,
)

K_GEOMETRY = "window/geometry"
K_STATE = "window/state"
K_SPLITTER = "window/splitter"
K_LEFT_SPLITTER = "window/left_splitter"
K_LAST_ARTICLES = "reader/last_articles"  # JSON {library path: article id}
K_SHOW_SOURCE = "reader/show_source"  # the raw dump beside the article
STATE_VERSION = 1
# Qt's restoreState reads its bytes trusting every length and size in them: a settings file
# whose dock state or splitter had a few bytes damaged made the window crash (segmentation
# fault) at every start. The layout is restored only when its bytes are the ones this window
# saved, told by a checksum saved beside them; anything else (damaged, cut, written by hand or by
# another program, or by a version before the digest) leaves the first-run layout.
K_LAYOUT_DIGEST = "window/layout_digest"
LAYOUT_KEYS = (K_GEOMETRY, K_STATE, K_SPLITTER, K_LEFT_SPLITTER)


def layout_digest(values: dict[str, QByteArray | bytes | None]) -> str:
    """A CRC-32 over the layout's values in order, each with its length (a missing one marked):
    it tells damaged bytes (zlib's, loaded anyway; hashlib would add 0.4 s to the start)."""
    crc = 0
    for key in LAYOUT_KEYS:
        value = values.get(key)
        data = b"" if value is None else bytes(value)
        crc = zlib.crc32(b"-" if value is None else len(data).to_bytes(8, "big") + data, crc)
    return f"crc32:{crc:08x}"


def write_layout(settings: QSettings, values: dict[str, QByteArray]) -> None:
    """Save the layout's values with their digest (what `WindowLayout.restore` will believe)."""
    for key in LAYOUT_KEYS:
        if key in values:
            settings_file.put(settings, key, values[key])
    settings_file.put(settings, K_LAYOUT_DIGEST, layout_digest(values))


class WindowLayout:
    """Saves and restores the layout; until the user moves a splitter, panes keep first-run proportions."""

    def __init__(
        self, settings: QSettings, window: QMainWindow, splitter: QSplitter, left: QSplitter, search_dock: QDockWidget
    ) -> None:
        self.settings, self.window, self.splitter, self.left, self.search_dock = (
            settings, window, splitter, left, search_dock)
        self.sized_by_user = True  # until restore() knows better

    def first_start(self) -> bool:
        return self.settings.value(K_GEOMETRY) is None

    def proportion(self) -> None:
        """First-run sizes: tree about a fifth, search a quarter, the page the rest."""
        width = self.window.width()
        self.splitter.setSizes([max(240, width // 5), width])
        self.window.resizeDocks([self.search_dock], [max(300, width // 4)], Qt.Orientation.Horizontal)

    def resized(self) -> None:
        if not self.sized_by_user:
            self.proportion()

    def restore(self) -> None:
        """Sizes as they were, when the settings hold the bytes this window saved (K_LAYOUT_DIGEST);
        anything else (edited by hand, damaged, written by another program) is ignored, never a crash."""
        saved = {key: self._saved(key) for key in LAYOUT_KEYS}
        if self.settings.value(K_LAYOUT_DIGEST) != layout_digest(saved):
            saved = dict.fromkeys(LAYOUT_KEYS)
        geometry, state, splitter, left = (saved[key] for key in LAYOUT_KEYS)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if state is not None:
            self.window.restoreState(state, STATE_VERSION)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if left is not None:
            self.left.restoreState(left)
        self.sized_by_user = state is not None or splitter is not None
        self.splitter.splitterMoved.connect(self._user_sized)

    def _saved(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else QByteArray(value) if isinstance(value, bytes) else None

    def _user_sized(self, *_args) -> None:
        self.sized_by_user = True

    def save(self) -> None:
        write_layout(self.settings, {
            K_GEOMETRY: self.window.saveGeometry(),
            K_STATE: self.window.saveState(STATE_VERSION),
            K_SPLITTER: self.splitter.saveState(),
            K_LEFT_SPLITTER: self.left.saveState(),
        })  # fmt: skip


class LastArticles:
    """The article last read in each library, so a library opens where it was left."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def all(self) -> dict[str, int]:
        raw = self.settings.value(K_LAST_ARTICLES, "{}")
        try:
            data = json.loads(raw) if isinstance(raw, str) else {}
        except (ValueError, RecursionError):  # a hand-edited file: garbage, or nested past the stack
            data = {}
        return data if isinstance(data, dict) else {}

    def get(self, library_path: str) -> int | None:
        """The id saved for the library; one no row can have (2**70, a bool) is none."""
        value = self.all().get(library_path)
        ok = isinstance(value, int) and not isinstance(value, bool) and stored_values.storable_key(value)
        return value if ok else None

    def remember(self, library_path: str, article_id: int | None) -> None:
        if article_id is None:
            return
        data = self.all()
        if data.get(library_path) == article_id:
            return  # unchanged: nothing to write
        data[library_path] = article_id
        settings_file.put(self.settings, K_LAST_ARTICLES, json.dumps(data, ensure_ascii=False))
