"""A narrow archive tree: the count gives way before the label, so a row never
reads '… 6 articles' with the issue's date gone."""

from __future__ import annotations

import pytest

from zzreader import i18n
from zzreader.gui.qt import QFont, QFontMetrics
from zzreader.gui.tree_model import fit_row


@pytest.fixture
def metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QFont())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_row_with_room_shows_label_and_count_in_full(metrics, lang) -> None:
    i18n.set_language(lang)
    count = i18n.tr("count.articles", n=6)
    assert fit_row("Mon 2026-02-09", count, 400, metrics) == ("Mon 2026-02-09", count)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_tight_row_keeps_the_label_and_shortens_the_count(metrics, lang) -> None:
    i18n.set_language(lang)
    label, count = "Mon 2026-02-09", i18n.tr("count.articles", n=6)
    width = metrics.horizontalAdvance(label) + metrics.horizontalAdvance("6") + 20
    assert fit_row(label, count, width, metrics) == (label, "6")


def test_a_very_narrow_row_elides_the_label_but_never_to_nothing(metrics) -> None:
    i18n.set_language("en")
    shown, count = fit_row("Mon 2026-02-09", "6 articles", metrics.horizontalAdvance("Mon 2026") + 30, metrics)
    assert count == "6" and shown.startswith("Mon") and shown.endswith("…")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_narrow_row_shows_the_issues_day_before_eliding_its_whole_date(metrics, lang) -> None:
    """Under '2024年 › 12月' a 170 px tree read '2024-1… 18' for every issue of the month."""
    i18n.set_language(lang)
    label, short = "2024-12-28 周六 · 第23649期", "28日 周六 · 第23649期"
    width = metrics.horizontalAdvance(short) + metrics.horizontalAdvance("18") + 24
    assert fit_row(label, "18篇", width, metrics, short) == (short, "18")
    assert fit_row(label, "18篇", 1000, metrics, short) == (label, "18篇")  # room: the whole date


def _first(model, parent, kind):
    from zzreader.gui.tree_model import KIND_ROLE

    index = model.index(0, 0, parent)
    while index.isValid() and index.data(KIND_ROLE) != kind:
        model.fetchMore(index)
        index = model.index(0, 0, index)
    return index


def test_an_issue_row_knows_its_day_without_the_year_and_month(window) -> None:
    from zzreader.gui import dates
    from zzreader.gui.tree_model import DATE_ROLE, ISSUE, LABEL_ROLE, SHORT_LABEL_ROLE

    issue = _first(window.model, window.model.index(-1, -1), ISSUE)
    day = dates.parse(issue.data(DATE_ROLE))
    label, short = issue.data(LABEL_ROLE), issue.data(SHORT_LABEL_ROLE)
    rest = label.split(" · ")[1:]  # the issue's number, or the pages its file holds
    assert label.startswith(day.isoformat())
    assert short == " · ".join([f"{day.day}日 周{dates.WEEKDAYS_ZH[day.weekday()]}", *rest])


def test_in_the_narrowest_tree_an_article_row_has_room_for_its_title(qtbot, window) -> None:
    """Five levels of 20 px left an article's row in the narrowest tree room for '…' alone."""
    from zzreader.gui.pane_fit import LEFT_MIN
    from zzreader.gui.qt import QFontMetrics
    from zzreader.gui.tree_model import ARTICLE

    window.resize(1024, 768)
    window.splitter.setSizes([LEFT_MIN, 1024 - LEFT_MIN])  # where the fitter narrows it for the page
    qtbot.wait(30)
    tree = window.tree
    article = _first(window.model, window.model.index(-1, -1), ARTICLE)
    tree.scrollTo(article)
    qtbot.wait(10)
    # The seeds' issues have one section each; an issue of several sections puts its articles a level deeper.
    left = tree.visualRect(article).left() + tree.indentation()
    room = tree.viewport().width() - left - tree.iconSize().width()
    assert room >= 6 * QFontMetrics(tree.font()).horizontalAdvance("中"), room


def test_an_issues_day_reads_in_the_windows_language() -> None:
    import datetime as dt

    from zzreader.gui import dates

    day = dt.date(2024, 12, 28)
    assert (dates.day_in_month(day, "zh"), dates.day_in_month(day, "en")) == ("28日 周六", "Sat 28")
