"""`zzreader alias` says what it stored, and `--remove` says when there was nothing to remove.

Before the fix `zzreader alias people $'a\\nb' 张三` printed the name as typed,
over two lines, while the library stored "a b"; `alias --remove people
$'a\\nb'` then looked for the typed name, removed nothing, and still said
"已取消 / Unmerged" with exit 0, as it did for a name never merged at all.
Now the confirmation shows the names as stored (one line), removal cleans
the name as merging did, and removing an alias that is not listed is one
line and exit 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture
def library(tmp_path: Path) -> str:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return str(path)


@pytest.mark.parametrize(("typed", "stored"), [("周\n晓", "周 晓"), ("\u202e周晓", "周晓"), (" 周\u200b晓 ", "周晓")])
def test_the_confirmation_shows_the_alias_as_stored_and_it_can_be_removed(capsys, library, typed, stored) -> None:
    code, out, _err = call_cli(capsys, "--library", library, "alias", "people", typed, "张三")
    assert code == 0 and out == f"「{stored}」 → 「张三」\n", out
    code, out, _err = call_cli(capsys, "--library", library, "alias", "--remove", "people", typed)
    assert code == 0 and out.count("\n") == 1 and stored in out, out
    code, out, err = call_cli(capsys, "--library", library, "alias", "--remove", "people", typed)
    assert code == 2 and out == "" and err.count("\n") == 1 and "No such alias" in err, err


def test_removing_a_name_never_merged_is_not_reported_as_done(capsys, library) -> None:
    code, out, err = call_cli(capsys, "--library", library, "--lang", "en", "alias", "--remove", "places", "不存在之地")
    assert (code, out) == (2, "") and err == "No such alias: 「不存在之地」\n", err
