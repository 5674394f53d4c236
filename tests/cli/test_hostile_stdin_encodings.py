"""Query lines on standard input are UTF-8 whatever the locale says, as the output is.

Before the fix `printf '株洲\\n' | PYTHONIOENCODING=ascii zzreader search -`
ended in a UnicodeDecodeError traceback; under `LC_ALL=C` (without Python's
UTF-8 mode) or `PYTHONIOENCODING=latin-1` the same line arrived as mojibake
and "found" nothing or was refused as empty; and a byte-order mark before
the first line became part of the first query ("\\ufeff株洲"). Output was
already UTF-8 in every case (cli/__init__.py `_utf8_streams`); input is now
read the same way; a line that is not UTF-8 is read in the locale's encoding
when it decodes there (a GBK file under a GB18030 locale), else kept as escapes.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, cli, env, seeded_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stdin") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _queries(lib: Path, data: bytes, **environ: str) -> tuple[int, list[dict], str]:
    done = subprocess.run(
        cli("--library", lib, "search", "-", "--json", "--limit", "1"), input=data, cwd=ROOT,
        env=env(**environ), capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    lines = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    return done.returncode, lines, done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("environ", [
    {"PYTHONIOENCODING": "ascii"},
    {"PYTHONIOENCODING": "latin-1"},
    {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    {"PYTHONIOENCODING": "gb18030"},
], ids=lambda e: " ".join(f"{k}={v}" for k, v in e.items()))
def test_a_utf8_query_line_is_read_as_utf8_under_any_locale(lib: Path, environ: dict[str, str]) -> None:
    code, lines, err = _queries(lib, "株洲\n".encode(), **environ)
    assert code == 0 and "Traceback" not in err, err
    assert [line["query"] for line in lines] == ["株洲"] and lines[0]["total"] > 0


def test_a_byte_order_mark_before_the_first_line_is_not_part_of_the_query(lib: Path) -> None:
    code, lines, err = _queries(lib, b"\xef\xbb\xbf" + "株洲\n株洲\n".encode())
    assert code == 0, err
    assert [line["query"] for line in lines] == ["株洲", "株洲"]
    assert lines[0]["total"] == lines[1]["total"] > 0


def test_a_byte_that_is_not_utf8_is_no_traceback(lib: Path) -> None:
    code, _lines, err = _queries(lib, b"\xff" + "株洲\n".encode(), PYTHONIOENCODING="ascii")
    assert code in (0, 2) and "Traceback" not in err, err


def test_a_line_that_is_not_utf8_is_read_in_the_locale_encoding_when_it_decodes_there(monkeypatch) -> None:
    import io
    import locale

    from zzreader.cli import search_command

    gbk = "株洲\n".encode("gb18030").decode("utf-8", "surrogateescape")  # as stdin now hands it over
    monkeypatch.setattr(locale, "getpreferredencoding", lambda do_setlocale=True: "GB18030")
    assert list(search_command.query_lines(io.StringIO(gbk + "湘江\n"))) == ["株洲", "湘江"]
    monkeypatch.setattr(locale, "getpreferredencoding", lambda do_setlocale=True: "UTF-8")
    assert list(search_command.query_lines(io.StringIO(gbk))) == [gbk.rstrip("\n")]  # kept as it came
