"""File → Recent libraries, New library… and Open library…: which library the window shows.

Kept apart from the window: it needs the settings, a parent for its dialogs,
the current library's path and one way to switch (`switch(path) -> bool`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from zzreader.gui import file_dialogs, plain_text, settings_file
from zzreader.gui.qt import QMenu, QSettings, QWidget
from zzreader.i18n import tr

RECENT_MAX = 8
LIBRARY_FILTER = "zzreader (*.sqlite *.db);;*"
K_RECENT = "library/recent"


class RecentLibraries:
    """The recent list in the settings, the menu that shows it, and the two file dialogs."""

    def __init__(
        self, settings: QSettings, parent: QWidget, current: Callable[[], Path | None], switch: Callable[[str], bool]
    ) -> None:
        self.settings, self.parent, self.current, self.switch = settings, parent, current, switch

    def paths(self) -> list[str]:
        value = self.settings.value(K_RECENT, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        # A hand-edited file may list 10,000: the menu shows what the window keeps.
        return [*dict.fromkeys(str(v) for v in value)][:RECENT_MAX]

    def remember(self, path: Path) -> None:
        old = self.paths()
        recent = ([str(path)] + [p for p in old if p != str(path)])[:RECENT_MAX]
        if recent != old:  # an unchanged list is not written again
            settings_file.put(self.settings, K_RECENT, recent)

    def fill(self, menu: QMenu) -> None:
        """Called as the menu opens: the current library and missing files are greyed out."""
        menu.clear()
        current = str(self.current())
        for n, path in enumerate(self.paths(), start=1):
            act = menu.addAction(f"&{n} {plain_text.menu_text(path)}")  # a folder may be named "R&D"
            act.setToolTip(plain_text.tip(path))  # whole and escaped: a menu item's default tip is its text, read as HTML
            act.setEnabled(path != current and _is_file(path))
            act.triggered.connect(lambda _c=False, p=path: self.switch(p))
        if menu.isEmpty():
            menu.addAction(tr("menu.recent.none")).setEnabled(False)

    def new_library(self) -> None:
        from zzreader.gui.qt import QFileDialog  # made on first use, not at start

        path, _ = QFileDialog.getSaveFileName(
            self.parent, tr("library.new.title"), file_dialogs.suggest("library", "zzreader.sqlite"), LIBRARY_FILTER,
        )
        if path:
            file_dialogs.remember("library", path)
            if not Path(path).suffix:
                path += ".sqlite"
            self.switch(path)

    def open_library(self) -> None:
        from zzreader.gui.qt import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent, tr("library.open.title"), file_dialogs.folder("library"), LIBRARY_FILTER
        )
        if path:
            file_dialogs.remember("library", path)
            self.switch(path)


def _is_file(path: str) -> bool:
    """Is there a file at `path`? A name no file can have (too long, a NUL) is simply not there:
    `Path.exists()` raises for a name longer than the system allows."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False
