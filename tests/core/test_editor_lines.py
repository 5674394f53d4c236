"""A line of editors' credits under a page header (core/lines.py): the page's editor, never a section."""

from __future__ import annotations

from zzreader.core.parse import parse_text

PDF_PAGE = """株洲日报 2025年8月21日 星期四 A05 民生
　　责任编辑 易某 美术编辑 罗某
　　高温天气里的“守路人”
　　株洲日报全媒体记者/罗某某 通讯员/
谢某 周某某
　　8月20日中午，地表温度接近
60℃。在株洲大道改造施工现场，
30多名养护工人正顶着烈日铺设沥
青。
　　“再热也得干，工期不等人。”
工人老刘擦了一把汗说，他们每天5
时30分上工，中午休息3个小时，
傍晚再干到天黑。
　　为保障工人安全，施工方调整了
作业时间，并在现场设置了2处临时
休息点，备足了绿豆汤和防暑药品。
　　我市新增3家“长者食堂”
　　株洲日报讯（记者 刘某）8月19
日，荷塘区月塘街道、石峰区响石岭
街道等地的3家“长者食堂”同时开
业，老年人用餐可享受8.5折优惠。
株洲日报 2025年8月21日 星期四 A05 民生
　　据了解，今年以来我市已建成“长
者食堂”47家，日均服务老人超过
3000人次。
"""


def test_credits_without_colons_name_the_editor_and_leave_the_section_alone():
    issue = parse_text(PDF_PAGE, "zzrb-2025-08-21.txt")
    assert [(a.title, a.section, a.editor) for a in issue.articles] == [
        ("高温天气里的“守路人”", "民生", "易某"),
        ("我市新增3家“长者食堂”", "民生", "易某"),
    ]


def test_a_headline_that_starts_with_the_word_editor_is_still_a_headline():
    text = "株洲日报\n2025年8月21日 星期四\n\n编辑手记三则\n\n株洲日报讯 8月20日，本报编辑部收到读者来信十余封。\n"
    issue = parse_text(text, "zzrb-2025-08-21.txt")
    assert [a.title for a in issue.articles] == ["编辑手记三则"]


BRACKETED_CLOSING = """株洲日报
2025年8月5日 星期二

荷塘夜市人气旺
本报记者 赵一凡

　　每到夜晚，荷塘区的夜市灯火通明，摊主们忙着招呼客人。
　　“生意比去年好多了。”摊主赵女士笑着说。
{line}
"""


def test_an_editor_line_in_brackets_after_a_story_names_the_editor_and_leaves_the_text():
    """'（责任编辑：陶　然）' closes a page as the bare line does; it was kept as the story's last paragraph."""
    for line, editor in (("（责任编辑：周小红）", "周小红"), ("（责任编辑：周小红　校对：何明）", "周小红"),
                         ("(编辑：周小红)", "周小红"), ("（责任编辑：陶　然）", "陶然")):
        issue = parse_text(BRACKETED_CLOSING.format(line=line), "p.txt")
        [article] = issue.articles
        assert (article.editor, article.paragraphs[-1]) == (editor, "“生意比去年好多了。”摊主赵女士笑着说。"), line
