"""Reading settings and their storage in QSettings (the dialog: gui/preferences_dialog.py).

`Prefs` is a frozen dataclass so the window can compare old and new settings
and repaint only when something changed. Its keys live under `reading/`; the
main window keeps geometry, docks and recent libraries under its own keys.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields, replace

from zzreader import i18n
from zzreader.gui import settings_file, themes
from zzreader.gui.qt import QFont, QFontDatabase, QSettings

# Serif faces read best for long Chinese text; the first one installed wins.
READING_FONTS = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "STSong",
    "SimSun",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
)
# Sans faces for panels and menus, so Han characters get Chinese (not Japanese) glyph shapes.
UI_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei")

FONT_SIZES = (12, 30)
LINE_SPACINGS = (120, 250)  # line pitch, percent of the font size
TEXT_WIDTHS = (20, 80)  # Chinese characters per line


def default_user() -> str:
    """The account's name, which signs corrections unless Preferences names someone.

    core/revisions.py, with the search modules it needs, loads when a name is
    asked for, not with the window (tests/bench/bench_gui.py).
    """
    from zzreader.core.revisions import default_user as account_name

    return account_name()


@dataclass(frozen=True)
class Prefs:
    """What the user chose in Preferences, as saved in the settings file."""

    language: str = i18n.DEFAULT_LANGUAGE
    theme: str = "light"
    font_family: str = ""  # "" = the first installed of READING_FONTS
    font_size: int = 17
    line_spacing: int = 180
    text_width: int = 38
    user_name: str = ""  # signs corrections; "" = the account's name

    def clamped(self) -> Prefs:
        """The same settings with every number inside its range and names known."""
        return replace(
            self,
            language=i18n.normalise(self.language),
            theme=self.theme if self.theme in themes.THEMES else "light",
            font_family=font_name(self.font_family),
            font_size=_clamp(self.font_size, FONT_SIZES),
            line_spacing=_clamp(self.line_spacing, LINE_SPACINGS),
            text_width=_clamp(self.text_width, TEXT_WIDTHS),
        )


def font_name(value: str) -> str:
    """A font family as the page's style sheet may quote it (gui/article_html.py): a name
    another program wrote into the settings (`x'; } body { color: white } p {'`) would
    restyle every page; quotes, braces, semicolons and the like are dropped, the length capped."""
    kept = "".join(c for c in str(value) if c.isalnum() or c in " -_.&+()")
    return " ".join(kept.split())[:MAX_FONT_NAME]


MAX_FONT_NAME = 100


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], int(value)))


def first_installed(candidates: tuple[str, ...]) -> str:
    """The first family in `candidates` that Qt can find, else the default font's."""
    families = _installed_families()
    for family in candidates:
        if family in families:
            return family
    return QFont().family()


@functools.cache
def _installed_families() -> frozenset[str]:
    """Listed once: the window asks for a font six times as it is built, and each list
    holds every installed family (hundreds with the CJK fonts)."""
    return frozenset(QFontDatabase.families())


def reading_family(prefs: Prefs) -> str:
    return prefs.font_family or first_installed(READING_FONTS)


def load(settings: QSettings) -> Prefs:
    """Read the saved prefs; a missing or garbled value keeps its default.

    The language defaults to i18n's current one, so $ZZREADER_LANG picks the
    language of a first run; after that the saved choice wins.
    """
    default = Prefs(language=i18n.language())
    values = {}
    for f in fields(Prefs):
        raw = settings.value(f"reading/{f.name}", getattr(default, f.name))
        try:
            values[f.name] = type(getattr(default, f.name))(raw)
        except (TypeError, ValueError):
            values[f.name] = getattr(default, f.name)
    return Prefs(**values).clamped()


def save(settings: QSettings, prefs: Prefs) -> None:
    for f in fields(Prefs):
        settings_file.put(settings, f"reading/{f.name}", getattr(prefs, f.name))
    settings_file.sync(settings)
