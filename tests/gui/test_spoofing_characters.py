"""Control and format characters another tool left in a library never reach a row of the window.

A U+202E (right-to-left override) in a title reverses the rest of its row in
the archive tree, a zero-width space makes two names look the same, and an
escape sequence shows as garbage. Imports already drop them (core/one_line.py);
before this fix a library altered by another tool showed them in 118 of 144
tree rows and tooltips, the search results, the collections tree, the
annotation browser and its tag and collection filters. One-line fields are now
read through `core/stored_values.py` `line`, and the window's item text and
tooltips through `gui/plain_text.py` (`item_text`, `tip`).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.gui.conftest import open_window
from tests.gui.test_plain_text import _walk
from zzreader.gui.qt import QAbstractItemView, QComboBox, Qt

SPOOF = "\x1b]0;pwned\x07\x1b[2J\r\u202e\u200b"
BAD = set("\x1b\x07\r\u202e\u200b")


def _spoil(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE articles SET title = '株洲' || ? || '标题', section = ?, reporters = ?",
        [SPOOF, "要闻" + SPOOF, json.dumps(["记者" + SPOOF], ensure_ascii=False)],
    )
    conn.execute("UPDATE issues SET source = ? || source", [SPOOF])
    conn.execute("UPDATE highlights SET exact = exact || ?, note = ?", [SPOOF, "核对" + SPOOF])
    conn.execute("UPDATE tags SET name = name || ?", [SPOOF])
    conn.execute("INSERT INTO collections (name, created) VALUES (?, '2025-01-01')", ["专题" + SPOOF])
    conn.execute("INSERT INTO collection_articles VALUES ((SELECT max(id) FROM collections), 1, NULL)")
    conn.commit()
    conn.close()


def _shown(win) -> list[str]:
    texts: list[str] = [win.windowTitle()]
    for view in win.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for index in _walk(model):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
    for combo in win.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def test_no_row_of_the_window_shows_a_spoofing_character(qtbot, library_path: Path, settings) -> None:
    conn = sqlite3.connect(library_path)
    conn.execute(
        "INSERT INTO highlights (id, article_id, start, \"end\", exact, color, style, note, created, modified) "
        "VALUES ('spoof-1', 1, 0, 4, (SELECT substr(text, 1, 4) FROM articles WHERE id = 1), 'yellow', "
        "'highlight', '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"
    )
    conn.execute("INSERT INTO tags (name) VALUES ('核实')")
    conn.execute("INSERT INTO highlight_tags VALUES ('spoof-1', (SELECT id FROM tags WHERE name = '核实'))")
    conn.commit()
    conn.close()
    _spoil(library_path)
    win = open_window(qtbot, library_path, settings)
    try:
        assert win.open_from_ui(1)
        win.browser_dock.show()
        win.search.search_for("株洲")
        qtbot.waitUntil(lambda: win.search.results.model().rowCount() > 0, timeout=10_000)
        texts = _shown(win)
        titled = [t for t in texts if "株洲" in t and "标题" in t]
        assert titled, "the spoiled titles are listed"
        assert any("专题" in t for t in texts) and any("核实" in t for t in texts)
        spoofed = [t for t in texts if BAD & set(t)]
        assert not spoofed, spoofed[:3]
    finally:
        win.shutdown()


def test_the_people_index_shows_a_spoiled_name_on_one_clean_row(qtbot, library_path: Path, settings) -> None:
    from zzreader.core.discovery import entities
    from zzreader.core.store import open_library
    library = open_library(library_path)
    try:
        entities.update(library)  # the index exists before another tool spoils a name in it
    finally:
        library.close()
    conn = sqlite3.connect(library_path)
    conn.execute("UPDATE entities SET name = name || ? WHERE kind = 'person'", [SPOOF])
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        view = win.discovery.view("entities")
        qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=20_000)
        names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
        assert names and not [n for n in names if BAD & set(n)], names[:3]
        assert any(BAD & set(view.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(len(names)))
    finally:
        win.shutdown()


def test_the_tag_manager_and_history_show_spoiled_values_cleanly(qtbot, library_path: Path, settings) -> None:
    from zzreader.gui.history_panel import HistoryPanel
    conn = sqlite3.connect(library_path)
    conn.execute("INSERT INTO tags (name) VALUES (?)", ["待核" + SPOOF])
    conn.execute("INSERT INTO article_tags VALUES (1, (SELECT max(id) FROM tags))")
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        manager = win.show_tag_manager()
        names = [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]
        assert any(n.startswith("待核") for n in names) and not [n for n in names if BAD & set(n)]
        assert win.library.corrections.edit(1, {"title": "新标题"}, why="核对", user="编辑").value is not None
        conn = sqlite3.connect(library_path)
        conn.execute("UPDATE article_revisions SET user = ?, why = ?", ["编辑" + SPOOF, "原因" + SPOOF])
        conn.commit()
        conn.close()
        panel = HistoryPanel(1, lambda: win.library.corrections.history(1), win)
        qtbot.addWidget(panel)
        cells = [panel.table.item(r, c).text() for r in range(panel.table.rowCount()) for c in range(panel.table.columnCount())
                 if panel.table.item(r, c) is not None]
        assert any("编辑" in c for c in cells) and not [c for c in cells if BAD & set(c)]
    finally:
        win.shutdown()
