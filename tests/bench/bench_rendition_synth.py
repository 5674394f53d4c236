"""Renditions of synthetic issues whose articles are known: a held-out check with many articles.

The hand-written rendition issues (tests/core/renditions/data/) are few and
partly used for tuning. Here synthetic issues (synth.py: known titles and
bylines) are laid out the way the archive's renditions lay out a page, with
the variations real files show, and the parser is scored against what the
generator put in:

- pdf_text: running heads, `　　` (or two-space) indents, wraps by glyph width
  at 16-26 columns, line ends stripped (pdftotext), form feeds between pages,
  page footers `— 2 —`, unsigned pieces with or without '株洲日报讯';
- single_newline: one paragraph per line, with or without a BOM, indents and '株洲日报讯' on unsigned pieces;
- epaper: `第A03版：…`, meta line, chrome, with or without runs of blank lines.

    python tests/bench/bench_rendition_synth.py            # 40 issues per rendition
    python tests/bench/bench_rendition_synth.py --issues 10

Prints recall, precision, exact bylines and dates per rendition; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout
from synth import LEAD, ArchiveGenerator, SynthIssue, _lead  # noqa: E402

from zzreader.core.parse import parse_bytes  # noqa: E402


def _wrap(text: str, width: float) -> list[str]:
    """Break by glyph width: a half-width digit or letter takes half a column."""
    lines, line, used = [], "", 0.0
    for ch in text:
        step = 0.5 if ord(ch) < 128 else 1.0
        if used + step > width and line:
            lines.append(line)
            line, used = "", 0.0
        line, used = line + ch, used + step
    return lines + ([line] if line else [])


def _head(issue: SynthIssue, page: int, section: str) -> str:
    day = dt.date.fromisoformat(issue.date)
    return f"{day.year}年{day.month}月{day.day}日 星期{'一二三四五六日'[day.weekday()]} A{page:02d} {section} 责任编辑 胡某 美术编辑 颜某"


def _paragraphs(article, bare_unsigned: bool = False) -> list[str]:
    """The printed paragraphs; `bare_unsigned`: a piece that names no one opens without '株洲日报讯'."""
    first, *rest = article.paragraphs
    if first.startswith(LEAD):
        first = first.split(") ", 1)[1]
    lead = _lead(article)
    return [("" if bare_unsigned and lead == f"{LEAD} " else lead) + first, *rest]


def _pages(issue: SynthIssue):
    """(page number, section, article) with a new page where the section changes."""
    page, section = 0, None
    for article in issue.articles:
        if article.section != section:
            page, section = page + 1, article.section
            yield page, section, article, True
        else:
            yield page, section, article, False


def pdf_text(issue: SynthIssue, rng: random.Random) -> str:
    width = rng.choice((16, 18, 20, 22, 24, 26))
    indent = rng.choice(("\u3000\u3000", "  "))
    bare = rng.random() < 0.5
    out: list[str] = []
    for page, section, article, new_page in _pages(issue):
        if new_page:
            if out and rng.random() < 0.5:
                out.append(f"— {page - 1} —")
            out.append(("\f" if out else "") + _head(issue, page, section))
        out.append(article.title)
        if article.subtitle:
            out.append("——" + article.subtitle)
        for paragraph in _paragraphs(article, bare):
            lines = _wrap("\u3000\u3000" + paragraph, width)
            lines[0] = indent + lines[0][2:]
            out.extend(line.rstrip() for line in lines)
    return "\n".join(out) + "\n"


def single_newline(issue: SynthIssue, rng: random.Random) -> str:
    indent = rng.choice(("", "\u3000\u3000"))
    bare = rng.random() < 0.5
    out: list[str] = []
    for page, section, article, new_page in _pages(issue):
        if new_page:
            out.append(_head(issue, page, section))
        out.append(article.title)
        if article.subtitle:
            out.append("——" + article.subtitle)
        out.extend(indent + p for p in _paragraphs(article, bare))
    return ("\ufeff" if rng.random() < 0.5 else "") + "\n".join(out) + "\n"


def epaper(issue: SynthIssue, rng: random.Random) -> str:
    gap = rng.choice(("\n", "\n\n", "\n\n\n"))
    with_lead = rng.random() < 0.5  # some sites keep the printed lead, some only the meta line
    out: list[str] = []
    for page, section, article, _ in _pages(issue):
        roles = (("全媒体记者", article.reporters), ("通讯员", article.correspondents), ("摄影", article.photographers))
        author = " ".join(f"{role} {' '.join(names)}" for role, names in roles if names)
        out += [f"第A{page:02d}版：{section}", article.title] + (["——" + article.subtitle] if article.subtitle else [])
        out += [f"来源：株洲日报 作者：{author} 发布时间：{issue.date}", "【字体：大 中 小】【打印】【关闭】"]
        paragraphs = _paragraphs(article) if with_lead else [p.split(") ", 1)[-1] if p.startswith(LEAD) else p
                                                               for p in article.paragraphs]
        out += paragraphs + ["上一篇 下一篇", "返回目录"]
    return gap.join(out) + "\n"


def score(render, issues: int, seed: int) -> dict:
    rng = random.Random(seed)
    wanted = found = parsed = bylines = dates = 0
    renditions: dict[str, int] = {}
    for k, synth in enumerate(ArchiveGenerator(seed=seed).issues(issues)):
        issue = parse_bytes(render(synth, rng).encode("utf-8"), f"synth-{k}.txt")
        renditions[issue.rendition] = renditions.get(issue.rendition, 0) + 1
        dates += issue.date == synth.date
        got, cursor = issue.articles, 0
        parsed += len(got)
        for article in synth.articles:
            wanted += 1
            title = article.title.replace(" ", "")
            hit = next((j for j in range(cursor, len(got)) if got[j].title.replace(" ", "") == title), None)
            if hit is None:
                continue
            found, cursor = found + 1, hit + 1
            mine = got[hit]
            bylines += (mine.reporters, mine.correspondents, mine.photographers) == (
                article.reporters, article.correspondents, article.photographers)
    return {"issues": issues, "renditions": renditions, "articles": wanted, "recall": found / wanted,
            "precision": found / parsed if parsed else 1.0, "bylines": bylines / found if found else 0.0, "dates": dates}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--issues", type=int, default=40)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()
    print("| rendition | issues | read as | articles | recall | precision | bylines exact | dates |")
    print("|---|---|---|---|---|---|---|---|")
    for name, render in (("pdf_text", pdf_text), ("single_newline", single_newline), ("epaper", epaper)):
        s = score(render, args.issues, args.seed)
        read_as = ", ".join(f"{k} {v}" for k, v in sorted(s["renditions"].items()))
        print(f"| {name} | {s['issues']} | {read_as} | {s['articles']} | {s['recall']:.3f} | {s['precision']:.3f} | "
              f"{s['bylines']:.3f} | {s['dates']}/{s['issues']} |")


if __name__ == "__main__":
    main()
