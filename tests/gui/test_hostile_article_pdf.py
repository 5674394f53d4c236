"""File → Export article → PDF of an article holding hostile text.

Before: the PDF was laid out on the GUI thread, 18 s for an article with a
100,000-character headline and note (the window froze, no repaint, no
answer), and the PDF's title metadata was the raw headline, reversing
characters and all. Now the layout runs in a thread under the busy dialog
(gui/busy.py), the metadata title is one escaped line, and the file holds
no link to a local file and no image the text asked for.
"""

from __future__ import annotations

import threading
from pathlib import Path

from zzreader.gui import annotation_io

RLO = "\u202e"
HOSTILE = '<img src=x onerror=alert(1)><a href=file:///etc/passwd>点我</a>' + RLO + "fdp.exe"


def _plant(window) -> int:
    lib = window.library
    article_id = window.current_id
    with lib.lock, lib.db.atomic():
        lib.db.execute("UPDATE articles SET title = ? WHERE id = ?", [HOSTILE + "长" * 3000, article_id])
    lib.highlights.add(article_id, 0, 4, note="[本地](file:///etc/passwd) [脚本](javascript:alert(1)) " + HOSTILE)
    return article_id


def test_the_pdf_is_written_off_the_gui_thread_without_links_or_images(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    _plant(window)
    window.open_article(window.current_id)
    threads: list[threading.Thread] = []
    real = annotation_io.write_pdf

    def watched(html: str, path, title: str = "") -> None:
        threads.append(threading.current_thread())
        real(html, path, title)

    monkeypatch.setattr(annotation_io, "write_pdf", watched)
    target = tmp_path / "article.pdf"
    assert window.io.export_article("pdf", str(target)) == str(target)
    assert threads and threads[0] is not threading.main_thread()
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/URI" not in data and b"/Subtype /Image" not in data  # the note link is internal
    title = data.split(b"/Title", 1)[1][:400]
    assert "\u202e".encode("utf-16-be") not in title  # one line, the reversing mark as an escape


def test_a_pdf_that_cannot_be_written_is_one_line(qtbot, window, tmp_path: Path) -> None:
    assert window.io.export_article("pdf", str(tmp_path / "missing" / "a.pdf")) is None
    message = window.statusBar().currentMessage()
    assert message and "\n" not in message and "Traceback" not in message


def test_printing_lays_out_the_pages_off_the_gui_thread(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from zzreader.gui import printing
    from zzreader.gui.qt import QDialog, QPrinter
    from zzreader.gui.sealed_document import SealedDocument

    _plant(window)
    window.open_article(window.current_id)
    out = tmp_path / "printed.pdf"
    threads: list[threading.Thread] = []

    class Watched(SealedDocument):
        def print_(self, printer) -> None:
            threads.append(threading.current_thread())
            super().print_(printer)

    class Accepting:
        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _t: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "SealedDocument", Watched)
    assert printing.print_article(window, Accepting)
    assert threads and threads[0] is not threading.main_thread()
    assert out.stat().st_size > 1000 and b"/URI" not in out.read_bytes()
