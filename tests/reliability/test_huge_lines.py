"""A file whose line no page could hold is refused before the import does any work on it.

Before: a 50 MB issue file of one line (17 million characters) was imported
in 55 s with 2.9 GB of memory, as one "article" (the encoding check alone
built a list of 17 million one-character strings, 1.5 GB). Now a line over
`file_limits.MAX_LINE_CHARS` refuses the file with one line (about 2.6 s,
0.25 GB for that file) and the library is as it was.
"""

from __future__ import annotations

import sqlite3

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import file_limits


def _counts(path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT (SELECT count(*) FROM issues), (SELECT count(*) FROM articles)").fetchone()
    finally:
        conn.close()


def test_an_issue_with_an_overlong_line_is_refused_and_nothing_changes(tmp_path, capsys):
    lib = tmp_path / "lib.sqlite"
    seeded_library(lib).close()
    before = _counts(lib)
    dump = tmp_path / "zzrb-2025-06-01.txt"
    line = "株洲日报讯 湘江风光带夜景灯光改造完成。" * (file_limits.MAX_LINE_CHARS // 20 + 1)
    dump.write_text("株洲日报\n2025年6月1日 星期日\n" + line + "\n", encoding="utf-8")
    code, out, err = call_cli(capsys, "--library", str(lib), "import", str(dump))
    assert code == 1
    refused = [row for row in out.splitlines() + err.splitlines() if "zzrb-2025-06-01.txt" in row]
    assert len(refused) == 1 and f"at most {file_limits.MAX_LINE_CHARS}" in refused[0]
    assert _counts(lib) == before


def test_parse_says_which_line_is_too_long(tmp_path, capsys):
    dump = tmp_path / "long.txt"
    dump.write_text("株洲日报\n第二行\n" + "株" * (file_limits.MAX_LINE_CHARS + 1), encoding="utf-8")
    code, out, err = call_cli(capsys, "parse", str(dump))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Line 3 has" in err and "Traceback" not in err
