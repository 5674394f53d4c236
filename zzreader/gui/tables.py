"""The read-only, row-selecting tables of the dialogs (import summary, restore, tags)."""

from __future__ import annotations

from zzreader.gui.qt import QAbstractItemView, QTableWidget, QWidget


def list_table(
    name: str,
    accessible_name: str,
    headers: list[str],
    rows: int = 0,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    parent: QWidget | None = None,
) -> QTableWidget:
    """A table the user reads and picks rows from, styled alike in every dialog."""
    table = QTableWidget(rows, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    return table
