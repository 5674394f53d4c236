"""Notes in Markdown: e-mail autolinks keep their target; unsafe targets still go."""

from __future__ import annotations

import html
import re

from zzreader.core.notes import render_note_html


def _links(page: str) -> list[tuple[str | None, str]]:
    """(href, shown text) of every link, as a browser would read them."""
    out = []
    for attrs, text in re.findall(r"<a([^>]*)>(.*?)</a>", page):
        href = re.search(r'href="([^"]*)"', attrs)
        out.append((html.unescape(href.group(1)) if href else None, html.unescape(text)))
    return out


def test_email_autolinks_keep_their_target():
    page = render_note_html("问询 <mailto:bianji@zzrb.cn> 或 <tougao@zzrb.cn>")
    assert _links(page) == [
        ("mailto:bianji@zzrb.cn", "bianji@zzrb.cn"),
        ("mailto:tougao@zzrb.cn", "tougao@zzrb.cn"),
    ]
    assert "\x02" not in page and "\x03" not in page


def test_other_links_are_as_before():
    page = render_note_html("[报社](https://www.zzrb.cn) [坏](javascript:alert(1)) [藏](&#106;avascript:alert(1))")
    assert _links(page) == [("https://www.zzrb.cn", "报社"), (None, "坏"), (None, "藏")]
