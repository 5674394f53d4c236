"""Icons: the SVGs in resources/icons, recoloured per theme, and article-type badges.

Toolbar SVGs are drawn in one placeholder ink (#333333) that is swapped for
the theme's text colour before rendering, so the same files serve light and
dark themes. Type badges (新 评 特 告 广 图 表 文) are painted with QPainter
because they are glyphs in the UI font, not drawings.
"""

from __future__ import annotations

from functools import cache

from zzreader.gui.qt import (
    QByteArray,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
    QRectF,
    QSvgRenderer,
    Qt,
)
from zzreader.resources import resources_dir

PLACEHOLDER_INK = "#333333"
_ink = PLACEHOLDER_INK

# type -> (badge character, colour); the colours stay readable on every theme.
TYPE_BADGES = {
    "news": ("新", "#4a6fa5"),
    "commentary": ("评", "#b3261e"),
    "feature": ("特", "#7b5ea7"),
    "notice": ("告", "#b7791f"),
    "ad": ("广", "#8a8a8a"),
    "caption": ("图", "#2f855a"),
    "table": ("表", "#2c7a7b"),
    "other": ("文", "#718096"),
}


def set_ink(colour: str) -> None:
    """The colour toolbar icons are drawn in from now on (the theme's text colour)."""
    global _ink
    _ink = colour


def icon(name: str) -> QIcon:
    return _icon(name, _ink)


ICON_PROPERTY = "zzIcon"


def named(target, name: str):
    """Give an action or button the icon `name` and remember it for `recolour()`."""
    target.setIcon(icon(name))
    target.setProperty(ICON_PROPERTY, name)
    return target


def recolour(root) -> None:
    """Redraw every `named` icon under `root` in the current ink (after a theme change)."""
    from zzreader.gui.qt import QAction, QToolButton

    for kind in (QAction, QToolButton):
        for obj in root.findChildren(kind):
            name = obj.property(ICON_PROPERTY)
            if name:
                obj.setIcon(icon(name))


@cache
def _icon(name: str, ink: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace(PLACEHOLDER_INK, ink)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pix)
    return result


@cache
def app_icon() -> QIcon:
    renderer = QSvgRenderer(str(resources_dir() / "icon.svg"))
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pix)
    return result


@cache
def type_icon(article_type: str, family: str = "") -> QIcon:
    """A small rounded badge with the type's character, e.g. 评 for commentary."""
    char, colour = TYPE_BADGES.get(article_type, TYPE_BADGES["other"])
    result = QIcon()
    for size in (16, 20, 24, 32):
        result.addPixmap(_badge(char, colour, size, family))
    return result


def _badge(char: str, colour: str, size: int, family: str) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawRoundedRect(rect, size * 0.22, size * 0.22)
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(8, round(size * 0.68)))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, char)
    p.end()
    return pix
