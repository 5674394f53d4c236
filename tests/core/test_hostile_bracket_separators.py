"""A "中文 / English" message whose Chinese half ends in a full-width bracket is still split in two.

Messages written "…（不能用 '２'）/ dates take …" (no space before the
slash: the bracket is full width) were not split by `i18n.pick`, so under
`--lang zh` or `--lang en` the user got both languages inside a line that
had picked one ("参数 --from：日期只能用数字 0–9（不能用 '２'）/ dates take …").
The same held for the undecodable-file and compact-out-of-space messages.
"""

from __future__ import annotations

import pytest

from tests.reliability.helpers import call_cli
from zzreader import i18n

MESSAGES = [
    ("日期只能用数字 0–9（不能用 '２'）/ dates take the digits 0-9 only, not '２'",
     "日期只能用数字 0–9（不能用 '２'）", "dates take the digits 0-9 only, not '２'"),
    ("无法识别文件编码（不是 UTF-8、UTF-16、GB18030 或 Big5）/ Cannot decode the file: a.txt",
     "无法识别文件编码（不是 UTF-8、UTF-16、GB18030 或 Big5）：a.txt", "Cannot decode the file: a.txt"),
    ("整理书库失败：磁盘空间不足（需要约与书库同样大小的空间）/ Could not compact the library",
     "整理书库失败：磁盘空间不足（需要约与书库同样大小的空间）", "Could not compact the library"),
]


@pytest.mark.parametrize(("both", "zh", "en"), MESSAGES)
def test_a_bracket_before_the_slash_splits(both: str, zh: str, en: str) -> None:
    assert i18n.pick(both, "zh") == zh
    assert i18n.pick(both, "en") == en


def test_a_slash_inside_a_value_still_does_not_split() -> None:
    assert i18n.pick("没有找到「株洲 / 湘潭」 / Not found", "zh") == "没有找到「株洲 / 湘潭」"
    assert i18n.pick("路径（a）/b", "en") == "路径（a）/b"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("argv", [["onthisday", "１２-０１"], ["search", "x", "--from", "２０２５"]], ids=" ".join)
def test_a_usage_error_in_other_digits_is_in_one_language(capsys, tmp_path, lang: str, argv) -> None:
    code, _out, err = call_cli(capsys, "--lang", lang, "--library", str(tmp_path / "l.sqlite"), *argv)
    assert code == 2 and err.count("\n") == 1
    if lang == "zh":
        assert "dates take" not in err and "only" not in err, err
    else:
        assert "日期" not in err and "数字" not in err, err
