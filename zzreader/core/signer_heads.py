"""A notice's issuer set as a line of its own under its text, in a dump that gives every line a gap.

'温馨提示' over one paragraph and '株洲市公共交通集团有限公司' is a notice the
company signs, not a box of the story above. With blank lines the name joins
the paragraph over it; without them (every line a paragraph, or a blank after
every line) the classifier reads the short name as a headline, so the text
under the label looks unsigned. Read by zzreader/core/headline_runs.py.
"""

from __future__ import annotations

from .lines import DATE_ONLY, Line
from .notice_lines import SIGNER

SIGNER_MAX = 30  # characters: a body's name, not a headline that happens to end on '…中心'


def issuer_below(lines: list[Line], j: int, ahead: list[str]) -> str:
    """The issuer's name set as a 'heading' right under the text lines `ahead` (from index `j`), or ''.

    Only when nothing but the end of the page, a staff line or another headline
    follows it: a name over text of its own heads that text.
    """
    k = j + len(ahead)
    if not ahead or k >= len(lines) or lines[k].kind != "heading":
        return ""
    name = lines[k].text.strip()
    if len(name) > SIGNER_MAX or not SIGNER.search(name):
        return ""
    after = lines[k + 1] if k + 1 < len(lines) else None
    return name if after is None or after.kind in ("editor", "heading") else ""


def signed_and_dated(ahead: list[str]) -> bool:
    """The text under a headline closes on an issuer's name and the signing day ('市公安局交警支队' / '2026年5月2日').

    A reminder the police or a company sign and date is a notice of its own,
    not a sub-heading of the signed report above it.
    """
    if len(ahead) < 3 or not DATE_ONLY.match(ahead[-1].strip()):
        return False
    name = ahead[-2].strip()
    return len(name) <= SIGNER_MAX and bool(SIGNER.search(name))


def cosigned(nxt: Line | None, after: Line | None) -> bool:
    """A second body's name under the first, then the signing day ('株洲某某电子有限公司', '2025年3月24日').

    The two bodies that merge sign the notice together: the name over them is
    the first signer, not the headline of a next ad that the second name opens.
    """
    if nxt is None or after is None or nxt.kind not in ("p", "heading"):
        return False
    name = nxt.text.strip()
    return len(name) <= SIGNER_MAX and bool(SIGNER.search(name)) and bool(DATE_ONLY.match(after.text.strip()))


def every_line_parted(lines: list[Line]) -> bool:
    """A blank line over every line but the first (a web copy that makes each line a paragraph of its own)."""
    return len(lines) > 2 and all(line.gap >= 1 for line in lines[1:])
