"""Another process changes the structure under the open article: the window follows, never breaks.

The earlier round covered a highlight added from the command line. A
terminal may also merge the article shown into its neighbour, split it,
correct its title, or re-import its issue with
`--replace` (which removes the article the window shows). After the next
poll the window shows an article that exists (after a merge elsewhere,
the one it was merged into), and nothing raised in the window. Before,
the tree's reload forgot the merged-away article first, and the page kept
showing it with no article open behind it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.reliability.helpers import env

def _cli(library_path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zzreader", "--library", str(library_path), *args],
        env=env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _second_of_an_issue(lib) -> tuple[int, int, str]:
    """(article id, the one before it, its issue's file) for an article that has a predecessor."""
    row = lib.db.execute(
        "SELECT a.id, i.source FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE a.seq = 2 ORDER BY a.id LIMIT 1"
    ).fetchone()
    before = lib.db.execute(
        "SELECT id FROM articles WHERE issue_id = (SELECT issue_id FROM articles WHERE id = ?) AND seq = 1", [row[0]]
    ).fetchone()[0]
    return row[0], before, row[1]


@pytest.mark.parametrize("action", ["merge", "split", "edit", "replace"])
def test_the_window_follows_a_structural_change_made_elsewhere(qtbot, window, tmp_path, action: str) -> None:
    from tests.conftest import SEEDS

    lib = window.library
    shown, before, source = _second_of_an_issue(lib)
    window.open_article(shown)
    assert window.current_id == shown
    window.external.poll()
    text = lib.article(shown).text
    if action == "merge":
        done = _cli(lib.path, "merge", str(before), str(shown))
    elif action == "split":
        done = _cli(lib.path, "split", str(shown), "--at", str(max(1, len(text) // 2)))
    elif action == "edit":
        done = _cli(lib.path, "edit", str(shown), "--title", "外部进程改过的标题")
    else:
        seed = next(p for p in SEEDS if p.name == source)
        changed = tmp_path / "other" / seed.name  # the same issue, its text changed: --replace takes it
        changed.parent.mkdir()
        changed.write_text(seed.read_text(encoding="utf-8").replace("。", "，", 3), encoding="utf-8")
        done = _cli(lib.path, "import", "--replace", str(changed))
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(window.external.poll, timeout=5000)
    current = window.current_id
    assert current is not None  # the page never keeps showing an article that is gone
    ids = {r[0] for r in lib.db.execute("SELECT id FROM articles")}
    assert current in ids
    page = window.view.page.toPlainText()
    assert all(word in page for word in lib.article(current).title.split())  # the page shows that article
    if action == "merge":
        assert current == before  # what the article shown was merged into
    if action == "edit":
        assert "外部进程改过的标题" in window.view.page.toPlainText()
