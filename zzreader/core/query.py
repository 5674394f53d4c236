"""The search query language: a small lexer and a recursive-descent parser.

    株洲 医保            both terms (AND)
    "全力 以赴"          a phrase; spaces and punctuation inside match any run of them
    株洲 OR 湘潭         either; binds looser than AND; ( ) group
    -广告 / -type:ad     exclude
    title:医保           in the title or subtitle
    author:沈全华        reporter, correspondent or photographer (part of a name is enough)
    section:要闻  type:news  tag:待核实
    date:2024 / date:2024-12 / date:2024-12-05 / date:2024-01..2024-03
    gd*                  a Latin word starting with gd (Latin is case-insensitive)

A term matches wherever its characters stand together in the text, so
`二医院` finds 市二医院. The parser never fails on odd input the user could
mean something by (an unclosed quote or bracket, a dangling OR, stray FTS
syntax such as ^ or :); it raises QueryError only when there is nothing to
search for or a field value cannot be read (an unknown type, a bad date).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from zzreader.core.article_types import ARTICLE_TYPES
from zzreader.core.errors import ZZReaderError
from zzreader.core.textindex import index_tokens


class QueryError(ZZReaderError, ValueError):
    """A query that cannot be read; the message is bilingual and shown as is."""


# Field names, with the Chinese ones a user may type instead.
FIELDS = {
    "title": "title", "标题": "title",
    "author": "author", "作者": "author", "记者": "author",
    "section": "section", "栏目": "section", "版面": "section",
    "type": "type", "类型": "type",
    "tag": "tag", "标签": "tag",
    "note": "note", "批注": "note", "笔记": "note",
    "date": "date", "日期": "date",
}  # fmt: skip

TYPE_NAMES = {
    "新闻": "news", "消息": "news", "评论": "commentary", "通讯": "feature", "特稿": "feature",
    "公告": "notice", "通知": "notice", "广告": "ad", "图片": "caption", "图说": "caption",
    "表格": "table", "其他": "other",
}  # fmt: skip

# The name each type has in the interface's type box (resources/i18n/messages.json "type.*").
TYPE_LABELS_ZH = {
    "news": "消息", "commentary": "评论", "feature": "通讯", "notice": "公告",
    "ad": "广告", "caption": "图片", "table": "表格", "other": "其他",
}  # fmt: skip
# Bounds on one query (README "Hardening"): a pasted paragraph fits; a
# megabyte of brackets or ten thousand words is refused with a clear message
# before parsing, so it can neither recurse too deep nor plan a huge SQL.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 64
MAX_QUERY_DEPTH = 16

QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」"}
SPACE = re.compile(r"\s+")


# -- syntax tree --------------------------------------------------------------
class Term(NamedTuple):
    """Text that must occur: `tokens` is its index token list (never empty)."""

    text: str
    tokens: tuple[str, ...]
    prefix: bool = False  # `word*`: must start a Latin word
    title_only: bool = False  # title: (title or subtitle)


class Filter(NamedTuple):
    """A restriction on article metadata or annotations: author, section, type, tag, note or date."""

    field: str
    value: str
    date_from: str | None = None  # only for field == "date"
    date_to: str | None = None


class Not(NamedTuple):
    child: Node


class And(NamedTuple):
    children: tuple[Node, ...]


class Or(NamedTuple):
    children: tuple[Node, ...]


Node = Term | Filter | Not | And | Or


class Query(NamedTuple):
    """A parsed query: the tree plus the terms to mark in snippets."""

    text: str
    root: Node
    highlight: tuple[Term, ...] = ()


# -- lexer --------------------------------------------------------------------
class Tok(NamedTuple):
    kind: str  # WORD PHRASE FIELD OR AND LPAREN RPAREN
    text: str = ""
    neg: bool = False
    star: bool = False
    field: str = ""  # for FIELD: canonical field name; text is the value
    quoted: bool = False


def lex(text: str) -> list[Tok]:
    """Split a query into tokens; odd input gets the most literal reading."""
    toks: list[Tok] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c == "(":
            toks.append(Tok("LPAREN"))
            i += 1
            continue
        if c == ")":
            toks.append(Tok("RPAREN"))
            i += 1
            continue
        neg = False
        if c == "-" and i + 1 < n and not text[i + 1].isspace():
            neg, i = True, i + 1
            c = text[i]
            if c == "(":
                toks.append(Tok("LPAREN", neg=True))
                i += 1
                continue
        if c in QUOTES:
            body, i = _read_quoted(text, i)
            toks.append(Tok("PHRASE", body, neg=neg, quoted=True))
            continue
        word, i = _read_word(text, i)
        name, sep, value = _split_field(word)
        if sep and value == "" and i < n and text[i] == "(":
            group, i = _read_group(text, i)
            toks.extend(_field_group(name, group, neg))
            continue
        if sep:
            quoted = value == "" and i < n and text[i] in QUOTES
            if quoted:
                value, i = _read_quoted(text, i)
            elif value == "":
                value, i = _read_word(text, i)
            toks.append(Tok("FIELD", value, neg=neg, field=name, quoted=quoted))
            continue
        if word in ("OR", "|", "||") and not neg:
            toks.append(Tok("OR", word))
        elif word in ("AND", "&", "&&") and not neg:
            toks.append(Tok("AND", word))
        else:
            star = word.endswith("*") and len(word.rstrip("*")) > 0
            toks.append(Tok("WORD", word.rstrip("*") if star else word, neg=neg, star=star))
    return toks


def _read_group(text: str, i: int) -> tuple[str, int]:
    """The text inside the brackets opening at `i` (nested ones and quotes kept); an unclosed group runs to the end."""
    depth, j = 0, i
    while j < len(text):
        if text[j] in QUOTES:
            j = _read_quoted(text, j)[1]
            continue
        depth += {"(": 1, ")": -1}.get(text[j], 0)
        j += 1
        if depth == 0:
            return text[i + 1 : j - 1], j
    return text[i + 1 :], len(text)


def _field_group(name: str, group: str, neg: bool) -> list[Tok]:
    """`title:(a OR "b c")` as `(title:a OR title:"b c")`: the field applies to every
    word and phrase of the group, as in Lucene's field grouping."""
    out = [Tok("LPAREN", neg=neg)]
    for t in lex(group):
        if t.kind in ("WORD", "PHRASE"):
            value = t.text + "*" if t.star else t.text
            t = Tok("FIELD", value, neg=t.neg, field=name, quoted=t.kind == "PHRASE")
        out.append(t)
    out.append(Tok("RPAREN"))
    return out


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """A quoted phrase; an unclosed quote runs to the end of the query."""
    close = QUOTES[text[i]]
    end = text.find(close, i + 1)
    if text[i] in "“”":  # Chinese input methods mix up the two curly quotes
        ends = [e for e in (text.find("“", i + 1), text.find("”", i + 1)) if e >= 0]
        end = min(ends) if ends else -1
    if end < 0:
        return text[i + 1 :], len(text)
    return text[i + 1 : end], end + 1


def _read_word(text: str, i: int) -> tuple[str, int]:
    """A bare word runs to white space or a bracket; `field:` ends a word too,
    so that `title:"…"` can read its quoted value separately."""
    start = i
    while i < len(text) and not text[i].isspace() and text[i] not in "()":
        i += 1
        if text[i - 1] in ":：" and text[start : i - 1].lower() in FIELDS:
            break
    return text[start:i], i


def _split_field(word: str) -> tuple[str, bool, str]:
    for sep in (":", "："):
        name, found, value = word.partition(sep)
        if found and name.lower() in FIELDS:
            return FIELDS[name.lower()], True, value
    return "", False, word


# -- parser -------------------------------------------------------------------
class _Parser:
    """or := and ('OR' and)* ; and := unary+ ; unary := ['-'] atom ; atom := '(' or ')' | term | field"""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.pos = 0

    def peek(self) -> Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def parse(self) -> Node | None:
        nodes: list[Node] = []
        while self.peek() is not None:
            node = self.or_expr()
            if node is not None:
                nodes.append(node)
            if self.peek() is not None and self.peek().kind == "RPAREN":
                self.pos += 1  # a stray ")" closes nothing: skip it
        return _and(nodes)

    def or_expr(self) -> Node | None:
        branches: list[Node] = []
        while True:
            node = self.and_expr()
            if node is not None:
                branches.append(node)
            tok = self.peek()
            if tok is None or tok.kind != "OR":
                break
            self.pos += 1
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else Or(tuple(branches))

    def and_expr(self) -> Node | None:
        nodes: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "RPAREN"):
            self.pos += 1
            if tok.kind == "AND":
                continue
            if tok.kind == "LPAREN":
                inner = self.or_expr()
                if self.peek() is not None and self.peek().kind == "RPAREN":
                    self.pos += 1  # an unclosed "(" closes at the end
                node = inner
            else:
                node = _leaf(tok)
            if node is not None:
                nodes.append(Not(node) if tok.neg else node)
        return _and(nodes)


def _and(nodes: list[Node]) -> Node | None:
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else And(tuple(nodes))


def _leaf(tok: Tok) -> Node | None:
    if tok.kind in ("WORD", "PHRASE"):
        return _term(tok.text, prefix=tok.star)
    if tok.field == "title":
        value = tok.text
        star = not tok.quoted and value.endswith("*") and len(value.rstrip("*")) > 0
        return _term(value.rstrip("*") if star else value, prefix=star, title_only=True, field="title")
    return field_filter(tok.field, tok.text)


def _term(text: str, *, prefix: bool = False, title_only: bool = False, field: str = "") -> Term | None:
    tokens = tuple(index_tokens(text))
    if not tokens:
        if field:
            raise QueryError(
                f"{field}: 后面缺少可检索的字词 / {field}: needs a word to search for"
            )
        return None  # only punctuation (e.g. a lone * or ^): nothing to match
    return Term(text, tokens, prefix=prefix, title_only=title_only)


def field_filter(name: str, value: str) -> Filter:
    value = value.strip()
    if not value:
        raise QueryError(f"{name}: 后面缺少内容 / {name}: needs a value")
    if name == "type":
        low = value.lower()
        kind = TYPE_NAMES.get(value, low)
        if kind not in ARTICLE_TYPES:
            raise QueryError(
                f"未知的稿件类型 {value}，可用：{'、'.join(TYPE_LABELS_ZH[t] for t in ARTICLE_TYPES)} / "
                f"Unknown article type {value}; use one of {', '.join(ARTICLE_TYPES)}"
            )
        return Filter("type", kind)
    if name == "date":
        lo, hi = date_range(value)
        return Filter("date", value, lo, hi)
    if name == "author":
        value = SPACE.sub("", value)
    return Filter(name, value)


# Quote pairs the query language reads (QUOTES above), tried in turn.
_QUOTES = (('"', '"'), ("「", "」"), ("“", "”"))


def field_query(field: str, value: str) -> str:
    """`field:"value"` read back as exactly `value`: a stored name holding a quote, a bracket
    or a space (`要闻" OR 广告`) was read as more of the query, not as the name."""
    if field != "section" and value and not any(c.isspace() or c in '"「」“”():：' for c in value):
        return f"{field}:{value}"  # a plain name or date reads back bare: `author:谢嘉`
    for left, right in _QUOTES:
        if right not in value and (left == right or left not in value):
            return f"{field}:{left}{value}{right}"
    plain = "".join(" " if c in '"「」“”' else c for c in value)  # every quote in it: they go
    return f'{field}:"{plain}"'


# -- dates --------------------------------------------------------------------
# A pattern string: `re` compiles it (and caches it) with the first date filter,
# not at every start of the command line.
_DATE = r"^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?\s*$"


def date_bounds(value: str) -> tuple[str, str]:
    """First and last ISO day of `2024`, `2024-12` or `2024-12-05` (also 2024年12月5日)."""
    m = re.match(_DATE, value)
    if not m:
        raise QueryError(
            f"看不懂的日期 {value}，请写成 2024、2024-12 或 2024-12-05 / "
            f"Cannot read the date {value}; write 2024, 2024-12 or 2024-12-05"
        )
    import calendar  # with the first date filter, not with every start

    year = int(m[1])
    month = int(m[2]) if m[2] else None
    day = int(m[3]) if m[3] else None
    try:
        if not 1 <= year <= 9999:  # what a date can hold (year 0 does not exist)
            raise ValueError(year)
        if month is None:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        last = calendar.monthrange(year, month)[1]
        if day is None:
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        if not 1 <= day <= last:
            raise ValueError(day)
        return (f"{year:04d}-{month:02d}-{day:02d}",) * 2
    except (ValueError, calendar.IllegalMonthError):
        raise QueryError(f"日期不存在 {value} / No such date: {value}") from None


def range_bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """First and last ISO day of a from/to pair (either may be None); QueryError when the
    range is reversed: `--from 2026 --to 2020` or `date:2026..2020` found nothing, silently."""
    lo = date_bounds(date_from)[0] if date_from else None
    hi = date_bounds(date_to)[1] if date_to else None
    if lo is not None and hi is not None and lo > hi:
        raise QueryError(
            f"起始日期 {date_from} 晚于截止日期 {date_to} / The start date {date_from} is after the end date {date_to}"
        )
    return lo, hi


def date_range(value: str) -> tuple[str | None, str | None]:
    """`date:` values: one date or `from..to` with either side open."""
    if ".." in value:
        lo, _, hi = value.partition("..")
        return range_bounds(lo if lo.strip() else None, hi if hi.strip() else None)
    return date_bounds(value)


# -- entry point --------------------------------------------------------------
def parse(text: str) -> Query:
    """Parse a query string; raises QueryError when there is nothing to search."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"检索式太长（{len(text)} 字，最多 {MAX_QUERY_CHARS} 字） / The query is too long "
            f"({len(text)} characters, at most {MAX_QUERY_CHARS})"
        )
    toks = lex(text)
    _check_shape(toks)
    root = _Parser(toks).parse()
    if root is None and any(t.kind in ("OR", "AND") for t in toks):
        # Nothing but operators: the user is looking for the word itself.
        words = [Tok("WORD", t.text or t.kind) if t.kind in ("OR", "AND") else t for t in toks]
        root = _Parser(words).parse()
    if root is None:
        raise QueryError("请输入要检索的字词 / Please enter something to search for")
    if not _has_positive(root):
        raise QueryError(
            "只有排除条件，请再加一个要找的词 / Only exclusions: add something to search for"
        )
    return Query(text, root, tuple(_positive_terms(root)))


def _check_shape(toks: list[Tok]) -> None:
    """Refuse queries nested or long enough to exhaust the parser or the planner."""
    depth = deepest = 0
    for tok in toks:
        if tok.kind == "LPAREN":
            depth += 1
            deepest = max(deepest, depth)
        elif tok.kind == "RPAREN":
            depth = max(depth - 1, 0)
    if deepest > MAX_QUERY_DEPTH:
        raise QueryError(
            f"括号嵌套太深（{deepest} 层，最多 {MAX_QUERY_DEPTH} 层） / Brackets nested too deep "
            f"({deepest} levels, at most {MAX_QUERY_DEPTH})"
        )
    terms = sum(1 for t in toks if t.kind in ("WORD", "PHRASE", "FIELD"))
    if terms > MAX_QUERY_TERMS:
        raise QueryError(
            f"检索词太多（{terms} 个，最多 {MAX_QUERY_TERMS} 个） / Too many search words "
            f"({terms}, at most {MAX_QUERY_TERMS})"
        )


def _has_positive(node: Node) -> bool:
    if isinstance(node, (Term, Filter)):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_has_positive(c) for c in node.children)
    return all(_has_positive(c) for c in node.children)


def _positive_terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, (And, Or)):
        return [t for c in node.children for t in _positive_terms(c)]
    return []
