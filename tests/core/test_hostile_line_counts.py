"""A file of far more lines than any issue is refused in one line before it is parsed.

The parser spends about 0.1 ms on a line of text, so a 200,000-line file took
~17 s, ten million blank lines 39 s, and a 50 MB web archive (.mht) holding
such a page longer, before the import said anything. Now more lines than
core/file_limits.py allows (MAX_LINES with text, MAX_ALL_LINES in all) are
refused right after decoding, and the library is as it was.
"""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from tests.conftest import SEEDS, table_dump
from tests.reliability.helpers import call_cli
from zzreader.core import file_limits
from zzreader.core.errors import ParseError
from zzreader.core.importer import import_paths
from zzreader.core.parse import parse_bytes
from zzreader.core.store import open_library

LINE = "城东菜市场今晨新到一批本地蔬菜，摊主说价格比上周略低。"


def _text_lines(n: int) -> bytes:
    return ("二〇二四年十二月五日 星期四\n" + "\n".join(f"{LINE}（{k}）" for k in range(n))).encode()


def _mhtml(page: bytes) -> bytes:
    head = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="cut"\r\n\r\n'
    part = b"--cut\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    return head + part + quopri.encodestring(page) + b"\r\n--cut--\r\n"


def test_the_count_stops_at_the_limit() -> None:
    assert file_limits.too_many_lines(LINE * 10) is None
    assert file_limits.too_many_lines("\n".join([LINE] * file_limits.MAX_LINES)) is None
    many = file_limits.too_many_lines("\n".join([LINE] * (file_limits.MAX_LINES + 1)))
    assert many is not None and "\n" not in many and "80,000" in many
    blank = file_limits.too_many_lines(LINE + "\n" * file_limits.MAX_ALL_LINES + LINE)
    assert blank is not None and "500,000" in blank
    # blank lines between the lines of text do not count against MAX_LINES
    assert file_limits.too_many_lines("\n\n".join([LINE] * (file_limits.MAX_LINES // 2))) is None


@pytest.mark.parametrize("shape", ["text lines", "blank lines", "web archive"])
def test_a_file_of_too_many_lines_is_one_parse_error(shape: str) -> None:
    data = {
        "text lines": lambda: _text_lines(file_limits.MAX_LINES + 5),
        "blank lines": lambda: LINE.encode() + b"\r\n" * file_limits.MAX_ALL_LINES + LINE.encode(),
        "web archive": lambda: _mhtml(("<p>" + "</p>\n<p>".join([LINE] * (file_limits.MAX_LINES + 5)) + "</p>").encode()),
    }[shape]()
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, "A01.mht" if shape == "web archive" else "A01.txt")
    assert "\n" not in str(caught.value) and "not one issue of the paper" in str(caught.value)


def test_an_import_refuses_it_and_keeps_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEEDS[0].read_bytes())
    lib = tmp_path / "lib.sqlite"
    with open_library(lib) as library:
        import_paths(library, [folder], workers=0)
    before = table_dump(lib)
    (folder / "b.txt").write_bytes(_text_lines(file_limits.MAX_LINES + 1))
    with open_library(lib) as library:
        report = import_paths(library, [folder], workers=0)
    assert [f.status for f in report.files] == ["unchanged", "failed"]
    assert "not one issue of the paper" in report.files[1].error
    assert table_dump(lib) == before


def test_the_command_line_says_it_in_one_line(capsys, tmp_path: Path) -> None:
    page = tmp_path / "A01.txt"
    page.write_bytes(_text_lines(file_limits.MAX_LINES + 1))
    code, out, err = call_cli(capsys, "--lang", "en", "parse", str(page))
    assert code == 2 and not out and len(err.strip().splitlines()) == 1 and "Traceback" not in err
