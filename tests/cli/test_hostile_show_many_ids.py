"""`zzreader show` given very many ids: each article once, and one line for the ids that name none.

`show $(seq 100000)` on a library of a few hundred articles printed one
stderr line per missing id (about 100,000 lines), and one id given 100,000
times printed its article 100,000 times (106 MB).
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("lib") / "lib.sqlite"
    seeded_library(path).close()
    return str(path)


def _articles(path: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_ids_that_name_no_article_are_one_line(capsys, library: str) -> None:
    ids = [str(n) for n in range(1, 100_001)]
    for lang in ("zh", "en", None):
        code, out, err = call_cli(capsys, *(["--lang", lang] if lang else []), "--library", library, "show", *ids)
        assert code == 1 and out, lang
        assert err.count("\n") == 1 and len(err) < 600, (lang, err[:300])
        missing = 100_000 - _articles(library)
        assert "100000" not in err and f"{missing} " in err  # the first few named, then how many
        if lang == "en":
            assert "ids name no article: " in err and err.rstrip().endswith(", …"), err


def test_one_missing_id_keeps_its_line(capsys, library: str) -> None:
    code, _out, err = call_cli(capsys, "--lang", "en", "--library", library, "show", "99999")
    assert code == 1 and err.strip() == "No article has the id 99999"


def test_an_id_given_many_times_is_shown_once(capsys, library: str) -> None:
    code, once, err = call_cli(capsys, "--library", library, "show", "1", "--format", "jsonl")
    assert code == 0 and once.count("\n") == 1
    code, out, err = call_cli(capsys, "--library", library, "show", *["1"] * 100_000, "--format", "jsonl")
    assert code == 0 and out == once, err
    code, out, err = call_cli(capsys, "--library", library, "show", "2", "1", "2", "1", "--format", "jsonl")
    assert code == 0 and out.count("\n") == 2
