"""The small modal questions annotation commands ask (a name, a file, a yes/no).

They live in one place so the commands stay plain methods that tests drive
by replacing these functions (a modal dialog would block an offscreen test),
and so every question looks and reads the same.
"""

from __future__ import annotations

from pathlib import Path

from zzreader.gui import file_dialogs
from zzreader.gui import plain_text
from zzreader.gui.qt import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


def _input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """A QInputDialog whose label shows `label` literally: it may quote a tag or a name."""
    dialog = QInputDialog(parent)
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
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
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
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue().strip()
    dialog.deleteLater()
    return value if ok and value else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str,
                  purpose: str = "export") -> str | None:
    """A file to write; a bare `suggested` name is placed in the purpose's last folder."""
    if not Path(suggested).is_absolute():
        suggested = file_dialogs.suggest(purpose, suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    file_dialogs.remember(purpose, path)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, filters: str, purpose: str = "import") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, file_dialogs.folder(purpose), filters)
    file_dialogs.remember(purpose, path)
    return path or None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)  # fmt: skip
    plain_text.plain(box)  # the text may quote a tag or collection name
    return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    plain_text.plain(box)
    box.exec()


def confirm_action(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A warning that names what will happen; `action` is the button that does it, Cancel the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    plain_text.plain(box)
    box.exec()
    return box.clickedButton() is go
