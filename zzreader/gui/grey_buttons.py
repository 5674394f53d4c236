"""A grey button says why it is grey.

A button the user cannot press yet (nothing chosen, nothing to do) keeps its
usual tooltip and adds the reason in a second line; Qt shows tooltips on
disabled widgets, so hovering answers 'why can I not click this?'.
"""

from __future__ import annotations

from zzreader.gui.qt import QAbstractButton


def enable(button: QAbstractButton, enabled: bool, why_grey: str, tip: str = "") -> None:
    """Enable `button`, or grey it with `why_grey` under its own `tip`."""
    button.setEnabled(enabled)
    button.setToolTip(tip if enabled else "\n".join(t for t in (tip, why_grey) if t))
