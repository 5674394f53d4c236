"""Long sequences of writes on one library, found by a state machine rather than by example.

Every rule is a write through the `Library` facade with hostile-but-valid
arguments (offsets at the edges, quotes that occur twice, empty and huge notes,
tags that differ only in case, width or spaces, a split at 0 and at the end,
a merge of an issue's last article, reverts to the first and the current
revision, undo past the start, re-imports of corrected issues, the library's
own exports imported back, backup and restore, compact, alias chains and
cycles). After every step the invariants of tests/core/library_machine.py hold:
a sound file and index, search that follows the text, highlights on their
words, history that replays, a record naming exactly what changed, and a
refused write that left every table as it was.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.conftest import SEEDS
from tests.core import library_machine as lm
from tests.core.annotation_fixtures import seeded_library
from zzreader.core import backup, compact, corrections_transfer, restore, w3c, w3c_export
from zzreader.core.changes import Changed
from zzreader.core.discovery import entities
from zzreader.core.errors import ZZReaderError
from zzreader.core.parse import parse_bytes
from zzreader.core.store import Library, open_library

ISSUES = SEEDS[:2]
# Tags a user types for one idea: Latin case, full width, runs of spaces, a leading '#'.
TAGS = ["Zhuzhou", "zhuzhou", "ＺＨＵＺＨＯＵ", " zhu  zhou ", "zhu zhou", "#株洲", "株洲",
        "湘江\u3000夜跑", "湘江 夜跑"]
NOTES = ["", "短评", "**要点** <script>alert(1)</script>", "长" * 60_000, "第一行\n\n第二行"]
NAMES = ["王晓丽", "王晓丽 ", "王  晓丽", "陈立新", "ＡＢＣ", "abc", "株洲市"]
EDGES = ["zero", "one", "mid", "last", "len", "beyond", "newline"]


@cache
def template() -> Path:
    """The seed library, imported once per run and copied for every example."""
    folder = Path(tempfile.mkdtemp(prefix="zz-machine-"))
    library = seeded_library(folder / "template.sqlite", ISSUES)
    library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.close()
    return folder / "template.sqlite"


def offset(text: str, edge: str) -> int:
    n = len(text)
    return {
        "zero": 0, "one": min(1, n), "mid": n // 2, "last": max(n - 1, 0), "len": n, "beyond": n + 3,
        "newline": text.find("\n") if "\n" in text else n // 3,
    }[edge]


def twice_quote(text: str) -> str | None:
    """A run of at least two characters that occurs twice in `text` (the first found)."""
    m = re.search(r"([\u4e00-\u9fff]{2,4}).*?\1", text, re.S)
    return m.group(1) if m else None


class LibraryMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="zz-run-"))
        self.path = self.folder / "library.sqlite"
        shutil.copyfile(template(), self.path)
        self.lib: Library = open_library(self.path)
        self.probe: set[int] = set()
        self.removed: dict[int, str] = {}  # article -> a word an edit took out of it
        self.backups: list[tuple[Path, dict]] = []

    def teardown(self) -> None:
        self.lib.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- choosing -----------------------------------------------------------------------
    def article(self, i: int) -> int:
        ids = [r[0] for r in self.lib.db.execute("SELECT id FROM articles ORDER BY id")]
        return ids[i % len(ids)]

    def highlight(self, i: int) -> str | None:
        ids = [r[0] for r in self.lib.db.execute("SELECT id FROM highlights ORDER BY created, rowid")]
        return ids[i % len(ids)] if ids else None

    def text(self, aid: int) -> str:
        return self.lib.article(aid).text

    # -- every write goes through here --------------------------------------------------
    def write(self, action, *, exact: bool = True):
        """Run a write: a refusal is one clean line and leaves every table; a success's
        record names exactly the rows that changed (`exact=False`: at least the highlights)."""
        whole = lm.dump(self.lib)
        before = lm.snapshot(self.lib)
        journal = lm.journal_rows(self.lib)
        try:
            result = action()
        except ZZReaderError as exc:
            message = str(exc)
            assert message.strip() and "\n" not in message.strip(), message
            assert not lm.RAW.search(message), message
            assert lm.dump(self.lib) == whole, f"a refused write changed the library: {message}"
            return None
        after = lm.snapshot(self.lib)
        self.probe |= {key[0] for table, key, _b, a in lm.changed_rows(before, after) if table == "articles" and a}
        if isinstance(result, Changed):
            problems = lm.record_problems(before, after, result.changes,
                                          lm.journal_rows(self.lib) != journal)
            if not exact:  # a re-anchoring names the highlights it moved; the import is the issue's
                problems = [p for p in problems if p.startswith("record leaves out highlights")]
            assert not problems, problems
            self.probe |= set(result.changes.text) | set(result.changes.articles)
        return result

    # -- highlights ---------------------------------------------------------------------
    @rule(a=st.integers(0, 99), start=st.sampled_from(EDGES), width=st.sampled_from([0, 1, 5, 10_000, -1]),
          note=st.sampled_from(NOTES), tag=st.sampled_from([None, *TAGS]))
    def add_highlight(self, a, start, width, note, tag):
        aid = self.article(a)
        s = offset(self.text(aid), start)
        self.write(lambda: self.lib.highlights.add(aid, s, s + width, note=note, tags=[tag] if tag else []))

    @rule(a=st.integers(0, 99), occurrence=st.integers(1, 3))
    def add_repeated_quote(self, a, occurrence):
        aid = self.article(a)
        quote = twice_quote(self.text(aid))
        if quote is not None:
            self.write(lambda: self.lib.highlights.add_quote(aid, quote, occurrence=occurrence))

    @precondition(lambda self: self.lib.highlights.count())
    @rule(h=st.integers(0, 99), note=st.sampled_from([None, *NOTES]), tags=st.lists(st.sampled_from(TAGS), max_size=3),
          color=st.sampled_from([None, "yellow", "green", "Yellow"]))
    def update_highlight(self, h, note, tags, color):
        hid = self.highlight(h)
        self.write(lambda: self.lib.highlights.update(hid, note=note, tags=tags or None, color=color))

    @precondition(lambda self: self.lib.highlights.count())
    @rule(h=st.integers(0, 99), tag=st.sampled_from(TAGS))
    def remove_highlight_tag(self, h, tag):
        hid = self.highlight(h)
        self.write(lambda: self.lib.highlights.remove_tag(hid, tag))

    @precondition(lambda self: self.lib.highlights.count())
    @rule(h=st.integers(0, 99))
    def delete_highlight(self, h):
        hid = self.highlight(h)
        self.write(lambda: self.lib.highlights.delete(hid))

    @precondition(lambda self: self.lib.highlights.count())
    @rule(h=st.integers(0, 99), a=st.integers(0, 99), start=st.sampled_from(EDGES), width=st.sampled_from([1, 4, 0]))
    def reattach_highlight(self, h, a, start, width):
        hid, aid = self.highlight(h), self.article(a)
        s = offset(self.text(aid), start)
        self.write(lambda: self.lib.highlights.reattach(hid, aid, s, s + width))

    # -- tags and collections -----------------------------------------------------------
    @rule(a=st.integers(0, 99), tags=st.lists(st.sampled_from(TAGS), max_size=4))
    def set_article_tags(self, a, tags):
        aid = self.article(a)
        self.write(lambda: self.lib.tags.set_for_article(aid, tags))

    @rule(old=st.sampled_from(TAGS), new=st.sampled_from(TAGS))
    def rename_tag(self, old, new):
        self.write(lambda: self.lib.tags.rename(old, new))

    @rule(sources=st.lists(st.sampled_from(TAGS), min_size=1, max_size=3), into=st.sampled_from(TAGS))
    def merge_tags(self, sources, into):
        self.write(lambda: self.lib.tags.merge(sources, into))

    @rule(name=st.sampled_from(TAGS))
    def delete_tag(self, name):
        self.write(lambda: self.lib.tags.delete(name))

    @rule(name=st.sampled_from(TAGS), articles=st.lists(st.integers(0, 99), max_size=3))
    def collect(self, name, articles):
        made = self.write(lambda: self.lib.collections.create(name))
        ids = [c.id for c in self.lib.collections.all()]
        if ids:
            cid = made.value.id if made else ids[0]
            self.write(lambda: self.lib.collections.add_articles(cid, [self.article(a) for a in articles]))

    @precondition(lambda self: self.lib.collections.all())
    @rule(c=st.integers(0, 9), name=st.sampled_from(TAGS), drop=st.booleans(), a=st.integers(0, 99))
    def change_collection(self, c, name, drop, a):
        all_ = self.lib.collections.all()
        cid = all_[c % len(all_)].id
        self.write(lambda: self.lib.collections.rename(cid, name))
        self.write(lambda: self.lib.collections.remove_articles(cid, [self.article(a)]))
        if drop:
            self.write(lambda: self.lib.collections.delete(cid))

    # -- corrections --------------------------------------------------------------------
    @rule(a=st.integers(0, 99), how=st.sampled_from(["drop_word", "swap_word", "title", "empty", "huge", "same"]))
    def edit(self, a, how):
        aid = self.article(a)
        text = self.text(aid)
        word = lm.word_of(text, a)
        if how == "drop_word" and word:
            change = {"text": text.replace(word, "")}
        elif how == "swap_word" and word:
            change = {"text": text.replace(word, "醴陵窑", 1)}
        elif how == "title":
            change = {"title": "修正：" + self.lib.article(aid).title}
        elif how == "empty":
            change = {"text": ""}
        elif how == "huge":
            change = {"text": text + "\n" + "炎陵黄桃丰收。" * 20_000}
        else:
            change = {"text": text}
        done = self.write(lambda: self.lib.corrections.edit(aid, change))
        if done and how == "drop_word" and word:
            self.removed[aid] = word

    @rule(a=st.integers(0, 99), at=st.sampled_from(EDGES))
    def split(self, a, at):
        aid = self.article(a)
        where = offset(self.text(aid), at)
        self.write(lambda: self.lib.corrections.split(aid, where))

    @rule(a=st.integers(0, 99), last=st.booleans())
    def merge(self, a, last):
        aid = self.article(a)
        issue = self.lib.article_summary(aid).issue_id if not last else None
        rows = self.lib.db.execute(
            "SELECT id FROM articles WHERE issue_id = (SELECT issue_id FROM articles WHERE id = ?) ORDER BY seq",
            [aid]).fetchall()
        ids = [r[0] for r in rows]
        if last:  # the issue's last article with the next issue's first, or with no one
            first, second = ids[-1], self.article(a + 1)
        else:
            pos = ids.index(aid)
            first, second = aid, ids[(pos + 1) % len(ids)]
        del issue
        self.write(lambda: self.lib.corrections.merge(first, second))

    @rule(a=st.integers(0, 99), to=st.sampled_from(["first", "current", "previous"]), then_undo=st.booleans())
    def revert(self, a, to, then_undo):
        aid = self.article(a)
        current = self.lib.corrections.current_revision(aid)
        number = {"first": 0, "current": current, "previous": max(current - 1, 0)}[to]
        before = lm.primary(self.lib)
        journal = lm.journal_rows(self.lib)
        done = self.write(lambda: self.lib.corrections.revert(aid, number))
        if done and then_undo and lm.journal_rows(self.lib) != journal:  # a revert to the same state is no step
            self.write(self.lib.journal.undo)
            assert lm.primary(self.lib) == before, "revert then undo is not the identity"

    @rule(steps=st.integers(1, 60))
    def undo(self, steps):
        for _ in range(steps):
            if self.write(self.lib.journal.undo).value is None:
                break

    @rule(steps=st.integers(1, 8))
    def undo_then_redo(self, steps):
        """Undo n steps and redo them: the library is as it was (the derived indexes aside)."""
        before = lm.primary(self.lib)
        done = 0
        for _ in range(steps):
            if self.write(self.lib.journal.undo).value is None:
                break
            done += 1
        for _ in range(done):
            assert self.write(self.lib.journal.redo).value is not None
        assert lm.primary(self.lib) == before, "undo then redo is not the identity"

    @rule(steps=st.integers(1, 5))
    def redo(self, steps):
        for _ in range(steps):
            if self.write(self.lib.journal.redo).value is None:
                break

    # -- imports, exports, files --------------------------------------------------------
    @rule(seed=st.integers(0, len(ISSUES) - 1), changed=st.booleans())
    def reimport(self, seed, changed):
        raw = ISSUES[seed].read_text(encoding="utf-8")
        if changed:
            word = lm.word_of(raw, 7)
            raw = raw.replace(word, word[::-1], 1) if word else raw
        path = self.folder / ISSUES[seed].name
        path.write_text(raw, encoding="utf-8")

        def run():
            outcome = self.lib.import_issue(parse_bytes(path.read_bytes(), path.name), replace=True)
            return self.lib.highlights.reanchor_issue(outcome.issue_id)

        self.write(run, exact=False)  # the importer's record is "this issue" (core/importer.py)

    @rule()
    def annotations_round_trip(self):
        data = w3c_export.export_w3c(self.lib)
        self.write(lambda: w3c.import_w3c(self.lib, data, "mine.json"))

    @rule()
    def corrections_round_trip(self):
        data, _ = corrections_transfer.export_corrections(self.lib)
        self.write(lambda: corrections_transfer.import_corrections(self.lib, data))

    @rule()
    def make_backup(self):
        made = backup.make_backup(self.lib, "manual", prune_rolling=False)
        self.backups.append((made.path, lm.dump(self.lib)))

    @precondition(lambda self: self.backups)
    @rule(which=st.sampled_from([0, -1]))
    def restore_backup(self, which):
        path, then = self.backups[which]
        self.lib.close()
        restore.restore(self.path, path)
        self.lib = open_library(self.path)
        now = lm.dump(self.lib)
        assert {t: r for t, r in now.items() if t != "meta"} == {t: r for t, r in then.items() if t != "meta"}

    @rule(a=st.integers(0, 99))
    def not_an_article(self, a):
        aid = self.article(a)
        self.write(lambda: self.lib.corrections.mark_not_article(aid))

    @rule(a=st.integers(0, 99), k=st.integers(0, 9), twice=st.booleans())
    def move_stray_lines(self, a, k, twice):
        aid = self.article(a)
        lines = [r[0] for r in self.lib.corrections.stray_lines(aid)]
        chosen = [lines[k % len(lines)]] * (2 if twice else 1) if lines else [k]
        self.write(lambda: self.lib.corrections.move_unassigned(aid, chosen))

    @rule(seed=st.integers(0, len(ISSUES) - 1))
    def delete_issue_then_import(self, seed):
        """The issue goes (its highlights stay, detached) and comes back from its file."""
        found = self.lib.issue_by_source(ISSUES[seed].name)
        if found is not None:
            self.lib.delete_issue(found.id)
        outcome = self.lib.import_issue(parse_bytes(ISSUES[seed].read_bytes(), ISSUES[seed].name))
        self.write(lambda: self.lib.highlights.reanchor_issue(outcome.issue_id), exact=False)

    @rule()
    def compact_now(self):
        before = lm.snapshot(self.lib)
        compact.compact(self.lib)
        assert lm.snapshot(self.lib) == before

    @rule(kind=st.sampled_from(["person", "place"]), alias=st.sampled_from(NAMES), name=st.sampled_from(NAMES),
          remove=st.booleans())
    def alias(self, kind, alias, name, remove):
        if remove:
            self.write(lambda: entities.remove_alias(self.lib, kind, alias))
        else:
            self.write(lambda: entities.merge_alias(self.lib, kind, alias, name))
        entities.entries(self.lib, kind)

    # -- after every step ---------------------------------------------------------------
    @invariant()
    def sound(self):
        probe = set(self.probe)
        self.probe.clear()
        problems = lm.invariant_problems(self.lib, probe, self.removed)
        assert not problems, problems


LibraryMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=30, deadline=None, derandomize=True,  # fixed examples in the suite
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
test_library_state_machine = LibraryMachine.TestCase


@pytest.fixture(autouse=True, scope="module")
def _template_gone():
    yield
    if template.cache_info().currsize:
        shutil.rmtree(template().parent, ignore_errors=True)
        template.cache_clear()
