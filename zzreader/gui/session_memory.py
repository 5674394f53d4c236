"""Where the reader was, remembered between runs: the recent libraries and the
article last read in each (gui/recent_libraries.py, gui/window_layout.py).

Nothing is written before the window's first paint: writing the settings file
then (QSettings syncs it at the next turn of the event loop, two fdatasync
calls) would only delay the paint, and nothing reads it sooner. `settle_in`
writes what start-up held back; from then on changes are written as they come.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from zzreader.gui.qt import QSettings
from zzreader.gui.recent_libraries import RecentLibraries
from zzreader.gui.window_layout import LastArticles


class SessionMemory:
    def __init__(
        self,
        settings: QSettings,
        recent: RecentLibraries,
        library_path: Callable[[], Path],
        current_id: Callable[[], int | None],
        closed: Callable[[], bool],
    ) -> None:
        self.last_articles = LastArticles(settings)
        self.recent = recent
        self._library_path = library_path
        self._current_id = current_id
        self._closed = closed
        self.drawn = False  # first painted: from then on changes are written as they come

    def last_article(self, library_path: Path) -> int | None:
        return self.last_articles.get(str(library_path))

    def library_shown(self, library_path: Path) -> None:
        if self.drawn:  # else settle_in does
            self.recent.remember(library_path)

    def article_opened(self) -> None:
        if self.drawn:  # else settle_in does
            self.save_article()

    def settle_in(self) -> None:
        """Write what start-up held back (once): the library and its open article."""
        if self.drawn:
            return
        self.drawn = True
        if not self._closed():
            self.recent.remember(self._library_path())
            self.save_article()

    def save_article(self) -> None:
        self.last_articles.remember(str(self._library_path()), self._current_id())
