"""The comments the Founder (方正) 数字报 CMS leaves in a text copy of its pages.

Its article pages carry each story's properties in one comment above the title
(`<!--enpproperty <articleid>…</articleid><date>2026-10-14</date><author>株洲日报全媒体记者 苏 畅</author>
<title>…</title>…/enpproperty-->`) and mark the story's text with `<!--enpcontent-->` …
`<!--/enpcontent-->`; a scraper that strips tags but not comments keeps them
on lines of their own. The markers are chrome (`site_bars.is_bar`). The
property block's author is the story's writer: where the page prints no byline
between the title and the text (a picture story's credit often lives only
there), the block is read as the meta line `作者：…` it amounts to, which the
e-paper reading lifts under the title (`meta_first.py`).
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .model import SourceLine

COMMENT = re.compile(r"^<!--\s*/?(?:enpcontent|enpproperty\b.*?/enpproperty)\s*-->$|^</?founder-content>$", re.IGNORECASE)
_PROPERTY = "<!--enpproperty"
_FIELD = re.compile(r"<(author|date)>([^<]*)</\1>")
_DAY = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_TEXT_OPENS = "<!--enpcontent"


def is_comment(text: str) -> bool:
    bare = text.strip()
    return bare[:1] == "<" and len(bare) <= 4000 and bool(COMMENT.match(bare))


def rewrite(lines: list[SourceLine]) -> None:
    """A property block over a story that prints no byline of its own becomes its `作者：` meta line."""
    for k, line in enumerate(lines):
        if not line.text.lstrip().startswith(_PROPERTY) or not is_comment(line.text):
            continue
        author = " ".join(dict(_FIELD.findall(line.text)).get("author", "").split())
        if not author or parse_credit(author) is None or _prints_byline(lines, k + 1):
            continue
        line.source, line.text = line.text, f"作者：{author}"


def _prints_byline(lines: list[SourceLine], start: int) -> bool:
    """A byline between the property block and the story's text (the title, a kicker and a deck may come first)."""
    for line in lines[start:start + 6]:
        text = line.text.strip()
        if text.startswith(_TEXT_OPENS) or text.startswith(_PROPERTY):
            return False
        if len(text) <= 40 and parse_credit(text) is not None:
            return True
    return False


def day(lines: list[SourceLine]) -> str | None:
    """The first property block's date: the page's day."""
    for line in lines:
        text = line.source or line.text
        if text.lstrip().startswith(_PROPERTY) and is_comment(text) and (m := _DAY.match(dict(_FIELD.findall(text)).get("date", "").strip())):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None
