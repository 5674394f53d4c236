"""A web archive's WARC file (`.warc`, as Heritrix or wget write it): the pages its records hold.

A crawl of the e-paper keeps each page in a `response` record: the record's header (`WARC/1.0`,
`WARC-Type:`, `WARC-Target-URI:`, `WARC-Date:`, … up to a blank line), the server's HTTP
header (`HTTP/1.1 200 OK`, `Content-Type:`, …), then the page's HTML; a `warcinfo` record
describes the crawl, `request` and `metadata` records the crawler's own traffic. Read as a page,
the headers and the crawl's description became an untitled article. The headers and every
record that holds no page become empty tags kept visible as unassigned, line for line; the
pages' HTML is read as any saved page (renditions/markup.py).
"""

from __future__ import annotations

import re

from .feeds import EMPTY

_RECORD = re.compile(r"^WARC/1\.\d\s*$")
_TYPE = re.compile(r"^WARC-Type:\s*(\S+)", re.IGNORECASE)
_HTTP = re.compile(r"^HTTP/\d(?:\.\d)?\s+\d{3}\b")
_FIELD = re.compile(r"^[A-Za-z][\w-]*:")
_PAGES = ("response", "resource", "conversion")
MIN_RECORDS = 1


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines with the records' and the server's headers and the crawler's own records as empty tags; no date), or None."""
    first = next((t for t in texts[:20] if t.strip()), "")  # blank lines a copy added above the first record
    if not _RECORD.match(first.lstrip("\ufeff")) or not any(_TYPE.match(t) for t in texts[:50]):
        return None
    out: list[str] = []
    state, kind, records, http_seen = "payload", "", 0, False  # state: 'record' header, 'http' header, 'skip', 'payload'
    for text in texts:
        filled = bool(text.strip())
        if _RECORD.match(text.lstrip("\ufeff")):
            state, kind, records, http_seen = "record", "", records + 1, False
        elif state == "record":
            kind = m.group(1).lower() if (m := _TYPE.match(text)) else kind
            if not filled:
                state = "http" if kind in _PAGES else "skip"
        elif state == "http" and filled and (_HTTP.match(text) or (http_seen and _FIELD.match(text))):
            http_seen = True
        elif state == "http":
            state = "payload" if filled or http_seen else "http"  # a 'resource' record holds the page at once
        out.append(EMPTY if filled and state != "payload" else text)
    if records < MIN_RECORDS:
        return None
    warnings.append(f"已按 WARC 网页存档读取 {records} 条记录，记录头和抓取信息不算正文 / Read a WARC web archive of "
                    f"{records} record(s): its headers and the crawl's own records are no text.")
    return out, None
