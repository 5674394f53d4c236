"""Light, sepia and dark themes: one set of colours for the chrome and the page.

A theme is plain data (`Theme`), turned into a QPalette for the widgets and
into the colours `article_view` writes into its HTML. Keeping both in one
place stops the page and the panels drifting apart when a colour changes.
"""

from __future__ import annotations

from typing import NamedTuple

from zzreader.gui.indicator_style import IndicatorStyle, fusion
from zzreader.gui.qt import QApplication, QColor, QPalette

THEMES = ("light", "sepia", "dark")


class Theme(NamedTuple):
    """A theme's colours for the window and the page.

    A NamedTuple, not a frozen dataclass: it is made at every start, where
    defining a dataclass compiles six methods (tests/bench/bench_gui.py).
    """

    name: str
    window: str  # panels, toolbars
    base: str  # lists, fields
    alt_base: str
    text: str
    muted: str  # dates, counts, secondary lines
    page: str  # the article page
    ink: str  # article body text
    accent: str  # links, chips' text, selection
    accent_text: str
    chip: str  # author chips' background
    rule: str  # hairlines, table borders
    caption_bg: str
    hit: str  # search hits / find matches
    hit_current: str
    hit_rule: str  # the dashed underline under search hits (highlights have none)
    button: str
    tooltip: str
    selection: str  # selected rows in lists and the tree
    selection_text: str

    @property
    def is_dark(self) -> bool:
        return QColor(self.page).lightness() < 128


LIGHT = Theme(
    name="light",
    window="#f3f3f1",
    base="#ffffff",
    alt_base="#f7f7f5",
    text="#1f1f1f",
    muted="#6b6b6b",
    page="#ffffff",
    ink="#222222",
    accent="#b3261e",  # a newspaper red, for the masthead feel
    accent_text="#ffffff",
    chip="#f6e7e5",
    rule="#dcdcd8",
    caption_bg="#f4f4f2",
    hit="#ffd08a",
    hit_current="#ff9f43",
    hit_rule="#c2410c",
    button="#ececea",
    tooltip="#fffbe6",
    selection="#f1d3cf",
    selection_text="#1f1f1f",
)

SEPIA = Theme(
    name="sepia",
    window="#eadfc8",
    base="#f8f1e1",
    alt_base="#f1e7d2",
    text="#3b2f22",
    muted="#7a6a55",
    page="#f8f1e1",
    ink="#3b2f22",
    accent="#9a3b1c",
    accent_text="#fff8ea",
    chip="#ecd9bd",
    rule="#d5c4a5",
    caption_bg="#efe3cb",
    hit="#f2c27a",
    hit_current="#e88a3a",
    hit_rule="#a8420f",
    button="#e2d5ba",
    tooltip="#fbf4e4",
    selection="#dcc29b",
    selection_text="#2e2418",
)

DARK = Theme(
    name="dark",
    window="#23252a",
    base="#1b1d21",
    alt_base="#22252a",
    text="#e3e3e3",
    muted="#9a9ea6",
    page="#1e2024",
    ink="#d9d9d6",
    accent="#f08a7e",
    accent_text="#1b1d21",
    chip="#3a2f31",
    rule="#3b3f46",
    caption_bg="#272a30",
    hit="#7a5318",
    hit_current="#b4621c",
    hit_rule="#ffb070",
    button="#30333a",
    tooltip="#2b2e34",
    selection="#5b3a37",
    selection_text="#ffffff",
)

_BY_NAME = {t.name: t for t in (LIGHT, SEPIA, DARK)}


def theme(name: str | None) -> Theme:
    """The theme called `name`; anything unknown falls back to light."""
    return _BY_NAME.get(name or "", LIGHT)


def palette(t: Theme) -> QPalette:
    """A QPalette painting the whole window in the theme's colours."""
    p = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: t.window,
        role.WindowText: t.text,
        role.Base: t.base,
        role.AlternateBase: t.alt_base,
        role.Text: t.text,
        role.Button: t.button,
        role.ButtonText: t.text,
        role.BrightText: "#ffffff",
        role.ToolTipBase: t.tooltip,
        role.ToolTipText: t.text,
        role.PlaceholderText: t.muted,
        role.Highlight: t.selection,
        role.HighlightedText: t.selection_text,
        role.Link: t.accent,
        role.LinkVisited: t.accent,
        role.Light: QColor(t.button).lighter(125).name(),
        role.Midlight: QColor(t.button).lighter(110).name(),
        role.Mid: t.rule,
        role.Dark: QColor(t.button).darker(140).name(),
        role.Shadow: "#000000",
    }
    for r, colour in pairs.items():
        p.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(t.muted))
    return p


def apply(app: QApplication, t: Theme) -> None:
    """Repaint the running application in theme `t` (Fusion honours palettes everywhere)."""
    if not isinstance(app.style(), IndicatorStyle):
        app.setStyle(fusion())  # Fusion, its tick boxes visible on dark fields too
    app.setPalette(palette(t))
