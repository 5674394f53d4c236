"""A damaged library: every command says so in one line, and nothing is written to it or beside it.

New damage beyond the earlier rounds: a file cut to its 100-byte header, an
impossible page size or text encoding in the header, a page count or
freelist pointer far past the end, a zeroed second page, a half page cut
from the end. Some of these open and only fail on reading; the daily
backup then finds the damage, and must not leave an empty `backups` folder
(or a WAL, or a journal) beside a file it could not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


def _set(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


DAMAGE = {
    "cut to the header": lambda d, p: d[:100],
    "page size 3": lambda d, p: _set(d, 16, b"\x00\x03"),
    "text encoding 7": lambda d, p: _set(d, 56, b"\x00\x00\x00\x07"),
    "page count past the end": lambda d, p: _set(d, 28, b"\x7f\xff\xff\xff"),
    "freelist past the end": lambda d, p: _set(d, 32, b"\x7f\xff\xff\xff"),
    "second page zeroed": lambda d, p: d[:p] + b"\0" * p + d[2 * p :],
    "half a page cut from the end": lambda d, p: d[: -p // 2],
}
COMMANDS = (["stats"], ["search", "株洲"], ["export", "articles"], ["history", "1"], ["backup"], ["compact"],
            ["highlight", "1", "株洲"])  # fmt: skip


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("pristine") / "lib.sqlite"
    seeded_library(path).close()
    return path.read_bytes()


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damage_is_one_line_and_nothing_is_written_beside(
    name: str, pristine: bytes, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    page = int.from_bytes(pristine[16:18], "big") or 65536
    damaged = DAMAGE[name](pristine, page)
    path = tmp_path / "lib.sqlite"
    path.write_bytes(damaged)
    for argv in COMMANDS:
        code, out, err = call_cli(capsys, "--library", str(path), *argv)
        assert code == 1, (argv, code, err)
        assert len(err.strip().splitlines()) == 1 and "damaged" in err and "Traceback" not in err, (argv, err)
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite"]
