"""The issue date in the address of a saved e-paper page.

A scrape may keep no date but the page's own address (`本文网址：http://
epaper.zhuzhouwang.com/zzrb/html/2025-06/17/content_88321.htm`), and e-paper
systems put the issue date in the path: `2025-06/17`, `2025/06/17`,
`2025-06-17`, `20250617`. Only the page's own address counts: a line that is an
address alone or a labelled one (`本文网址：`, `原文链接：`, `URL:`), or an HTML
page's canonical link or `og:url`, Firefox Reader view's `reader-domain` link, or the mark a browser leaves on a page it saved
(`<!-- saved from url=(0071)http://… -->`); links to other pages (the day before, the
archive) may carry other dates, so they are never read, and two own addresses
with different dates give none.
"""

from __future__ import annotations

import datetime as dt
import re

_OWN = re.compile(
    r"^\s*(?:(?:本文|本页|原文|页面|来源)?(?:网址|链接|地址)|URL|url|Link)\s*[:：]?\s*(https?://\S+)\s*$"
    r"|^\s*(https?://\S+)\s*$"
    r"|<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->"
    r"|<link\b[^>]*\brel=[\"']canonical[\"'][^>]*\bhref=[\"']([^\"']+)"
    r"|<meta\b[^>]*\bproperty=[\"']og:url[\"'][^>]*\bcontent=[\"']([^\"']+)"
    r"|<a\b[^>]*\bclass=[\"'][^\"']*\breader-domain\b[^>]*\bhref=[\"']([^\"']+)"  # Firefox's Reader view names the page it shows
    r"|<a\b[^>]*\bhref=[\"']([^\"']+)[\"'][^>]*\bclass=[\"'][^\"']*\breader-domain\b"
    r"|<source-url>\s*(https?://[^<\s]+)\s*</source-url>"  # an Evernote note names the page it was clipped from (renditions/enex.py)
)
_PATH_DATE = re.compile(
    r"(?<![\d])((?:19|20)\d{2})(?:-(\d{2})/(\d{2})|/(\d{2})/(\d{2})|-(\d{2})-(\d{2})|(\d{2})(\d{2})(?=[/_.?#]|$))(?![\d])"
)


def _date_in(url: str) -> dt.date | None:
    path = url.split("://", 1)[-1].split("/", 1)[-1] if "/" in url else ""
    days = set()
    for m in _PATH_DATE.finditer(path):
        year = int(m.group(1))
        month, day = next((m.group(k), m.group(k + 1)) for k in (2, 4, 6, 8) if m.group(k))
        try:
            days.add(dt.date(year, int(month), int(day)))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def page_date(lines: list[str]) -> dt.date | None:
    """The date in the page's own address, when every own address gives the same one."""
    days = set()
    for line in lines:
        if "http" not in line:
            continue  # a cheap look first: most lines hold no address
        if (m := _OWN.search(line)) and (day := _date_in(next(g for g in m.groups() if g))):
            days.add(day)
    return days.pop() if len(days) == 1 else None


def address_date(url: str) -> dt.date | None:
    """The date in the address a saved page names as its own outside its text (an MHTML part's location)."""
    return _date_in(url.strip())
