"""The window driven by long random sequences of what a user does (Hypothesis, stateful).

Every earlier window test drove one action or a short scripted pair. This
machine opens a MainWindow (through gui/app.py's Reader, so a language change
rebuilds it as it does for the user) over a copy of the seed library and plays
searches, clicks in the tree and the results, highlights, notes, tags,
collections, undo / redo, corrections, split / merge, discovery views, an
import during a search, dialogs, Escape and a small window, in any order.
After every step, once the lanes are idle, what the window shows must agree
with the library: nothing reached the fault line (gui/fault_line.py), the
page shows the open article, the counts, highlights, results and the undo
labels match the core. At the end the window closes without hanging and
leaves no lane running.

The committed run is small (CI); ZZREADER_SEQUENCE_EXAMPLES and
ZZREADER_SEQUENCE_STEPS make it longer.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from pytestqt.qt_compat import qt_api

from tests.conftest import SEEDS
from zzreader import i18n
from zzreader.core.palette import COLORS
from zzreader.gui import calendar_view, fault_line, prompts, search_panel
from zzreader.gui.annotator import op_label
from zzreader.gui.qt import QApplication, Qt
from zzreader.gui.tree_model import ARTICLE, ID_ROLE, KIND_ROLE
from zzreader.i18n import tr

QTest = qt_api.QtTest.QTest
EXAMPLES = int(os.environ.get("ZZREADER_SEQUENCE_EXAMPLES", "3"))
STEPS = int(os.environ.get("ZZREADER_SEQUENCE_STEPS", "30"))

WORDS = ["株洲", "医保", "天元", "二医院", "企业", "芦淞", "醴陵"]
QUERIES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(["", " ", "株", "医", "株洲 OR 医保", "株洲 -企业", '"株洲日报"', "title:株洲",
                     "type:news", "date:2024", "tag:重点", "note:要核实", "(", "type:xyz", "-广告", "株洲 AND", "*", "OR"]),
)
NAMES = ["重点", "待核", "医保专题", "株洲·城建"]

# An issue of the paper invented for this test (not from any real issue): what an import adds.
NEW_ISSUE = """株洲日报
2031年3月4日 星期二

神农湖畔新建一座社区书屋

本报讯（记者/欧阳晓岚） 3月3日，位于神农湖畔的枫林社区书屋开门迎客。书屋藏书三千余册，设有儿童阅读区和老人读报角，每天上午九时至晚上九时免费开放。

社区居民周大爷说，以前看报要走两站路，现在下楼就能读到当天的株洲日报。社区负责人介绍，书屋由居民议事会提议、街道出资改造闲置车库而成。

荷塘区开展春季河道清淤

本报讯（通讯员/石梦瑶） 3月起，荷塘区对辖区内十二条小微水体开展春季清淤，预计清出淤泥两万立方米，四月底前全部完工。区水利局提醒沿线居民注意施工安全。
"""


class WindowSequence(RuleBasedStateMachine):
    """One window over a fresh copy of the seed library, driven step by step."""

    qtbot = None  # set by the test below (pytest fixtures do not reach Hypothesis' machine)
    qapp = None
    library_file: Path | None = None
    new_issue: Path | None = None
    last_closed: float = 0.0

    def __init__(self) -> None:
        super().__init__()
        from zzreader.gui.app import Reader
        from zzreader.gui.qt import QSettings

        self.folder = Path(tempfile.mkdtemp(prefix="zz-seq-"))
        path = self.folder / "library.sqlite"
        shutil.copy(self.library_file, path)
        self.faults: list[str] = []
        self.boxes: list[str] = []
        self.saved_hook = sys.excepthook
        sys.excepthook = fault_line.hook(self.faults.append)
        i18n.set_language("zh")
        self.settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        self.reader = Reader(self.qapp, path, self.settings)
        self.window.resize(1280, 800)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.settle()

    # -- plumbing --------------------------------------------------------------------
    @property
    def window(self):
        return self.reader.window

    @property
    def library(self):
        return self.window.library

    def idle(self) -> bool:
        w = self.window
        lanes = (w.workers.read, w.workers.write, w.workers.edits)
        return (not any(lane.busy() for lane in lanes) and not w.search.busy
                and not w.search._typing.isActive() and not w.titles.timer.isActive() and not w.imports.running())

    def settle(self) -> None:
        self.qtbot.waitUntil(self.idle, timeout=30_000)
        QApplication.processEvents()

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)

    def shortcut(self, action) -> None:
        """Press the action's first shortcut on the window, as the keyboard would."""
        seq = action.shortcut()
        if seq.isEmpty():
            action.trigger()
            return
        combo = seq[0]
        self.window.activateWindow()
        QTest.keyClick(self.window, combo.key(), combo.keyboardModifiers())

    # -- searching -------------------------------------------------------------------
    @rule(query=QUERIES, enter=st.booleans())
    def search(self, query: str, enter: bool) -> None:
        w = self.window
        w.search_dock.show()
        field = w.search.query
        field.setFocus()
        field.setText(query)
        field.textEdited.emit(query)  # search-as-you-type
        if enter:
            self.key(field, Qt.Key.Key_Return)
        self.settle()

    @rule(word=st.sampled_from(WORDS))
    def type_a_word_then_clear_it(self, word: str) -> None:
        field = self.window.search.query
        self.window.search_dock.show()
        field.setText(word)
        field.textEdited.emit(word)
        self.key(field, Qt.Key.Key_Return)
        field.clear()
        field.textEdited.emit("")
        self.settle()

    @rule(query=st.sampled_from(WORDS))
    def quick_search(self, query: str) -> None:
        box = self.window.quick_search
        box.setText(query)
        self.key(box, Qt.Key.Key_Return)
        self.settle()

    @rule(row=st.floats(0, 1))
    def open_a_result(self, row: float) -> None:
        results = self.window.search.results
        count = results.model().rowCount()
        if not count or not results.isVisible():
            return
        index = results.model().index(min(count - 1, int(row * count)))
        results.scrollTo(index)
        rect = results.visualRect(index)
        QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.settle()

    @rule()
    def page_through_results(self) -> None:
        model = self.window.search.model
        if model.canFetchMore():
            self.window.search.results.scrollToBottom()
            model.fetchMore()
        self.settle()

    # -- reading ---------------------------------------------------------------------
    @rule(key=st.sampled_from([Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left,
                               Qt.Key.Key_Return, Qt.Key.Key_End, Qt.Key.Key_Home]))
    def move_in_the_tree(self, key) -> None:
        tree = self.window.tree
        if not tree.isVisible():
            return
        tree.setFocus()
        self.key(tree, key)
        self.settle()

    @rule(step=st.sampled_from(["prev", "next", "back", "forward"]))
    def step_through_articles(self, step: str) -> None:
        w = self.window
        act = {"prev": w.act_prev, "next": w.act_next, "back": w.history.act_back,
               "forward": w.history.act_forward}[step]
        if act.isEnabled():
            act.trigger()
        self.settle()

    # -- annotating ------------------------------------------------------------------
    def select_text(self, where: float, length: int) -> bool:
        article = self.window.view.article
        if article is None or not article.text.strip() or self.window.view.source is not None:
            return False
        start = min(int(where * len(article.text)), max(0, len(article.text) - 1))
        end = min(len(article.text), start + length)
        if not article.text[start:end].strip():
            return False
        self.window.view.page.setFocus()
        return self.window.view.select_span(start, end)

    @rule(where=st.floats(0, 1), length=st.integers(1, 40),
          key=st.sampled_from([str(n) for n in range(1, len(COLORS) + 1)] + ["U", "S"]))
    def highlight(self, where: float, length: int, key: str) -> None:
        if self.select_text(where, length):
            QTest.keyClicks(self.window.view.page, key.lower())
        self.settle()

    @rule(where=st.floats(0, 1), length=st.integers(1, 20), note=st.sampled_from(["要核实", "**见** 二版", ""]))
    def add_a_note(self, where: float, length: int, note: str) -> None:
        if not self.select_text(where, length):
            return
        QTest.keyClicks(self.window.view.page, "n")
        editor = self.window.annotator.editor
        if editor is not None and editor.isVisible():
            editor.note.setPlainText(note)
            editor.save()
        self.settle()

    @rule(tags=st.lists(st.sampled_from(NAMES), max_size=3))
    def tag_the_article(self, tags: list[str]) -> None:
        field = self.window.article_tags
        if not field.isEnabled():
            return
        field.setFocus()
        field.setText("，".join(tags))
        self.key(field, Qt.Key.Key_Return)
        self.settle()

    @rule(name=st.sampled_from(NAMES), new=st.booleans())
    def add_to_a_collection(self, name: str, new: bool) -> None:
        w = self.window
        if w.current_id is None:
            return
        self.answer = name
        if new or not w.library.collections.all():
            w.act_new_collection.trigger()
        else:
            menu = w.annot_collection_menu
            w.fill_collection_menu(menu)
            items = [a for a in menu.actions() if a.objectName().startswith("collection.") and a.isCheckable()]
            if items:
                items[0].trigger()
        self.settle()

    @rule(redo=st.booleans())
    def undo_or_redo(self, redo: bool) -> None:
        act = self.window.annotator.act_redo if redo else self.window.annotator.act_undo
        self.shortcut(act)
        self.settle()

    # -- correcting ------------------------------------------------------------------
    @rule(field=st.sampled_from(["title", "text"]), how=st.sampled_from(["append", "cut", "replace"]))
    def correct_the_article(self, field: str, how: str) -> None:
        w = self.window
        if w.current_id is None:
            return
        dialog = w.corrections.edit_dialog()
        if dialog is None:
            return
        edit = dialog.lines["title"] if field == "title" else dialog.text
        old = edit.text() if field == "title" else edit.toPlainText()
        new = {"append": old + "（更正）", "cut": old[: len(old) // 2], "replace": "株洲医保新闻"}[how]
        if field == "title":
            edit.setText(new)
        else:
            edit.setPlainText(new)
        dialog.why.setText("校对")
        dialog.accept()
        self.settle()

    @rule(where=st.floats(0, 1))
    def split_here(self, where: float) -> None:
        w = self.window
        article = w.view.article
        if article is None or w.view.source is not None or not article.text:
            return
        at = int(where * len(article.text))
        ranges = w.view.text_map.to_doc(at, min(len(article.text), at + 1))
        if not ranges:
            return
        cursor = w.view.page.textCursor()
        cursor.setPosition(ranges[0][0])
        w.view.page.setTextCursor(cursor)
        w.corrections.act_split.trigger()
        self.settle()

    @rule()
    def merge_with_next(self) -> None:
        self.window.corrections.act_merge.trigger()
        self.settle()

    # -- the rest of the window ------------------------------------------------------
    @rule()
    def switch_language(self) -> None:
        w = self.window
        other = "en" if w.prefs.language == "zh" else "zh"
        w.appearance.apply(replace(w.prefs, language=other))
        self.window.resize(1280, 800)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.settle()

    @rule(key=st.sampled_from(["trends", "calendar", "entities", "reprints"]), close=st.booleans())
    def discovery_view(self, key: str, close: bool) -> None:
        w = self.window
        w.discovery.actions[key].trigger()
        self.settle()
        if close:
            w.discovery.docks[key].close()

    @rule(row=st.floats(0, 1), tab=st.sampled_from(["day_articles", "on_this_day"]))
    def open_from_the_calendar(self, row: float, tab: str) -> None:
        view = self.window.discovery.view("calendar")
        self.settle()
        listing = getattr(view, tab)
        if listing.count():
            item = listing.item(min(listing.count() - 1, int(row * listing.count())))
            listing.setCurrentItem(item)
            listing.itemActivated.emit(item)
        self.settle()

    @rule(row=st.floats(0, 1))
    def search_a_name(self, row: float) -> None:
        view = self.window.discovery.view("entities")
        self.settle()
        if view.table.rowCount():
            view.table.setCurrentCell(min(view.table.rowCount() - 1, int(row * view.table.rowCount())), 0)
            view.search_selected()
        self.settle()

    @rule(word=st.sampled_from(["株洲", "医", "天元区", "zz", ""]), enter=st.booleans())
    def filter_titles(self, word: str, enter: bool) -> None:
        field = self.window.titles.field
        if not field.isVisible():
            return
        field.setFocus()
        field.setText(word)
        self.key(field, Qt.Key.Key_Return if enter else Qt.Key.Key_Escape)
        self.settle()

    @rule(which=st.sampled_from(["seed", "new"]), query=st.sampled_from(WORDS))
    def import_while_searching(self, which: str, query: str) -> None:
        w = self.window
        w.search_dock.show()
        w.search.search_for(query)
        path = SEEDS[0] if which == "seed" else self.new_issue
        dialog = w.imports.start_import([path])
        self.settle()
        self.qtbot.waitUntil(lambda: dialog.ended, timeout=30_000)
        dialog.close()
        self.settle()

    @rule(which=st.sampled_from(["browser", "tags", "history", "help", "find", "source"]))
    def open_and_close_a_dialog(self, which: str) -> None:
        w = self.window
        if which == "browser":
            w.act_browser.trigger()
        elif which == "tags":
            w.show_tag_manager().close()
        elif which == "history" and w.current_id is not None:
            panel = w.corrections.show_history()
            if panel is not None:
                panel.close()
        elif which == "help":
            w.act_search_help.trigger()
            for top in QApplication.topLevelWidgets():
                if top.isVisible() and top is not w and top.isWindow() and top.objectName() != "mainWindow":
                    if "help" in top.objectName().lower():
                        top.close()
        elif which == "find" and w.act_find.isEnabled():
            w.act_find.trigger()
        elif which == "source" and w.act_source.isEnabled():
            w.act_source.trigger()
        self.settle()

    @rule()
    def press_escape(self) -> None:
        target = QApplication.focusWidget() or self.window
        self.key(target, Qt.Key.Key_Escape)
        self.settle()

    @rule(small=st.booleans())
    def resize(self, small: bool) -> None:
        self.window.resize(*((800, 600) if small else (1280, 800)))
        QApplication.processEvents()
        self.settle()

    # -- what the user sees ----------------------------------------------------------
    @invariant()
    def nothing_reached_the_fault_line(self) -> None:
        assert self.faults == []
        raw = [t for t in self.boxes if re.search(r"Traceback|\w+Error\b|sqlite3|File \"", t)]
        assert raw == []

    @invariant()
    def the_page_shows_the_open_article(self) -> None:
        w = self.window
        self.settle()
        if w.current_id is None:
            assert w.view.article is None
            return
        stored = self.library.article(w.current_id)
        shown = w.view.article
        assert shown is not None and shown.id == w.current_id
        assert (shown.title, shown.text) == (stored.title, stored.text)
        page = w.view.plain_text()
        if stored.title.strip() and w.view.source is None:
            assert stored.title.split()[0][:12] in page
        index = w.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == ARTICLE:
            assert index.data(ID_ROLE) == w.current_id
        summary = self.library.article_summary(w.current_id)
        if summary.issue_id is not None:  # "article k of N" counts the issue's articles
            assert w.view.meta.count == len(self.library.articles_of_issue(summary.issue_id))

    @invariant()
    def the_counts_match_the_library(self) -> None:
        s = self.library.stats()
        assert self.window.status_line.counts.text().startswith(tr("status.counts", issues=s.issues,
                                                                   articles=s.articles))

    @invariant()
    def every_highlight_is_on_the_page(self) -> None:
        w = self.window
        if w.current_id is None or w.view.source is not None:
            return
        stored = {h.id: h for h in self.library.highlights.for_article(w.current_id)}
        assert {h.id for h in w.view.highlights} == set(stored)
        text = w.view.article.text
        for h in stored.values():
            if h.orphan:
                continue
            assert text[h.start:h.end] == h.exact
            assert w.view.text_map.to_doc(h.start, h.end), h

    @invariant()
    def the_results_match_a_search_for_the_query_shown(self) -> None:
        panel = self.window.search
        request = panel.request
        if request is None or panel.last_error:
            assert panel.hit_ids() == []
            return
        shown = panel.hit_ids()
        found = request.run(self.library, 0, max(len(shown), 1))
        assert shown == [h.article_id for h in found.hits][: len(shown)]
        assert panel.model.total == found.total

    @invariant()
    def the_calendar_lists_the_articles_of_its_day(self) -> None:
        dock = self.window.discovery.docks.get("calendar")
        if dock is None or not dock.isVisible():
            return
        view = dock.widget()
        listed = [view.day_articles.item(i).data(calendar_view.ID_ROLE) for i in range(view.day_articles.count())]
        day = view.calendar.selectedDate()
        issues = [i for i in self.library.issues_in_month(day.year(), day.month())
                  if i.date == day.toString("yyyy-MM-dd")]
        stored = [a.id for a in self.library.articles_of_issue(issues[0].id)] if issues else []
        assert listed == stored

    @invariant()
    def undo_labels_say_what_will_happen(self) -> None:
        a = self.window.annotator
        status = self.library.journal.status()
        for act, key, name in ((a.act_undo, "action.undo", status.undo), (a.act_redo, "action.redo", status.redo)):
            assert act.isEnabled() == (name is not None), key
            assert act.text() == (tr(key + "_named", what=op_label(name)) if name else tr(key))

    def teardown(self) -> None:
        w = self.window
        lanes = (w.workers.read, w.workers.write, w.workers.edits)
        started = time.monotonic()
        w.close()
        took = time.monotonic() - started
        sys.excepthook = self.saved_hook
        i18n.set_language("zh")
        for top in QApplication.topLevelWidgets():
            if top.isVisible():
                top.close()
        try:
            assert w.closed and took < 20
            assert all(lane.pool.activeThreadCount() == 0 and lane._library is None for lane in lanes)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def machine(qtbot, qapp, sample_library_file, tmp_path, monkeypatch):
    new_issue = tmp_path / "zzrb-2031-03-04.txt"
    new_issue.write_text(NEW_ISSUE, encoding="utf-8")
    WindowSequence.qtbot, WindowSequence.qapp = qtbot, qapp
    WindowSequence.library_file, WindowSequence.new_issue = sample_library_file, new_issue
    current: dict[str, WindowSequence] = {}
    original_init = WindowSequence.__init__

    def init(self):
        current["m"] = self
        self.answer = NAMES[0]
        original_init(self)

    monkeypatch.setattr(WindowSequence, "__init__", init)
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: current["m"].answer)
    monkeypatch.setattr(prompts, "ask_item", lambda _p, _t, _l, items, *_a, **_k: items[0] if items else None)
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    monkeypatch.setattr(prompts, "warn", lambda _p, title, text: current["m"].boxes.append(f"{title}\n{text}"))
    monkeypatch.setattr(search_panel, "PAGE", 7)  # the seeds' results span pages
    return WindowSequence


def test_random_sequences_of_user_actions_keep_the_window_in_step_with_the_library(machine):
    run_state_machine_as_test(machine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
        suppress_health_check=list(HealthCheck), derandomize=os.environ.get("ZZREADER_SEQUENCE_RANDOM") is None,
        phases=[p for p in Phase if p is not Phase.shrink or not os.environ.get("ZZREADER_SEQUENCE_NO_SHRINK")],
    ))
