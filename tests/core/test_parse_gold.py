"""Score the parser against hand-written gold files for the five seed issues.

The gold files (tests/core/gold/<seed stem>.json) were written by reading the
raw dumps, not by running a parser, so they say what a newspaper reader sees:
one entry per article with its full headline, type, bylines, first body
characters and headline line. The scoring follows issue 3's targets, summed
over all seeds: found >= 95 %, spurious <= 5 %, bylines exact >= 95 %, type
accuracy >= 80 %, and every issue date within a day of the gold date.

Run `python tests/core/test_parse_gold.py` (or pytest with -s) for the full
per-seed report; every failing assertion carries it too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from zzreader.core.article_types import ARTICLE_TYPES

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "seeds"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_PATHS = sorted(GOLD_DIR.glob("*.json"))

FOUND_MIN = 0.95
SPURIOUS_MAX = 0.05
BYLINE_MIN = 0.95
TYPE_MIN = 0.80
DATE_TOLERANCE = dt.timedelta(days=1)
BYLINE_ROLES = ("reporters", "correspondents", "photographers")

_WS = re.compile(r"\s+")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
# What may sit in front of a body's first words without being content: quote
# marks, list bullets, arrows and page-continuation markers ("←←←上接A1版②").
_BODY_LEAD = re.compile(
    r"^(?:[“”\"'‘’「」『』·•●\-*←→]+"
    r"|[(（]?(?:上接|接上|下转|转下)第?[A-Za-z]?\d+版[①-⑳]?[)）]?)+"
)


# --------------------------------------------------------------------------
# Normalisation and gold loading


def norm_title(text: str) -> str:
    """Titles compare without whitespace or a markdown heading mark."""
    return _WS.sub("", _MD_HEADING.sub("", text or ""))


def norm_body(text: str) -> str:
    """Bodies compare without whitespace, leading quotes/bullets and continuation markers."""
    return _BODY_LEAD.sub("", _WS.sub("", text or ""))


@dataclass(frozen=True)
class GoldArticle:
    title: str
    type: str
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    photographers: tuple[str, ...]
    body_start: str
    line: int
    optional: bool

    @property
    def label(self) -> str:
        return f"L{self.line} {self.title or '(untitled) ' + self.body_start[:12]}"


@dataclass(frozen=True)
class GoldIssue:
    source: str
    date: dt.date
    date_source: str
    articles: tuple[GoldArticle, ...]

    @property
    def required(self) -> list[GoldArticle]:
        return [g for g in self.articles if not g.optional]


def load_gold(path: Path) -> GoldIssue:
    raw = json.loads(path.read_text(encoding="utf-8"))
    articles = tuple(
        GoldArticle(
            title=a["title"],
            type=a["type"],
            reporters=tuple(a["reporters"]),
            correspondents=tuple(a["correspondents"]),
            photographers=tuple(a["photographers"]),
            body_start=a["body_start"],
            line=a["line"],
            optional=a.get("optional", False),
        )
        for a in raw["articles"]
    )
    return GoldIssue(
        source=raw["source"],
        date=dt.date.fromisoformat(raw["date"]),
        date_source=raw["date_source"],
        articles=articles,
    )


GOLDS = [load_gold(p) for p in GOLD_PATHS]


def seed_lines(gold: GoldIssue) -> list[str]:
    return (SEED_DIR / gold.source).read_text(encoding="utf-8-sig").splitlines()


# --------------------------------------------------------------------------
# Matching gold articles to parsed ones


def first_body(article) -> str:
    """The first paragraph that still has content once normalised."""
    for paragraph in article.paragraphs:
        body = norm_body(paragraph)
        if body:
            return body
    return ""


def is_match(gold: GoldArticle, article) -> bool:
    """Titled gold matches on the title (alone or with the subtitle); untitled on body."""
    title = norm_title(article.title)
    if gold.title:
        want = norm_title(gold.title)
        return want in (title, title + norm_title(getattr(article, "subtitle", "")))
    if title:
        return False
    want = norm_body(gold.body_start)
    body = first_body(article)
    return body.startswith(want) if want else body == ""


def _find(gold: GoldArticle, parsed: list, taken: set[int], cursor: int) -> int | None:
    """The first free parsed article that matches, looking ahead of the cursor first."""
    order = [*range(cursor, len(parsed)), *range(cursor)]
    return next((i for i in order if i not in taken and is_match(gold, parsed[i])), None)


def match_issue(gold: GoldIssue, parsed: list) -> dict[int, int]:
    """Map gold index -> parsed index, in reading order; required gold claims first."""
    pairs: dict[int, int] = {}
    for optional_pass in (False, True):
        cursor = 0
        for gi, g in enumerate(gold.articles):
            if g.optional != optional_pass:
                continue
            pi = _find(g, parsed, set(pairs.values()), cursor)
            if pi is not None:
                pairs[gi] = pi
                cursor = pi + 1
    return pairs


# --------------------------------------------------------------------------
# Scoring one seed


def byline_of(article) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(getattr(article, role)) for role in BYLINE_ROLES)


def gold_byline(gold: GoldArticle) -> tuple[tuple[str, ...], ...]:
    return tuple(getattr(gold, role) for role in BYLINE_ROLES)


@dataclass
class SeedScore:
    gold: GoldIssue
    issue: object  # zzreader.core.models.Issue
    pairs: dict[int, int]

    @property
    def parsed(self) -> list:
        return self.issue.articles

    @property
    def found(self) -> list[tuple[GoldArticle, object]]:
        """Required gold articles with the parsed article they matched."""
        return [
            (g, self.parsed[self.pairs[i]])
            for i, g in enumerate(self.gold.articles)
            if not g.optional and i in self.pairs
        ]

    @property
    def missed(self) -> list[GoldArticle]:
        return [
            g for i, g in enumerate(self.gold.articles) if not g.optional and i not in self.pairs
        ]

    @property
    def spurious(self) -> list:
        matched = set(self.pairs.values())
        return [a for i, a in enumerate(self.parsed) if i not in matched]

    @property
    def byline_errors(self) -> list[tuple[GoldArticle, object]]:
        return [(g, a) for g, a in self.found if byline_of(a) != gold_byline(g)]

    @property
    def type_errors(self) -> list[tuple[GoldArticle, object]]:
        return [(g, a) for g, a in self.found if a.type != g.type]

    @property
    def date_ok(self) -> bool:
        return (
            self.issue.date is not None
            and abs(dt.date.fromisoformat(self.issue.date) - self.gold.date) <= DATE_TOLERANCE
            and self.issue.date_source == self.gold.date_source
        )


def score_seed(gold: GoldIssue, issue) -> SeedScore:
    return SeedScore(gold=gold, issue=issue, pairs=match_issue(gold, issue.articles))


# --------------------------------------------------------------------------
# Totals and the report


@dataclass
class Totals:
    required: int
    found: int
    parsed: int
    spurious: int
    bylines_ok: int
    types_ok: int

    @property
    def found_rate(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def spurious_rate(self) -> float:
        return self.spurious / self.parsed if self.parsed else 0.0

    @property
    def byline_rate(self) -> float:
        return self.bylines_ok / self.found if self.found else 0.0

    @property
    def type_rate(self) -> float:
        return self.types_ok / self.found if self.found else 0.0


def totals(scores: list[SeedScore]) -> Totals:
    return Totals(
        required=sum(len(s.gold.required) for s in scores),
        found=sum(len(s.found) for s in scores),
        parsed=sum(len(s.parsed) for s in scores),
        spurious=sum(len(s.spurious) for s in scores),
        bylines_ok=sum(len(s.found) - len(s.byline_errors) for s in scores),
        types_ok=sum(len(s.found) - len(s.type_errors) for s in scores),
    )


def _parsed_label(article) -> str:
    title = article.title or "(untitled) " + first_body(article)[:12]
    subtitle = getattr(article, "subtitle", "")
    return f"L{article.line_start} {title}" + (f" / {subtitle}" if subtitle else "")


def _byline_diff(gold: GoldArticle, article) -> str:
    parts = [
        f"{role} {list(getattr(article, role))} != gold {list(getattr(gold, role))}"
        for role in BYLINE_ROLES
        if tuple(getattr(article, role)) != getattr(gold, role)
    ]
    return "; ".join(parts)


def seed_report(s: SeedScore) -> list[str]:
    """Readable lines for one seed: what to fix, article by article."""
    date_mark = "ok" if s.date_ok else "WRONG"
    n_found = len(s.found)
    lines = [
        f"== {s.gold.source}",
        f"   date {s.issue.date} ({s.issue.date_source}) vs gold {s.gold.date} "
        f"({s.gold.date_source}): {date_mark}",
        f"   gold {len(s.gold.required)} required + {len(s.gold.articles) - len(s.gold.required)}"
        f" optional; parsed {len(s.parsed)}; found {n_found}; spurious {len(s.spurious)}",
    ]
    lines += [f"   MISSED   {g.label}" for g in s.missed]
    lines += [f"   SPURIOUS {_parsed_label(a)}" for a in s.spurious]
    lines += [f"   BYLINE   {g.label}: {_byline_diff(g, a)}" for g, a in s.byline_errors]
    lines += [f"   TYPE     {g.label}: {a.type} != gold {g.type}" for g, a in s.type_errors]
    lines.append(f"   type accuracy {n_found - len(s.type_errors)}/{n_found}")
    return lines


def full_report(scores: list[SeedScore]) -> str:
    t = totals(scores)
    lines = [line for s in scores for line in seed_report(s)]
    lines += [
        "== TOTAL",
        f"   found    {t.found}/{t.required} = {t.found_rate:.1%} (need >= {FOUND_MIN:.0%})",
        f"   spurious {t.spurious}/{t.parsed} = {t.spurious_rate:.1%} (need <= {SPURIOUS_MAX:.0%})",
        f"   bylines  {t.bylines_ok}/{t.found} = {t.byline_rate:.1%} (need >= {BYLINE_MIN:.0%})",
        f"   types    {t.types_ok}/{t.found} = {t.type_rate:.1%} (need >= {TYPE_MIN:.0%})",
        f"   dates    {sum(s.date_ok for s in scores)}/{len(scores)} right",
    ]
    return "\n".join(lines)


def score_all() -> list[SeedScore]:
    """Parse every seed that has a gold file and score it."""
    from zzreader.core.parse import parse_file

    return [score_seed(g, parse_file(SEED_DIR / g.source)) for g in GOLDS]


# --------------------------------------------------------------------------
# Tests of the gold files themselves (they must describe the seeds faithfully)


def test_every_seed_has_a_gold_file():
    seeds = sorted(p.name for p in SEED_DIR.glob("*.txt"))
    assert seeds, "no seeds found"
    assert sorted(g.source for g in GOLDS) == seeds
    assert [p.stem for p in GOLD_PATHS] == [Path(s).stem for s in seeds]


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.source)
def test_gold_is_well_formed(gold: GoldIssue):
    assert gold.date_source in ("masthead", "content", "filename")
    lines = [g.line for g in gold.articles]
    assert lines == sorted(lines), "gold articles must be in reading order"
    for g in gold.articles:
        assert g.type in ARTICLE_TYPES, g.label
        names = [n for role in BYLINE_ROLES for n in getattr(g, role)]
        assert all(n and not _WS.search(n) for n in names), g.label
        assert g.title or g.optional or g.body_start, f"untitled gold needs a body_start: {g.label}"


def _headline_joins(lines: list[str], line: int, depth: int = 4) -> list[str]:
    """The normalised headline candidates starting at `line`: 1, 2, … joined non-blank lines."""
    texts = [norm_title(t) for t in lines[line - 1 :] if t.strip()][:depth]
    return ["".join(texts[: k + 1]) for k in range(len(texts))]


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.source)
def test_gold_titles_sit_on_their_lines(gold: GoldIssue):
    lines = seed_lines(gold)
    for g in gold.articles:
        if g.title:
            assert norm_title(g.title) in _headline_joins(lines, g.line), g.label
        else:
            assert norm_body(lines[g.line - 1]).startswith(norm_body(g.body_start)), g.label


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.source)
def test_gold_body_starts_lie_between_neighbouring_headlines(gold: GoldIssue):
    """A body may precede its heading (004's 天台快评) but never crosses another article."""
    lines = seed_lines(gold)
    bounds = [0, *(g.line for g in gold.articles), len(lines) + 1]
    for k, g in enumerate(gold.articles):
        span = _WS.sub("", "".join(lines[bounds[k] : bounds[k + 2] - 1]))
        assert _WS.sub("", g.body_start) in span, g.label


def test_matching_handles_split_titles_and_untitled_bodies():
    """The matcher itself, on hand-built articles (no parser involved)."""
    from zzreader.core.models import Article, Block, Issue

    gold = GoldIssue(
        source="x.txt",
        date=dt.date(2024, 12, 5),
        date_source="content",
        articles=(
            GoldArticle("甲 乙", "news", (), (), (), "正文", 1, False),
            GoldArticle("", "news", (), (), (), "“上接1版 正文二", 5, False),
            GoldArticle("相关链接", "other", (), (), (), "", 9, True),
        ),
    )
    parsed = [
        Article(title="## 甲", subtitle="乙"),
        Article(title="", blocks=[Block("p", "←←←上接1版", 5, 5), Block("p", "正文二。", 6, 6)]),
        Article(title="多余"),
    ]
    pairs = match_issue(gold, parsed)
    assert pairs == {0: 0, 1: 1}
    issue = Issue(source="x.txt", sha256="", encoding="utf-8", text="", articles=parsed)
    score = SeedScore(gold=gold, issue=issue, pairs=pairs)
    assert [a.title for a in score.spurious] == ["多余"]
    assert score.missed == []


# --------------------------------------------------------------------------
# Scoring the parser


@pytest.fixture(scope="module")
def scores() -> list[SeedScore]:
    result = score_all()
    print("\n" + full_report(result))
    return result


def test_articles_found(scores):
    t = totals(scores)
    assert t.found_rate >= FOUND_MIN, full_report(scores)


def test_few_spurious_articles(scores):
    t = totals(scores)
    assert t.spurious_rate <= SPURIOUS_MAX, full_report(scores)


def test_bylines_exact(scores):
    t = totals(scores)
    assert t.found and t.byline_rate >= BYLINE_MIN, full_report(scores)


def test_type_accuracy(scores):
    t = totals(scores)
    assert t.found and t.type_rate >= TYPE_MIN, full_report(scores)


def test_issue_dates(scores):
    wrong = [s.gold.source for s in scores if not s.date_ok]
    assert not wrong, f"dates wrong for {wrong}\n" + full_report(scores)


if __name__ == "__main__":
    print(full_report(score_all()))
