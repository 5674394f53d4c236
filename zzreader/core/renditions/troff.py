"""A page in troff's man macros (`.TH`, `.SH`, `.PP`): the source, read line for line as the Markdown it stands for.

An archivist who reads the paper in a terminal keeps pages as man pages: `.TH 株洲日报 7
"2026-12-24" "株洲日报社" "A03 城事"` names the page and its day, each story is a `.SH` section
with `.B` over its byline and `.PP` before each paragraph, and escapes stand for marks (`\\(em`,
`\\fB…\\fR`). Read raw, the requests hid every headline and the page had no date. Each line is
rewritten in place, as Org-mode's are (renditions/org_mode.py): `.TH` the page's `#` title with its
day and its manual's name (the page), `.SH` a `##` heading, `.SS` a `###` one, a `.B`/`.I` line its words, requests with no text
and comments empty tags kept visible as unassigned.
"""

from __future__ import annotations

import re
import shlex

from .feeds import EMPTY

_REQUEST = re.compile(r"^[.'](\\\"|[A-Za-z]{1,3})\s*(.*)$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ESCAPES = {r"\(em": "—", r"\(en": "–", r"\(lq": "“", r"\(rq": "”", r"\(oq": "‘", r"\(cq": "’", r"\(bu": "•",
            r"\-": "-", r"\e": "\\", r"\ ": " ", r"\&": "", r"\~": " ", r"\|": "", r"\^": ""}
_ESCAPE = re.compile("|".join(re.escape(e) for e in _ESCAPES) + r"|\\f(?:\(..|\[[^\]]*\]|.)|\\s[+-]?\d")
_TEXT_REQUESTS = {"B", "I", "BR", "RB", "BI", "IB", "IR", "RI", "SM", "SB"}
MIN_REQUESTS = 3


def looks_like(texts: list[str]) -> bool:
    """A `.TH` title line and three or more `.SH`/`.PP` requests."""
    head = texts[:100]
    titled = any(t.startswith(".TH ") for t in head)
    return titled and sum(1 for t in texts if t.startswith((".SH", ".PP", ".LP", ".P\n"))) >= MIN_REQUESTS


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as Markdown, line for line; no date of its own) for a man page, else None."""
    if not looks_like(texts):
        return None
    out = [_line(text) for text in texts]
    warnings.append("已按 man 手册页（troff）读取 / Read a man page (troff source).")
    return out, None


def _line(text: str) -> str:
    m = _REQUEST.match(text.strip())
    if m is None:
        return _inline(text) if text.strip() else text
    name, rest = m.group(1), m.group(2)
    if name == "TH":
        args = _args(rest)  # title, section, day, source, manual: the source is no part of the page's name
        return "# " + "\u3000".join(_day(arg) for k, arg in enumerate(args) if k in (0, 2, 4) and arg)
    if name in ("SH", "SS"):
        words = _inline(" ".join(_args(rest)))
        return ("## " if name == "SH" else "### ") + words if words else EMPTY
    if name in _TEXT_REQUESTS:
        return _inline(" ".join(_args(rest))) or EMPTY
    return EMPTY  # '.PP', '.br', '.RS', a '.\\"' comment: no text of the page


def _args(rest: str) -> list[str]:
    try:
        return shlex.split(rest)
    except ValueError:
        return rest.split()


def _day(arg: str) -> str:
    """'2026-12-24' as '2026年12月24日', the way the paper prints a day."""
    m = _ISO_DAY.match(arg)
    return f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日" if m else arg


def _inline(text: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), ""), text).strip()
