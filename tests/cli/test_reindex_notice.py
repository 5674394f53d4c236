"""A command on a library indexed by another tokenizer version says once that it re-indexes."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.test_cli import ROOT, no_default_library, run  # noqa: F401 (fixture)


def test_a_command_says_it_rebuilds_the_index_once_and_answers(tmp_path, capsys):
    path = tmp_path / "lib.sqlite"
    assert run(capsys, "--library", str(path), "import", str(ROOT / "seeds"), "--json")[0] == 0
    with sqlite3.connect(path) as conn:  # what an older zzreader left
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'tokenizer_version'")
    code, out, err = run(capsys, "--library", str(path), "search", "株洲", "--json")
    assert code == 0 and json.loads(out)
    notice = [line for line in err.splitlines() if "重建全文索引" in line]
    assert len(notice) == 1 and "Rebuilding the search index" in notice[0]
    code, _, err = run(capsys, "--library", str(path), "search", "株洲", "--json")
    assert code == 0 and "重建全文索引" not in err


def test_a_new_library_announces_no_rebuild(tmp_path, capsys):
    (tmp_path / "nothing").mkdir()
    code, _, err = run(capsys, "--library", str(tmp_path / "new.sqlite"), "import", str(tmp_path / "nothing"))
    assert code == 0 and "重建全文索引" not in err and "Rebuilding" not in err
