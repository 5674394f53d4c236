"""The read-only, row-selecting tables of the dialogs (import summary, restore, tags)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from zzreader.gui.qt import QAbstractItemView, QHeaderView, QTableWidget, QWidget


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


@contextmanager
def filling(table: QTableWidget) -> Iterator[None]:
    """Fill `table` row by row without Qt measuring every row again for each cell.

    A column that fits its contents (ResizeToContents) measured the whole
    column at every setItem of a shown table: 94 s to list 2,000 tags
    (gui/tag_manager.py), minutes for a library with 10,000. The columns fit
    once, after the fill; sorting, too, waits for the end.
    """
    header = table.horizontalHeader()
    fitted = [c for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    for col in fitted:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for col in fitted:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.setSortingEnabled(sorting)
