"""E-paper pages scraped through an English interface: `Source:`, `Author:`, `Date:`, `Page A05: 文体`.

Some scrapers (and the English version of the e-paper site) label a page's
fields in English: `Zhuzhou Daily 株洲日报 | Page A05: 文体`, `Source: 株洲日报
Author: 记者 某某 Date: 2025-09-09`, `[Print] [Close]`. Each label is read as
the Chinese one the e-paper reading knows (`来源：`, `作者：`, `发布时间：`,
`第A05版：`, `【打印】`), line for line, so line numbers stay. Only a file with
two such labels or more is rewritten: an English word in an article stays.
"""

from __future__ import annotations

import re

def _label(*words: str) -> str:
    """A label as a page prints it: capitalised or in capitals ('Source', 'SOURCE'), never a lower-case YAML key."""
    return "(?:" + "|".join(f"{w}|{w.upper()}" for w in words) + ")"


_FIELDS = (
    (re.compile(r"^\s*(?:Zhuzhou|ZHUZHOU)\s+(?:Daily|DAILY)\s*(?:株洲日报)?"), "株洲日报"),
    (re.compile(rf"\b{_label('Source', 'From')}\s*[:：]\s*"), "来源："),
    (re.compile(rf"\b{_label('Author', 'Authors', 'Reporter', 'Reporters', 'Writer', 'By')}\s*[:：]\s*"), "作者："),
    (re.compile(rf"\b{_label('Date', 'Published', 'Publish Date', 'Published Date', 'Release Date')}\s*[:：]\s*"), "发布时间："),
    (re.compile(rf"\b{_label('Editor')}\s*[:：]\s*"), "编辑："),
    (re.compile(rf"\b{_label('Page')}\s*([A-Za-z]?\d{{1,2}})\s*[:：]\s*"), r"第\1版："),
    (re.compile(r"\[\s*(?:Print|PRINT)\s*\]"), "【打印】"),
    (re.compile(r"\[\s*(?:Close|CLOSE)\s*\]"), "【关闭】"),
)
_ANY = re.compile(
    rf"\b{_label('Source', 'From', 'Author', 'Authors', 'Reporter', 'Reporters', 'Writer', 'By', 'Date', 'Published', 'Editor')}\s*[:：]"
    rf"|\b{_label('Page')}\s*[A-Za-z]?\d{{1,2}}\s*[:：]|\[\s*(?:Print|Close|PRINT|CLOSE)\s*\]"
)
_HINT = re.compile(r"[A-Za-z]\s?[:：\]]")  # a letter right before a colon or a bracket: every label has one
MIN_LABELS = 2


_MONTHS = {m: k for k, names in enumerate((("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
                                          ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
                                          ("September", "Sep", "Sept"), ("October", "Oct"), ("November", "Nov"),
                                          ("December", "Dec")), start=1) for m in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# 'September 29, 2025', 'Sep. 29 2025', '29 September 2025': a date as the English interface prints it
_EN_DATE = re.compile(rf"\b(?:({_MONTH})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d{{2}})|(\d{{1,2}})\s+({_MONTH})\.?,?\s+((?:19|20)\d{{2}}))\b")


# '07/17/2025' after a date label: month first (the interface's way) or day first, read only when one order is a real day
_SLASHED = re.compile(r"(?<=发布时间：)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")


def _slashed(m: re.Match) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    readings = {(month, day) for month, day in ((a, b), (b, a)) if 1 <= month <= 12 and 1 <= day <= 31}
    if len(readings) != 1:
        return m.group(0)  # '07/05/2025': 7 May or July 5, no way to tell
    month, day = readings.pop()
    return f"{m.group(3)}-{month:02d}-{day:02d}"


def _figures(m: re.Match) -> str:
    month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    return f"{year}-{_MONTHS[month]:02d}-{int(day):02d}"


def iso_date(text: str) -> str | None:
    """The first English date in `text` ('July 17, 2025 8:41 AM') as '2025-07-17', or None."""
    return _figures(m) if (m := _EN_DATE.search(text)) else None


def rewrite(texts: list[str], warnings: list[str]) -> list[str] | None:
    """The lines with their English field labels in Chinese, or None when the file has fewer than two."""
    if texts and texts[0].strip() == "---":
        return None  # YAML front matter: its keys are the export's, read by the Markdown reading
    joined = "\n".join(texts)
    if not _HINT.search(joined) or len(_ANY.findall(joined)) < MIN_LABELS:
        return None  # one search over the whole file: most files hold no English label at all
    out = []
    changed = 0
    for text in texts:
        new = text
        if re.search(r"[A-Za-z]", text):
            for pattern, label in _FIELDS:
                new = pattern.sub(label, new)
            new = _SLASHED.sub(_slashed, _EN_DATE.sub(_figures, new))
        changed += new != text
        out.append(new)
    if not changed:
        return None
    warnings.append(f"已将 {changed} 行英文栏目标签读作中文 / Read English field labels on {changed} line(s) as the Chinese ones.")
    return out
