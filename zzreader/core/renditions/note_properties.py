"""A note app's page export: the title, then the page's properties as `Key: value` lines.

Notion exports a page as Markdown with its title as `# 标题` and, under it, one
line a property (`作者: …`, `来源: 株洲日报 2025年12月26日 A03版`,
`标签: 医疗, 天元区`, `Created: December 26, 2025 8:10 AM`). One `#` heading is
too little to call a file Markdown, and read as text the properties became the
story's first paragraphs. The block marks the export; its properties are the
app's chrome, except a credit (`作者: 株洲日报全媒体记者 钱程`), which is the byline.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .model import SourceLine

_PROPERTY = re.compile(r"^([^\s:：#>*\-][^:：]{0,19}): (\S.*)$")  # 'Created: December 26, 2025', '标签: 医疗'
MIN_PROPERTIES = 2
LOOK_LINES = 12


def _block(texts: list[str]) -> list[int]:
    """Indexes (into `texts`) of the properties right under a first '# ' title; empty when fewer than two."""
    body = [k for k, t in enumerate(texts[:LOOK_LINES]) if t.strip()]
    if not body or not texts[body[0]].startswith("# "):
        return []
    run: list[int] = []
    for k in body[1:]:
        if not _PROPERTY.match(texts[k]):
            break
        run.append(k)
    return run if len(run) >= MIN_PROPERTIES else []


def looks_like(raw_lines: list[str]) -> bool:
    """A '# ' title first, then two or more 'Key: value' properties in a row."""
    return bool(_block(raw_lines))


def chrome_lines(lines: list[SourceLine]) -> set[int]:
    """Line numbers of the properties that are no credit."""
    texts = [line.text for line in lines]
    return {lines[k].no for k in _block(texts) if (m := _PROPERTY.match(texts[k])) and parse_credit(m.group(2)) is None}
