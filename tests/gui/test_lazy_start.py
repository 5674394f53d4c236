"""What the window leaves for later at start, and that it is all there when the user asks (offscreen).

The annotation browser is built when its dock is first shown (gui/annotation_dock.py);
the search and corrections modules and Qt's printing module load with their first use.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from zzreader.gui.annotation_browser import COLUMNS
from zzreader.gui.main_window import MainWindow
from zzreader.i18n import tr


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions()]


def first_article_with_text(window: MainWindow):
    return next(a for _issue, a in window.library.iter_articles() if a.blocks and len(a.blocks[0].text) >= 12)


def test_the_browser_is_listed_before_it_is_built_and_lists_highlights_once_opened(window: MainWindow):
    assert not window.browser_dock.built  # nothing of it was made for the first paint
    assert window.act_browser.text() in menu_texts(window, tr("menu.view"))
    assert window.act_browser.text() in menu_texts(window, tr("menu.annotate"))
    article = first_article_with_text(window)
    quote = article.blocks[0].text[2:10]
    window.library.highlights.add(article.id, 2, 10, color="green", note="开工前要核实的数字")
    window.annotator.notify()

    window.act_browser.trigger()  # View → Annotations (Ctrl+Shift+A)

    assert window.browser_dock.isVisible() and window.browser_dock.built
    model = window.browser.model
    assert model.rowCount() == 1
    assert model.index(0, COLUMNS.index("quote")).data() == quote
    assert model.index(0, COLUMNS.index("note")).data() == "开工前要核实的数字"
    assert "共 1 条" in window.browser.count.text()


def test_a_layout_saved_with_the_browser_open_opens_it_again(qtbot, library_path, settings):
    first = MainWindow(library_path, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    article = first_article_with_text(first)
    first.library.highlights.add(article.id, 0, 6, color="blue")
    first.browser_dock.show()
    first.shutdown()  # saves the layout: the browser dock open

    again = MainWindow(library_path, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert again.browser_dock.isVisible() and again.browser_dock.built
        qtbot.waitUntil(lambda: again.browser.model.rowCount() == 1)
        assert again.browser.model.index(0, COLUMNS.index("quote")).data() == article.blocks[0].text[:6]
        assert again.browser.table.isVisible()
    finally:
        again.shutdown()


def test_a_layout_saved_with_the_browser_closed_leaves_it_unbuilt(qtbot, library_path, settings):
    first = MainWindow(library_path, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.browser_dock.show()
    first.browser_dock.hide()
    first.shutdown()

    again = MainWindow(library_path, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert not again.browser_dock.isVisible() and not again.browser_dock.built
    finally:
        again.shutdown()


def test_opening_the_window_loads_neither_search_corrections_nor_printing(tmp_path, library_path):
    """What the first paint does not need stays unloaded until its first use (OpenSSL's hashlib and the
    parser included: a regression had the store import it, 0.4 s of every start); the search modules load
    in the read lane once the window is drawn."""
    code = (
        "import sys\n"
        "from zzreader.gui.app import application\n"
        "from zzreader.gui.main_window import MainWindow\n"
        "from zzreader.gui.qt import QSettings\n"
        "app = application()\n"
        f"w = MainWindow({str(library_path)!r}, QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        "w.show(); app.processEvents()\n"
        "names = ('zzreader.core.search', 'zzreader.core.fts_index', 'zzreader.core.fts_query', 'zzreader.core.snippets',\n"
        "         'zzreader.core.corrections', 'zzreader.core.revisions', 'zzreader.gui.annotation_browser',\n"
        "         'zzreader.gui.printing', 'PySide6.QtPrintSupport', 'hashlib', 'zzreader.core.dates',\n"
        "         'zzreader.core.parse', 'zzreader.core.renditions.detect', 'jieba', 'zzreader.core.issue_import')\n"
        "print(' '.join(n for n in names if n in sys.modules) or 'none')\n"
        "import time\n"
        "end = time.time() + 60\n"  # the read lane loads the search modules once the window is drawn
        "while 'zzreader.core.search' not in sys.modules and time.time() < end:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print('zzreader.core.search' in sys.modules)\n"
        "w.shutdown()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split()[-2:] == ["none", "True"], result.stdout


def test_a_title_breaks_where_a_space_stands_between_han_characters():
    """The headline's printed line breaks, found without a regular expression over the Han ranges."""
    from zzreader.gui.article_html import title_lines

    assert title_lines("炎陵黄桃 搭上冷链专列") == ["炎陵黄桃", "搭上冷链专列"]
    assert title_lines("5G 基站 覆盖 全部乡镇") == ["5G 基站", "覆盖", "全部乡镇"]
    assert title_lines("《株洲日报》  走进 “动力谷”") == ["《株洲日报》", "走进", "“动力谷”"]
    assert title_lines("CR450 test run") == ["CR450 test run"]
    assert title_lines(" 神农城 ") == [" 神农城 "]
    assert title_lines("") == [""]


def test_garbage_collection_waits_for_the_first_paint_then_runs(tmp_path, library_path):
    """`zzreader` starts without collecting (its start makes only long-lived objects), then collects."""
    out = tmp_path / "shot.png"
    code = (
        "import gc, sys\n"
        "import zzreader.gui.app as app\n"
        "seen = []\n"
        "real = app.collect_from_now_on\n"
        "app.collect_from_now_on = lambda: (seen.append(gc.isenabled()), real(), seen.append(gc.isenabled()))\n"
        "from zzreader.__main__ import main\n"
        f"code = main(['--library', {str(library_path)!r}, '--screenshot', {str(out)!r}])\n"
        "print(code, seen, gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZZREADER_SETTINGS": str(tmp_path / "s.ini")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split("\n")[-2] == "0 [False, True] True True"
    assert out.exists()


def test_the_window_listens_for_a_second_start_once_it_is_drawn(qtbot, tmp_path):
    """The start claims the library without listening; a second start then still finds the window."""
    from zzreader.gui import single_instance

    lib = tmp_path / "library.sqlite"
    first = single_instance.claim(lib, listen=False)  # no window runs: nobody to ask
    assert first is not None and first.server is None
    try:
        assert first.listen()  # what the window does after its first paint
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert single_instance.claim(lib, listen=False) is None  # asked, since the socket is there
    finally:
        first.close()
    again = single_instance.claim(lib, listen=False)  # the first window closed: this one takes over
    assert again is not None
    again.close()


def _when_shown_and_after(tmp_path, library_path, check: str, after_ms: int) -> list[str]:
    """`check` (a Python expression) evaluated when the window is first shown and `after_ms` later,
    in a window started as `zzreader` starts it (offscreen)."""
    code = (
        "import sys\n"
        "import PySide6.QtWidgets as widgets\n"
        "import zzreader.gui.app as app\n"
        "from zzreader.gui.qt import QApplication, QSettings, QTimer\n"
        "seen = {}\n"
        "def log(window):\n"
        f"    seen['at_shown'] = {check}\n"
        f"    QTimer.singleShot({after_ms}, QApplication.instance().quit)\n"
        "app.log_startup = log\n"
        f"app.main({str(library_path)!r}, settings=QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        f"print(seen['at_shown'], {check})\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr[-800:]
    return result.stdout.split()[-2:]


def test_a_window_start_loads_qt_network_only_after_the_first_paint(tmp_path, library_path):
    assert _when_shown_and_after(tmp_path, library_path, "'PySide6.QtNetwork' in sys.modules", 300) == ["False", "True"]


def test_the_first_paint_makes_only_the_qt_classes_the_window_uses(tmp_path, library_path):
    """No `viewport()` before the window is shown: PySide6 answers its first call by making every
    QtWidgets class (about 10 ms); the article page and the results list see their viewport's
    events without it (tests/gui/test_note_markers.py: the badges and their tooltips still work)."""
    assert _when_shown_and_after(tmp_path, library_path, "'QCalendarWidget' in vars(widgets)", 0)[0] == "False"


def test_listening_twice_keeps_the_one_listener(qtbot, tmp_path):
    """The window listens once drawn and again on a timer (a window not drawn): the second changes nothing."""
    from zzreader.gui import single_instance

    lib = tmp_path / "library.sqlite"
    first = single_instance.claim(lib, listen=False)
    try:
        assert first.listen() and first.listen()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert single_instance.claim(lib) is None
    finally:
        first.close()
