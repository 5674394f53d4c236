"""The small modal questions annotation commands ask (a name, a file, a yes/no).

They live in one place so the commands stay plain methods that tests drive
by replacing these functions (a modal dialog would block an offscreen test),
and so every question looks and reads the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.gui import file_dialogs, plain_text, qt
from zzreader.gui.qt import QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    from zzreader.gui.qt import QInputDialog

# The dialogs' Qt classes are named through `qt.` when first asked for: made at import,
# with their enums, they cost the window's start some 3 ms for a question it may never ask.


def _input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """A QInputDialog whose label shows `label` literally: it may quote a tag or a name."""
    dialog = qt.QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        plain_text.plain(child)
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled or left empty."""
    dialog = _input_dialog(parent, title, label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    ok = dialog.exec() == qt.QInputDialog.DialogCode.Accepted
    value = dialog.textValue().strip()
    dialog.deleteLater()
    return value if ok and value else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str], editable: bool = True) -> str | None:
    """One of `items` (or, if editable, a new value), or None when cancelled."""
    dialog = _input_dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if items:
        dialog.setTextValue(items[0])
    ok = dialog.exec() == qt.QInputDialog.DialogCode.Accepted
    value = dialog.textValue().strip()
    dialog.deleteLater()
    return value if ok and value else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str,
                  purpose: str = "export") -> str | None:
    """A file to write; a bare `suggested` name is placed in the purpose's last folder."""
    if not Path(suggested).is_absolute():
        suggested = file_dialogs.suggest(purpose, suggested)
    path, _ = qt.QFileDialog.getSaveFileName(parent, title, suggested, filters)
    file_dialogs.remember(purpose, path)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, filters: str, purpose: str = "import") -> str | None:
    path, _ = qt.QFileDialog.getOpenFileName(parent, title, file_dialogs.folder(purpose), filters)
    file_dialogs.remember(purpose, path)
    return path or None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    buttons = qt.QMessageBox.StandardButton.Yes | qt.QMessageBox.StandardButton.No
    box = qt.QMessageBox(qt.QMessageBox.Icon.Question, title, text, buttons, parent)
    plain_text.plain(box)  # the text may quote a tag or collection name
    return box.exec() == qt.QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = qt.QMessageBox(qt.QMessageBox.Icon.Warning, title, text, qt.QMessageBox.StandardButton.Ok, parent)
    plain_text.plain(box)
    box.exec()


def confirm_action(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A warning that names what will happen; `action` is the button that does it, Cancel the default."""
    box = qt.QMessageBox(qt.QMessageBox.Icon.Warning, title, text, qt.QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action, qt.QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(qt.QMessageBox.StandardButton.Cancel)
    plain_text.plain(box)
    box.exec()
    return box.clickedButton() is go
