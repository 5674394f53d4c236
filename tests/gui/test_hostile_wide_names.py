"""Long names from a library do not widen the window.

Before: a collection named with 200 characters (the most a name may have)
made the annotation browser's collection filter 1,468 px wide at its
smallest, and the main window with that dock could not be narrower than
2,901 px; a reprint's 300-character headline did the same to the reprints
view's article pickers. Now a combo box filled from the library keeps a
small minimum width, its items are cut like menu items, and the whole name
is in the item's tooltip.
"""

from __future__ import annotations

from tests.core.discovery_helpers import FLOOD, article, issue
from tests.gui.test_discovery_views import wait_idle
from zzreader.gui.qt import QComboBox, Qt

COLLECTION = "一" + "集" * 199  # 200 characters, no break
TAG = "标" * 100  # the longest tag


def test_long_collection_and_tag_names_keep_the_browser_narrow(qtbot, window) -> None:
    lib = window.library
    made = lib.collections.create(COLLECTION).value
    lib.collections.add_articles(made.id, [1])
    lib.tags.set_for_article(1, [TAG])
    window.annotator.notify()
    window.act_browser.trigger()
    qtbot.waitUntil(lambda: window.browser.collection.count() > 1)
    combos = (window.browser.collection, window.browser.tag)
    for combo in combos:
        assert combo.minimumSizeHint().width() < 400, combo.objectName()
        full = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
        assert any(COLLECTION in (t or "") or TAG in (t or "") for t in full)  # the whole name, to read
    assert window.minimumSizeHint().width() < 1280


def test_a_long_reprint_headline_keeps_the_pickers_narrow(qtbot, window) -> None:
    headline = "湘" * 299 + "江"
    lib = window.library
    lib.import_issue(issue("2024-06-01", [article(headline, FLOOD)]))
    lib.import_issue(issue("2024-06-09", [article("大堤" + headline, FLOOD.replace("三百余名", "四百多名"))]))
    window.discovery.show("reprints")
    view = window.discovery.view("reprints")
    qtbot.waitUntil(lambda: len(view.clusters) == 1, timeout=20_000)
    wait_idle(qtbot, window)
    view.table.selectRow(0)
    qtbot.wait(50)
    for combo in (view.left_pick, view.right_pick):
        assert isinstance(combo, QComboBox) and combo.minimumSizeHint().width() < 400
        assert headline in (combo.itemData(0, Qt.ItemDataRole.ToolTipRole) or "")
    assert window.minimumSizeHint().width() < 1280
