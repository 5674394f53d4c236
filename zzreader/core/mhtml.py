"""A web page a browser saved as one file (`.mht`, `.mhtml`): the page inside it.

Browsers save an e-paper page with its style sheets and pictures as a MIME
archive: mail-like headers (`MIME-Version: 1.0`, `Content-Type: multipart/related`),
then parts, the page in quoted-printable or base64 ('<h1 class=3D"title">=E8=8D=B7…').
Read as text it holds no Chinese at all. The first `text/html` part is the page:
decoded from its transfer encoding, then read like any saved page (core/decode.py
finds its text encoding when the part names none or names a wrong one).
"""

from __future__ import annotations

import email
import email.policy
import re

from .errors import ParseError

WARNING = "已从 MHTML 网页存档中取出网页 / Read the web page out of an MHTML web archive (.mht)."
NO_PAGE = "这个 MHTML 网页存档中没有网页 / This MHTML web archive (.mht) holds no web page."
UNREADABLE = "无法读出这个 MHTML 网页存档 / The MHTML web archive (.mht) cannot be read."
# the archive's own headers, before its first blank line: a MIME version and a multipart type
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MIME_VERSION = re.compile(rb"(?im)^MIME-Version\s*:")
_MULTIPART = re.compile(rb"(?im)^Content-Type\s*:\s*multipart/related")
_HEADER_LINE = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]*\s*:.*|[ \t].*)$")
MAX_HEADER_BYTES = 8192


def looks_like(data: bytes) -> bool:
    """Mail-like headers only up to the first blank line, naming a MIME version and a multipart/related type."""
    head = data[:MAX_HEADER_BYTES]
    end = _HEADER_END.search(head)
    if end is None:
        return False
    header = head[: end.start()]
    if not (_MIME_VERSION.search(header) and _MULTIPART.search(header)):
        return False
    return all(_HEADER_LINE.match(line) for line in header.splitlines() if line.strip())


def page(data: bytes) -> tuple[bytes, str | None, str]:
    """The first web page of the archive, as bytes, the charset its part names (or None), and the
    address it was saved from (its part's `Content-Location`, else the archive's), or ''."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() in ("text/html", "application/xhtml+xml") and not part.is_multipart():
                body = part.get_payload(decode=True)
                if isinstance(body, bytes) and body.strip():
                    where = part.get("Content-Location") or message.get("Snapshot-Content-Location") or message.get("Content-Location") or ""
                    return body, part.get_content_charset(), str(where).strip() if str(where).strip().startswith("http") else ""
    except (ValueError, LookupError, TypeError, IndexError, AttributeError, RecursionError) as exc:
        raise ParseError(UNREADABLE) from exc
    raise ParseError(NO_PAGE)
