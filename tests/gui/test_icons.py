"""Icons drawn at the size they are shown at, when first shown (gui/icons.py)."""

from __future__ import annotations

from zzreader.gui import icons
from zzreader.gui.qt import QColor, QIcon, QSize


def _ink_pixels(icon: QIcon, side: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(QSize(side, side), mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


def test_a_toolbar_icon_is_drawn_in_the_ink_at_the_size_asked(qapp) -> None:
    icon = icons._icon("about", "#1c6fd1")
    assert not icon.isNull()
    for side in (16, 20, 24, 48):
        assert icon.pixmap(QSize(side, side)).size() == QSize(side, side)
    assert "#1c6fd1" in _ink_pixels(icon, 24)
    assert icon.actualSize(QSize(96, 96)) == QSize(48, 48)  # as large as it used to come
    assert icon.availableSizes() == [QSize(s, s) for s in (16, 24, 32, 48)]


def test_a_disabled_icon_looks_disabled(qapp) -> None:
    icon = icons._icon("about", "#1c6fd1")
    assert "#1c6fd1" not in _ink_pixels(icon, 24, QIcon.Mode.Disabled)


def test_a_type_badge_is_drawn_in_its_colour_with_the_character(qapp) -> None:
    badge = icons.type_icon("commentary")
    colours = _ink_pixels(badge, 20)
    assert QColor("#b3261e").name() in colours and "#ffffff" in colours  # red badge, white 评
    assert badge.actualSize(QSize(64, 64)) == QSize(32, 32)


def test_the_app_icon_offers_the_window_manager_its_sizes(qapp) -> None:
    icon = icons.app_icon()
    assert QSize(256, 256) in icon.availableSizes()
    assert icon.pixmap(QSize(64, 64)).size() == QSize(64, 64)
