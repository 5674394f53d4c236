"""Copy with citation, the selection's context menu, a collection's citation file,
Back / Forward through opened articles, Print and Print preview, and where file
dialogs start: all checked on what the user gets (clipboard, menu texts, pages)."""

from __future__ import annotations

from pathlib import Path

import rispy

from zzreader.gui import file_dialogs, printing, prompts
from zzreader.gui.qt import (
    QApplication,
    QDialog,
    QEvent,
    QMenu,
    QMouseEvent,
    QPointF,
    QPrinter,
    Qt,
)
from zzreader.i18n import tr


def _two_titled(window) -> list:
    """Two titled news stories with bylines, from different issues when possible."""
    found = []
    for _issue, article in window.library.iter_articles():
        if article.type == "news" and article.title and article.reporters:
            if not found or found[0].issue_id != article.issue_id:
                found.append(article)
        if len(found) == 2:
            return found
    raise AssertionError("the seeds have no two titled news stories")


def test_copy_with_citation_puts_the_words_and_a_gbt7714_reference_on_the_clipboard(window):
    story = _two_titled(window)[0]
    window.open_article(story.id)
    words = story.paragraphs[0][5:25]
    start = story.text.index(words)
    assert window.view.select_span(start, start + len(words))
    window.citing.act_copy_cited.trigger()
    copied = QApplication.clipboard().text()
    date = window.library.issue(story.issue_id).date
    assert copied.startswith(words + "\n——")
    assert f"{story.reporters[0]}" in copied and f"[N]. 株洲日报, {date}" in copied
    assert window.citing.act_copy_cited.shortcut().toString() == "Ctrl+Shift+C"


def test_selection_menu_searches_the_archive_cites_and_highlights_without_copy_link(window, qtbot):
    story = _two_titled(window)[0]
    window.open_article(story.id)
    words = story.paragraphs[0][:8]
    start = story.text.index(words)
    window.view.select_span(start, start + len(words))
    page = window.view.page
    menu = page.createStandardContextMenu()
    page.menu_requested.emit(menu, start)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert tr("cite.search_selection", quote=words[:12]) in texts
    assert tr("cite.copy") in texts
    assert any(a.objectName() == "annotate.yellow" or "黄" in a.text() for a in menu.actions())
    assert not any(a.objectName() == "link-copy" for a in menu.actions())
    search = next(a for a in menu.actions() if a.objectName() == "cite.search_selection")
    search.trigger()
    assert window.search_dock.isVisible() and window.search.query.text() == words
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)
    menu.deleteLater()


def test_a_collection_saves_as_a_ris_file_zotero_reads(window, tmp_path: Path, monkeypatch):
    stories = _two_titled(window)
    folder = window.library.collections.create("论文素材").value
    window.library.collections.add_articles(folder.id, [s.id for s in stories])
    target = tmp_path / "素材.ris"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: str(target))
    assert window.citing.export_collection(folder.id) == str(target)
    records = rispy.loads(target.read_text(encoding="utf-8"))
    assert [r["title"] for r in records] == [s.title for s in stories]
    assert {r["type_of_reference"] for r in records} == {"NEWS"}
    assert records[0]["date"] == window.library.issue(stories[0].issue_id).date.replace("-", "/")
    window.collections.reload()
    menu = window.collections.menu_for(window.collections.collection_item(folder.id))
    assert tr("cite.export") in [a.text() for a in menu.actions()]


def test_back_and_forward_return_through_opened_articles_with_their_search_terms(window, qtbot):
    first, second = _two_titled(window)
    window.open_article(first.id)
    window.open_from_ui(second.id, "株洲")
    history = window.history
    assert history.act_back.isEnabled() and not history.act_forward.isEnabled()
    history.act_back.trigger()
    assert window.current_id == first.id and first.title in window.view.plain_text()
    assert history.act_forward.isEnabled()
    history.act_forward.trigger()
    assert window.current_id == second.id and window.current_query == "株洲"
    # The mouse's back button anywhere in the window goes back too (from its first paint on).
    qtbot.waitUntil(lambda: history.listening)
    viewport = window.view.page.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(5, 5), viewport.mapToGlobal(QPointF(5, 5)), Qt.MouseButton.BackButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    assert window.current_id == first.id
    keys = [s.toString() for s in history.act_back.shortcuts()]
    assert "Alt+Left" in keys and "Alt+Right" in [s.toString() for s in history.act_forward.shortcuts()]
    # A new article after going back drops the forward steps.
    window.next_article()
    assert not history.act_forward.isEnabled()


def test_print_lays_out_the_article_with_its_highlights(window, tmp_path: Path):
    story = _two_titled(window)[0]
    window.open_article(story.id)
    quote = story.paragraphs[0][:6]
    start = story.text.index(quote)
    window.view.select_span(start, start + len(quote))
    window.annotator.colour_actions["yellow"].trigger()
    doc = printing.printable(window)
    assert story.title in doc.toPlainText() and quote in doc.toPlainText()
    assert "background" in doc.toHtml().lower()  # the highlight is printed in its colour
    out = tmp_path / "printed.pdf"

    class AcceptingDialog:
        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _t: str) -> None:  # noqa: N802
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    assert printing.print_article(window, AcceptingDialog)
    assert out.stat().st_size > 1000
    assert window.act_print.shortcut().toString() == "Ctrl+P"
    preview = printing.preview_dialog(window)
    assert preview is not None and preview.windowTitle() == tr("print.preview")
    preview.deleteLater()


def test_file_dialogs_start_in_the_last_folder_for_that_purpose_else_home(window, tmp_path: Path):
    assert file_dialogs.folder("import") == str(Path.home())
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    file_dialogs.remember("import", dumps / "2024-12-05.txt")
    assert file_dialogs.folder("import") == str(dumps)
    assert file_dialogs.folder("export") == str(Path.home())  # another purpose, its own folder
    assert window.io._suggest(".md") == str(Path.home() / "zzreader-annotations.md")
    assert str(window.library.path.parent) not in window.io._suggest(".md")
