"""A short poem in a rendition with no blank lines stays one piece, its lines the poem's text.

A poem whose lines end on commas ('江水慢了，') opened no run of headline-like lines, so its lines
were glued into one paragraph and each unpunctuated line read as a headline of its own
(core/verse_lines.py `mark_poem_runs`).
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

POEM = ["七月的渌江", "□ 柳青岚", "江水慢了，", "慢成一支老歌", "岸边的樟树", "把影子铺到对岸，", "放牛的孩子", "在影子里睡着了"]
ESSAY = ["灶屋里的光", "文/龙婉清",
         "老屋的灶屋朝东，清晨第一缕光总是先落在那口大铁锅上，母亲在光里忙碌的身影，我记了几十年。",
         "后来搬进城里，厨房亮堂了，可我总觉得少了点什么。"]


def _pieces(issue):
    return [(a.title, a.type, a.reporters, len(a.paragraphs)) for a in issue.articles]


def test_a_poem_one_line_a_line_stays_one_piece():
    text = "\n".join(["株洲日报　2026年7月4日　星期六　B04　副刊", *POEM, *ESSAY]) + "\n"
    issue = parse_text(text, "a.txt")
    assert _pieces(issue) == [("七月的渌江", "other", ["柳青岚"], 6), ("灶屋里的光", "other", ["龙婉清"], 2)]


def test_a_poem_closing_a_pdf_page_keeps_its_last_line():
    text = "\n".join(["2026年7月4日 星期六 B04 副刊 责任编辑 柳青岚", *ESSAY[:2],
                      "　　老屋的灶屋朝东，清晨第一缕光总是先落",
                      "在那口大铁锅上，母亲在光里忙碌的身影，我",
                      "记了几十年。", *POEM]) + "\n"
    issue = parse_text(text, "a.txt")
    poem = issue.articles[-1]
    assert (poem.title, poem.paragraphs[-1]) == ("七月的渌江", "在影子里睡着了")
    assert not issue.unassigned or all("在影子里" not in u.text for u in issue.unassigned)
