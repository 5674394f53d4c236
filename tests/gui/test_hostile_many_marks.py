"""Finding a character that fills the article: every match is counted, the window stays usable.

Payload: a body of 30,000 '汛' in one paragraph (and a million in a manual
check), found with Ctrl+F. Before: each match was one ExtraSelection, which
Qt walks on every paint: a million froze the window for 11 minutes (654 s),
15,000 commas in a long article took 2.3 s a keystroke and 0.9 s an F3. Now
at most `painted_marks.LIMIT` marks in sight are painted (1.9 s for the
million, 0.24 s and 0.03 s for the commas), and the count is still the whole.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.discovery_helpers import article, issue
from tests.gui.conftest import open_window
from zzreader.core.store import open_library
from zzreader.gui import painted_marks

MANY = 30_000


@pytest.fixture
def dense_window(qtbot, sample_library_file: Path, tmp_path: Path, settings):
    path = tmp_path / "dense.sqlite"
    shutil.copy(sample_library_file, path)
    with open_library(path) as lib:
        lib.import_issue(issue("2024-05-01", [article("一字满篇", "汛" * MANY)]))
        (article_id,) = lib.db.execute("SELECT id FROM articles WHERE title = '一字满篇'").fetchone()
    win = open_window(qtbot, path, settings)
    assert win.open_from_ui(article_id)
    yield win
    win.shutdown()


def _painted_starts(view) -> set[int]:
    return {sel.cursor.selectionStart() for sel in view.page.extraSelections()}


def test_every_match_is_counted_and_only_those_in_sight_are_painted(qtbot, dense_window, tmp_path: Path) -> None:
    view = dense_window.view
    view.open_find()
    view.find_bar.field.setText("汛")
    assert len(view.finds.spans) == MANY
    assert view.find_bar.count.text() == f"第 1/{MANY} 处"
    painted = _painted_starts(view)
    assert 0 < len(painted) <= painted_marks.LIMIT + 1
    assert view.finds.spans[view.finds.current][0] in painted  # the current match is marked
    dense_window.grab().save(str(tmp_path / "many-marks.png"))

    bar = view.page.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end of the page comes into sight: its marks are painted
    qtbot.waitUntil(lambda: view.finds.spans[-1][0] in _painted_starts(view), timeout=5_000)
    assert len(view.page.extraSelections()) <= painted_marks.LIMIT + 1

    view.step_marks(False)  # Shift+F3 from the first match wraps to the last
    assert view.finds.current == MANY - 1
    assert view.find_bar.count.text() and str(MANY) in view.find_bar.count.text()


def test_few_marks_are_all_painted() -> None:
    spans = [(i, i + 1) for i in range(painted_marks.LIMIT)]
    assert painted_marks.painted(spans, 3, None) == list(range(painted_marks.LIMIT))
    many = [(i, i + 1) for i in range(painted_marks.LIMIT * 3)]
    shown = painted_marks.painted(many, 10, (700, 720))
    assert 10 in shown and set(range(699, 721)) <= set(shown)
    assert painted_marks.painted(many, -1, None) == []
