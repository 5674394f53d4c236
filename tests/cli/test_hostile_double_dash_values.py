"""A value that is itself `--`, after the `--` that ends the options, reaches the command as `--`.

Python 3.11's argparse drops the first `--` of every argument's strings, so
`zzreader highlight 3 -- --` (highlight the dashes in article 3) passed an
empty list as the quote: "Quote not found in article 3: []", a Python value
in a message. The parser keeps a lone `--` there as the value (cli/args.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader import cli


@pytest.mark.parametrize(("argv", "field", "value"), [
    (["highlight", "3", "--", "--"], "quote", "--"),
    (["highlight", "--", "3", "--"], "quote", "--"),
    (["highlight", "3", "--", "-x"], "quote", "-x"),
    (["highlight", "3", "--", "--help"], "quote", "--help"),
    (["search", "--", "--"], "query", "--"),
    (["search", "--", "-广告"], "query", "-广告"),
    (["import", "--", "--"], "paths", ["--"]),
])
def test_the_value_after_the_end_of_options_is_kept(argv: list[str], field: str, value: object) -> None:
    assert getattr(cli.parse(argv), field) == value


def test_dashes_in_an_article_are_highlighted(capsys, tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()
    body = tmp_path / "body.txt"
    body.write_text("会议定于下周召开--具体时间另行通知。\n", encoding="utf-8")
    code, _, err = call_cli(capsys, "--lang", "en", "--library", str(library), "edit", "5", "--text-file", str(body))
    assert code == 0, err
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "highlight", "5", "--", "--")
    assert code == 0 and out.strip() and not err, err
    code, _, err = call_cli(capsys, "--lang", "en", "--library", str(library), "highlight", "5", "--", "----")
    assert code == 2 and err.strip() == "Quote not found in article 5: ----"
