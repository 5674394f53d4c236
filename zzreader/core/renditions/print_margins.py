"""The header and footer a browser prints on every page, kept by a PDF's text extraction.

A page of the e-paper printed to PDF from a browser carries the browser's
margins on each sheet: the print time and the page's title on top
(`2025/12/21 08:15      株洲日报数字报-第A04版：经济`, `12/21/25, 8:15 AM  …`) and
its address with the sheet count at the foot (`https://…/node_4.htm    1/2`).
They are no one's text (chrome), and two of them mark the file as PDF text:
its paragraphs are wrapped at the sheet's width.
"""

from __future__ import annotations

import re

_HEADER = re.compile(
    r"^\s*(?:(?:19|20)\d{2}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}),?\s+(?:上午|下午)?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s{2,}\S.*)?$"
)
_FOOTER = re.compile(r"^\s*(?:https?://|file:///)\S+\s{2,}\d{1,3}\s*/\s*\d{1,3}\s*$")
MIN_MARGINS = 2


def is_margin(text: str) -> bool:
    """A browser's print header (time and title) or footer (address and sheet count)."""
    return bool(_HEADER.match(text) or _FOOTER.match(text))


def printed(raw_lines: list[str]) -> bool:
    """Two or more print margins: a browser's print to PDF, extracted as text."""
    count = 0
    for raw in raw_lines:
        if raw[:1] in " 0123456789hf" and is_margin(raw):
            count += 1
            if count >= MIN_MARGINS:
                return True
    return False
