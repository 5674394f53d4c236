"""A speech or a report printed in full: its speaker's line and the salutation it opens on.

The paper prints a leader's speech ('在全市经济工作会议上的讲话') or the
government's work report under the speaker's office and name
('市委书记　向某某', '代市长　陶某某') and over a salutation to the audience
('同志们：', '各位代表：'). The speaker's line is no headline (it had opened
an article of its own, or become the report's subtitle), and a text that
addresses its audience so is the document itself, not news about it.
Read by zzreader/core/lines.py (headlines) and zzreader/core/type_rules.py.
"""

from __future__ import annotations

import re

_OFFICE = (
    r"(?:[\u4e00-\u9fff]{0,8}?(?:党委|党组|省委|市委|县委|区委|政府|人大常委会|政协|委员会))?"
    r"(?:副|代|常务副)?(?:书记|常委|市长|县长|区长|主任|主席|部长|局长|院长|厅长|省长|镇长|乡长|校长|董事长|总经理)"
)
_SPEAKER = re.compile(rf"^{_OFFICE}(?:[、，,]\s*{_OFFICE})*[ \u3000]+[\u3400-\u9fff]{{2,3}}$|^{_OFFICE}[ \u3000]*[\u3400-\u9fff](?:[ \u3000][\u3400-\u9fff]){{1,2}}$")
# '同志们：', '各位代表：', '各位委员、同志们：', '女士们、先生们：': the speaker addresses the room
SALUTATION = re.compile(r"^(?:(?:各位)?(?:代表|委员|同志|来宾|嘉宾|朋友|同学|老师)们?[、，,]?)*(?:同志们|各位代表|各位委员|各位来宾|女士们、先生们|同学们|朋友们|老师们、同学们)[:：!！]$")


def is_speaker_line(text: str) -> bool:
    """'市委书记　向某某', '市长 陶某某': an office and a name, the line that credits a speech to its speaker."""
    return bool(_SPEAKER.match(text.strip()))


def addresses_audience(paragraphs: list[str], look: int = 4) -> bool:
    """One of the first paragraphs is a salutation to the room: the speech or report itself."""
    return any(SALUTATION.match(p.strip()) for p in paragraphs[:look])
