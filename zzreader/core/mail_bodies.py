"""A mail (a saved `.eml`, or a message in an `mbox` folder) whose text is in base64 or quoted-printable.

Archivists mail each other the day's page: the mail program encodes the text part
(`Content-Transfer-Encoding: base64`, or quoted-printable: `=E6=A0=AA=E6=B4=B2…`), often inside a
`multipart/mixed` message, the subject and names as encoded words (`=?GB2312?B?…?=`). Read as
text it holds no Chinese at all and was refused. The message's own header is kept (its encoded
words decoded, `Date:` among them; renditions/mail_quotes.py reads it), the text parts follow,
each decoded in the charset it names (GB2312 and GBK read as GB18030); an HTML part is taken only
when there is no plain one. A mail sent 8-bit (readable as it is) is left to the plain reading.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import re

WARNING = "已解码邮件正文（base64 或 quoted-printable） / Decoded the mail's text (base64 or quoted-printable)."
_MBOX_FROM = re.compile(rb"^From \S+ .*\d{4}\s*$")
_FIELD = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")
_ENCODED = re.compile(rb"(?im)^Content-Transfer-Encoding:\s*(?:base64|quoted-printable)\s*$")
_KEPT_FIELDS = ("Date", "From", "To", "Cc", "Subject")
MAX_HEAD = 16384


def looks_like(data: bytes) -> bool:
    """A mail header first (after an mbox 'From ' line), with a date and a sender, and a text part in base64 or QP."""
    head = data[:MAX_HEAD].lstrip(b"\r\n")
    first, _, rest = head.partition(b"\n")
    if _MBOX_FROM.match(first.rstrip(b"\r")):
        head, first = rest, rest.split(b"\n", 1)[0]
    if not _FIELD.match(first):
        return False
    header = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    fields = {line.split(b":", 1)[0].lower() for line in header.splitlines() if _FIELD.match(line)}
    return {b"date", b"from"} <= fields and _ENCODED.search(data) is not None


def text(data: bytes) -> str | None:
    """The mail's kept header fields, a blank line, then its text parts decoded; None if none decodes to text."""
    if _MBOX_FROM.match(data.lstrip(b"\r\n").split(b"\n", 1)[0].rstrip(b"\r")):
        data = data.lstrip(b"\r\n").split(b"\n", 1)[1]
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [part for part in message.walk() if not part.is_multipart() and part.get_content_maintype() == "text"]
        plain = [part for part in parts if part.get_content_subtype() == "plain"] or parts
        bodies = [_body(part) for part in plain if not part.get_filename()]
    except (ValueError, LookupError, TypeError, IndexError, AttributeError, RecursionError):
        return None
    bodies = [body for body in bodies if body and body.strip()]
    if not bodies:
        return None
    head = [f"{name}: {_header(message[name])}" for name in _KEPT_FIELDS if message[name]]
    return "\n".join(head) + "\n\n" + "\n\n".join(body.strip("\r\n") for body in bodies) + "\n"


def _body(part) -> str | None:
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return None
    charset = (part.get_content_charset() or "utf-8").lower()
    charset = "gb18030" if charset in ("gb2312", "gbk", "cp936", "x-gbk") else charset
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("utf-8", errors="replace")


def _header(value) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (LookupError, UnicodeDecodeError, ValueError):
        return str(value)
