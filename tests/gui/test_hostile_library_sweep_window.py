"""The window over a library with a hostile value in any column it reads: it opens, its tree
reads as text, the first articles and their original lines show, and nothing is written.

The cases are those of tests/cli/test_hostile_library_sweep.py (from the live schema,
tests/reliability/planted_values.py), one value a column, for the tables the window
reads when it opens a library and an article. Before the sweep, bytes as a tag's name
kept the window from showing the first article, and a line number stored as text
stopped the original-lines pane with a Python TypeError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_plain_text import _walk
from tests.reliability import planted_values as pv

WINDOW_TABLES = {"issues", "articles", "tags", "article_tags", "highlights", "highlight_tags",
                 "collections", "collection_articles", "article_revisions", "source_basis"}  # fmt: skip
# What stopped the window before the sweep, planted whatever value the turn gives those columns.
FOUND = [pv.Case("tags", "name", "bytes"), pv.Case("issues", "warnings", "number"), pv.Case("articles", "line_end", "float")]
CASES = pv.cases(1, WINDOW_TABLES) + FOUND


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("sweep")
    path = work / "lib.sqlite"
    pv.build(path, work)
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_window_reads_a_planted_value(qtbot, case: pv.Case, base: Path, tmp_path: Path, settings) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    if not pv.plant(path, case):
        pytest.skip("the schema refuses this value")
    before = pv.user_rows(path)
    win = open_window(qtbot, path, settings)
    try:
        labels = [index.data() for index in _walk(win.tree.model())]
        assert labels and all(isinstance(text, str) for text in labels)
        for article_id in (1, 2, 3):
            win.open_from_ui(article_id)
            assert isinstance(win.view.page.toPlainText(), str)
        win.act_source.setChecked(True)
        win.open_from_ui(1)
        assert isinstance(win.view.page.toPlainText(), str)
    finally:
        win.shutdown(backup=False)
    assert pv.user_rows(path) == before, "opening the window changed the library"
