"""The optional date boxes of the search panel and the annotation browser.

"No date" is the earliest date, shown as the caller's "any date" text, so a
box can stand empty without a separate check box.
"""

from __future__ import annotations

from zzreader.gui.qt import QDate, QDateEdit

NO_DATE = QDate(1900, 1, 1)
ISO = "yyyy-MM-dd"


def optional_date_edit(tip: str, any_date: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(ISO)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(any_date)
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    edit.setAccessibleName(tip)
    return edit


def iso(edit: QDateEdit) -> str | None:
    """The chosen day as yyyy-mm-dd, or None when the box is empty."""
    day = edit.date()
    return None if day == NO_DATE else day.toString(ISO)


def set_iso(edit: QDateEdit, value: str | None) -> None:
    """Show `value` (yyyy-mm-dd), or empty the box for None or a bad date."""
    day = QDate.fromString(value or "", ISO)
    edit.setDate(day if day.isValid() else NO_DATE)
