"""Highlight colours and styles another program planted, in the printed page and the PDF.

Payload: a highlight whose colour is `"><img src="/…/picture.png"><span class="`
(the picture a red PNG in the test's folder, standing for a photo in the
user's own folders), and one whose colour is `zz`. Before: the colour went
into the export's markup raw (core/export.py), the print preview and the
PDF laid it out with a QTextDocument, which reads an `<img>`'s file from the
disk: the PDF embedded the picture; the unknown colour `zz` made printing
and both exports fail (KeyError). Now an unknown colour is drawn as the
first (yellow, as on the page), an unknown style is drawn as nothing, and
the print and PDF documents, the page and the note preview load no resource
(gui/sealed_document.py): returning nothing from `loadResource`, as the page
and the preview did, made Qt read an `<img>`'s file from the disk itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from zzreader.gui.qt import QColor, QImage, QPainter, QUrl


def _red_picture(folder: Path) -> Path:
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    path = folder / "picture.png"
    assert image.save(str(path))
    return path


def _plant(window, colour: str, style: str) -> None:
    window.library.highlights.add(window.current_id, 0, 4, color="yellow", note="批注")
    conn = sqlite3.connect(window.library.path)
    with conn:
        conn.execute("UPDATE highlights SET color = ?, style = ?", [colour, style])
    conn.close()
    window.open_article(window.current_id)


def _red_pixels(doc) -> int:
    doc.setTextWidth(600)
    size = doc.size().toSize()
    image = QImage(size.width(), min(size.height(), 4000), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    red = QColor("#ff0000").rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == red)


def test_a_planted_colour_embeds_no_file_in_the_print_or_the_pdf(qtbot, window, tmp_path: Path) -> None:
    from zzreader.core import export
    from zzreader.gui import printing

    picture = _red_picture(tmp_path)
    _plant(window, f'"><img src="{picture}"><span class="', "x")
    html = export.article_html(window.library, window.current_id)
    assert "<img" not in html and str(picture) not in html
    doc = printing.printable(window)
    assert doc is not None and _red_pixels(doc) == 0  # the printed page shows no picture
    assert window.library.article(window.current_id).title[:4] in doc.toPlainText()
    target = tmp_path / "article.pdf"
    assert window.io.export_article("pdf", str(target)) == str(target)
    assert b"/Subtype /Image" not in target.read_bytes()


def test_the_print_document_loads_nothing_even_when_the_html_names_a_file(qtbot, tmp_path: Path) -> None:
    from zzreader.gui import annotation_io
    from zzreader.gui.sealed_document import SealedDocument

    picture = _red_picture(tmp_path)
    doc = SealedDocument()
    doc.setHtml(f'<p>前<img src="{picture}">后</p>')
    assert _red_pixels(doc) == 0
    target = tmp_path / "direct.pdf"
    annotation_io.write_pdf(f'<p>前<img src="{picture}">后</p>', target)
    assert b"/Width 200" not in target.read_bytes()  # at most the blank pixel, never the picture


@pytest.mark.parametrize("colour, style", [("zz", "highlight"), ("zz", "underline"), ("", "strike"), ("blue", "波浪")])
def test_an_unknown_colour_or_style_prints_and_exports(qtbot, window, tmp_path: Path, colour: str, style: str) -> None:
    from zzreader.gui import printing

    _plant(window, colour, style)
    doc = printing.printable(window)
    assert doc is not None and "批注" in doc.toPlainText()  # the note is printed after the text
    target = tmp_path / "article.html"
    assert window.io.export_article("html", str(target)) == str(target)
    assert 'class="zz-' in target.read_text(encoding="utf-8") or style not in ("highlight", "underline", "strike")


def test_the_page_and_the_note_preview_show_no_file_an_img_names(qtbot, tmp_path: Path) -> None:
    from zzreader.gui.article_page import ArticlePage
    from zzreader.gui.highlight_editor import NotePreview

    picture = _red_picture(tmp_path)
    for kind in (ArticlePage, NotePreview):
        view = kind()
        qtbot.addWidget(view)
        view.resize(400, 300)
        view.setHtml(f'<p>前<img src="{picture}">后</p>')  # what no escaped page holds, tried anyway
        view.show()
        shot = view.grab().toImage()
        red = QColor("#ff0000").rgb()
        assert not any(shot.pixel(x, y) == red for y in range(0, shot.height(), 3) for x in range(0, shot.width(), 3))


def test_the_history_and_reprint_views_follow_no_link_and_show_no_file(qtbot, window, tmp_path: Path) -> None:
    from zzreader.gui.sealed_document import SealedBrowser

    picture = _red_picture(tmp_path)
    history = window.corrections.show_history()
    reprints = window.discovery.view("reprints")
    views = [history.before, history.after, reprints.left, reprints.right]
    assert all(isinstance(v, SealedBrowser) for v in views)
    for view in views:
        assert not view.openLinks() and not view.openExternalLinks()
        view.setHtml(f'<p>前<img src="{picture}"><a href="file://{picture}">链</a>后</p>')  # tried anyway
        view.anchorClicked.emit(QUrl(f"file://{picture}"))
        assert "链" in view.toPlainText() and view.source().isEmpty()  # it stayed on its text
        view.resize(300, 200)
        shot = view.grab().toImage()
        red = QColor("#ff0000").rgb()
        assert not any(shot.pixel(x, y) == red for y in range(0, shot.height(), 3) for x in range(0, shot.width(), 3))
