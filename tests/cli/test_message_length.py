"""An error message quotes what was wrong, on one line and at a readable length.

`zzreader search --from <5,000 digits> 株洲` printed all 5,000 digits back;
a value with a newline or an escape in it split the message or drove the
terminal. Every message is now one line of at most about 600 characters (an
over-long quoted value loses its middle).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import shown


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("messages") / "lib.sqlite"
    seeded_library(path).close()
    return str(path)


LONG = "2" * 5000


@pytest.mark.parametrize(
    "argv",
    [
        ("search", "--from", LONG, "株洲"),
        ("search", "--from", "2024\n-01\x1b[2J" + LONG, "株洲"),
        ("trend", "株洲", "--from", LONG),
        ("onthisday", LONG),
        ("calendar", "--year", LONG),
        ("people", "--limit", LONG),
        ("tag", "--search", "株洲", "--add", "标" * 5000),
        ("cite", "--collection", "合" * 5000),
    ],
)  # fmt: skip
def test_a_message_quoting_a_long_value_is_one_readable_line(lib: str, argv: tuple[str, ...], capsys) -> None:
    code, _out, err = call_cli(capsys, "--library", lib, *argv)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) <= shown.MAX_MESSAGE_CHARS + 120, (len(err), err[:200])
    assert "\x1b" not in err


def test_message_keeps_both_ends() -> None:
    text = "开头 " + "x" * 5000 + " 结尾"
    out = shown.message(text)
    assert out.startswith("开头") and out.endswith("结尾") and len(out) <= shown.MAX_MESSAGE_CHARS + 3
