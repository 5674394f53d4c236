"""The people list on screen follows an alias made in a terminal, at the next poll.

`zzreader alias people B A` writes no journal entry, so the window's poll
(gui/external_changes.py) found "nothing to report" and the open list kept
showing B as a name of its own; a merge of B in the window then acted on a
name that was gone. The list now reloads when another process changes what
the discovery views show, and shows B again once the alias is removed there.
"""

from __future__ import annotations

import subprocess
import sys

from tests.gui.test_discovery_views import wait_idle
from tests.reliability.helpers import env


def _cli(window, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "zzreader", "--library", str(window.library.path), *args],
                          env=env(), capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def _shown_names(view) -> list[str]:
    return [view.table.item(r, 0).text() for r in range(view.table.rowCount())]


def test_an_alias_made_elsewhere_shows_in_the_open_people_list(qtbot, window) -> None:
    view = window.discovery.view("entities")
    qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    first, second = _shown_names(view)[:2]

    _cli(window, "alias", "people", second, first)
    qtbot.waitUntil(lambda: second not in _shown_names(view), timeout=15_000)
    assert any(name.startswith(first) for name in _shown_names(view))  # "邓伟勇（曹慧泉）"

    _cli(window, "alias", "--remove", "people", second)
    qtbot.waitUntil(lambda: second in _shown_names(view), timeout=15_000)


def test_a_highlight_elsewhere_does_not_reload_the_views(qtbot, window, monkeypatch) -> None:
    """Highlights are not what the views show: no reload for them."""
    window.discovery.view("entities")
    wait_idle(qtbot, window)
    reloads = []
    monkeypatch.setattr(window.discovery, "refresh_visible", lambda: reloads.append(1))
    window.external.elsewhere.disconnect()
    window.external.elsewhere.connect(window.discovery.refresh_visible)
    window.external.timer.stop()  # this test polls, once the highlight is in
    _cli(window, "highlight", "1", window.library.article(1).text[:4])
    qtbot.waitUntil(window.external.poll, timeout=15_000)
    assert reloads == []
    _cli(window, "alias", "people", "甲某", "乙某")  # while an alias does
    qtbot.waitUntil(window.external.poll, timeout=15_000)
    assert reloads == [1]
