"""Focused checks for parser round AF: a page rewritten without its blank lines or without its indents reads the same.

tests/bench/bench_rendition_variants.py drops every blank line (`no_blank_lines`) or every line's leading blanks
(`no_indents`) from each test issue; a reader still sees the same stories. Each test feeds original text in one
such form (and, where it makes sense, the form with blank lines and indents) and asserts titles and bylines.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import bare_heads
from zzreader.core.text_width import width

# --- a. two columns interleaved line by line, no blank line under the masthead ---

_INTERLEAVED = (
    "株洲日报　2026年3月2日　星期一　A04　城事",
    "天元区新开两条公交线路",
    "醴陵窑遗址公园春季开放",
    "株洲日报全媒体记者 袁　舟",
    "株洲日报通讯员 丁　禾",
    "　　3月1日，天元区新开通的",
    "　　记者从醴陵市文旅局获",
    "T2路、T5路公交投入运营，",
    "悉，醴陵窑遗址公园将于3月",
    "串起沿线8个小区。",
    "15日起恢复开放。",
)


@pytest.mark.parametrize("blank", [True, False])
def test_interleaved_columns_open_under_the_masthead_without_a_blank_line(blank):
    lines = list(_INTERLEAVED)
    if blank:
        lines.insert(1, "")
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["天元区新开两条公交线路", "醴陵窑遗址公园春季开放"]
    assert [a.reporters for a in issue.articles] == [["袁舟"], []]
    assert [a.correspondents for a in issue.articles] == [[], ["丁禾"]]
    assert issue.articles[1].paragraphs[0].startswith("记者从醴陵市文旅局获悉，醴陵窑遗址公园将于3月15日起恢复开放")
    assert_nothing_lost(issue)


# --- b. a page of briefs, short wrapped lines, neither blank lines nor indents ---

_BRIEFS = (
    "株洲日报",
    "2026年5月6日 星期三",
    "B03 区县快讯",
    "炎陵",
    "神农谷景区假日",
    "接待游客破十万",
    "五一假期，炎陵神农谷景区接待",
    "游客逾十万人次，同比增长约两",
    "成，旅游收入突破八千万元。",
    "茶陵",
    "云阳山森林步道",
    "全线贯通",
    "茶陵县云阳山森林步道日前全线",
    "贯通，全长十二公里，沿途设置",
    "观景台六处、驿站三处。",
    "醴陵",
    "陶瓷夜市",
    "周末开市",
    "醴陵陶瓷夜市五月二日开市，每",
    "逢周末晚上营业，设摊位两百个。",
)


def test_briefs_wrapped_at_one_width_without_blank_lines_are_pdf_text():
    """Lines that stop mid-sentence after a comma inside them, all at one width: a column's wraps, not one paragraph a line."""
    issue = parse_text("\n".join(_BRIEFS), "page.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["神农谷景区假日接待游客破十万", "云阳山森林步道全线贯通", "陶瓷夜市周末开市"]
    assert [a.paragraphs[0] for a in issue.articles] == [
        "五一假期，炎陵神农谷景区接待游客逾十万人次，同比增长约两成，旅游收入突破八千万元。",
        "茶陵县云阳山森林步道日前全线贯通，全长十二公里，沿途设置观景台六处、驿站三处。",
        "醴陵陶瓷夜市五月二日开市，每逢周末晚上营业，设摊位两百个。",
    ]
    assert_nothing_lost(issue)


def test_one_paragraph_a_line_with_field_labels_stays_a_dump():
    """'地址：…' and '电话：…' lines stop on no sentence: a notices page of one paragraph a line is no wrapped text."""
    lines = ["株洲日报", "2026年5月6日 星期三", "B04 分类广告"]
    for head, firm in (("招聘", "某某机械"), ("招租", "某某置业"), ("转让", "某某餐饮"), ("求购", "某某回收")):
        lines += [head, f"株洲{firm}有限公司诚招合作伙伴，待遇从优，欢迎来电。", "地址：株洲市芦淞区某某路十八号附近",
                  "电话：0731-28001234 联系人王先生"]
    issue = parse_text("\n".join(lines), "page.txt")
    assert issue.rendition != "pdf_text"
    assert titles(issue) == ["招聘", "招租", "转让", "求购"]


# --- c. a headline as wide as its column over a story whose indents were dropped ---

_WIDE_HEADS = (
    "2026年6月3日 星期三 A03 城事 责任编辑 韩某",
    "石峰区清水塘片区新建三座口袋公园",
    "　　（全媒体记者/柳青 通讯员/苏禾 杨",
    "帆）6月2日，记者从石峰区城管局获",
    "悉，清水塘片区新建的三座口袋公园已",
    "向市民开放，园内设有健身步道和儿童",
    "游乐区，周边两万多名居民步行五分钟",
    "即可到达。",
    "　　区城管局负责人介绍，今年该区还将利用",
    "边角地再建口袋公园五座，并同步增设座",
    "椅、垃圾桶和照明设施，方便市民休闲。",
    "荷塘区为百余户独居老人装上烟感器",
    "　　今年以来，荷塘区为辖区一百二十户独居",
    "老人免费安装烟感报警器，报警信息直接",
    "推送到社区网格员的手机上，出现险情时",
    "网格员可在十分钟内赶到现场处置。",
    "（记者 林　溪）",
    "株洲某某物流有限公司减资公告",
    "　　本公司经股东会决议，注册资本由一千万",
    "元减至三百万元。请债权人自本公告见报",
    "之日起四十五日内向本公司申报债权。",
)


@pytest.mark.parametrize("indents", [True, False])
def test_a_headline_as_wide_as_the_column_over_an_unindented_lead(indents):
    lines = [line if indents else line.lstrip("　") for line in _WIDE_HEADS]
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["石峰区清水塘片区新建三座口袋公园", "荷塘区为百余户独居老人装上烟感器", "株洲某某物流有限公司减资公告"]
    assert [a.reporters for a in issue.articles] == [["柳青"], ["林溪"], []]
    assert [a.correspondents for a in issue.articles] == [["苏禾", "杨帆"], [], []]
    assert issue.articles[1].paragraphs[0].startswith("今年以来，荷塘区为辖区一百二十户独居老人")
    assert issue.articles[2].type == "notice"
    assert_nothing_lost(issue)


@pytest.mark.parametrize(
    ("prev", "text", "opens"),
    [
        ("石峰区清水塘片区新建三座口袋公园", "（全媒体记者/柳青 通讯员/苏禾 杨", True),
        ("荷塘区为百余户独居老人装上烟感器", "今年以来，荷塘区为辖区一百二十户独居", True),
        ("渌口区新建农村公路五十六公里", "11月7日上午，渌口区", True),
        ("株洲某某物流有限公司减资公告", "本公司经股东会决议，注册资本由一千万", True),
        ("这家企业近三年投入四千万元改", "造窑炉，单位产品能耗下降近两成。", False),  # a word broken at the wrap
        ("市民，家住天元区的刘某说", "今年以来，他每周都来。", False),  # punctuated: a paragraph's line
    ],
)
def test_what_opens_below_a_wide_headline(prev, text, opens):
    assert bare_heads.opens_below(prev, text) is opens


# --- d. notices and ads set in two columns, no blank line between the pieces ---

def _row(left: str, right: str) -> str:
    """A line of two columns, the right one starting at display column 42 (as `pdftotext -layout` sets it)."""
    return left + " " * (42 - width(left)) + right


def test_notice_columns_end_where_a_line_runs_across_the_page():
    """Without a blank line under the pair of columns, the notice after them (its title, then a line wider than the
    left column) was read as the left column's tail: three notices glued into one paragraph."""
    lines = ["株洲日报", "2026年4月9日 星期四",
             _row("遗失声明", "遗失声明"),
             _row("赵某某遗失株洲市某某小学毕业证书一", "株洲市某某五金店遗失营业执照副本"),
             _row("本,声明作废。", "一份,声明作废。"),
             "注销公告",
             "株洲市某某科技有限公司经股东会决议解散,请债权人自本公告见报之日起45日内向清算组申报债权。",
             "株洲市某某科技有限公司清算组",
             "2026年4月8日",
             "招聘",
             "株洲某某餐饮有限公司招聘厨师3名,待遇面议。电话:13807331111"]
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["遗失声明", "遗失声明", "注销公告", "招聘"]
    assert issue.articles[2].paragraphs[0].startswith("株洲市某某科技有限公司经股东会决议解散")
    assert_nothing_lost(issue)


def test_a_row_of_two_titles_opens_the_next_pair_of_ads():
    """'家电维修   搬家服务' under two ads that end on their phone numbers: a blank line across both columns would say
    so; without it, the row of two titles does."""
    lines = ["株洲日报　2026年4月9日　星期四　B04　广告",
             _row("门面出租", "诚聘"),
             _row("荷塘区红旗路临街门面出租，面积60平方米，", "株洲某某宾馆招聘前台2名、保洁3名，"),
             _row("可做餐饮、便利店。电话：13807332222", "包食宿。电话：0731-28001111"),
             _row("家电维修", "搬家服务"),
             _row("上门维修空调、冰箱、洗衣机，价格公道。", "长短途搬家、钢琴搬运，专业可靠。"),
             _row("电话：13973302222", "电话：15073302222")]
    issue = parse_text("\n".join(lines), "page.txt")
    assert sorted(titles(issue)) == sorted(["门面出租", "家电维修", "诚聘", "搬家服务"])
    by_title = {a.title: a.paragraphs[0] for a in issue.articles}
    assert by_title["家电维修"].startswith("上门维修空调")
    assert by_title["搬家服务"].startswith("长短途搬家")
    assert_nothing_lost(issue)


# --- e. a GBK dump that ends its sentences on ASCII full stops, no blank lines ---

def test_ascii_full_stops_end_sentences_in_a_dump_without_blank_lines():
    lines = ["株洲日报 2026年4月9日 星期四 A04 区县",
             "炎陵县新建10座村级光伏电站",
             "(记者 邝 明)4月8日,记者从炎陵县发改局获悉,该县今年新建的10座村级光伏电站已全部并网发电.",
             "预计每座电站每年可为村集体增收约8万元.",
             "醴陵市开通3条定制公交",
             "记者:唐 韵",
             "4月8日起,醴陵市开通3条定制公交线路,方便园区职工通勤."]
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["炎陵县新建10座村级光伏电站", "醴陵市开通3条定制公交"]
    assert [a.reporters for a in issue.articles] == [["邝明"], ["唐韵"]]
    assert_nothing_lost(issue)


@pytest.mark.parametrize(("text", "stop"), [("…并网发电.", True), ("…占比33%.", True), ("增长1.", False), ("Wi-Fi.", False)])
def test_ascii_stop(text, stop):
    assert bare_heads.ascii_stop(text) is stop


# --- f. small ads and notices wrapped in a narrow column, indents dropped ---

_NARROW_ADS = (
    "株洲日报　2026年4月10日　星期五　B04　分类广告",
    "开锁换锁",
    "专业开锁、换锁芯、修保险柜，随叫随",
    "到。电话：13975310000",
    "━━━━━━━━━━━━━━━━━━",
    "店面转让",
    "芦淞区建设路临街店面，面积四十平方",
    "米，接手即可营业。电话：138073310",
    "00",
    "━━━━━━━━━━━━━━━━━━",
    "诚聘",
    "某某超市招聘收银员3名、理货员2名",
    "，月休四天。电话：0731-28800001",
)


@pytest.mark.parametrize("indents", [True, False])
def test_narrow_ads_without_indents_keep_their_lines_together(indents):
    """'…随叫随' over '到。电话：…', a phone number's last figures alone ('00'), a line opening on '，': each goes on
    above, though no indent marks the paragraph and a rule stands under it."""
    lines = [("　　" + line if indents and k in (2, 6, 11) else line) for k, line in enumerate(_NARROW_ADS)]
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["开锁换锁", "店面转让", "诚聘"]
    assert [a.paragraphs[0] for a in issue.articles] == [
        "专业开锁、换锁芯、修保险柜，随叫随到。电话：13975310000",
        "芦淞区建设路临街店面，面积四十平方米，接手即可营业。电话：13807331000",
        "某某超市招聘收银员3名、理货员2名，月休四天。电话：0731-28800001",
    ]
    assert_nothing_lost(issue)


def test_a_notices_signer_and_day_stay_two_lines_without_indents():
    lines = ["株洲日报　2026年4月10日　星期五　B04　公告", "",
             "减资公告",
             "株洲某某环保科技有限公司经股",
             "东会决议，注册资本由3000万元减",
             "少至800万元。请债权人自本公告",
             "见报之日起45日内向本公司申报债",
             "权。",
             "株洲某某环保科技有限公司",
             "2026年4月10日",
             "",
             "遗失声明",
             "株洲市石峰区某某便利店遗失营",
             "业执照副本，声明作废。"]
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["减资公告", "遗失声明"]
    assert issue.articles[0].paragraphs[-2:] == ["株洲某某环保科技有限公司", "2026年4月10日"]
    assert_nothing_lost(issue)


# --- g. a reprint in traditional characters: a headline a narrow column broke, no blank line to hold it together ---

def test_a_traditional_headline_broken_in_two_without_blank_lines():
    lines = ["株洲日報", "2026年6月2日 星期二", "A03", "區縣",
             "炎陵縣新增兩條",
             "紅色旅遊精品線路",
             "本報訊（全媒體記者/鄧　雲）6月1日，炎",
             "陵縣發布兩條紅色旅遊精品線路，串聯",
             "景點十二處。",
             "茶陵縣啟動",
             "夏季森林防火專項行動",
             "本報訊（通訊員/譚　林）近日，茶陵縣",
             "在全縣啟動夏季森林防火專項行動。"]
    issue = parse_text("\n".join(lines), "page.txt")
    assert titles(issue) == ["炎陵縣新增兩條紅色旅遊精品線路", "茶陵縣啟動夏季森林防火專項行動"]
    assert [a.reporters for a in issue.articles] == [["鄧雲"], []]
    assert_nothing_lost(issue)


# --- h. a scan's recognised text, lines broken mid-sentence and no blank line at all ---

def test_a_scan_without_blank_lines_keeps_each_joined_paragraph_apart():
    """Once lines broken mid-sentence are joined, a headline under a finished paragraph is a block of its own, as
    it is when each paragraph of a single-newline dump is."""
    lines = ["株洲日报  2025年11月4日  星期二  A03  城事",
             "天元区 新建 8处 口袋公园",
             "今年以来,天元区利用边角地新建口袋公园8处,配建健身器材和",
             "儿童游乐设施,周边居民步行5分钟即可到达.(记者 贺 林)",
             "株洲汽车站 开通 定制 客运专线",
             "    11月3日,记者从株洲汽车站获悉,车站开通至长沙南站的定制客运",
             "专线,每日往返6班. 株洲日报全媒体记者 钟 毅"]
    issue = parse_text("\n".join(lines), "page.txt")
    assert [t.replace(" ", "") for t in titles(issue)] == ["天元区新建8处口袋公园", "株洲汽车站开通定制客运专线"]
    assert [a.reporters for a in issue.articles] == [["贺林"], ["钟毅"]]
    assert_nothing_lost(issue)


@pytest.mark.parametrize(
    ("prev", "text", "on"),
    [
        ("专业开锁、换锁芯、修保险柜，随叫随", "到。电话：13975310000", True),
        ("某某超市招聘收银员3名、理货员2名", "，月休四天。", True),
        ("米，接手即可营业。电话：138073310", "00", True),
        ("市委副书记、市长　陶某某", "同志们：", False),  # a speaker's posts listed with '、': no sentence broken off
    ],
)
def test_what_goes_on_without_an_indent(prev, text, on):
    assert bare_heads.goes_on(prev, text, full=True) is on
