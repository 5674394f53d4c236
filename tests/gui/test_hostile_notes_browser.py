"""The window lists a note whose Markdown would hang it or overflow the stack (core/notes.py bounds).

Before the bounds, the first note below kept the annotation browser busy for
minutes (Markdown's unclosed `[`), and the second raised RecursionError in
the model's data().
"""

from __future__ import annotations

import pytest

from zzreader.gui.annotation_browser import COLUMNS

NOTES = {
    "unclosed brackets": "待核实" + "[" * 20_000,
    "list nested 500 deep": "待核实\n" + "\n".join("    " * i + f"- 第{i}层" for i in range(500)),
}


@pytest.mark.parametrize("note", NOTES.values(), ids=NOTES.keys())
def test_the_annotation_browser_lists_a_pathological_note(window, note):
    lib = window.library
    _issue, article = next(iter(lib.iter_articles()))
    h = lib.highlights.add(article.id, 0, 4, note=note).value
    window.annotator.notify()
    window.browser_dock.show()
    model = window.browser.model
    cell = model.index(window.browser.row_of(h.id), COLUMNS.index("note")).data()
    assert cell.startswith("待核实")
    assert ("[[[" in cell) if "[" in note else ("第0层" in cell)
