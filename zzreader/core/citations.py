"""Citations of articles: GB/T 7714, CSL-JSON, RIS and BibTeX, without Qt.

One `Citation` per article (title, authors, date, section, page) is built
from the library and written in the four forms researchers paste or import:

- GB/T 7714-2015 newspaper form, the one Chinese journals ask for:
  `作者. 题名[N]. 株洲日报, 2024-12-05(2).`
- CSL-JSON (`"type": "article-newspaper"`), which Zotero, Pandoc and
  citeproc read; tests/core/data/csl/csl-data.json is the schema it meets.
- RIS (`TY  - NEWS`), written by rispy; Zotero maps SE to the section and
  SP to the page of a newspaper article.
- BibTeX, written by bibtexparser, as biblatex spells a newspaper article:
  `@article` with `entrysubtype = {newspaper}`, so the type is not lost.

Every value comes from an imported dump and is untrusted: it is written as
data (escaped for BibTeX, single-line for RIS), never interpreted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import bibtexparser
import rispy
from bibtexparser.model import Entry, Field

from zzreader.core import choices, stored_values
from zzreader.core.errors import ZZReaderError
from zzreader.core.export_text import json_dumps, plain
from zzreader.core.store import Library

NEWSPAPER = "株洲日报"
NEWSPAPER_EN = "Zhuzhou Daily"
FORMATS = choices.CITATION_FORMATS
GBT_MAX_AUTHORS = 3  # GB/T 7714-2015 §8.1.2: the first three, then "等"

# A page (版次) named in a section heading: "第2版", "02版", "A3版：要闻", "A3 要闻".
_PAGE = re.compile(r"^\s*(?:第\s*)?([A-Za-z]?\d{1,2})\s*版|^\s*([A-Z]\d{1,2})(?![\dA-Za-z])")


class CitationError(ZZReaderError, ValueError):
    """A citation that cannot be written (unknown format); the message is one line."""


@dataclass(frozen=True)
class Citation:
    """What a reference needs from one article."""

    article_id: int
    title: str
    authors: tuple[str, ...]
    date: str | None  # ISO yyyy-mm-dd
    section: str
    page: str  # 版次 ("2", "A3"), "" when the dump does not say

    @property
    def key(self) -> str:
        """A citation key that stays stable across exports: zzrb + date + article id."""
        return f"zzrb{(self.date or '').replace('-', '')}-{self.article_id}"


def page_of(section: str) -> str:
    """The page (版次) a section heading names, else ""."""
    match = _PAGE.match(section or "")
    if not match:
        return ""
    page = match.group(1) or match.group(2)
    return (page.lstrip("0") or page) if page.isdigit() else page.upper()


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def citation(library: Library, article_id: int) -> Citation:
    """The citation of one article (raises store.NotFoundError for an unknown id)."""
    article = library.article(article_id)
    issue = library.issue(article.issue_id, of_article=True)
    title = _one_line(article.title)
    subtitle = _one_line(article.subtitle)
    if subtitle:
        title = f"{title}：{subtitle}" if title else subtitle
    authors = tuple(dict.fromkeys(_one_line(a) for a in [*article.reporters, *article.correspondents] if a.strip()))
    section = _one_line(article.section)
    page = page_of(section) or _page_above(library.unassigned(issue.id), article.line_start)
    date = stored_values.iso_date(issue.date)  # the library is untrusted: not every date is one
    return Citation(article_id, title, authors, date, section, page)


def _page_above(unassigned: list, line_start: int) -> str:
    """The page of the last page line above the article ('第3版 要闻', kept unassigned) when its section names no page."""
    for block in sorted((u for u in unassigned if u.line_start < line_start), key=lambda u: u.line_start, reverse=True):
        for text in reversed(block.text.splitlines()):
            if page := page_of(text):
                return page
    return ""


def citations(library: Library, article_ids: Iterable[int]) -> list[Citation]:
    return [citation(library, i) for i in article_ids]


# -- GB/T 7714 ------------------------------------------------------------------------------


def gbt7714(c: Citation) -> str:
    """作者. 题名[N]. 株洲日报, 2024-12-05(2).  (authors, date and page only when known)"""
    parts = []
    if c.authors:
        names = list(c.authors[:GBT_MAX_AUTHORS])
        if len(c.authors) > GBT_MAX_AUTHORS:
            names.append("等")
        parts.append(", ".join(names) + ". ")
    parts.append(f"{c.title or '（无标题）'}[N]. {NEWSPAPER}")
    if c.date:
        parts.append(f", {c.date}")
        if c.page:
            parts.append(f"({c.page})")
    parts.append(".")
    return "".join(parts)


# -- CSL-JSON ---------------------------------------------------------------------------------


def csl_item(c: Citation) -> dict:
    """One CSL-JSON item; Chinese names are `literal` (no given/family split is guessed)."""
    item: dict = {
        "id": c.key,
        "type": "article-newspaper",
        "title": c.title,
        "container-title": NEWSPAPER,
        "language": "zh-CN",
    }
    if c.authors:
        item["author"] = [{"literal": a} for a in c.authors]
    if c.date:
        item["issued"] = {"date-parts": [[int(p) for p in c.date.split("-")]]}
    if c.section:
        item["section"] = c.section
    if c.page:
        item["page"] = c.page
    return item


def csl_json(items: Iterable[Citation]) -> str:
    return json_dumps([csl_item(c) for c in items], indent=2)


# -- RIS --------------------------------------------------------------------------------------


def ris_entry(c: Citation) -> dict:
    """One rispy entry: TY NEWS, TI, AU, DA, PY, T2 (the newspaper), SE, SP."""
    entry: dict = {"type_of_reference": "NEWS", "id": c.key, "title": c.title, "secondary_title": NEWSPAPER}
    if c.authors:
        entry["authors"] = list(c.authors)
    if c.date:
        entry["date"] = c.date.replace("-", "/")  # RIS DA is YYYY/MM/DD
        entry["year"] = c.date[:4]
    if c.section:
        entry["section"] = c.section
    if c.page:
        entry["start_page"] = c.page
    entry["language"] = "zh-CN"
    return entry


class _PlainRisWriter(rispy.RisWriter):
    """rispy's writer without its "1." counter line: each record starts with TY, as RIS readers expect."""

    def set_header(self, count: int) -> str:
        return ""


def ris(items: Iterable[Citation]) -> str:
    return rispy.dumps([ris_entry(c) for c in items], implementation=_PlainRisWriter)


# -- BibTeX -----------------------------------------------------------------------------------

_BIB_SPECIAL = re.compile(r"([\\{}%&$#_^~])")


# Spelled out, not `\{`: BibTeX and biber count every brace, escaped or not, to find a
# field's end, so `}}}{` in a headline ended the field early and `{` swallowed every
# later entry of the file.
_BIB_WORDS = {"\\": "\\textbackslash{}", "{": "\\textbraceleft{}", "}": "\\textbraceright{}"}


def _bib_text(text: str) -> str:
    r"""TeX specials in untrusted text escaped (\%, \textbraceleft{} ...); bibtexparser adds the outer braces."""
    return _BIB_SPECIAL.sub(lambda m: _BIB_WORDS.get(m.group(1), "\\" + m.group(1)), text)


def bib_entry(c: Citation) -> Entry:
    """biblatex's newspaper article: @article + entrysubtype = {newspaper}."""
    fields = [
        Field("entrysubtype", "newspaper"),
        Field("title", _bib_text(c.title)),
        Field("journal", NEWSPAPER),  # BibTeX's name ...
        Field("journaltitle", NEWSPAPER),  # ... and biblatex's
    ]
    if c.authors:
        # Each name braced: a Chinese name is one unit, never split into given/family.
        fields.append(Field("author", " and ".join("{" + _bib_text(a) + "}" for a in c.authors)))
    if c.date:
        fields += [Field("date", c.date), Field("year", c.date[:4])]
    if c.section:
        fields.append(Field("section", _bib_text(c.section)))
    if c.page:
        fields.append(Field("pages", _bib_text(c.page)))
    fields.append(Field("langid", "chinese"))
    return Entry("article", c.key, fields)


def bibtex(items: Iterable[Citation]) -> str:
    library = bibtexparser.Library([bib_entry(c) for c in items])
    return bibtexparser.write_string(library)


# -- one entry point ----------------------------------------------------------------------------


def render(items: list[Citation], fmt: str) -> str:
    """`items` in format `fmt` (one of FORMATS); GB/T 7714 is one reference a line.

    An article named twice is cited once (a reference list never repeats one).
    """
    items = list({c.key: c for c in items}.values())
    if fmt == "gbt7714":
        return plain("\n".join(gbt7714(c) for c in items) + ("\n" if items else ""))
    if fmt == "csl-json":
        return csl_json(items) + "\n"
    if fmt == "ris":
        return plain(ris(items))
    if fmt == "bibtex":
        return plain(bibtex(items))
    raise CitationError(f"unknown citation format: {fmt}")


# A collection's citation file, chosen by the extension the user typed.
FORMAT_BY_SUFFIX = {".ris": "ris", ".json": "csl-json", ".bib": "bibtex", ".txt": "gbt7714"}


def format_for_suffix(suffix: str) -> str:
    return FORMAT_BY_SUFFIX.get(suffix.lower(), "ris")


def with_citation(text: str, c: Citation) -> str:
    """A quotation followed by its GB/T 7714 reference: what "Copy with citation" copies."""
    return f"{text.strip()}\n——{gbt7714(c)}"
