"""A notice's signer and date set as small headings in an export stay the notice's last lines.

Web editors right-align a signature by making it a heading (`<h4>`, `<h5 style="text-align:right">`,
Markdown `####`); read as headings, the date became the next notice's kicker and the last one fell out
of its notice (core/renditions/heading_signers.py).
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

TEXT_1 = "因燃气管道迁改，定于2026年7月3日9时至17时，对人民路沿线用户暂停供气，请用户提前关闭阀门。"
TEXT_2 = "株洲市某某电子科技有限公司经股东会决议，注册资本由800万元减至300万元，请债权人见报之日起45日内申报债权。"


def _tails(issue) -> list[tuple[str, str, list[str]]]:
    return [(a.kicker, a.title, a.paragraphs[-2:]) for a in issue.articles]


def test_markdown_signers_set_as_headings_stay_in_their_notices():
    text = (f"# 株洲日报 2026年7月1日 星期三\n\n## 停气公告\n\n{TEXT_1}\n\n#### 株洲市某某燃气有限公司\n\n#### 2026年6月30日\n\n"
            f"## 减资公告\n\n{TEXT_2}\n\n##### 株洲市某某电子科技有限公司\n##### 2026年6月30日\n")
    issue = parse_text(text, "a.md")
    assert _tails(issue) == [
        ("", "停气公告", ["株洲市某某燃气有限公司", "2026年6月30日"]),
        ("", "减资公告", ["株洲市某某电子科技有限公司", "2026年6月30日"]),
    ]
    assert [u.line_start for u in issue.unassigned] == [1]  # only the masthead


def test_html_signers_set_as_small_headings_stay_in_their_notices():
    text = ("<p>株洲日报　2026年7月1日　星期三</p>\n"
            f"<h2>停气公告</h2>\n<p>{TEXT_1}</p>\n<h4 style=\"text-align:right\">株洲市某某燃气有限公司</h4>\n"
            "<h4 style=\"text-align:right\">2026年6月30日</h4>\n"
            f"<h2>减资公告</h2>\n<p>{TEXT_2}</p>\n<h5>株洲市某某电子科技有限公司</h5>\n<h5>二〇二六年六月三十日</h5>\n")
    issue = parse_text(text, "a.html")
    assert _tails(issue) == [
        ("", "停气公告", ["株洲市某某燃气有限公司", "2026年6月30日"]),
        ("", "减资公告", ["株洲市某某电子科技有限公司", "二〇二六年六月三十日"]),
    ]
