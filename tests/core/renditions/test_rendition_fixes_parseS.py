"""Focused checks for the repairs of parser round S: kinds of content the earlier test issues did not show.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, and that no line is lost.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.letter_signers import is_letter_signer
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a letter signed with the writer's place or unit, and a hotline's reply column ---------------------------

LETTERS = _text(
    "株洲日报　2025年12月19日　星期五　A06　读者之声",
    "市民来信",
    "巷口的垃圾站搬走了",
    "编辑同志：",
    "上个月，我反映石峰区某某巷口垃圾站异味大的问题，没想到半个月后就搬走了。",
    "石峰区清水塘街道居民 龙某某",
    "12345热线回音",
    "小区门前何时装上红绿灯",
    "市民问：芦淞区某某小区门前车流大，能否加装红绿灯？",
    "市公安局交警支队答：经现场勘查，该路口已列入明年信号灯建设计划。",
)


def test_a_letter_signed_with_place_and_name_stays_in_the_letter() -> None:
    issue = parse_text(LETTERS, "letters.txt")
    assert titles(issue) == ["巷口的垃圾站搬走了", "小区门前何时装上红绿灯"]
    assert issue.articles[0].type == "other"
    assert "石峰区清水塘街道居民 龙某某" in issue.articles[0].paragraphs
    assert issue.articles[1].subtitle == ""
    assert_nothing_lost(issue)


@pytest.mark.parametrize("line", ["荷塘区月塘街道居民 刘某某", "株洲某中学退休教师　王某", "刘某某（荷塘区月塘街道居民）", "读者 龙女士"])
def test_signer_lines(line: str) -> None:
    assert is_letter_signer(line)


@pytest.mark.parametrize("line", ["读者来信", "我市居民收入稳步增长", "石峰区居民喜迁新居 笑开颜"])
def test_not_signer_lines(line: str) -> None:
    assert not is_letter_signer(line)


# --- b. a table set out with spaces under its own headline -------------------------------------------------------

RANKING = _text(
    "株洲日报　2025年12月20日　星期六　B04　体育",
    "市运会乒乓球团体赛排名",
    "名次　代表队　胜　负",
    "1　醴陵市　4　0",
    "2　攸县　3　1",
    "3　茶陵县　2　2",
    "全民健身步道再添新线",
    "记者 龚亮",
    "12月19日，荷塘区一条3公里长的健身步道建成开放。",
)


def test_a_spaced_table_is_a_table_article_and_keeps_its_rows() -> None:
    issue = parse_text(RANKING, "ranking.txt")
    assert titles(issue) == ["市运会乒乓球团体赛排名", "全民健身步道再添新线"]
    table = issue.articles[0]
    assert table.type == "table"
    assert table.paragraphs == ["名次\t代表队\t胜\t负\n1\t醴陵市\t4\t0\n2\t攸县\t3\t1\n3\t茶陵县\t2\t2"]
    assert issue.articles[1].reporters == ["龚亮"]
    assert_nothing_lost(issue)


def test_spaced_words_without_figures_stay_text() -> None:
    issue = parse_text(_text("株洲日报　2025年12月20日　星期六　B04　体育", "减 资 公 告", "本公司经股东会决议减少注册资本。"), "x.txt")
    assert all(a.type != "table" for a in issue.articles)
