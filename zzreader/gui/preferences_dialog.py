"""Edit → Preferences: language, theme, reading font, size, spacing, width, the name corrections are signed with.

Apart from the settings themselves (gui/preferences.py), which the window
reads at start: the dialog loads when first opened.
"""

from __future__ import annotations

from zzreader import i18n
from zzreader.gui import themes
from zzreader.gui.preferences import (
    FONT_SIZES,
    LINE_SPACINGS,
    READING_FONTS,
    TEXT_WIDTHS,
    Prefs,
    default_user,
    first_installed,
    reading_family,
)
from zzreader.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFont,
    QFontComboBox,
    QFontDatabase,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from zzreader.i18n import tr


class PreferencesDialog(QDialog):
    """Language, theme, font family and size, line spacing and text width."""

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("prefs.title"))
        self.setObjectName("preferences")
        self._initial = prefs

        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.setToolTip(tr("prefs.language.tip"))

        self.theme = QComboBox()
        for name in themes.THEMES:
            self.theme.addItem(tr(f"theme.{name}"), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))

        self.font_family = QFontComboBox()
        self.font_family.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        self.font_family.setCurrentFont(QFont(reading_family(prefs)))

        self.font_size = _spin(FONT_SIZES, prefs.font_size, " pt")
        self.line_spacing = _spin(LINE_SPACINGS, prefs.line_spacing, " %", step=10)
        self.text_width = _spin(TEXT_WIDTHS, prefs.text_width, tr("prefs.width.suffix"), step=2)
        self.user_name = QLineEdit(prefs.user_name)
        self.user_name.setPlaceholderText(default_user())
        self.user_name.setToolTip(tr("prefs.user.tip"))

        form = QFormLayout()
        rows = (
            ("prefs.language", self.language),
            ("prefs.theme", self.theme),
            ("prefs.font", self.font_family),
            ("prefs.size", self.font_size),
            ("prefs.spacing", self.line_spacing),
            ("prefs.width", self.text_width),
            ("prefs.user", self.user_name),
        )
        for key, widget in rows:
            widget.setAccessibleName(tr(key))
            form.addRow(tr(key) + "：" if i18n.language() == "zh" else tr(key) + ":", widget)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def prefs(self) -> Prefs:
        """The settings as the dialog shows them now."""
        family = self.font_family.currentFont().family()
        if family == first_installed(READING_FONTS) and not self._initial.font_family:
            family = ""  # keep following the best installed face
        return Prefs(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            font_family=family,
            font_size=self.font_size.value(),
            line_spacing=self.line_spacing.value(),
            text_width=self.text_width.value(),
            user_name=self.user_name.text().strip(),
        ).clamped()


def _spin(bounds: tuple[int, int], value: int, suffix: str, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*bounds)
    box.setSingleStep(step)
    box.setValue(value)
    box.setSuffix(suffix)
    return box
