"""Links in a note's preview, clicked: only a web page or a mail address ever opens outside.

Payloads (notes an imported annotation file may bring): `javascript:`,
`file:`, `data:`, `vbscript:`, `smb:`, entity- and percent-encoded schemes,
reference links, an image of a local file, raw `<a>`, `<img>`, `<style>`
and `<script>`, `http:/etc/passwd` (no host) and
`mailto:a@b.cn?attach=/etc/passwd`. Before: every unsafe scheme was already
dropped, but the mail link opened whole (some mail programs attach the file
an `attach=` names to the new message) and a host-less http link was
handed to the browser. Now a mail link opens as its address alone and a web
link needs a host (gui/highlight_editor.py `outside_url`).
"""

from __future__ import annotations

import pytest

from zzreader.gui import highlight_editor
from zzreader.gui.highlight_editor import NotePreview
from zzreader.gui.qt import QUrl

PAYLOADS = [
    "[a](JaVaScRiPt:alert(1))", "[a](java\tscript:alert(1))", "[a](file:///etc/passwd)", "<file:///etc/passwd>",
    "[a][r]\n\n[r]: javascript:alert(1)", "[a](data:text/html,<script>x</script>)", "[a](vbscript:x)",
    "[a](smb://host/share)", "[a](%6a%61vascript:alert(1))", "[a](&#106;avascript:alert(1))", "![x](file:///etc/passwd)",
    '<a href="file:///etc/passwd">a</a>', "<img src=/etc/passwd>", "<style>*{color:red}</style>", "<script>x</script>",
    "[a](http:/etc/passwd)", "[a](mailto:a@b.cn?attach=/etc/passwd)", "[a](https://example.com/报纸)",
]
ALLOWED = {"mailto:a@b.cn", "https://example.com/%E6%8A%A5%E7%BA%B8"}


def _hrefs(preview: NotePreview) -> list[str]:
    found, block = [], preview.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize("note", PAYLOADS)
def test_clicking_every_link_of_a_hostile_note_opens_only_a_web_page_or_an_address(qtbot, monkeypatch, note: str) -> None:
    opened: list[str] = []
    monkeypatch.setattr(highlight_editor.QDesktopServices, "openUrl", lambda url: opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)))
    preview = NotePreview()
    qtbot.addWidget(preview)
    preview.show_note(note)
    for href in _hrefs(preview):
        preview.anchorClicked.emit(QUrl(href))
    assert set(opened) <= ALLOWED, opened
    text = preview.toPlainText()
    if note.startswith(("<img", "<style", "<script")):
        assert note in text  # raw HTML is shown as the text it is
    assert "<img" not in preview.toHtml()  # no image of any file


def test_a_mail_link_opens_as_its_address_alone(qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(highlight_editor.QDesktopServices, "openUrl", opened.append)
    preview = NotePreview()
    qtbot.addWidget(preview)
    preview.show_note("[寄信](mailto:a@b.cn?attach=/etc/passwd&subject=x)")
    (href,) = _hrefs(preview)
    preview.anchorClicked.emit(QUrl(href))
    assert [u.toString() for u in opened] == ["mailto:a@b.cn"]
    assert highlight_editor.outside_url("http:/etc/passwd") is None
    assert highlight_editor.outside_url("https://example.com/a?b=1").toString() == "https://example.com/a?b=1"
