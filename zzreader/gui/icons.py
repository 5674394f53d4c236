"""Icons: the SVGs in resources/icons, recoloured per theme, and article-type badges.

Toolbar SVGs are drawn in one placeholder ink (#333333) that is swapped for
the theme's text colour before rendering, so the same files serve light and
dark themes. Type badges (新 评 特 告 广 图 表 文) are painted with QPainter
because they are glyphs in the UI font, not drawings.

Each icon is drawn at the size it is shown at, the first time it is shown
(`_DrawnIcon`), not in every size up front: at start the window shows a
few of its 27 toolbar and menu icons in one size, and drawing them all in
four sizes (and the eight badges with them) took a twentieth of its start
(tests/bench/bench_gui.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from zzreader.gui.qt import (
    QApplication,
    QByteArray,
    QColor,
    QFont,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
    QRect,
    QRectF,
    QSize,
    QStyleOption,
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


def set_ink(colour: str) -> bool:
    """The colour toolbar icons are drawn in from now on (the theme's text colour); True if it changed."""
    global _ink
    changed, _ink = colour != _ink, colour
    return changed


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


class _DrawnIcon(QIconEngine):
    """An icon drawn by `draw(side)` at each size it is asked for, once (then kept).

    It answers as Qt's own pixmap icon did with one pixmap in each of
    `sizes`: a request larger than the largest gets the largest, the sizes
    are listed as available (a window manager picks among them), and the
    disabled, active and selected looks are the style's versions of the
    normal one.
    """

    def __init__(self, draw: Callable[[int], QPixmap], sizes: tuple[int, ...]) -> None:
        super().__init__()
        self._draw = draw
        self._sizes = sizes
        self._largest = max(sizes)
        self._drawn: dict[int, QPixmap] = {}

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in self._sizes]

    def _side(self, size: QSize) -> int:
        return max(1, min(size.width(), size.height(), self._largest))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = self._side(size)
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = self._side(size)
        pix = self._drawn.get(side)
        if pix is None:
            pix = self._drawn[side] = self._draw(side)
        app = QApplication.instance()
        if mode != QIcon.Mode.Normal and app is not None:
            option = QStyleOption()
            option.palette = app.palette()
            looks = app.style().generatedIconPixmap(mode, pix, option)
            if not looks.isNull():
                return looks
        return pix

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.pixmap(rect.size() * ratio, mode, state))

    def clone(self) -> QIconEngine:
        return _DrawnIcon(self._draw, self._sizes)


def _drawn(draw: Callable[[int], QPixmap], sizes: tuple[int, ...]) -> QIcon:
    return QIcon(_DrawnIcon(draw, sizes))


def _svg_drawer(svg: QByteArray | str, antialiased: bool = False) -> Callable[[int], QPixmap]:
    """Draws the SVG (bytes, or a file name) at a side length; parsed at its first drawing."""
    renderers: list[QSvgRenderer] = []

    def draw(size: int) -> QPixmap:
        if not renderers:
            renderers.append(QSvgRenderer(svg))
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        if antialiased:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderers[0].render(painter)
        painter.end()
        return pix

    return draw


@cache
def _icon(name: str, ink: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace(PLACEHOLDER_INK, ink)
    return _drawn(_svg_drawer(QByteArray(svg.encode("utf-8"))), (16, 24, 32, 48))


@cache
def app_icon() -> QIcon:
    return _drawn(_svg_drawer(str(resources_dir() / "icon.svg"), antialiased=True), (16, 32, 48, 64, 128, 256))


@cache
def type_icon(article_type: str, family: str = "") -> QIcon:
    """A small rounded badge with the type's character, e.g. 评 for commentary."""
    char, colour = TYPE_BADGES.get(article_type, TYPE_BADGES["other"])
    return _drawn(lambda size: _badge(char, colour, size, family), (16, 20, 24, 32))


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
