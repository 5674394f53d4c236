"""A sentence cut by a PDF page's end goes on under the next page's running head.

pdftotext prints a page's last line, the page number, a form feed and the next
page's running head; the sentence the page cut ('……口袋公园建设是') goes on
in the first line of the next page, which the extraction may set in like a new
paragraph ('　　“一刻钟便民生活圈”的重要一环，…'). Read apart, the cut half stood
alone under the story and was taken for a headline over the rest. A reader
joins them: the half is no headline (a clause mark inside it, and it stops
mid-clause), and what opens the page is no story of its own (no lead, no byline).
"""

from __future__ import annotations

import re

from ..bylines import opens_lead, parse_credit

_CLAUSE = re.compile(r"[，,、；;]")  # not a colon: '责任编辑:胡某', '解锁周末新玩法:烟火气+拼搏劲' are no clauses
_ENDS = set("。！？!?…”’」』)）】》;；:：")  # a sentence or a quote ends, or a list is announced
_SHORT = 10  # the first line of a page's text: a headline is shorter or stands over a lead


def carries_on(prev: str, text: str) -> bool:
    """Across a page's running head: `prev` (the open paragraph) stops mid-clause and `text` carries its sentence on."""
    prev, text = prev.rstrip(), text.strip()
    if not prev or prev[-1] in _ENDS or not _CLAUSE.search(prev[-40:]):
        return False
    if len(text) < _SHORT or opens_lead(text) or parse_credit(text) is not None:
        return False
    return bool(_CLAUSE.search(text))  # a paragraph's first line has its clauses; a headline rarely does
