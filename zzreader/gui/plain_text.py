"""Untrusted text shown as text: the one way library strings reach a tooltip or label.

Qt shows a tooltip, a QLabel or a message box as rich text when the string
merely *looks* like HTML (Qt::mightBeRichText), and rich text loads images:
a note saying `<img src=/etc/passwd>` would make the window open that file
when its tooltip shows. Everything that comes from a library, a dump or an
imported file therefore goes through `tip()` (tooltips: escaped, wrapped in
a paragraph so Qt treats it as finished HTML with nothing to load) or
`plain()` (labels and message boxes: told to be plain text).

Two more places read markup into text: a menu item or button takes `&` as
"underline the next letter" and a tab as "the shortcut column starts here"
(`menu_text()`), and pyqtgraph draws a chart legend or axis title as HTML
(`chart_text()`). A window title takes no markup but shows a newline or a
right-to-left mark (U+202E) as it is (`title_text()`).

Each helper takes whatever a library row held: bytes or a number where text
belongs (another tool wrote it) is shown as text, not a Python error that
keeps the window from opening (`core/stored_values.py`).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from zzreader.core import shown, stored_values
from zzreader.gui.combining_marks import capped
from zzreader.gui.qt import QComboBox, QLabel, Qt
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.qt import QMessageBox

MAX_TIP_CHARS = 1500  # a tooltip is a glance; the note editor shows the whole text


def tip(value: object) -> str | None:
    """A tooltip that shows `value` literally (line breaks kept), or None for no tooltip.

    Control and format characters are dropped from each line (`stored_values.line`):
    a U+202E in a file name would reverse the rest of the tooltip.
    """
    text = capped(stored_values.text(value))
    if not text:
        return None
    if len(text) > MAX_TIP_CHARS:
        text = text[:MAX_TIP_CHARS] + "…"
    text = "\n".join(stored_values.line(part) for part in text.split("\n"))
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


MAX_ITEM_CHARS = 300  # a row of a list, tree or table; the page or the tooltip shows more


def item_text(value: object, limit: int | None = MAX_ITEM_CHARS) -> str:
    """A library string as one line of an item view or a combo box: whitespace runs as one
    space, control and format characters dropped (a U+202E would reverse the rest of the row),
    cut at `limit` characters (None: whole). A title of 100,000 characters laid out whole made
    the archive tree 1,200,000 pixels wide and the status bar's path label 2,400,000."""
    flat = capped(stored_values.line(" ".join(stored_values.text(value).split())))
    return flat if limit is None or len(flat) <= limit else flat[:limit] + "…"


def plain(widget: QLabel | QMessageBox) -> QLabel | QMessageBox:
    """Make a label or message box show its text literally, whatever it looks like."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


MAX_MENU_CHARS = 80  # a menu item is one line; a whole path or quote is in the tooltip or the view


def title_text(value: object) -> str:
    """A library string as one line for a window title: control and format characters as escapes."""
    return shown.name(capped(stored_values.text(value)))


MAX_NAMES_QUOTED = 12  # a question names a dozen tags; "and 9,988 more" says the rest


def name_list(names: list[str]) -> str:
    """Library names a question quotes ("remove the tags …?"), each one escaped line, a dozen at most.

    Joined raw, 10,000 unused tags made a message box of 100,000 characters whose
    buttons lay off the screen, and a U+202E in one name reversed the rest of the
    question (its own words included)."""
    shown_names = tr("list.sep").join(title_text(n) for n in names[:MAX_NAMES_QUOTED])
    more = len(names) - MAX_NAMES_QUOTED
    return shown_names + (tr("list.and_more", n=more) if more > 0 else "")


def menu_text(value: object) -> str:
    """A library string as a menu item's or button's text: literal `&`, one line, no tab column."""
    line = capped(shown.line(" ".join(stored_values.text(value).split())))
    if len(line) > MAX_MENU_CHARS:  # the middle goes: a path keeps its file name, a name its start
        head = MAX_MENU_CHARS // 3
        line = line[:head] + "…" + line[len(line) - (MAX_MENU_CHARS - head - 1) :]
    return line.replace("&", "&&")


def chart_text(value: object) -> str:
    """A library or query string for a pyqtgraph legend or axis title, which are HTML."""
    return html.escape(capped(shown.line(" ".join(stored_values.text(value).split()))), quote=False)


MIN_COMBO_CHARS = 16  # what a combo box of library names needs at least; its list shows more


def names_combo(combo: QComboBox) -> QComboBox:
    """A combo box of library names keeps a small width, whatever names fill it.

    By default a combo box is as wide as its longest item when first shown: a
    collection named with 200 characters made the annotation browser's filter
    1,468 px wide, and the window with that dock 2,901 px at its narrowest.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(MIN_COMBO_CHARS)
    return combo


def add_name(combo: QComboBox, value: object, data: object) -> None:
    """One library name as an item: cut like a menu item, whole in the item's tooltip."""
    combo.addItem(item_text(value, MAX_MENU_CHARS), data)
    combo.setItemData(combo.count() - 1, tip(value), Qt.ItemDataRole.ToolTipRole)
