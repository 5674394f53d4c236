"""Text documents that load nothing: for pages laid out from library text.

Returning nothing from `loadResource` is not enough: for an `<img>` whose
resource is missing, Qt's image handler then reads the file the `src` names
straight from the disk. A page, a note preview, a printed page or a PDF
whose HTML named `/home/…/photo.png` showed or embedded that photo. The HTML
given to them is escaped (core/export.py, gui/article_html.py), but a
highlight colour planted in a library once reached the export's markup raw.
Every image asked for is now one transparent pixel, every other resource
missing, so nothing on the disk is read whatever the HTML says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.gui.qt import QColor, QImage, QTextBrowser, QTextDocument, QWidget

if TYPE_CHECKING:  # only named in signatures: made when Qt first passes one (an event, a link)
    from zzreader.gui.qt import QUrl

_IMAGE = QTextDocument.ResourceType.ImageResource.value


def no_resource(kind: int) -> object:
    """What a sealed page gives for any resource: a blank pixel for an image (so Qt does not
    read the file itself), nothing for the rest."""
    if int(kind) == _IMAGE:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        return image
    return None


class SealedDocument(QTextDocument):
    """A QTextDocument for print, PDF and list rows: every resource is `no_resource`."""

    def loadResource(self, kind: int, url: QUrl) -> object:  # Qt's name
        return no_resource(kind)


class SealedBrowser(QTextBrowser):
    """A read-only rich-text view of library text (history, reprints): follows no link, loads nothing.

    A plain QTextBrowser opens a clicked link in itself, a `file:` one by reading that file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl) -> object:  # Qt's name
        return no_resource(kind)
