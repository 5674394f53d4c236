"""Long sequences of commands on one library, found by a state machine rather than by example.

The command-line twin of tests/core/test_library_state_machine.py: each rule is
one `zzreader` command run in this process on the same library file, with
hostile-but-valid arguments (quotes that occur twice and their N-th
occurrence, splits at 0 and at the end, merges of an issue's last article,
reverts to the first and the current revision, re-imports of a changed issue,
the library's own annotation and corrections exports imported back, backup and
restore, compact, alias chains and cycles). Every command ends with exit 0, 1
or 2 and, when it fails, one line on stderr in zzreader's words; a refused
command leaves every table as it was; after every command the library keeps
the invariants of tests/core/library_machine.py and `stats --json` counts its rows.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.core import library_machine as lm
from tests.core.test_library_state_machine import EDGES, ISSUES, NAMES, TAGS, offset, template, twice_quote
from zzreader import cli as zz_cli
from zzreader.core.store import open_library


class CommandMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="zz-cli-run-"))
        self.path = self.folder / "library.sqlite"
        shutil.copyfile(template(), self.path)
        self.backups = 0

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- reading the library between commands ------------------------------------------
    def read(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        with open_library(self.path) as lib:
            return lib.db.execute(sql, params).fetchall()

    def article(self, i: int) -> int:
        ids = [r[0] for r in self.read("SELECT id FROM articles ORDER BY id")]
        return ids[i % len(ids)]

    def text(self, aid: int) -> str:
        return self.read("SELECT text FROM articles WHERE id = ?", [aid])[0][0]

    def dump(self) -> dict:
        with open_library(self.path) as lib:
            return lm.dump(lib)

    # -- every command goes through here -----------------------------------------------
    def run(self, *argv: str | int | Path) -> tuple[int, str]:
        """Run one command: exit 0 (its output), else one clean line and, on 1 or 2, nothing changed."""
        before = self.dump()
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = zz_cli.main(["--lang", "en", "--library", str(self.path), *map(str, argv)])
            except SystemExit as exc:  # argparse's own exits
                code = int(exc.code or 0)
        message = err.getvalue().strip()
        assert code in (0, 1, 2), (argv, code, message)
        assert not lm.RAW.search(message), (argv, message)
        if code:
            assert message and len(message.splitlines()) == 1, (argv, message)
            assert self.dump() == before, f"a refused command changed the library: {argv} {message}"
        return code, out.getvalue()

    # -- rules --------------------------------------------------------------------------
    @rule(a=st.integers(0, 99), occurrence=st.integers(1, 3), note=st.sampled_from(["", "短评", "长" * 20_000]),
          tag=st.sampled_from(TAGS))
    def highlight(self, a, occurrence, note, tag):
        aid = self.article(a)
        quote = twice_quote(self.text(aid)) or self.text(aid)[:2] or "株洲"
        self.run("highlight", aid, quote, "--occurrence", occurrence, "--note", note, "--tag", tag)

    @rule(tag=st.sampled_from(TAGS), query=st.sampled_from(["株洲", "醴陵", "\"株洲市\"", "株洲 OR 醴陵"]))
    def tag(self, tag, query):
        self.run("tag", tag, "--search", query)

    @rule(a=st.integers(0, 99), how=st.sampled_from(["title", "drop_word", "empty", "same"]))
    def edit(self, a, how):
        aid = self.article(a)
        text = self.text(aid)
        if how == "title":
            self.run("edit", aid, "--title", "修正：株洲")
            return
        word = lm.word_of(text, a) or ""
        body = {"drop_word": text.replace(word, "") if word else text, "empty": "", "same": text}[how]
        file = self.folder / "text.txt"
        file.write_text(body, encoding="utf-8")
        self.run("edit", aid, "--text-file", file)

    @rule(a=st.integers(0, 99), at=st.sampled_from(EDGES))
    def split(self, a, at):
        aid = self.article(a)
        self.run("split", aid, "--at", offset(self.text(aid), at))

    @rule(a=st.integers(0, 99), step=st.sampled_from([1, -1, 0, 20]))
    def merge(self, a, step):
        first = self.article(a)
        self.run("merge", first, self.article(a + step))

    @rule(a=st.integers(0, 99), to=st.sampled_from(["first", "current", "beyond"]))
    def revert(self, a, to):
        aid = self.article(a)
        current = self.read("SELECT max(revision) FROM article_revisions WHERE article_id = ?", [aid])[0][0] or 0
        self.run("revert", aid, {"first": 0, "current": current, "beyond": current + 1}[to])

    @rule(seed=st.integers(0, len(ISSUES) - 1), changed=st.booleans())
    def reimport(self, seed, changed):
        raw = ISSUES[seed].read_text(encoding="utf-8")
        if changed:
            word = lm.word_of(raw, 7)
            raw = raw.replace(word, word[::-1], 1) if word else raw
        path = self.folder / "in" / ISSUES[seed].name
        path.parent.mkdir(exist_ok=True)
        path.write_text(raw, encoding="utf-8")
        self.run("import", path)

    @rule(what=st.sampled_from(["annotations", "corrections"]))
    def export_then_import(self, what):
        file = self.folder / f"{what}.json"
        code, _ = self.run("export", what, "--format", "json", "--output", file)
        if code == 0:
            self.run("import-annotations" if what == "annotations" else "import-corrections", file)

    @rule()
    def backup(self):
        code, _ = self.run("backup")
        if code == 0:
            self.backups += 1

    @precondition(lambda self: self.backups)
    @rule()
    def restore(self):
        self.run("restore")

    @rule()
    def compact(self):
        before = self.dump()
        self.run("compact")
        keep = lambda d: {t: r for t, r in d.items() if t in lm.NAMED}  # noqa: E731
        assert keep(self.dump()) == keep(before)

    @rule(kind=st.sampled_from(["people", "places"]), alias=st.sampled_from(NAMES), name=st.sampled_from(NAMES),
          remove=st.booleans())
    def alias(self, kind, alias, name, remove):
        self.run("alias", kind, alias, "--remove") if remove else self.run("alias", kind, alias, name)

    # -- after every command ------------------------------------------------------------
    @invariant()
    def sound(self):
        code, out = self.run("stats", "--json")
        assert code == 0
        stats = json.loads(out)
        with open_library(self.path) as lib:
            problems = lm.invariant_problems(lib, [self.article(i) for i in range(3)], {})
            rows = (lib.db.execute("SELECT count(*) FROM issues").fetchone()[0],
                    lib.db.execute("SELECT count(*) FROM articles").fetchone()[0])
        assert not problems, problems
        assert (stats["issues"], stats["articles"]) == rows


CommandMachine.TestCase.settings = settings(
    max_examples=10, stateful_step_count=20, deadline=None, derandomize=True,  # fixed examples in the suite
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
test_command_sequences = CommandMachine.TestCase
