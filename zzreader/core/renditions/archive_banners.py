"""What a web archive, a search engine's cache, a translation proxy or a page saver puts round a saved page.

Readers rescue e-paper pages the site no longer serves from the Wayback
Machine, archive.today, Google's and Baidu's caches, or read them through
Google Translate, and save them with SingleFile. Each adds its own lines:
the Wayback toolbar (`The Wayback Machine - https://web.archive.org/…`,
`47 captures`, `24 Oct 2026 - 18 Nov 2026`, `COLLECTED BY`, `TIMESTAMPS`),
a cache's notice (`这是 Google 对 … 的缓存。…的快照。`, `百度快照`, `您查询的
关键词是：…`), the translator's bar (`Google 翻译`, `原文`, `翻译自：…`) and the
saver's stamp (`Page saved with SingleFile`, `saved date: …`). They are no
one's text, and the days they give are the day of the capture, never the
issue's: they go to `unassigned`, and `is_stamp` keeps them out of the
masthead's date (`zzreader/core/dates.py`).
"""

from __future__ import annotations

import re

from .model import SourceLine

# an archive's, a cache's or a translation proxy's address alone on its line
_ADDRESS = re.compile(
    r"^\s*(?:https?://)?(?:web\.archive\.org/web/|archive\.(?:ph|today|is|li|md|vn)/|webcache\.googleusercontent\.com/"
    r"|cache\.baiducontent\.com/|[\w.-]+\.translate\.goog/)\S*\s*$", re.I)
_LINES = re.compile(
    r"^\s*(?:"
    r"The Wayback Machine\s*-\s*\S+"  # the toolbar's head as a text copy keeps it
    r"|\d[\d,]* captures?"
    r"|\d{1,2} [A-Z][a-z]{2} \d{4}\s*-\s*\d{1,2} [A-Z][a-z]{2} \d{4}"  # '24 Oct 2026 - 18 Nov 2026': the captures' span
    r"|About this capture|COLLECTED BY|TIMESTAMPS|Collection:.{0,80}|Organization:.{0,80}"
    r"|These crawls are part of an effort to archive pages.*"
    r"|(?:这是 ?Google ?对|This is Google's cache of).{0,300}(?:快照|snapshot).*"
    r"|完整版本\s*纯文字版本\s*查看源代码|Full version\s*Text-only version\s*View source"
    r"|提示：要在此页面上快速找到您的搜索字词.*|Tip: To quickly find your search term on this page.*"
    r"|百度快照|您查询的关键词是[:：].*|[(（]?百度和网页.{0,200}的作者无关.*|快照时间[:：].{0,40}"
    r"|archive\.today\s*webpage capture|Saved from\b.{0,200}|All snapshots from host\b.{0,80}"
    r"|Page saved with SingleFile|saved date:.{0,80}|url:\s*https?://\S+"
    r"|FILE ARCHIVED ON .{0,80}|INTERNET ARCHIVE ON .{0,40}"
    r"|Google ?翻[译譯]|翻[译譯]自[:：].{0,20}|翻[译譯]成[:：].{0,20}"
    r")\s*$"
)
# the Wayback toolbar copied as text: its month, day and year rows ('OCT\tNOV\tDEC', '2025\t2026\t2027'), 'loading'
# (each run of spaces read once: split between a row's gap and its end, 'OCT' and 8,000 spaces took 0.4 s, growing with the square)
_TOOLBAR_ROW = re.compile(r"^\s*+(?:(?:[A-Z]{3}|\d{1,4})(?:\s++|$)){1,3}\s*$|^\s*+(?:success|fail|loading)\s*$")
# the translator's two buttons, alone on their lines only under its bar
_TRANSLATE_BUTTON = re.compile(r"^\s*(?:原文|翻[译譯]|Original text|Translation)\s*$")
TOOLBAR_SPAN = 30  # lines from the toolbar's head to its last line

_TOOLBAR_OPEN = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->", re.I)
_TOOLBAR_CLOSE = re.compile(r"<!--\s*END WAYBACK TOOLBAR INSERT\s*-->", re.I)


def is_stamp(text: str) -> bool:
    """An archive's, cache's, translator's or saver's own line: its day is the capture's, not the issue's."""
    text = text.strip()
    return bool(text) and bool(_LINES.match(text) or _ADDRESS.match(text))


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """The banners' lines out of the text, to `furniture`; the Wayback toolbar's rows only between its head and its
    last line, the translator's buttons only under its bar."""
    if not any(is_stamp(line.text) for line in lines[:80]):
        return  # a cheap look first: banners stand at the top of a saved page
    toolbar_end = _toolbar_end(lines)
    translated = False
    dropped: set[int] = set()
    for k, line in enumerate(lines):
        text = line.text
        if is_stamp(text) or k <= toolbar_end and _TOOLBAR_ROW.match(text) or translated and _TRANSLATE_BUTTON.match(text):
            dropped.add(id(line))
            translated = translated or "翻" in text or ".translate.goog" in text
    if not dropped:
        return
    furniture.extend(line for line in lines if id(line) in dropped)
    lines[:] = [line for line in lines if id(line) not in dropped]
    warnings.append(f"已移除 {len(dropped)} 行网页存档、快照或翻译的标记 / Dropped {len(dropped)} line(s) a web archive, "
                    "a cache, a translator or a page saver added.")


def _toolbar_end(lines: list[SourceLine]) -> int:
    """The index of the Wayback toolbar's last line ('TIMESTAMPS', 'loading'), -1 without a toolbar."""
    head = next((k for k, line in enumerate(lines[:40]) if line.text.lstrip().startswith("The Wayback Machine")), -1)
    if head < 0:
        return -1
    ends = [k for k in range(head, min(head + TOOLBAR_SPAN, len(lines)))
            if lines[k].text.strip() in ("TIMESTAMPS", "loading")]
    return max(ends, default=head)


def drop_toolbar(lines: list[SourceLine], furniture: list[SourceLine]) -> None:
    """A saved Wayback page's toolbar: every line from `<!-- BEGIN WAYBACK TOOLBAR INSERT -->` to its END comment."""
    start = next((k for k, line in enumerate(lines) if _TOOLBAR_OPEN.search(line.text)), -1)
    if start < 0:
        return
    end = next((k for k in range(start, len(lines)) if _TOOLBAR_CLOSE.search(lines[k].text)), -1)
    if end < 0:
        return
    furniture.extend(lines[start:end + 1])
    del lines[start:end + 1]
