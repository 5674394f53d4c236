"""The discovery views on screen follow the window's own corrections (found by
tests/gui/test_window_action_sequences.py): the calendar kept listing, for its
day, an article merged away (and missed the second half of a split)."""

from __future__ import annotations

from zzreader.gui import calendar_view


def day_list(window) -> list[int]:
    view = window.discovery.docks["calendar"].widget()  # as shown: view() would refresh it
    return [view.day_articles.item(i).data(calendar_view.ID_ROLE) for i in range(view.day_articles.count())]


def stored_for_the_day(window, issue_id: int) -> list[int]:
    return [a.id for a in window.library.articles_of_issue(issue_id)]


def shown_day(qtbot, window) -> int:
    """The calendar on the open article's day; its issue id (once the daily backup, which reloads
    the views, is made)."""
    qtbot.waitUntil(lambda: window.backups.daily_backup is not None, timeout=10_000)
    idle(qtbot, window)
    summary = window.library.article_summary(window.current_id)
    date = window.library.issue(summary.issue_id).date
    window.discovery.view("calendar").go_to(date)
    idle(qtbot, window)
    assert day_list(window) == stored_for_the_day(window, summary.issue_id)
    return summary.issue_id


def idle(qtbot, window) -> None:
    lanes = (window.workers.read, window.workers.write, window.workers.edits)
    qtbot.waitUntil(lambda: not any(lane.busy() for lane in lanes), timeout=10_000)


def test_the_calendar_drops_an_article_merged_away(qtbot, window):
    issue = shown_day(qtbot, window)
    merged_away = window.library.neighbours(window.current_id)[1]
    assert merged_away in day_list(window)
    window.corrections.merge_with_next()
    idle(qtbot, window)
    assert merged_away not in day_list(window)
    assert day_list(window) == stored_for_the_day(window, issue)
