"""The summary of an import of a folder of 100,000 files (a dropped home folder, a mail spool).

Before: the summary's table was filled on the GUI thread, 30 s frozen for
100,000 files (a report made here, as an import of such a folder ends), and
selecting every row put the details of all 100,000 (2 MB of text) in the
pane: 14.6 s. Now the first rows show at once, the rest fill a few at a
turn of the event loop (the window answering: 0.09 s a turn), and the pane
shows the first 200 selected files and how many more there are (1.2 s).
"""

from __future__ import annotations

from zzreader.core.importer import FileResult, ImportReport
from zzreader.gui.import_dialog import DETAIL_FILES, FILL_CHUNK, ImportDialog
from zzreader.gui.qt import QTimer
from zzreader.i18n import tr

MANY = 20_000  # enough for many turns of filling; the figures above are for 100,000


def test_a_huge_summary_shows_at_once_fills_while_the_window_answers(qtbot, window) -> None:
    files = tuple(FileResult(f"/home/档案/{i}.txt", "failed", error="不是报纸 / not a paper") for i in range(MANY - 1))
    files += (FileResult("/home/档案/最后一期.txt", "imported", issue_id=1, articles=3),)
    dialog = ImportDialog(window.workers.write.prepare(lambda *_a: None, "summary"), window)
    qtbot.addWidget(dialog)
    ticks: list[int] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    dialog.show_report(ImportReport(files=files))
    dialog.show()
    assert dialog.table.rowCount() == MANY
    assert tr("import.status.failed") + f" {MANY - 1}" in dialog.headline.text()  # the counts at once
    assert dialog.table.item(0, 0).text() == "0.txt" and not dialog.filled
    assert dialog.table.item(MANY - 1, 0) is None  # still to come
    qtbot.waitUntil(lambda: dialog.filled, timeout=300_000)
    assert len(ticks) > 5  # the event loop ran between the turns of filling
    assert dialog.table.item(MANY - 1, 0).text() == "最后一期.txt"
    assert dialog.table.item(MANY - 1, 1).text() == tr("import.status.imported")

    dialog.filter.setCurrentIndex(dialog.filter.findData("failed"))
    assert len(dialog.visible_files()) == MANY - 1 and "最后一期.txt" not in dialog.visible_files()
    dialog.table.selectAll()
    detail = dialog.detail.toPlainText()
    assert detail.count("不是报纸") == DETAIL_FILES
    assert detail.endswith(tr("import.detail.more", n=MANY - 1 - DETAIL_FILES))


def test_a_summary_closed_while_filling_fills_no_further(qtbot, window) -> None:
    files = tuple(FileResult(f"/tmp/{i}.txt", "skipped") for i in range(FILL_CHUNK * 8))
    dialog = ImportDialog(window.workers.write.prepare(lambda *_a: None, "summary"), window)
    dialog.show_report(ImportReport(files=files))
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(50)  # the fill's timer went with the dialog: nothing raised
    assert window.isVisible()
