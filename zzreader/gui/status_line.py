"""The status bar's two standing texts: where the reader is, and what the library holds.

The left text is the place in the archive (year › month › issue › article)
with the page's mark summary, or the title filter's count while it is on;
the right one counts issues and articles with their date range. Both show
library text (a title; the dates of the first and last issue, which another tool may
have set to anything), so both labels are plain text (plain_text.py).
"""

from __future__ import annotations

from collections.abc import Callable

from zzreader.core.store import Library
from zzreader.gui import eliding, plain_text
from zzreader.gui.eliding import ElidingLabel
from zzreader.gui.qt import QLabel, QMainWindow, QObject, QStatusBar
from zzreader.i18n import tr


class StatusLine(QObject):
    def __init__(
        self,
        bar: QStatusBar,
        library: Callable[[], Library],
        place: Callable[[], str],
        marks: Callable[[], str],
    ) -> None:
        super().__init__(bar)
        self.library, self.place, self.marks = library, place, marks
        self.counts = plain_text.plain(QLabel())  # shows issue dates from the library
        self.counts.setObjectName("libraryCounts")
        self.counts.setAccessibleName(tr("status.counts.accessible"))
        bar.addPermanentWidget(self.counts)
        self.where = plain_text.plain(ElidingLabel())  # shows a title from the library; '…' where it is cut
        self.where.setObjectName("selectionPath")
        bar.addWidget(self.where, 1)

    @classmethod
    def on_window(cls, window: QMainWindow, library: Callable[[], Library], place: Callable[[], str],
                  marks: Callable[[], str]) -> StatusLine:
        """The status line in a new status bar of `window` whose messages end in '…' (gui/eliding.py)."""
        return cls(eliding.install(window), library, place, marks)

    def update_counts(self) -> None:
        s = self.library().stats()
        text = tr("status.counts", issues=s.issues, articles=s.articles)
        if s.first_date:
            text += f"  ·  {plain_text.item_text(s.first_date, 40)} — {plain_text.item_text(s.last_date, 40)}"
        self.counts.setText(text)

    def show_where(self, text: str) -> None:
        """Show a text of its own (the title filter's count) until the next update."""
        self.where.setText(text)

    def update_where(self) -> None:
        parts = [p for p in (self.place(), self.marks()) if p]
        self.where.setText("   ".join(parts))
