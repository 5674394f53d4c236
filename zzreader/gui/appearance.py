"""The window's look and reading settings: theme, font size, language (gui/preferences.py).

Applying preferences stores them and repaints every part that draws in the
theme's colours or the reading font; a new language is announced on the
window's `language_changed`, which rebuilds the window (gui/app.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from zzreader import i18n
from zzreader.gui import icons, preferences, themes
from zzreader.gui.preferences import Prefs
from zzreader.gui.qt import QApplication

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow


class Appearance:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def zoom(self, step: int) -> None:
        size = Prefs().font_size if step == 0 else self.w.prefs.font_size + step
        self.apply(replace(self.w.prefs, font_size=size))

    def set_theme(self, name: str) -> None:
        self.apply(replace(self.w.prefs, theme=name))

    def show_dialog(self) -> None:
        from zzreader.gui.preferences_dialog import PreferencesDialog  # loads when first opened

        dialog = PreferencesDialog(self.w.prefs, self.w)
        if dialog.exec():
            self.apply(dialog.prefs())

    def paint_application(self) -> None:
        """The theme's style and palette, set before the window makes its widgets: set after,
        every widget is polished again (some 6 ms of the start, tests/bench/bench_gui.py)."""
        themes.apply(QApplication.instance(), themes.theme(self.w.prefs.theme))

    def apply(self, prefs: Prefs, initial: bool = False) -> None:
        """Repaint with `prefs` and store them; a new language rebuilds the window."""
        w = self.w
        prefs = prefs.clamped()
        old = w.prefs
        w.prefs = prefs
        if not initial or prefs != old:  # the prefs just loaded need no writing back
            preferences.save(w.settings, prefs)
        t = themes.theme(prefs.theme)
        if initial or old.theme != prefs.theme:
            if not initial:  # at start `paint_application` did it, before the widgets were made
                themes.apply(QApplication.instance(), t)
            if icons.set_ink(t.text):  # at start the icons were drawn in this ink already
                icons.recolour(w)
            w.tree_delegate.muted = t.muted
            w.search.set_theme(t)
            w.titles.set_muted(t.muted)
            w.browser_dock.set_muted(t.muted)
            w.collections.reload()  # its row icons are drawn in the theme's ink
        w.theme_actions[prefs.theme].setChecked(True)
        w.view.apply_prefs(prefs)
        if hasattr(w, "fitter"):
            w.fitter.font_changed()
        w.act_bigger.setEnabled(prefs.font_size < preferences.FONT_SIZES[1])
        w.act_smaller.setEnabled(prefs.font_size > preferences.FONT_SIZES[0])
        if not initial and old.language != prefs.language:
            i18n.set_language(prefs.language)
            w.language_changed.emit()
