"""Mutation fuzz: real dumps damaged the ways files arrive damaged, and the parser's promises.

Files from tests/core/renditions/data and the seeds are cut, doubled and shuffled, and
given control, format and zero-width characters, lone surrogates, NULs, BOMs, lone CRs,
very long lines, repeated mastheads, unclosed tags and fences. Whatever comes out: no
exception but ParseError; every non-blank source line inside an article's range or in
`unassigned`, by its original line number (as tests/core/renditions/test_rendition_properties.py
states it); no control character in a title. The suite runs a few examples;
`ZZ_FUZZ_EXAMPLES=3000` runs more by hand.
"""

from __future__ import annotations

import os
import unicodedata
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zzreader.core.decode import decode
from zzreader.core.errors import ParseError
from zzreader.core.models import Issue
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import spaces
from zzreader.core.renditions.model import plain_lines

_ROOT = Path(__file__).resolve().parents[3]
_SOURCES = sorted(p for p in (_ROOT / "tests/core/renditions/data").rglob("*") if p.is_file() and p.suffix != ".json")
_SOURCES += sorted((_ROOT / "seeds").glob("*.txt"))
_EXAMPLES = int(os.environ.get("ZZ_FUZZ_EXAMPLES", "40"))

_CHARS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1e", "\x7f", "\x85", "\x9b", "\ud800", "\udfff",
          "\udc80", "\u202e", "\u202d", "\u2066", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\r", "\u2028", "\ufffd"]
_RUNS = [" ", "\u3000", "\t", "-", "|", "株", "。", "\u200b", "\x1b", "&nbsp;", "#"]
_OPEN = ['<div class="content">', "<script>", "<!--", "<p", "<table><tr><td>", "<h1>", "<title>", "[b]", "```", "~~~", "---",
         "<![CDATA[", "{{", "$$"]
_KINDS = ["drop", "dup", "swap", "cut", "char", "char", "char", "long", "run", "masthead", "open", "join"]
_MUTATION = st.tuples(st.sampled_from(_KINDS), st.integers(0, 1 << 16), st.integers(0, 1 << 16), st.integers(0, 1 << 16))


@cache
def _source(path: Path) -> str:
    try:
        return decode(path.read_bytes()).text
    except ParseError:
        return ""


def mutate(text: str, mutations: list[tuple[str, int, int, int]]) -> str:
    """`text` with each mutation applied in turn; indexes wrap around the lines and characters there are."""
    lines = text.split("\n")
    for kind, a, b, c in mutations:
        if not lines:
            lines = [""]
        i = a % len(lines)
        line = lines[i]
        at = b % (len(line) + 1)
        if kind == "drop":
            del lines[i]
        elif kind == "dup":
            lines.insert(i, line)
        elif kind == "swap":
            j = b % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "cut":
            lines[i : i + 1] = [line[:at], line[at:]]
        elif kind == "char":
            lines[i] = line[:at] + _CHARS[c % len(_CHARS)] * (1 + c // len(_CHARS) % 3) + line[at:]
        elif kind == "long":
            lines[i] = (line or "株洲") * (1 + (2_000 if c % 2 else 20_000) // max(len(line), 1))
        elif kind == "run":
            lines[i] = line[:at] + _RUNS[c % len(_RUNS)] * (20 + c % 5_000) + line[at:]
        elif kind == "masthead":
            lines[i:i] = lines[: 1 + c % 3] * (1 + c % 4)
        elif kind == "open":
            lines[i] = line[:at] + _OPEN[c % len(_OPEN)] + line[at:]
        elif kind == "join":
            lines[i : i + 2] = ["".join(lines[i : i + 2])]
    return "\n".join(lines)


def check(issue: Issue, source: str) -> None:
    """Every non-blank line of `source` in an article's range or in unassigned; titles without control characters."""
    lines = source.split("\n")
    covered: set[int] = set()
    for part in [*issue.articles, *issue.unassigned]:
        assert 1 <= part.line_start <= part.line_end <= len(lines), (part.line_start, part.line_end, len(lines))
        covered.update(range(part.line_start, part.line_end + 1))
    lost = [(no, line[:60]) for no, line in enumerate(lines, start=1) if line.strip() and no not in covered]
    assert not lost, (lost[:5], issue.rendition)
    for article in issue.articles:
        assert not any(unicodedata.category(ch) == "Cc" for ch in article.title), (article.title[:80], issue.rendition)


def parsed(text: str, name: str, as_bytes: bool) -> tuple[Issue, str] | None:
    """The issue of the mutated text, read as a file's bytes or as text already decoded, with its source; None if refused."""
    try:
        if as_bytes:
            issue = parse_bytes(text.encode("utf-8", "surrogatepass"), name)
            return issue, issue.text
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # parse_text takes decoded text: its line ends are '\n'
        return parse_text(text, name), text
    except ParseError:
        return None


@settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(_SOURCES), st.lists(_MUTATION, min_size=1, max_size=8), st.booleans())
def test_a_damaged_dump_parses_keeps_every_line_and_clean_titles(path, mutations, as_bytes):
    result = parsed(mutate(_source(path), mutations), path.name, as_bytes)
    if result is not None:
        check(*result)


# What the fuzz found, each fixed where it began.


def test_control_characters_are_read_as_nothing_and_titles_hold_none():
    # a NUL before a masthead made it a headline '\x003月5日…', and an escape or a U+202E stayed in a headline
    text = ("\x003月5日\u3000星期四\u3000第4版\n\n市区\x1b[31m新增三条\u202e公交线路\n"
            "本报讯\u3000市公交公司从三月十日起新开11路、12路、13路公共汽车，方便职工上下班。\n")
    issue = parse_text(text, "05-03-1987.txt")
    assert [article.title for article in issue.articles] == ["市区新增三条公交线路"]  # the whole escape sequence, not only its ESC
    assert issue.date == "1987-03-05" and issue.text == text
    check(issue, text)
    vertical_tab = parse_text("株洲日报\x0b2025年6月1日 星期日\n\n湘江夜景\x0b灯光改造完成\n株洲日报讯 改造已于昨日完成。\n", "a.txt")
    assert vertical_tab.articles[0].title == "湘江夜景 灯光改造完成"


def test_a_lone_surrogate_is_read_as_a_replacement_character():
    # text handed to parse_text with a lone surrogate raised UnicodeEncodeError when the issue was hashed
    text = "株洲日报\n2025年6月1日 星期日\n\n湘江夜景\ud800灯光改造完成\n株洲日报讯 改造已于昨日完成。\n"
    issue = parse_text(text, "a.txt")
    assert issue.articles[0].title == "湘江夜景\ufffd灯光改造完成" and "\ud800" not in issue.text
    assert any("U+FFFD" in w or "�" in w for w in issue.warnings)
    check(issue, issue.text)


def test_a_form_feed_inside_a_line_is_a_space_and_one_opening_a_line_still_opens_a_page():
    # '…A05 民\x0c\x0c\x0c生' stayed in a headline; a form feed opening a line is how pdftotext starts a page
    text = "株洲日报\n2025年6月1日 星期日\n\n湘江夜景\x0c灯光改造完成\n株洲日报讯 改造已于昨日完成。\n"
    issue = parse_text(text, "a.txt")
    assert issue.articles[0].title == "湘江夜景 灯光改造完成"
    check(issue, text)
    lines = plain_lines(["\x0c株洲日报\u200b 2025年6月1日", "正文\x0c第二页"])
    spaces.normalise(lines, [])
    assert [line.text for line in lines] == ["\x0c株洲日报 2025年6月1日", "正文 第二页"]


def test_a_line_of_nothing_but_a_control_or_zero_width_character_is_kept_aside_not_joined():
    # 'gbk_crlf_30.txt' with a NUL line under '株洲时评': the PDF-text reader joined the three lines into one headline
    for junk in ("\x00", "\u200b", "\x1b\u200b"):
        lines = plain_lines(["株洲时评", "", junk, "护河，需要人人都是“河长”", "", "正文"])  # a blank line above the junk
        furniture: list = []
        spaces.normalise(lines, [], furniture)
        assert [line.text for line in lines] == ["株洲时评", "护河，需要人人都是“河长”", "正文"] and furniture[0].text == junk
        assert [line.gap for line in lines] == [0, 1, 1]
    text = _source(_ROOT / "tests/core/renditions/data/gbk_crlf_30.txt")
    at = text.index("护河")
    damaged = text[:at] + "\x00\n" + text[at:]
    issue = parse_text(damaged, "gbk_crlf_30.txt")
    check(issue, damaged)
    assert any(article.title.endswith("护河，需要人人都是“河长”") for article in issue.articles)
