"""Edit → History and the corrections review, as the user meets them: no row
numbers beside the revision numbers, a grey Restore that says why, a Close
button, and no empty grid when there is nothing to review."""

from __future__ import annotations

import pytest

from zzreader import i18n
from zzreader.gui.qt import QDialogButtonBox, QPushButton, QTableWidget


def _close_button(dialog) -> QPushButton | None:
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(QDialogButtonBox.StandardButton.Close)
        if button is not None and button.isVisibleTo(dialog):
            return button
    return None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_history_of_an_uncorrected_article(qtbot, window, lang) -> None:
    i18n.set_language(lang)
    window.open_first_article()
    panel = window.corrections.show_history()
    qtbot.addWidget(panel)
    assert not panel.table.verticalHeader().isVisible()  # once '1 | 0': a row number beside revision 0
    assert panel.table.item(0, 0).text() == "0"
    assert not panel.restore.isEnabled()
    assert panel.restore.toolTip() == i18n.tr("history.restore.current")
    close = _close_button(panel)
    assert close is not None
    close.click()
    assert not panel.isVisible()


def test_restore_is_offered_with_no_excuse_on_an_earlier_revision(qtbot, window) -> None:
    window.open_first_article()
    aid = window.current_id
    window.corrections.apply_edit(aid, {"title": "改过的标题"}, "错字")
    panel = window.corrections.show_history()
    qtbot.addWidget(panel)
    panel.select(0)
    assert panel.restore.isEnabled() and panel.restore.toolTip() == ""


def test_nothing_to_review_is_a_sentence_and_a_close_button(qtbot, window) -> None:
    dialog = window.corrections.show_review()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "reviewTable")
    assert table is not None and not table.isVisibleTo(dialog)
    assert _close_button(dialog) is not None


def test_fields_changed_read_as_an_english_list_in_english(qtbot, window) -> None:
    """The English history once joined its fields with the Chinese '、': 'Title、Subtitle'."""
    i18n.set_language("en")
    window.open_first_article()
    aid = window.corrections.current()
    window.corrections.apply_edit(aid, {"title": "改过的标题", "subtitle": "新的副题"}, "typo")
    panel = window.corrections.show_history()
    qtbot.addWidget(panel)
    fields = panel.table.item(1, 4).text()
    assert fields == f"{i18n.tr('correct.title')}, {i18n.tr('correct.subtitle')}" and "、" not in fields
    i18n.set_language("zh")
    panel.reload()
    assert panel.table.item(1, 4).text() == "标题、副题"
