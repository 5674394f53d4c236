"""Held-out style bench: the five seed issues rendered the way real archives hold an issue.

A held-out examiner builds its checks from real issues set the ways the paper
reaches a reader: PDF text as pdftotext gives it (paragraphs wrapped at a
column, a running head and a page number per page, a form feed between pages),
an e-paper page scraped article by article, a Markdown or HTML export, a
single-newline dump in GBK or GB18030 with CRLF named by its date. Each seed
(seeds/*.txt, gold in tests/core/gold/) is cut into its stories by the gold's
headline lines (`line` of titled articles), rendered, parsed and scored with
the seed scorer (tests/core/test_parse_gold.py `score_seed`). The issue date is
compared as a date only: a rendition that adds a masthead rightly changes where
the date comes from. Nothing is asserted: run
`python tests/bench/bench_seed_renditions.py` (`-v` lists every loss,
`-k NAME` runs the renditions whose name holds NAME).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.test_parse_gold import (
    GOLD_PATHS,
    SEED_DIR,
    load_gold,
    norm_title,
    score_seed,
)
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_bytes

WEEKDAYS = "一二三四五六日"
SECTIONS = ("要闻", "要闻", "综合", "城事", "民生", "文化", "公告", "副刊")
IDEO = "\u3000\u3000"
_KICKER = re.compile(r"^[^\s，,。.：:；;！!？?、]{2,6}(?:[ \u3000][^\s，,。.：:；;！!？?、]{2,6}){0,2}$")
_COLUMNS = re.compile(r"\S(?: {2,}|\u3000{2,}|\t)\S")  # a table's row: set as it is, not wrapped
_MD_MARK = re.compile(r"^\s*#{1,6}\s+")  # seed 004 is half Markdown: other renditions set its heads as text


# --------------------------------------------------------------------------
# The seed cut into its stories


@dataclass
class Story:
    """One story of a seed: its headline lines (none for an untitled one) and its other non-blank lines."""

    head: list[str]
    body: list[str]
    gold: object = None  # tests.core.test_parse_gold.GoldArticle, None for the lines before the first story
    kicker: list[str] = field(default_factory=list)  # a column's label set over the headline ('新春走基层')

    @property
    def top(self) -> list[str]:
        """The lines set over the story's text: the label, then the headline."""
        return [*self.kicker, *self.head]


@dataclass
class Seed:
    gold: object  # tests.core.test_parse_gold.GoldIssue
    front: list[str]  # non-blank lines before the first story (a masthead)
    stories: list[Story]

    @property
    def day(self) -> dt.date:
        return self.gold.date


def _head_lines(lines: list[str], start: int, title: str) -> int:
    """How many lines from `start` (blank ones between included) spell the gold title."""
    want, i, used = norm_title(title), start, start
    while want and i < len(lines):
        part = norm_title(lines[i])
        if not part:
            i += 1
            continue
        if not want.startswith(part):
            break
        want = want[len(part):]
        i += 1
        used = i
    return used - start


def cut(gold) -> Seed:
    """The seed's lines cut at every gold article's line (1-based), headline lines apart."""
    lines = (SEED_DIR / gold.source).read_text(encoding="utf-8-sig").splitlines()
    starts = sorted({a.line - 1 for a in gold.articles if a.line >= 1})
    by_line = {}
    for a in gold.articles:
        by_line.setdefault(a.line - 1, a)
    front = [x.strip() for x in lines[: starts[0]] if x.strip()] if starts else []
    stories = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        art = by_line[s]
        n = _head_lines(lines, s, art.title) if art.title else 0
        head = [_MD_MARK.sub("", x).strip() for x in lines[s : s + n] if x.strip()]
        body = [_MD_MARK.sub("", x).rstrip() for x in lines[s + n : end] if x.strip()]  # a seed's trailing tabs are no layout
        stories.append(Story(head, body, art))
    for before, story in itertools.pairwise(stories):
        while story.head and before.body and _KICKER.match(before.body[-1].strip()):
            story.kicker.insert(0, before.body.pop().strip())  # a column's label ('新春走基层') is set over its story
    return Seed(gold, front, stories)


# --------------------------------------------------------------------------
# Renditions


def wrap(text: str, width: int, indent: str) -> list[str]:
    """A paragraph set in a column `width` characters wide, its indent counted on the first line."""
    body = text.strip(" \u3000")
    first = width - len(indent)  # an ideographic indent takes a character's place
    out = [indent + body[:first]]
    out += [body[k : k + width] for k in range(first, len(body), width)]
    return out


def running_head(day: dt.date, page: int) -> str:
    section = SECTIONS[(page - 1) % len(SECTIONS)]
    return f"株洲日报 {day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]} A{page:02d} {section}"


def pdf_text(width: int, indent: str, blanks: bool, page_lines: int = 60, mid_story: bool = False):
    """pdftotext's page: a running head, wrapped paragraphs, the page number, a form feed.

    Pages break between stories, or (`mid_story`) inside a story's body too, never between a headline
    and the first lines of its story."""

    def render(seed: Seed) -> str:
        blocks: list[tuple[list[str], bool]] = []  # (lines, may a page break before it)
        if seed.front:
            blocks.append((seed.front, True))
        for story in seed.stories:
            paras = [wrap(p, width, indent) if len(p.strip()) > width and not _COLUMNS.search(p) else [indent + p.strip()]
                     for p in story.body]
            if story.head:
                gap = [""] if blanks else []
                kicker = [x for line in story.kicker for x in (line, *gap)]  # set in a size of its own: a block of its own
                blocks.append((kicker + story.head + gap + (paras[0] if paras else []), True))  # the headline keeps its first paragraph
                paras = paras[1:]
                blocks.extend((p, mid_story) for p in paras)
            else:
                blocks.extend((p, mid_story or i == 0) for i, p in enumerate(paras))
        pages: list[list[str]] = [[]]
        for lines, may_break in blocks:
            if may_break and len(pages[-1]) >= page_lines:
                pages.append([])
            if blanks and pages[-1]:
                pages[-1].append("")
            pages[-1].extend(lines)
        out = []
        for n, page in enumerate(pages, 1):
            out += [running_head(seed.day, n), "", *page, "", f"— {n} —"]
            out.append("\f" if n < len(pages) else "")
        return "\n".join(out).replace("\n\f\n", "\n\f")

    return render


def epaper(seed: Seed) -> str:
    """An e-paper site's article pages saved one after another into one file holding the page."""
    d = seed.day
    out = [*seed.front] if seed.front else []
    for story in seed.stories:
        if not story.head:
            out += ["", *story.body]
            continue
        names = " ".join(story.gold.reporters or story.gold.photographers or story.gold.correspondents)
        out += [
            "",
            "第A03版：要闻",
            "【字体：大 中 小】 【打印】",
            "",
            *story.top,
            "",
            f"作者：{names} 来源：株洲日报 日期：{d.isoformat()}",
            "",
            *(IDEO + p.strip(" \u3000") for p in story.body),
            "",
            "上一篇 下一篇",
        ]
    return "\n".join(out) + "\n"


def markdown(seed: Seed) -> str:
    out = [f"# 株洲日报 {seed.day.isoformat()}", ""]
    out += [x for line in seed.front for x in (line.strip(), "")]
    for story in seed.stories:
        out += [x for line in story.kicker for x in (line, "")]
        if story.head:
            out += ["## " + " ".join(h for h in story.head), ""]
        out += [x for p in story.body for x in (p.strip(" \u3000"), "")]
    return "\n".join(out)


def html_p(seed: Seed) -> str:
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>株洲日报</title></head><body>",
           f"<h1>株洲日报 {seed.day.isoformat()}</h1>"]
    out += [f"<p>{html.escape(x.strip())}</p>" for x in seed.front]
    for story in seed.stories:
        out += [f"<p>{html.escape(x)}</p>" for x in story.kicker]
        if story.head:
            out.append("<h2>" + html.escape(" ".join(h for h in story.head)) + "</h2>")
        out += [f"<p>{html.escape(p.strip(' ' + chr(0x3000)))}</p>" for p in story.body]
    return "\n".join([*out, "</body></html>"]) + "\n"


def html_br(seed: Seed) -> str:
    """A page whose only markup is a line break after every line, blank lines between stories."""
    lines = [*seed.front]
    for story in seed.stories:
        lines += ["", *story.top, *story.body]
    body = "<br>\n".join(html.escape(x) for x in lines)
    return f"<html><body>\n{body}<br>\n</body></html>\n"


def plain(blanks: bool) -> Callable[[Seed], str]:
    """The seed as it is, with a blank line between blocks or none."""

    def render(seed: Seed) -> str:
        lines = list(seed.front)
        for story in seed.stories:
            lines += [*story.top, *story.body]
        sep = "\n\n" if blanks else "\n"
        return sep.join(x.rstrip() for x in lines) + "\n"

    return render


def name_of(pattern: str) -> Callable[[Seed], str]:
    return lambda seed: seed.day.strftime(pattern)


@dataclass(frozen=True)
class Rendition:
    name: str
    render: Callable[[Seed], str]
    file_name: Callable[[Seed], str] = lambda seed: seed.gold.source
    encoding: str = "utf-8"
    crlf: bool = False


RENDITIONS = [
    Rendition("seed as stored", lambda seed: (SEED_DIR / seed.gold.source).read_text(encoding="utf-8-sig")),
    Rendition("pdf w22 indent blanks", pdf_text(22, IDEO, True), name_of("zzrb-%Y-%m-%d.txt")),
    Rendition("pdf w18 no indent blanks", pdf_text(18, "", True)),
    Rendition("pdf w26 indent no blanks", pdf_text(26, IDEO, False), name_of("株洲日报%Y%m%d.txt")),
    Rendition("pdf w20 no indent no blanks", pdf_text(20, "", False)),
    Rendition("pdf w24 indent blanks mid-story pages", pdf_text(24, IDEO, True, 45, True)),
    Rendition("pdf w19 indent no blanks mid-story pages", pdf_text(19, IDEO, False, 45, True)),
    Rendition("epaper page scrape", epaper),
    Rendition("markdown export", markdown, name_of("株洲日报%Y%m%d.md")),
    Rendition("html export <h2><p>", html_p, name_of("zzrb-%Y-%m-%d.html")),
    Rendition("html <br> only", html_br, name_of("zzrb-%Y-%m-%d.html")),
    Rendition("single newline gbk crlf", plain(False), name_of("株洲日报%Y%m%d.txt"), "gbk", True),
    Rendition("single newline gb18030 crlf", plain(False), name_of("zzrb-%Y-%m-%d.txt"), "gb18030", True),
    Rendition("blank lines gbk crlf", plain(True), name_of("zzrb-%Y-%m-%d.txt"), "gbk", True),
]


# --------------------------------------------------------------------------
# Scoring


@dataclass
class Row:
    issues: int = 0
    required: int = 0
    found: int = 0
    spurious: int = 0
    bylines: int = 0
    types: int = 0
    dates: int = 0
    errors: int = 0
    notes: dict[str, list[str]] = field(default_factory=dict)


def render_bytes(r: Rendition, seed: Seed) -> bytes | None:
    text = r.render(seed)
    if r.crlf:
        text = text.replace("\n", "\r\n")
    try:
        return text.encode(r.encoding)
    except UnicodeEncodeError:
        return None


def score(r: Rendition, seeds: list[Seed]) -> Row:
    row = Row()
    for seed in seeds:
        data = render_bytes(r, seed)
        if data is None:
            row.notes[seed.gold.source] = [f"SKIPPED: not in {r.encoding}"]
            continue
        row.issues += 1
        row.required += len(seed.gold.required)
        try:
            issue = parse_bytes(data, r.file_name(seed))
        except ParseError as exc:
            row.errors += 1
            row.notes[seed.gold.source] = [f"ERROR {exc}"]
            continue
        s = score_seed(seed.gold, issue)
        row.found += len(s.found)
        row.spurious += len(s.spurious)
        row.bylines += len(s.found) - len(s.byline_errors)
        row.types += len(s.found) - len(s.type_errors)
        right = issue.date is not None and dt.date.fromisoformat(issue.date) == seed.day
        row.dates += right
        notes = [f"MISSED {g.label}" for g in s.missed]
        notes += [f"SPURIOUS L{a.line_start} {a.title or a.paragraphs[0][:20] if a.paragraphs else a.title}"
                  + (f" / {a.subtitle}" if getattr(a, 'subtitle', '') else "") for a in s.spurious]
        notes += [f"BYLINE {g.label}: {a.reporters}|{a.correspondents}|{a.photographers}" for g, a in s.byline_errors]
        notes += [f"TYPE {g.label}: {a.type} != {g.type}" for g, a in s.type_errors]
        if not right:
            notes.append(f"DATE {issue.date} ({issue.date_source}) want {seed.day}")
        if notes:
            row.notes[seed.gold.source] = notes
    return row


def main(verbose: bool = False, only: str = "") -> None:
    seeds = [cut(load_gold(p)) for p in GOLD_PATHS]
    print("| rendition | issues | found | missed | spurious | bylines exact | types | dates | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in RENDITIONS:
        if only and only not in r.name:
            continue
        row = score(r, seeds)
        print(f"| {r.name} | {row.issues} | {row.found}/{row.required} | {row.required - row.found} | {row.spurious} "
              f"| {row.bylines}/{row.found} | {row.types}/{row.found} | {row.dates}/{row.issues} | {row.errors} |")
        if verbose:
            for source, notes in sorted(row.notes.items()):
                print(f"   == {source}")
                for note in notes:
                    print(f"      {note}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(verbose="-v" in args, only=args[args.index("-k") + 1] if "-k" in args else "")
