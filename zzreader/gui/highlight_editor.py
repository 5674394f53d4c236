"""The popup for one highlight: colour, style, tags and a Markdown note with a live preview.

The preview uses the core's safe renderer (`notes.render_note_html`: raw
HTML shown as text, only http/https/mailto links, images reduced to their
alt text) in a QTextBrowser that loads nothing, so a note can never run
markup or fetch a remote image. Save sends only what changed as one core
operation, so Undo names it ("编辑批注" when only the note changed).
"""

from __future__ import annotations

from zzreader.core.highlights import Highlight
from zzreader.core.notes import render_note_html, safe_href
from zzreader.core.palette import COLORS, STYLES
from zzreader.gui import highlight_style
from zzreader.gui.qt import (
    QButtonGroup,
    QComboBox,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPoint,
    QPushButton,
    QSplitter,
    Qt,
    QTextBrowser,
    QTimer,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.sealed_document import no_resource
from zzreader.gui.swatches import colour_name, swatch  # noqa: F401 - also imported from here
from zzreader.gui.tag_edit import TagEdit
from zzreader.i18n import tr

PREVIEW_DELAY_MS = 120
QUOTE_CHARS = 120


class NotePreview(QTextBrowser):
    """Renders a note safely; never loads a resource, opens only safe links outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notePreview")
        self.setAccessibleName(tr("note.preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt name)
        return no_resource(kind)  # an image is a blank pixel: Qt would read a missing one from the disk

    def show_note(self, note: str) -> None:
        rendered = render_note_html(note)
        self.setHtml(rendered or f'<p style="color: gray">{tr("note.preview.empty")}</p>')

    @staticmethod
    def _open(url: QUrl) -> None:
        target = outside_url(url.toString())
        if target is not None:
            QDesktopServices.openUrl(target)


def outside_url(href: str) -> QUrl | None:
    """What a note's link may open outside: a web page on a named host, or a mail to an address.

    A mail link keeps only its address: `mailto:a@b.cn?attach=/home/…/secret` asked some mail
    programs to attach that file to a new message, and `http:/etc/passwd` names no host.
    """
    if not safe_href(href):
        return None
    url = QUrl(href.strip(), QUrl.ParsingMode.StrictMode)
    scheme = url.scheme().lower()
    if not url.isValid() or (scheme in ("http", "https") and not url.host()):
        return None
    if scheme == "mailto":
        address = url.path()
        return QUrl(f"mailto:{address}") if address and "/" not in address else None
    return url


class HighlightEditor(QDialog):
    """Edit one highlight; `saved(id, changes)` / `delete_requested(id)` go to the Annotator."""

    saved = Signal(str, dict)
    delete_requested = Signal(str)

    def __init__(self, highlight: Highlight, tag_names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("highlightEditor")
        self.setWindowTitle(tr("note.title"))
        self.setAccessibleName(tr("note.title"))
        self.highlight = highlight
        self.setMinimumWidth(460)

        quote = highlight.exact if len(highlight.exact) <= QUOTE_CHARS else highlight.exact[:QUOTE_CHARS] + "…"
        self.quote = QLabel(f"“{quote}”")
        self.quote.setObjectName("noteQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setFrameShape(QFrame.Shape.StyledPanel)
        self.quote.setStyleSheet(
            f"background: {highlight_style.fill(highlight.color)}; color: #1f1f1f; padding: 6px;"
        )

        self.colours = QButtonGroup(self)
        self.colours.setExclusive(True)
        colour_row = QHBoxLayout()
        colour_row.setSpacing(2)
        for n, color in enumerate(COLORS, start=1):
            b = QToolButton()
            b.setObjectName(f"noteColour.{color}")
            b.setIcon(swatch(color))
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setToolTip(f"{colour_name(color)} ({n})")
            b.setAccessibleName(colour_name(color))
            b.setChecked(color == highlight.color)
            self.colours.addButton(b, n - 1)
            colour_row.addWidget(b)
        colour_row.addSpacing(12)
        self.style_box = QComboBox()
        self.style_box.setObjectName("noteStyle")
        self.style_box.setAccessibleName(tr("note.style"))
        for style in STYLES:
            self.style_box.addItem(tr(f"style.{style}"), style)
        self.style_box.setCurrentIndex(STYLES.index(highlight.style) if highlight.style in STYLES else 0)
        colour_row.addWidget(self.style_box)
        colour_row.addStretch(1)

        self.tags = TagEdit()
        self.tags.set_names(tag_names)
        self.tags.set_tags(highlight.tags)

        self.note = QPlainTextEdit()
        self.note.setObjectName("noteText")
        self.note.setAccessibleName(tr("note.text"))
        self.note.setPlaceholderText(tr("note.placeholder"))
        self.note.setPlainText(highlight.note)
        self.preview = NotePreview()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.note)
        split.addWidget(self.preview)
        split.setChildrenCollapsible(False)
        split.setSizes([1, 1])
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.note.textChanged.connect(self._timer.start)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(tr("note.delete"))
        self.delete_button.setObjectName("noteDelete")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        self.buttons = buttons
        self.problem = QLabel()  # why a save was refused; the text stays in the editor to copy or retry
        self.problem.setObjectName("noteProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote library text
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c53030;")
        self.problem.hide()
        self.refused = False

        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addLayout(colour_row)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("tags.label")))
        row.addWidget(self.tags, 1)
        layout.addLayout(row)
        hint = QLabel(tr("note.markdown_hint"))
        hint.setObjectName("noteHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.update_preview()
        self.resize(620, 420)

    def chosen_colour(self) -> str:
        return COLORS[max(0, self.colours.checkedId())]

    def changes(self) -> dict:
        """Only the fields that differ from the highlight as it was opened."""
        h = self.highlight
        out: dict = {}
        if self.chosen_colour() != h.color:
            out["color"] = self.chosen_colour()
        style = self.style_box.currentData()
        if style != h.style:
            out["style"] = style
        note = self.note.toPlainText()
        if note.strip() != h.note.strip():
            out["note"] = note
        tags = self.tags.tags()
        if [t.casefold() for t in tags] != [t.casefold() for t in h.tags]:
            out["tags"] = tags
        return out

    def update_preview(self) -> None:
        self._timer.stop()
        self.preview.show_note(self.note.toPlainText())

    def save(self) -> None:
        """Save and close; a refused save (the highlight was undone or deleted meanwhile from the
        window, which stays usable while this editor is open) keeps the editor and what was typed."""
        changes = self.changes()
        self.refused = False
        if changes:
            self.saved.emit(self.highlight.id, changes)  # the Annotator calls refuse() when it fails
        if not self.refused:
            self.accept()

    def refuse(self, reason: str) -> None:
        self.refused = True
        self.problem.setText(tr("note.not_saved", reason=reason))
        self.problem.show()

    def _delete(self) -> None:
        self.delete_requested.emit(self.highlight.id)
        self.accept()

    def place_near(self, point: QPoint) -> None:
        """Open below the clicked point, kept on the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = point.x() - 40, point.y() + 16
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            if y + self.height() > screen.bottom():
                y = max(screen.top(), point.y() - self.height() - 16)
        self.move(x, y)
