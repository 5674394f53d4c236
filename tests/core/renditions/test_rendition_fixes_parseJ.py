"""Focused checks for the repairs found with the tenth round of test issues (round J).

Two columns that alternate line by line, a whole HTML page on one line, OCR's
look-alike letters in dates and lines broken mid-sentence, a poem signed under
it, feed items that are only links, a TV guide, lines in two encodings, a
scrape's posting stamp, framed corrections, small ads one a line and a short
PDF page. Each test feeds a few lines of original text and asserts what a
reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core import mixed_encoding
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import interleaved, normalise, ocr_dates

S = "\u3000"

# --- 1. Columns interleaved line by line --------------------------------------------------------------------

_INTERLEAVED = [
    "株洲日报　2025年11月4日　星期二　A03　城事", "",
    "荷塘区新建口袋公园8个", "攸县高铁站完成改造",
    "株洲日报全媒体记者 贺　兰", "株洲日报全媒体记者 曹　宇",
    S * 2 + "今年以来，荷塘区利用闲置", S * 2 + "11月3日，攸县高铁站改造",
    "地块新建口袋公园8个，新增", "完成，候车面积扩大一倍。",
    "绿地面积2.4万平方米。", S * 2 + "改造后，车站新增母婴室",
    S * 2 + "公园均配有健身器材。", "和自助售票机6台。",
]


def test_columns_interleaved_line_by_line_are_read_column_by_column():
    issue = parse_text("\n".join(_INTERLEAVED), "x.txt")
    assert titles(issue) == ["荷塘区新建口袋公园8个", "攸县高铁站完成改造"]
    assert issue.articles[0].reporters == ["贺兰"] and issue.articles[1].reporters == ["曹宇"]
    assert issue.articles[0].paragraphs[0] == "今年以来，荷塘区利用闲置地块新建口袋公园8个，新增绿地面积2.4万平方米。"
    assert issue.articles[1].paragraphs[0] == "11月3日，攸县高铁站改造完成，候车面积扩大一倍。"
    assert issue.rendition == "pdf_text"
    assert_nothing_lost(issue)


def test_a_title_and_subtitle_over_two_bylines_in_order_stay_as_they_are():
    lines = ["株洲日报　2025年11月4日　星期二　A03　城事", "",
             "荷塘区新建口袋公园8个", "新增绿地面积2.4万平方米",
             "株洲日报全媒体记者 贺　兰", "株洲日报通讯员 曹　宇",
             S * 2 + "今年以来，荷塘区利用闲置地块新建", "口袋公园8个，均配有健身器材。",
             S * 2 + "下一步，该区还将建设街头", "绿地和社区运动场。"]
    assert interleaved.reorder(lines, []) is None


# --- 2. A whole page on one line ----------------------------------------------------------------------------


def test_an_html_page_on_one_line_is_read_as_markup():
    page = ("<html><head><meta charset=\"utf-8\"></head><body><div>株洲日报　2025年11月5日　星期三　A02　要闻</div>"
            "<h2>神农城举办菊花展</h2><p>株洲日报全媒体记者 万　青</p><p>　　11月4日，神农城菊花展开幕，展出菊花200余个品种。</p>"
            "<h2>石峰区新增停车位900个</h2><p>　　记者从石峰区城管局获悉，今年该区新增公共停车位900个。</p></body></html>")
    issue = parse_text(page, "x.txt")
    assert issue.rendition == "markup"
    assert titles(issue) == ["神农城举办菊花展", "石峰区新增停车位900个"]
    assert issue.articles[0].reporters == ["万青"] and issue.date == "2025-11-05"
    assert_nothing_lost(issue)


# --- 3. OCR's letters in dates ------------------------------------------------------------------------------


def test_look_alike_letters_in_a_date_are_read_as_figures():
    assert ocr_dates.fold("２O２５年１Ｏ月l3日")[0] == "２0２５年１０月13日"
    assert ocr_dates.fold("2O25年1O月13日 星期一")[1] == 2


def test_letters_without_figures_and_chinese_numerals_stay():
    text = "二〇二五年十月 IO日 MOOC课程 O型血 A05版 Model 3"
    assert ocr_dates.fold(text) == (text, 0)


def test_an_ocr_masthead_date_gives_the_issue_date():
    issue = parse_text("株洲日报　２０２５年１O月１３日　星期一　Ａ０５　民生\n\n社区食堂开业\n株洲日报通讯员 肖　雯\n　　近日，两家社区食堂开业。", "x.txt")
    assert issue.date == "2025-10-13" and titles(issue) == ["社区食堂开业"]


# --- 4. A poem signed under it ------------------------------------------------------------------------------

_POEM = ["株洲日报　2025年10月14日　星期二　A08　炎帝广场", "",
         "湘江夜渡", "", "船灯一盏一盏", "亮在水的中央", "", "对岸的人", "把名字喊得很长", "", "□ 陈　溪", "",
         "母亲的腌菜坛", "", "文/周立", "", S * 2 + "母亲的腌菜坛摆在灶屋的角落里，一摆就是三十年。"]


def test_a_poem_whose_poet_signs_under_it_is_one_piece():
    issue = parse_text("\n".join(_POEM), "x.txt")
    assert titles(issue) == ["湘江夜渡", "母亲的腌菜坛"]
    assert issue.articles[0].reporters == ["陈溪"] and issue.articles[0].type == "other"
    assert issue.articles[0].paragraphs[0].startswith("船灯一盏一盏")
    assert_nothing_lost(issue)


# --- 5. A feed whose items are only links -------------------------------------------------------------------

_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>株洲日报</title>
<item>
<title>渌口区新建农贸市场开业</title>
<link>https://news.example.cn/a/1.htm</link>
<pubDate>Mon, 03 Nov 2025 07:30:00 +0800</pubDate>
</item>
<item>
<title>株洲西站新增停车场</title>
<link>https://news.example.cn/a/2.htm</link>
<pubDate>Mon, 03 Nov 2025 07:30:00 +0800</pubDate>
</item>
</channel></rss>"""


def test_feed_items_without_a_description_are_articles_with_their_link():
    issue = parse_text(_FEED, "feed.xml")
    assert titles(issue) == ["渌口区新建农贸市场开业", "株洲西站新增停车场"]
    assert issue.articles[0].paragraphs == ["https://news.example.cn/a/1.htm"]
    assert [a.type for a in issue.articles] == ["news", "news"] and issue.date == "2025-11-03"
    assert_nothing_lost(issue)


# --- 6. A TV guide --------------------------------------------------------------------------------------------

_GUIDE = ["株洲日报　2025年11月6日　星期四　B04　分类广告", "",
          "电视节目", "株洲新闻综合频道", "18:30　株洲新闻联播", "19:00　今日株洲", "株洲公共频道", "18:00　百姓热线", "",
          "门面出租", S * 2 + "荷塘区新华路临街门面出租，面积60平方米。电话：138××××2231"]


def test_a_programme_listing_is_one_table_under_its_title():
    issue = parse_text("\n".join(_GUIDE), "x.txt")
    assert titles(issue) == ["电视节目", "门面出租"]
    assert issue.articles[0].type == "table" and issue.articles[1].type == "ad"
    assert "19:00\t今日株洲" in issue.articles[0].paragraphs[0]
    assert_nothing_lost(issue)


def test_two_timed_lines_in_a_report_stay_text():
    lines = ["株洲日报　2025年11月6日　星期四　A03　城事", "", "全民健身日活动安排", "株洲日报全媒体记者 罗　丹",
             S * 2 + "11月8日，全民健身日活动在神农城举行。", "9:00　开幕式", "10:00　健步走"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["全民健身日活动安排"] and issue.articles[0].type == "news"


# --- 7. Lines in two encodings ------------------------------------------------------------------------------

_HEAD = "株洲日报　2025年10月27日　星期一　A04　县域\r\n\r\n"
_GBK_PART = "茶陵新建游客中心\r\n株洲日报通讯员 谭　军\r\n　　近日，茶陵县云阳山游客中心建成开放。\r\n\r\n"
_UTF8_PART = "炎陵新增民宿120家\r\n株洲日报全媒体记者 刘　芳\r\n　　今年以来，炎陵县新增民宿120家。\r\n"


def test_a_gbk_file_with_utf8_lines_reads_both():
    issue = parse_bytes((_HEAD + _GBK_PART).encode("gbk") + _UTF8_PART.encode("utf-8"), "x.txt")
    assert titles(issue) == ["茶陵新建游客中心", "炎陵新增民宿120家"]
    assert issue.articles[1].reporters == ["刘芳"] and issue.encoding == "utf-8+gb18030"
    assert any("UTF-8" in w and "GB18030" in w for w in issue.warnings)


def test_a_utf8_file_with_a_gbk_paragraph_reads_both():
    text, utf8, gbk = mixed_encoding.decode_lines((_HEAD + _UTF8_PART).encode("utf-8") + _GBK_PART.encode("gbk"))
    assert "炎陵新增民宿120家" in text and "茶陵新建游客中心" in text and (utf8, gbk) == (4, 3)


def test_one_encoding_throughout_is_not_mixed():
    assert mixed_encoding.decode_lines((_HEAD + _GBK_PART).encode("gbk")) is None
    assert mixed_encoding.decode_lines((_HEAD + _UTF8_PART).encode("utf-8")) is None


# --- 8. A scrape's posting stamp under the byline -----------------------------------------------------------


def test_a_date_and_time_under_a_scrapes_byline_is_no_text():
    lines = ["当前位置：首页 › 株洲日报 › 2025-10-25 › 第A05版：经济", "上一篇：株洲服饰产业带亮相广交会", "下一篇：返回本版目录",
             "硬质合金企业新增专利", "株洲日报全媒体记者 单　亮", "2025-10-25 08:15:32", S * 2 + "今年以来，区内企业新增发明专利38件。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["硬质合金企业新增专利"] and issue.articles[0].reporters == ["单亮"]
    assert issue.articles[0].paragraphs == ["今年以来，区内企业新增发明专利38件。"] and issue.date == "2025-10-25"
    assert_nothing_lost(issue)


# --- 9. A continuation page on its own ----------------------------------------------------------------------


def test_a_page_that_opens_on_a_continuation_keeps_where_it_came_from():
    lines = ["株洲日报　2025年10月23日　星期四　A03　城事", "", "（上接A01版）", S * 2 + "下一步，我市将引进一批配套项目。", "",
             "河西新建人行天桥", "株洲日报全媒体记者 方　圆", S * 2 + "10月22日，天桥投入使用。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["", "河西新建人行天桥"]
    assert issue.articles[0].continued_from == "A01版" and issue.articles[0].type == "news"


# --- 10. OCR's broken lines, half-width marks and closing credits --------------------------------------------

_OCR = ["株洲日报  2025年1〇月3〇日  星期四  A03  城事", "",
        "荷塘区 完成 80户 适老化改造",
        "今年以来,荷塘区为辖区80户困难老年人家庭完成适老",
        "化改造,安装扶手等设施500余件.(记者 王 强)", "",
        "株洲西站 新增 充电桩",
        "10月29日,记者从株洲西站获悉,车站停车场新增充电桩12个,",
        "旅客充电更方便. 株洲日报全媒体记者 夏 雨"]


def test_ocr_lines_broken_mid_sentence_are_joined_and_their_credits_read():
    issue = parse_text("\n".join(_OCR), "x.txt")
    assert issue.date == "2025-10-30"
    assert [t.replace(" ", "") for t in titles(issue)] == ["荷塘区完成80户适老化改造", "株洲西站新增充电桩"]
    assert issue.articles[0].paragraphs == ["今年以来,荷塘区为辖区80户困难老年人家庭完成适老化改造,安装扶手等设施500余件."]
    assert issue.articles[0].reporters == ["王强"] and issue.articles[1].reporters == ["夏雨"]
    assert [a.type for a in issue.articles] == ["news", "news"] and issue.rendition == "pdf_text"
    assert_nothing_lost(issue)


def test_a_typeset_dumps_short_lines_and_columns_are_not_joined():
    lines = ["株洲日报　2026年6月20日　星期六", "", "超级歌声", "", "免费参赛,不收取任何费用", "直播全程,亲朋好友共同观赏", "",
             "遗失声明　　　　　　遗失声明", "株洲某某商贸有限公司遗失公章一枚,　　刘某某遗失学生证", "声明作废.　　　　　　　　一本,声明作废."]
    normalised = normalise(lines)
    texts = [line.text for line in normalised.lines]
    assert "免费参赛,不收取任何费用" in texts and "直播全程,亲朋好友共同观赏" in texts


def test_the_chinese_zero_among_figures_is_a_zero():
    assert ocr_dates.fold("2025年1〇月3○日")[0] == "2025年10月30日"


# --- 11. Small ads one a line, no blank lines -----------------------------------------------------------------


def test_a_short_page_of_small_ads_ending_on_phone_numbers_is_one_piece_a_line():
    lines = ["株洲日报　2025年11月6日　星期四　B03　分类广告", "招聘",
             "某物流公司招聘货车司机5名，月薪8000元以上。联系电话：0731-2866××××", "出租",
             "荷塘区写字楼一层，面积300平方米，可分租。联系电话：138××××6612", "寻物启事",
             "本人遗失黑色背包一个，拾到者请联系159××××0078，必有酬谢。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "single_newline"
    assert titles(issue) == ["招聘", "出租", "寻物启事"]
    assert [a.type for a in issue.articles] == ["ad", "ad", "notice"]
    assert_nothing_lost(issue)


# --- 12. Interleaved columns opened by leads; a masthead is no headline ---------------------------------------


def test_interleaved_columns_that_open_on_leads_are_read_column_by_column():
    lines = ["株洲日报　2025年11月10日　星期一　A04　县域", "",
             "醴陵新增陶瓷旅游线路", "茶陵新增停车位800个",
             S * 2 + "本报讯（记者 柯　南）11月9", S * 2 + "本报讯（通讯员 伍　思）今年",
             "日，醴陵市发布陶瓷旅游线路。", "以来，茶陵县新增停车位800个。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["醴陵新增陶瓷旅游线路", "茶陵新增停车位800个"]
    assert issue.articles[0].reporters == ["柯南"] and issue.articles[1].correspondents == ["伍思"]
    assert_nothing_lost(issue)


def test_a_masthead_over_a_headline_is_not_a_pair_of_columns():
    lines = ["2025年9月15日　星期一　A03　城事", "神农湖畔城市书房成打卡地", "\t文/图 全媒体记者 曹晓东",
             "\t9月14日是周末，城市书房里座无虚席。", "\t市民刘女士说，她每周都会来两三次。"]
    assert interleaved.reorder(lines, []) is None


# --- 13. An Atom feed of links; Markdown under one page title; a poem signed with a dash ----------------------


def test_atom_entries_with_only_a_link_are_separate_headlines():
    feed = "\n".join([
        '<feed xmlns="http://www.w3.org/2005/Atom">', "<title>株洲日报</title>",
        "<entry>", "<title>株洲开展燃气安全整治</title>", '<link href="https://news.example.cn/1.htm"/>',
        "<updated>2025-11-12T07:00:00+08:00</updated>", "</entry>",
        "<entry>", "<title>荷塘区新增3所幼儿园</title>", '<link href="https://news.example.cn/2.htm"/>',
        "<updated>2025-11-12T07:00:00+08:00</updated>", "</entry>", "</feed>"])
    issue = parse_text(feed, "feed.xml")
    assert titles(issue) == ["株洲开展燃气安全整治", "荷塘区新增3所幼儿园"]
    assert [a.type for a in issue.articles] == ["news", "news"] and issue.date == "2025-11-12"


_MD_POEM = ["# 株洲日报 2025年11月11日 星期二 A08 炎帝广场", "", "## 冬至前的湘江", "",
            "江面收起了涟漪", "水鸟贴着水飞", "", "岸边的柳树", "交给了风", "", "——聂　雨", "",
            "## 外公的竹椅", "", "文/卢小川", "", S * 2 + "外公有一把竹椅，是他年轻时亲手编的。"]


def test_markdown_under_one_page_title_with_a_poem_signed_after_a_dash():
    issue = parse_text("\n".join(_MD_POEM), "x.md")
    assert issue.rendition == "markup"
    assert titles(issue) == ["冬至前的湘江", "外公的竹椅"]
    assert issue.articles[0].reporters == ["聂雨"] and issue.articles[0].type == "other"
    assert_nothing_lost(issue)


def test_a_deck_under_a_title_is_no_signature():
    lines = ["株洲日报　2025年11月11日　星期二　A05　人物", "", "三十年守护一座桥", "", "——记桥梁养护工人", "",
             "株洲日报全媒体记者 罗　丹", S * 2 + "清晨六点，老罗已经站在桥下。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["三十年守护一座桥"] and issue.articles[0].reporters == ["罗丹"]


# --- 14. Framed corrections; a short PDF page whose paragraphs each wrap once ---------------------------------


def test_framed_corrections_after_a_report_are_notices_of_their_own():
    lines = ["株洲日报　2025年11月18日　星期二　A05　民生", "", "天元区新开社区巴士线路", "株洲日报全媒体记者 蔡　露",
             S * 2 + "11月17日，天元区新开3条社区巴士线路。", "", "【更正】", S * 2 + "本报11月14日A05版一文中，“20余名”应为“30余名”，特此更正。",
             "", "【勘误】", S * 2 + "本报11月17日A04版一文中，总投资应为3.5亿元。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["天元区新开社区巴士线路", "更正", "勘误"]
    assert [a.type for a in issue.articles] == ["news", "notice", "notice"]


def test_a_short_pdf_page_whose_indented_lines_all_run_on_is_pdf_text():
    lines = ["株洲日报　2025年1l月19日　星期三　Ａ03　城事", "株洲西站片区开发提速", "株洲日报全媒体记者 蒋　帆",
             S * 2 + "11月18日，记者从云龙示范区获悉，株洲西站片区", "今年新开工项目12个。",
             S * 2 + "目前，片区内的商业综合体已完成主体建设，预计", "明年上半年开业。",
             "市中心医院新院区开诊", "株洲日报通讯员 谢　安", S * 2 + "11月18日，市中心医院河西新院区开诊，开放床位", "800张。", ""]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text" and issue.date == "2025-11-19"
    assert titles(issue) == ["株洲西站片区开发提速", "市中心医院新院区开诊"]
    assert issue.articles[1].correspondents == ["谢安"] and issue.articles[0].correspondents == []
    assert issue.articles[0].paragraphs[0] == "11月18日，记者从云龙示范区获悉，株洲西站片区今年新开工项目12个。"
