"""Control characters and a right-to-left override in an article's body: visible, and highlights still land.

Another tool left a NUL, an escape sequence, a backspace and a U+202E in a
paragraph. The page showed them as they are: nothing visible for the NUL,
and the U+202E turned the rest of the paragraph around ("反转尾巴" drawn
backwards). The page now shows Control Pictures (␀ ␛ ␈) and U+FFFD for the
override, one character for one (gui/visible_controls.py), so the stored
text is unchanged and a highlight after them is drawn on its own words.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.gui.conftest import open_window

BODY = "渌口区前半段\x00后半段\x1b[31m红色\x08退格\u202e反转尾巴，防汛物资到位。"


def test_controls_in_a_body_are_shown_and_highlights_land_on_their_words(qtbot, library_path: Path, settings) -> None:
    conn = sqlite3.connect(library_path)
    conn.execute("UPDATE articles SET text = ?, blocks = ? WHERE id = 1", (BODY, json.dumps([["p", len(BODY), 1, 1]])))
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        assert win.open_from_ui(1)
        page = win.view.plain_text()
        assert "前半段␀后半段␛[31m红色␈退格\ufffd反转尾巴" in page
        assert not any(ch in page for ch in "\x00\x1b\x08\u202e")
        start = BODY.index("反转尾巴")
        ranges = win.view.text_map.to_doc(start, start + 4)
        assert len(ranges) == 1
        raw = win.view.page.document().toRawText()
        assert raw[ranges[0][0] : ranges[0][1]] == "反转尾巴"
        assert win.view.select_span(start, start + 4)
        assert win.view.selected_span() == (start, start + 4)
        win.annotator.highlight_selection("yellow")
        qtbot.waitUntil(lambda: bool(win.library.highlights.for_article(1)), timeout=5000)
        assert win.library.highlights.for_article(1)[0].exact == "反转尾巴"
    finally:
        win.shutdown()
