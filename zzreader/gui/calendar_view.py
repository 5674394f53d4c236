"""The calendar of issues: a month with issue days marked (pages, articles in
the tooltip) and missing issues in red, and for the chosen day its issue,
the same day in every year and the same lunar date (core/discovery/issue_calendar.py).
All reads are small indexed queries, done on the GUI thread."""

from __future__ import annotations

from zzreader.core.discovery import issue_calendar as cal
from zzreader.gui import plain_text
from zzreader.gui.discovery import DiscoveryHost
from zzreader.gui.qt import (
    QBrush, QCalendarWidget, QColor, QDate, QFont, QLabel, QLocale, QListWidget, QListWidgetItem, QSplitter,
    Qt, QTabWidget, QTextCharFormat, QVBoxLayout, QWidget,
)
from zzreader.gui.tree_model import article_label
from zzreader.i18n import language, tr

ID_ROLE = Qt.ItemDataRole.UserRole  # article id
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1
ISSUE_COLOR = QColor("#cfe3ff")
ISSUE_TEXT = QColor("#0b2545")  # dark on the light blue in every theme: the dark theme's white was unreadable
MISSING_COLOR = QColor("#c62828")


def issue_facts(number: object, pages: object, articles: int) -> str:
    """'第23847期  8 版  6篇' / 'No. 23847  8 pages  6 articles', leaving out what the issue does not say
    (a '?' for an unknown number read as a typo)."""
    parts = [tr("discover.calendar.number", number=number)] if number not in (None, "") else []
    if pages:
        parts.append(tr("discover.calendar.pages", pages=pages))
    parts.append(tr("count.articles", n=articles))
    return "  ".join(parts)


class CalendarView(QWidget):
    def __init__(self, host: DiscoveryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.month_data: dict = {"issues": [], "missing": []}
        self.marked: list[QDate] = []
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar.month")
        self.calendar.setGridVisible(True)
        if language() == "zh":
            self.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        legend = QLabel(tr("discover.calendar.legend"))
        legend.setTextFormat(Qt.TextFormat.PlainText)
        legend.setWordWrap(True)  # one English line was 660 px: wider than the calendar on a laptop
        self.calendar.currentPageChanged.connect(lambda y, m: self.load_month(y, m))
        self.calendar.selectionChanged.connect(lambda: self.select_day(self.calendar.selectedDate()))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.day_articles = self._list("calendar.articles")
        self.on_this_day = self._list("calendar.onthisday")
        self.lunar = self._list("calendar.lunar")
        self.missing = self._list("calendar.missing")
        tabs = QTabWidget()
        tabs.addTab(self.day_articles, tr("discover.calendar.day"))
        tabs.addTab(self.on_this_day, tr("discover.calendar.onthisday"))
        tabs.addTab(self.lunar, tr("discover.calendar.lunar"))
        tabs.addTab(self.missing, tr("discover.calendar.missing"))
        self.tabs = tabs
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(tabs, 1)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.calendar, 1)
        left_box.addWidget(legend)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _list(self, name: str) -> QListWidget:
        w = QListWidget()
        w.setObjectName(name)
        w.itemActivated.connect(self._open)
        return w

    def refresh(self) -> None:
        stats = self.host.library.stats()
        shown = QDate(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        if not self.month_data["issues"] and stats.last_date:
            last = QDate.fromString(stats.last_date, "yyyy-MM-dd")
            if last.isValid() and shown > last:
                self.calendar.setSelectedDate(last)
                return
        self.load_month(self.calendar.yearShown(), self.calendar.monthShown())
        self.select_day(self.calendar.selectedDate())  # the summary says what the chosen day holds, even nothing

    def load_month(self, year: int, month: int) -> None:
        for day in self.marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        self.marked = []
        self.month_data = cal.calendar(self.host.library, year, month)
        bold = QFont()
        bold.setBold(True)
        for i in self.month_data["issues"]:
            day = QDate.fromString(i["date"], "yyyy-MM-dd")
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(ISSUE_COLOR))
            fmt.setForeground(QBrush(ISSUE_TEXT))
            fmt.setFontWeight(QFont.Weight.Bold)
            # pages come from the library (any type in an altered one): shown as text
            fmt.setToolTip(plain_text.tip(issue_facts(None, i["pages"], i["articles"])))
            self.calendar.setDateTextFormat(day, fmt)
            self.marked.append(day)
        self.missing.clear()
        for d in self.month_data["missing"]:
            day = QDate.fromString(d, "yyyy-MM-dd")
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(MISSING_COLOR))
            fmt.setFontStrikeOut(True)
            fmt.setToolTip(tr("discover.calendar.missing_tip"))
            self.calendar.setDateTextFormat(day, fmt)
            self.marked.append(day)
            self.missing.addItem(d)
        self.tabs.setTabText(3, tr("discover.calendar.missing_n", n=len(self.month_data["missing"])))

    def select_day(self, day: QDate) -> None:
        iso = day.toString("yyyy-MM-dd")
        lib = self.host.library
        issue = next((i for i in self.month_data["issues"] if i["date"] == iso), None)
        self.day_articles.clear()
        if issue is None:
            missing = iso in self.month_data["missing"]
            self.summary.setText(tr("discover.calendar.no_issue_missing" if missing else "discover.calendar.no_issue", date=iso))
        else:
            self.summary.setText(f"{iso}  {issue_facts(issue['number'], issue['pages'], issue['articles'])}")
            for a in lib.articles_of_issue(issue["issue_id"]):
                item = QListWidgetItem(plain_text.item_text(article_label(a)))  # an untitled piece: its first words
                item.setData(ID_ROLE, a.id)
                self.day_articles.addItem(item)
        self._fill_issues(self.on_this_day, cal.on_this_day(lib, day.toString("MM-dd"))["issues"])
        try:
            lunar = cal.same_lunar_date(lib, iso)
        except cal.QueryError:  # a day the lunar tables do not reach (before 1900, after 2100)
            self._fill_issues(self.lunar, [])
            self.tabs.setTabText(2, tr("discover.calendar.lunar"))
            return
        self._fill_issues(self.lunar, lunar["issues"])
        self.tabs.setTabText(2, tr("discover.calendar.lunar_md", month=lunar["lunar"]["month"], day=lunar["lunar"]["day"]))

    def _fill_issues(self, target: QListWidget, issues: list[dict]) -> None:
        target.clear()
        for i in issues:
            item = QListWidgetItem(tr("discover.calendar.issue_row", date=i["date"], n=i["articles"]))
            item.setData(ISSUE_ROLE, i["issue_id"])
            target.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        article_id = item.data(ID_ROLE)
        if article_id is None and item.data(ISSUE_ROLE) is not None:
            first = self.host.library.articles_of_issue(int(item.data(ISSUE_ROLE)))
            article_id = first[0].id if first else None
        if article_id is not None:
            self.host.open_article(int(article_id))

    def go_to(self, iso: str) -> None:
        day = QDate.fromString(iso, "yyyy-MM-dd")
        self.calendar.setSelectedDate(day)
        self.load_month(day.year(), day.month())
        self.select_day(day)
