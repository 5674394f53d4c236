"""A file zzreader wrote itself, or other data, offered to the import as a page of the paper.

`zzreader import` reads any file it is named, and a folder's `.md` and `.txt`
files. zzreader's own exports (articles as JSON Lines, CSV or Markdown, the
annotation and corrections files) were read as one more issue: an export of
the whole library became one "issue" of 57 articles from five days, each a
second copy of a stored one, found by every search; an export's JSON or CSV
became an article of raw data. Such a file is recognised by how it begins
and passed over with one line that says what it is (core/importer.py).
"""

from __future__ import annotations

import codecs
import json
import re

HEAD_CHARS = 4000  # enough for an export's header and its first entries
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?: · .*)?")
# (how it begins, "中文 / English" of what it is)
_CSV_HEADERS = (
    ("id,issue_date,issue_number,", "zzreader 导出的文章（CSV） / zzreader's own export of articles (CSV)"),
    ("id,issue_date,issue_source,", "zzreader 导出的批注（CSV） / zzreader's own export of annotations (CSV)"),
)
# core/article_export.py and core/export.py CSV_COLUMNS (tests/core/test_hostile_own_exports.py keeps them equal)
ARTICLE_COLUMNS = frozenset((
    "id", "issue_date", "issue_number", "section", "title", "subtitle", "type",
    "reporters", "correspondents", "photographers", "characters", "source", "revision", "text",
))  # fmt: skip
ANNOTATION_COLUMNS = frozenset((
    "id", "issue_date", "issue_source", "article_id", "article_seq", "article_title",
    "start", "end", "quote", "prefix", "suffix", "note", "color", "style", "tags",
    "anchor_state", "created", "modified",
))  # fmt: skip
_MD_TITLES = ("# 株洲日报批注", "# Zhuzhou Daily annotations")  # core/export.py
ANNOTATIONS_MD = "zzreader 导出的批注（Markdown） / zzreader's own export of annotations (Markdown)"
ARTICLES_MD = "zzreader 导出的文章（Markdown） / zzreader's own export of articles (Markdown)"
ARTICLES_JSONL = "zzreader 导出的文章（JSON Lines） / zzreader's own export of articles (JSON Lines)"
W3C = "批注文件（W3C JSON，用“导入批注”导入） / an annotation file (W3C JSON, for import-annotations)"
CORRECTIONS = "更正文件（用“导入更正”导入） / a corrections file (for import-corrections)"
JSON_DATA = "JSON 数据 / JSON data"
CITATIONS_RIS = "引文（RIS） / a list of citations (RIS)"
CITATIONS_BIBTEX = "引文（BibTeX） / a list of citations (BibTeX)"
CITATIONS_GBT = "引文（GB/T 7714） / a list of citations (GB/T 7714)"
_RIS = re.compile(r"TY  - ")
_RIS_LINE = re.compile(r"[A-Z][A-Z0-9]  -(?: |$)")
_BIBTEX = re.compile(r"@[A-Za-z]+\{[^,\s]+,\s*\n")
_GBT = re.compile(r"\[N\]\. .+, \d{4}-\d{2}-\d{2}")


def refusal(data: bytes) -> str | None:
    """The one line that says `data` is no page of the paper, or None."""
    what = kind(data)
    if what is None:
        return None
    zh, en = what.split(" / ", 1)
    return f"这是{zh}，不是报纸版面，未导入 / This is {en}, not a page of the paper; not imported"


def kind(data: bytes) -> str | None:
    """What `data` is when it is one of zzreader's exports or JSON data ("中文 / English"), else None."""
    head = _head(data)
    for start, what in _CSV_HEADERS:
        if head.startswith(start):
            return what
    if (edited := _edited_csv(head)) is not None:
        return edited
    if head.startswith(_MD_TITLES):
        return ANNOTATIONS_MD
    if head.startswith(("{", "[")):
        return _json_kind(data, head)
    if head.startswith("## ") and _articles_markdown(head):
        return ARTICLES_MD
    return _citations(head)


def _citations(head: str) -> str | None:
    """Citations as `zzreader cite` writes them (core/citations.py): RIS, BibTeX or GB/T 7714 lines."""
    lines = [line.strip() for line in head.split("\n") if line.strip()][:-1] or [head.strip()]  # the last may be cut
    if _RIS.match(head) and all(_RIS_LINE.match(line) for line in lines):
        return CITATIONS_RIS
    if _BIBTEX.match(head):
        return CITATIONS_BIBTEX
    if all(_GBT.search(line) for line in lines):
        return CITATIONS_GBT
    return None


def _head(data: bytes) -> str:
    """The first HEAD_CHARS characters: UTF-16 behind its mark (a spreadsheet's "Unicode text"), else UTF-8."""
    raw = data[: HEAD_CHARS * 4]
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    return raw.decode(encoding, "ignore")[:HEAD_CHARS].lstrip("\ufeff \t\r\n")


def _edited_csv(head: str) -> str | None:
    """An export whose columns a spreadsheet removed or moved: a first line of names, split by
    commas, tabs or semicolons, most of them (three at least) the columns of one of ours."""
    first = head.split("\n", 1)[0].strip()
    for sep in (",", "\t", ";"):
        names = [n.strip().strip('"') for n in first.split(sep)]
        if len(names) < 3:
            continue
        known, what = max((sum(n in columns for n in names), what)
                          for columns, (_, what) in zip((ARTICLE_COLUMNS, ANNOTATION_COLUMNS), _CSV_HEADERS, strict=True))
        if known >= 3 and known * 2 > len(names):
            return what
    return None


def _json_kind(data: bytes, head: str) -> str | None:
    if "zzreader-corrections" in head[:300]:
        return CORRECTIONS
    if "www.w3.org/ns/anno.jsonld" in head[:300]:
        return W3C
    first = head.split("\n", 1)[0]
    try:
        entry = json.loads(first)
    except ValueError:
        entry = None
    if isinstance(entry, dict) and {"id", "issue_date", "source", "text"} <= entry.keys():
        return ARTICLES_JSONL
    if entry is not None:
        return JSON_DATA  # one JSON value a line: no page of the paper reads so
    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # a page that merely starts with a bracket
        return None
    return JSON_DATA


def _articles_markdown(head: str) -> bool:
    """Articles as core/article_export.py writes them: `## title`, maybe `*subtitle*`, a line of
    particulars that starts with the day ('2020-04-28 · 周兴海'), the paragraphs and `---`."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    titles = [i for i, line in enumerate(lines) if line.startswith("## ")]
    if not titles or any(lines[i - 1] != "---" for i in titles[1:]):
        return False
    if len(titles) == 1 and "---" not in lines:
        return False
    return any(_dated(lines[i + 1 : i + 3]) for i in titles)


def _dated(after: list[str]) -> bool:
    if after and after[0].startswith("*") and after[0].endswith("*"):
        after = after[1:]  # the subtitle
    return bool(after) and _ISO_DAY.fullmatch(after[0]) is not None
