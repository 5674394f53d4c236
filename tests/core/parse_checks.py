"""Checks the parser tests share: what a reader sees of an issue, and that no line is lost."""

from __future__ import annotations


def titles(issue) -> list[str]:
    """The issue's article titles, in order."""
    return [a.title for a in issue.articles]


def covered_lines(issue) -> set[int]:
    """Line numbers inside an article's or an unassigned block's range."""
    covered = set()
    for a in issue.articles:
        covered.update(range(a.line_start, a.line_end + 1))
    for u in issue.unassigned:
        covered.update(range(u.line_start, u.line_end + 1))
    return covered


def assert_nothing_lost(issue) -> None:
    """Every non-blank line lies in an article or in unassigned."""
    covered = covered_lines(issue)
    lost = [n for n, line in enumerate(issue.lines, 1) if line.strip() and n not in covered]
    assert not lost, f"lines not in any article or unassigned block: {lost[:10]}"
