"""Each rendition module on a few lines of original text."""

from __future__ import annotations

import codecs

from zzreader.core.parse import parse_bytes
from zzreader.core.renditions import columns, epaper, furniture, markup, normalise, pdf_text, single_newline
from zzreader.core.renditions import page_heads
from zzreader.core.renditions.model import SourceLine, plain_lines

PDF = [
    "2025年7月17日 星期四 A02 要闻 责任编辑 贺某 美术编辑 颜某",
    "株洲高新区新增3家专精特新企业",
    "\u3000\u3000（全媒体记者/汤某 通讯员/邓海",
    "峰 贺然）7月16日，记者从高新区获悉，该区",
    "又有3家企业入选，累计雨量可达39.",
    "2毫米，低洼处积水超过1米时转移。",
    "\u3000\u3000今年以来，高新区组建服务专班走访企",
    "业，帮助企业解决研发投入、人才引进等问",
    "题。",
    "神农湖畔夜跑道正式开放",
    "\u3000\u3000株洲日报讯（全媒体记者/罗某）7月15",
    "日晚，神农湖畔夜跑道正式向市民开放。",
    "\u3000\u3000跑道沿线新装照明灯120盏，每隔1公",
    "里设置饮水点，方便市民夜跑锻炼身体。",
]


def test_pdf_text_is_detected_and_unwrapped():
    assert pdf_text.looks_like(PDF)
    result = normalise(PDF)
    assert result.rendition == "pdf_text" and result.date == "2025-07-17"
    texts = [line.text for line in result.lines]
    assert texts[0] == "要闻"  # the page header became the section
    assert "（全媒体记者/汤某 通讯员/邓海峰 贺然）7月16日，记者从高新区获悉，该区又有3家企业入选，累计雨量可达39.2毫米，低洼处积水超过1米时转移。" in texts
    assert "神农湖畔夜跑道正式开放" in texts
    joined = next(line for line in result.lines if line.text.startswith("（全媒体"))
    assert (joined.no, joined.end) == (3, 6)  # original line numbers kept


def test_epaper_meta_line_gives_byline_and_date_and_chrome_is_dropped():
    raw = [
        "第A03版：城事",
        "老旧小区加装电梯跑出“加速度”",
        "——今年已有46台电梯投入使用",
        "来源：株洲日报 作者：记者 汤某 通讯员 邓海峰 发布时间：2025-06-13",
        "【字体：大 中 小】【打印】【关闭】",
        "6月12日，芦淞区一小区的加装电梯正式投入使用。",
        "上一篇 下一篇",
        "返回目录",
    ]
    assert epaper.looks_like(raw)
    result = normalise(raw)
    assert result.rendition == "epaper" and result.date == "2025-06-13"
    assert [(line.kind, line.text) for line in result.lines if line.kind] == [
        ("section", "城事"), ("byline", "记者 汤某 通讯员 邓海峰")]
    assert [line.no for line in result.furniture] == [5, 7, 8]
    assert any("3 " in w or "Dropped 3" in w for w in result.warnings)


def test_single_newline_makes_every_line_a_block():
    raw = ["云龙示范区新增两条公交线路"] + [f"第{n}段，公交线路每天运营到晚上九点。" for n in range(9)]
    assert single_newline.looks_like(raw)
    lines = plain_lines(raw)
    single_newline.split_blocks(lines, [])
    assert all(line.gap >= 1 for line in lines)
    assert lines[0].text == "云龙示范区新增两条公交线路"
    assert not single_newline.looks_like(["标题", "", "正文第一段。", "", "正文第二段。"] * 3)
    issue = parse_bytes(codecs.BOM_UTF8 + "\n".join(raw).encode("utf-8"), "bom.txt")  # decode drops the BOM
    assert issue.rendition == "single_newline" and issue.articles[0].title == "云龙示范区新增两条公交线路"


def test_markup_headings_entities_br_and_blocks():
    raw = [
        "2025年4月15日 星期二 第A05版：民生",
        "### 株洲市区新增200个充电桩",
        "**老旧小区充电难有望缓解**",
        "株洲日报讯（全媒体记者/汤某）记者从市发改委&ldquo;获悉&rdquo;&nbsp;。<br>今年再建1000个。",
        "> “现在楼下就能充。”居民李某说。",
        "今年，我市继续推进。",
        "### 石峰区为独居老人安装智能水表",
        "- 独居高龄老人180户",
        "社区将逐步扩大覆盖范围。",
    ]
    assert markup.looks_like(raw)
    result = normalise(raw)
    assert result.rendition == "markup" and result.date == "2025-04-15"
    texts = [line.text for line in result.lines]
    assert "## 株洲市区新增200个充电桩" in texts  # ### made a page headline
    assert "株洲日报讯（全媒体记者/汤某）记者从市发改委“获悉” 。" in texts
    assert "今年再建1000个。" in texts
    bold = next(line for line in result.lines if line.text == "老旧小区充电难有望缓解")
    assert bold.kind == "heading"
    after_quote = next(line for line in result.lines if line.text == "今年，我市继续推进。")
    after_item = next(line for line in result.lines if line.text == "社区将逐步扩大覆盖范围。")
    assert after_quote.gap >= 1 and after_item.gap >= 1  # never glued to the quote or the item


def test_columns_tables_and_two_notices_side_by_side():
    lines = [
        SourceLine(1, "项目        全年(元)      增长(%)"),
        SourceLine(2, "城镇居民    56820          4.9"),
        SourceLine(4, "遗失声明                    遗失声明", gap=1),
        SourceLine(5, "汤某遗失身份证一张,        株洲某某店遗失公章一枚,"),
        SourceLine(6, "声明作废。                  特此声明。"),
    ]
    out = columns.repair(lines, warnings := [])
    assert out[0].text == "项目\t全年(元)\t增长(%)"
    notices = [(line.kind, line.text, line.no) for line in out[2:]]
    assert notices == [
        ("heading", "遗失声明", 4), ("p", "汤某遗失身份证一张,声明作废。", 5),
        ("heading", "遗失声明", 4), ("p", "株洲某某店遗失公章一枚,特此声明。", 5),
    ]
    assert len(warnings) == 2


def test_furniture_headers_and_chrome():
    assert page_heads.page_header("2025年7月17日 星期四 A02 要闻 责任编辑 贺某") == ("2025-07-17", "要闻")
    assert page_heads.page_header("第A03版：城事") == (None, "城事")
    assert page_heads.page_header("2024年12月5日 星期四") == (None, "")  # a masthead date is not a page header
    for chrome in ("【字体：大 中 小】【打印】【关闭】", "上一篇 下一篇", "返回目录", "## 扫一扫关注株洲日报社新媒体", "广告接待热线"):
        assert furniture.is_chrome(chrome), chrome
    assert not furniture.is_chrome("上一篇文章写到的老街")


def test_epaper_bracketed_meta_and_author_without_roles():
    raw = [
        "第A03版：城事",
        "株洲启动城市书房建设",
        "【来源】株洲日报 【作者】记者 汤某 通讯员 邓海峰 【日期】2025-06-13",
        "6月12日，记者从市文旅局获悉，今年将新建城市书房10个。",
        "上一篇 下一篇",
        "第A03版：城事",
        "荷塘区举办社区运动会",
        "作者：罗某 谭某某",
        "发布时间：2025年06月13日",
        "6月12日，荷塘区首届社区运动会开幕。",
    ]
    issue = parse_bytes("\n".join(raw).encode("utf-8"), "page.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-06-13"
    people = [(a.title, a.reporters, a.correspondents) for a in issue.articles]
    assert people == [("株洲启动城市书房建设", ["汤某"], ["邓海峰"]), ("荷塘区举办社区运动会", ["罗某", "谭某某"], [])]
