"""Fixes found by parsing held-out-style issues the parser had never seen (PDF text, e-paper, single newlines).

Each test is a few lines of original text showing one general cause.
"""

from __future__ import annotations

from zzreader.core.bylines import split_trailing_credit
from zzreader.core.lines import classify
from zzreader.core.parse import parse_text
from zzreader.core.renditions import furniture
from zzreader.core.renditions import page_heads


def test_font_size_chrome_with_zihao_is_dropped():
    """E-paper sites name the font switch 字号 as often as 字体."""
    assert furniture.is_chrome("【字号：大 中 小】  打印本页 | 关闭窗口")
    assert furniture.is_chrome("【字号 大 中 小】")
    assert not furniture.is_chrome("字号不大的事")


def test_bracketed_photo_credit_at_the_end_of_a_caption():
    text, credit = split_trailing_credit("图为醴陵一家电瓷企业的生产车间。（全媒体记者/谭某 摄）")
    assert text == "图为醴陵一家电瓷企业的生产车间。"
    assert credit is not None and credit.photographers == ["谭某"]
    assert split_trailing_credit("他说：（这是一段括号里的话）")[1] is None


def test_words_and_pictures_byline_is_a_byline_not_a_photo_credit():
    """'文/图 全媒体记者 某某' under a headline signs the story; the headline above stays a headline."""
    lines = classify(["神农湖畔的“银发课堂”", "", "文/图 全媒体记者 邓海峰", "", "每周二上午，社区活动室里坐满了老人。"])
    assert [line.kind for line in lines] == ["heading", "byline", "p"]
    issue = parse_text("\n".join(["冬季供暖用气有保障", "", "株洲日报讯（全媒体记者/汤某）12月8日，储气量充足。", "",
                                  "神农湖畔的“银发课堂”", "", "文/图 全媒体记者 邓海峰", "", "每周二上午，社区活动室里坐满了老人。"]), "x.txt")
    assert [a.title for a in issue.articles] == ["冬季供暖用气有保障", "神农湖畔的“银发课堂”"]
    assert issue.articles[0].reporters == ["汤某"] and issue.articles[0].photographers == []
    assert issue.articles[1].reporters == ["邓海峰"] and issue.articles[1].photographers == ["邓海峰"]


def test_closing_credit_in_brackets_signs_the_article_it_ends():
    """'（记者 谭某某）' alone after the text of a lead-opened article: its byline, not a new article."""
    text = "\n".join([
        "神农大剧院上演原创话剧", "本报讯 9月16日晚，原创话剧《炎帝》在神农大剧院首演。", "该剧历时两年创作。", "（记者 谭某某）",
        "酒埠江景区获评国家级旅游度假区", "株洲日报讯（全媒体记者/邓海峰）9月17日，名单公布。",
        "这是我市首个国家级旅游度假区。", "度假区将新建游客中心一座。",
    ])  # no blank lines: a single-newline dump
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("神农大剧院上演原创话剧", ["谭某某"]), ("酒埠江景区获评国家级旅游度假区", ["邓海峰"]),
    ]
    assert issue.articles[0].line_end == 4 and issue.rendition == "single_newline"


def test_place_label_with_a_colon_above_a_headline():
    """'醴陵：' on its own line labels the headline under it (district pages): no article of its own."""
    text = "\n".join([
        "醴陵：", "瓷博会签约项目23个", "株洲日报讯（全媒体记者/邓海峰）6月3日，瓷博会闭幕。",
        "本届瓷博会为期5天。", "攸县：", "新建高标准农田4.5万亩", "株洲日报讯（全媒体记者/汤某）记者从攸县获悉，农田年底完工。",
        "新建农田将全部实现旱涝保收。",
    ])  # no blank lines: a single-newline dump
    issue = parse_text(text, "x.txt")
    assert [a.title for a in issue.articles] == ["瓷博会签约项目23个", "新建高标准农田4.5万亩"]
    assert [a.line_start for a in issue.articles] == [1, 5]
    assert issue.rendition == "single_newline"


def test_running_heads_with_the_paper_name_bars_and_dots():
    """PDF running heads come as '株洲日报 | date | A03 城事 | 责任编辑' or 'A08 · 文化 date'."""
    assert page_heads.page_header("株洲日报 | 2025年2月12日 星期三 | A03 城事 | 责任编辑 罗某") == ("2025-02-12", "城事")
    assert page_heads.page_header("A08 · 文化 2025年5月16日 星期五 责任编辑 唐某 美术编辑 颜某") == ("2025-05-16", "文化")
    assert page_heads.page_header("第B03版：城市·生活") == (None, "城市·生活")  # a dot inside a section name stays
    assert not page_heads.is_header("株洲日报 2025年2月12日 星期三")  # a masthead, no page


PDF_UNKNOWN_HEAD = [
    "第5版 ◆ 文化 ◆ 2025年5月16日 星期五 ◆ 责任编辑 唐某某",  # a running head no rule knows
    "市博物馆推出“湘江记忆”特展",
    "\u3000\u3000株洲日报讯（全媒体记者/罗某）5月15日",
    "，“湘江记忆”特展在市博物馆开展，展出船",
    "模、码头老照片等展品320余件，展期3个月",
    "。",
    "高温来临谨防热射病",
    "\u3000\u3000株洲日报讯（全媒体记者/汤某）近日，我",
    "市气温持续攀升。市疾控中心提醒，高温天气",
    "外出应避开11时至15时，户外作业人员要做",
    "好防暑措施，出现头晕等症状应立即就医。",
    "\u3000\u3000据统计，今年以来全市已接诊中暑患者",
    "36人，其中重症2人，均已康复出院。",
]


def test_a_line_far_wider_than_the_column_is_never_joined_and_no_lead_is_masthead():
    """An unknown running head neither swallows the headline under it nor makes the articles a masthead."""
    issue = parse_text("\n".join(PDF_UNKNOWN_HEAD), "x.txt")
    assert issue.rendition == "pdf_text"
    titles = [a.title for a in issue.articles]
    assert "市博物馆推出“湘江记忆”特展" in titles and "高温来临谨防热射病" in titles
    assert [a.reporters for a in issue.articles if a.title][-2:] == [["罗某"], ["汤某"]]


def test_columnist_line_with_a_name():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("□ 本报评论员 邓海峰").reporters == ["邓海峰"]
    assert parse_credit("株洲日报评论员").reporters == ["株洲日报评论员"]
    assert parse_credit("□ 谭某").reporters == ["谭某"]


def test_byline_closing_the_last_paragraph_signs_a_brief_of_its_own():
    """'……630人。（记者 谭某某）': the brief's byline; its headline opens a new article even after a commentary."""
    from zzreader.core.bylines import split_closing_byline

    assert split_closing_byline("现场达成就业意向630人。（记者 谭某某）")[1].reporters == ["谭某某"]
    assert split_closing_byline("会上（记者 谭某某）发言")[1] is None  # not at the end of a sentence
    text = "\n".join([
        "株洲时评", "别让“僵尸车”占了停车位", "□ 本报评论员 邓海峰",
        "在不少小区，“僵尸车”占用了宝贵的停车资源。", "清理“僵尸车”，需要物业和车主一起努力。",
        "云龙示范区举行秋季招聘会", "8月4日，云龙示范区秋季招聘会举行，现场达成就业意向630人。（记者 谭某某）",
        "小区电梯“坐”上了5G", "记者 罗某", "8月4日，荷塘区620台电梯接入5G智慧监管平台。",
    ])
    issue = parse_text(text, "x.txt")
    got = [(a.title, a.reporters, a.type) for a in issue.articles]
    assert got == [
        ("别让“僵尸车”占了停车位", ["邓海峰"], "commentary"),
        ("云龙示范区举行秋季招聘会", ["谭某某"], "news"),
        ("小区电梯“坐”上了5G", ["罗某"], "news"),
    ]
    assert issue.articles[1].paragraphs[-1].endswith("630人。")


def test_headline_ending_in_one_exclamation_and_a_long_label_with_a_colon():
    from zzreader.core.lines import heading_like

    assert heading_like("祖国，生日快乐！")
    assert not heading_like("这里就是你的主场!!")  # a slogan, as before
    text = "\n".join([
        "祖国，生日快乐！", "株洲日报讯（全媒体记者/汤某）9月29日，群众歌咏活动在炎帝广场举行。",
        "“株洲工匠”王某某：", "三十年磨一把“钻头”", "株洲日报全媒体记者 罗某", "通讯员 黄某",
        "在株洲一家硬质合金企业的车间里，王某某正在调试数控磨床。", "30年来，他带领团队攻克了多项难题。",
        "“干一行就要钻一行。”王某某说。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("祖国，生日快乐！", ""), ("“株洲工匠”王某某：", "三十年磨一把“钻头”"),
    ]


def test_photo_news_after_a_feature_is_a_piece_of_its_own():
    """A short headline, one paragraph and a photo credit (图片新闻) after a signed feature: not its sub-heading."""
    text = "\n".join([
        "三十年磨一把“钻头”", "株洲日报全媒体记者 罗某", "在株洲一家硬质合金企业的车间里，王某某正在调试数控磨床。",
        "30年来，他带领团队攻克了多项难题。", "“干一行就要钻一行。”王某某说。",
        "稻花香", "9月28日，渌口区南洲镇的万亩稻田进入收割期，金黄的稻穗压弯了枝头，农户们抢抓晴好天气收割晚稻。",
        "株洲日报全媒体记者/邓海峰 摄",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.reporters, a.photographers) for a in issue.articles] == [
        ("三十年磨一把“钻头”", ["罗某"], []), ("稻花香", [], ["邓海峰"]),
    ]


def test_pdf_headline_as_wide_as_the_column_after_a_full_last_line():
    """A finished paragraph whose last line is full, then a column-wide headline: the headline is not joined."""
    pdf = [
        "2025年6月27日 星期五 A06 区县新闻 责任编辑 文某 美术编辑 黄某",
        "攸县网岭镇早稻喜获丰收",
        "\u3000\u3000株洲日报讯（全媒体记者/汤某）6月",
        "25日，攸县网岭镇的早稻开镰收割，田间收",
        "割机来回穿梭，农户们忙着晾晒新谷。",
        "\u3000\u3000据测产，今年早稻平均亩产达到468",
        "公斤，较去年提高约30公斤，增产明显。",
        "茶陵县城犀城大道两座人行天桥建成通行",
        "\u3000\u3000株洲日报讯（全媒体记者/罗某某）6月",
        "26日，茶陵县城犀城大道上的两座人行天",
        "桥建成通行，附近三所学校的学生上下学更",
        "安全了。",
    ]
    issue = parse_text("\n".join(pdf), "x.txt")
    assert issue.rendition == "pdf_text"
    assert [a.title for a in issue.articles] == ["攸县网岭镇早稻喜获丰收", "茶陵县城犀城大道两座人行天桥建成通行"]


INDENTED_DUMP = [
    "株洲首条“口袋公园”示范带建成",
    "株洲日报全媒体记者 汤某",
    "通讯员 邓海峰",
    "\u3000\u300012月1日，沿建设路分布的12个口袋公园已全部建成开放。",
    "\u3000\u3000这些口袋公园配有座椅、健身器材和儿童游乐设施。",
    "市民在口袋公园里休闲",
    "株洲日报全媒体记者/谭某 摄",
    "芦淞区新增5个快递驿站",
    "株洲日报全媒体记者 罗某",
    "\u3000\u300012月1日，芦淞区新建的5个社区快递驿站投入使用。",
    "醴陵举办陶瓷技能大赛",
    "\u3000\u3000株洲日报讯（全媒体记者/谭某某）11月30日，醴陵市陶瓷技能大赛落幕。",
]


def test_a_dump_with_one_indented_paragraph_per_line_is_not_pdf_text():
    """Indents alone do not make a PDF: its paragraphs must carry on over unindented lines."""
    from zzreader.core.renditions import detect, pdf_text

    assert pdf_text.continuation_share(INDENTED_DUMP) == 0.0
    assert detect(INDENTED_DUMP) == "single_newline"
    assert pdf_text.continuation_share(PDF_UNKNOWN_HEAD) >= 0.4
    issue = parse_text("\n".join(INDENTED_DUMP), "x.txt")
    assert [a.title for a in issue.articles] == ["株洲首条“口袋公园”示范带建成", "芦淞区新增5个快递驿站", "醴陵举办陶瓷技能大赛"]


def test_pdf_headlines_wider_than_a_narrow_column_are_not_joined():
    """Title and subtitle lines, or a caption and the next headline, each longer than the column."""
    pdf = [
        "2025年4月23日 星期三 第A05版 经济 本版编辑 李某",
        "株洲一季度新建5G基站860个",
        "重点场所实现千兆网络全覆盖",
        "\u3000\u3000株洲日报讯（全媒体记者/谭",
        "某）4月22日，一季度全市新建",
        "5G基站860个，累计达到1.13万",
        "个。",
        "\u3000\u3000“现在我也会用手机给外孙",
        "发红包了。”78岁的刘某某笑着",
        "说。",
        "老人们在“银发课堂”上学习使用智能手机。",
        "荷塘区新增3处“15分钟便民生活圈”",
        "\u3000\u3000株洲日报讯（全媒体记者/",
        "罗某）日前，荷塘区便民生活圈",
        "完成验收，新增便民网点47个。",
    ]
    issue = parse_text("\n".join(pdf), "x.txt")
    assert issue.rendition == "pdf_text"
    assert [(a.title, a.subtitle, a.reporters) for a in issue.articles] == [
        ("株洲一季度新建5G基站860个", "重点场所实现千兆网络全覆盖", ["谭某"]),
        ("荷塘区新增3处“15分钟便民生活圈”", "", ["罗某"]),
    ]
    assert issue.articles[0].blocks[-1].text == "老人们在“银发课堂”上学习使用智能手机。"


def test_wrapped_byline_without_the_space_the_wrap_fell_on():
    """Extractors drop trailing spaces: two names or a role after a wrap keep a space, a broken name does not."""
    from zzreader.core.renditions.pdf_text import glue

    assert glue("（全媒体记者/汤某 通讯员/邓海峰", "贺然）7月16日") == "（全媒体记者/汤某 通讯员/邓海峰 贺然）7月16日"
    assert glue("（全媒体记者/汤某 通讯员/邓海", "峰 贺然）") == "（全媒体记者/汤某 通讯员/邓海峰 贺然）"
    assert glue("（全媒体记者/邓海峰", "通讯员/何某）") == "（全媒体记者/邓海峰 通讯员/何某）"
    assert glue("（通讯员/彭某 全媒", "体记者/谭某某）") == "（通讯员/彭某 全媒体记者/谭某某）"
    assert glue("（全媒体", "记者/汤某）") == "（全媒体记者/汤某）"
    assert glue("今年以来，高新区", "组建服务专班") == "今年以来，高新区组建服务专班"  # body text: no byline open


def test_padded_pdf_lines_and_e_paper_blank_runs():
    """Every PDF line padded with spaces; an e-paper scrape with runs of blank lines (no photo slots there)."""
    from zzreader.core.parse import parse_bytes

    padded = [line + "   " for line in PDF_UNKNOWN_HEAD]
    padded[2], padded[3] = "\u3000\u3000株洲日报讯（全媒体记者/罗某 通讯员/邓海峰   ", "贺然）5月15日，“湘江记忆”特展在市博物馆开展，展出船   "
    issue = parse_bytes("\n".join(padded).encode("utf-8"), "x.txt")
    museum = next(a for a in issue.articles if a.title.startswith("市博物馆"))
    assert museum.correspondents == ["邓海峰", "贺然"]
    assert museum.reporters == ["罗某"]
    scrape = "\n\n\n".join([
        "第A01版：要闻", "株洲5家企业入选国家级“小巨人”",
        "来源：株洲日报　作者：全媒体记者/邓海峰　发布时间：2025-07-30",
        "7月29日，工业和信息化部公布第七批专精特新“小巨人”企业名单。", "上一篇  下一篇",
        "第A01版：要闻", "全市防汛工作调度会召开",
        "来源：株洲日报　作者：全媒体记者/汤某　发布时间：2025-07-30",
        "7月29日，全市防汛工作调度会召开。", "上一篇  下一篇",
    ])
    issue = parse_bytes(scrape.encode("utf-8"), "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("株洲5家企业入选国家级“小巨人”", ["邓海峰"]), ("全市防汛工作调度会召开", ["汤某"]),
    ]


def test_credit_prefixes_and_dated_outlet_leads():
    """'图/记者 某某' credits a photo, '文/记者 某某' the writer, '记者 某某 文/图' both; '本报10月22日讯' opens a lead."""
    from zzreader.core.bylines import parse_credit, parse_lead

    assert parse_credit("图/株洲日报全媒体记者 谭某").photographers == ["谭某"]
    credit = parse_credit("文/记者 汤某 通讯员 李某")
    assert (credit.reporters, credit.correspondents, credit.photographers) == (["汤某"], ["李某"], [])
    credit = parse_credit("全媒体记者 汤某 文/图")
    assert (credit.reporters, credit.photographers) == (["汤某"], ["汤某"])
    assert parse_credit("图为市民在口袋公园里休闲。") is None
    lead = parse_lead("本报10月22日讯（记者 罗某 通讯员 李某）昨日，高新区举行签约仪式。")
    assert (lead.byline.reporters, lead.byline.correspondents, lead.dateline) == (["罗某"], ["李某"], "10月22日")
    assert lead.rest.startswith("昨日")


def test_caption_ending_in_a_pictures_by_credit():
    text, credit = split_trailing_credit("图为市民在“江畔书房”看书。图/记者 谭某")
    assert text == "图为市民在“江畔书房”看书。" and credit.photographers == ["谭某"]
    assert split_trailing_credit("他说：这是一张地图/示意图。")[1] is None


def test_page_header_without_a_section_name_is_kept_and_ends_its_block():
    """'2025年7月17日 星期四 A02' names no section: still an unassigned line, and the headline under it opens."""
    for header in ("2025年7月17日 星期四 A02", "第A03版：城事|"):
        issue = parse_text(header, "x.txt")
        assert [(u.line_start, u.text) for u in issue.unassigned] == [(1, header)]
    issue = parse_text("2025年7月17日 星期四 A02 要闻\n株洲高新区新增企业\n株洲日报讯（记者 汤某）7月16日，新增3家。", "x.txt")
    assert [(a.title, a.section, a.line_start) for a in issue.articles] == [("株洲高新区新增企业", "要闻", 2)]


def test_pdf_page_footers_are_chrome_and_print_chrome_does_not_make_an_e_paper():
    """'— 2 —' and '第2页 共4页' are dropped; footers, QR prompts and hotlines in a PDF do not make it a scrape."""
    from zzreader.core.renditions import detect

    assert furniture.is_chrome("— 2 —") and furniture.is_chrome("第2页 共4页") and not furniture.is_chrome("2")
    pdf = PDF_UNKNOWN_HEAD[:6] + ["— 1 —", "扫一扫，关注株洲日报公众号", "广告热线：0731-28831234"] + PDF_UNKNOWN_HEAD[6:] + ["第2页 共2页"]
    assert detect(pdf) == "pdf_text"
    issue = parse_text("\n".join(pdf), "x.txt")
    assert [a.title for a in issue.articles if a.title][-2:] == ["市博物馆推出“湘江记忆”特展", "高温来临谨防热射病"]
    assert {u.text for u in issue.unassigned} >= {"第2页 共2页"}


def test_e_paper_meta_led_by_paper_date_and_page():
    """'株洲日报 2025-10-11 第A03版 作者：…' is a meta line: its names are the byline, its date the issue's."""
    from zzreader.core.renditions.epaper import is_meta

    assert is_meta("株洲日报 | 2025-10-11 | 第A03版 | 作者：记者 汤某")
    assert not is_meta("他说作者：某某")
    scrape = "\n".join([
        "第A03版：城事", "我市新增3条“口袋公园”健身步道", "株洲日报 2025-10-11 第A03版 作者：本报记者 汤某 实习生 王某",
        "【打印】 【关闭】", "10月10日，记者从市城管局获悉，3条口袋公园健身步道已完工。", "上一篇", "下一篇",
        "第A03版：城事", "株洲公交上线“定制快线”", "株洲日报 2025-10-11 第A03版 作者：本报记者 罗某",
        "【打印】 【关闭】", "10月10日起，株洲公交集团开通5条“定制快线”。", "上一篇", "下一篇",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-10-11"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("我市新增3条“口袋公园”健身步道", ["汤某"], ["王某"]), ("株洲公交上线“定制快线”", ["罗某"], []),
    ]


def test_a_headline_after_a_page_header_opens_an_article():
    """Pages jump only by 下转: under a new page header a headline is never a sub-heading of the last article."""
    text = "\n".join([
        "2025年3月5日 星期三 A02 要闻 责任编辑 贺某 美术编辑 颜某",
        "简讯", "■ 3月4日，市政协召开十二届五次会议筹备工作会。", "■ 3月3日，全市春季森林防火工作会议召开。",
        "2025年3月5日 星期三 A03 城事 责任编辑 周某 美术编辑 颜某",
        "神农公园樱花进入最佳观赏期", "3月4日，神农公园的300余株樱花竞相绽放，吸引大批市民前来赏花。",
        "图为市民在神农公园赏樱。株洲日报全媒体记者/谭某 摄",
        "株洲西站新增高铁车次", "株洲日报讯（全媒体记者/罗某某）记者3月4日从株洲西站获悉，新增高铁车次。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.section, a.photographers) for a in issue.articles] == [
        ("简讯", "要闻", []), ("神农公园樱花进入最佳观赏期", "城事", ["谭某"]), ("株洲西站新增高铁车次", "城事", []),
    ]


def _wrap_by_glyphs(text: str, width: float) -> list[str]:
    lines, line, used = [], "", 0.0
    for ch in text:
        step = 0.5 if ord(ch) < 128 else 1.0
        if used + step > width and line:
            lines.append(line)
            line, used = "", 0.0
        line, used = line + ch, used + step
    return lines + [line]


def test_wrap_width_by_glyph_width_when_digits_are_half_width():
    """A PDF wrapped by glyph width: lines full of digits hold more characters; visual width finds the column."""
    from zzreader.core.renditions import pdf_text

    lines = _wrap_by_glyphs(
        "\u3000\u3000株洲日报讯（全媒体记者/谭某）4月22日，记者从市通信管理办公室获悉，一季度全市新建5G基站860个，"
        "累计达到1.13万个，每万人拥有5G基站29.4个，2024年同期为21.7个；全市产业园区、交通枢纽、医院和高校等重点场所"
        "已实现千兆网络全覆盖，数字基础设施建设走在全省前列，全年计划新建5G基站3200个，新增投资12.6亿元。", 30)
    measure, width = pdf_text.wrap_measure(lines)
    assert measure is pdf_text.visual_len and width == 30
    assert pdf_text.wrap_measure(["一二三四五六七八九十一二", "一二三四五六七八九十一二", "一二三四五六七八九十"])[1] == 12


def test_a_colon_line_in_an_ad_is_not_a_headline_label():
    """'报名地址：' above an address is the ad's text: a label only stands above a headline that opens a signed article."""
    text = "\n".join([
        "株洲某某驾校冬季招生", "冬季报名立减500元，C1、C2驾照均可报考。", "报名地址：", "天元区某某路66号", "报名电话：0731-28765432",
        "神农公园樱花开了", "株洲日报讯（全媒体记者/汤某）3月4日，樱花盛开。", "市民纷纷前来赏花。", "赏花高峰在周末。",
    ])
    issue = parse_text(text, "x.txt")
    assert [a.title for a in issue.articles] == ["株洲某某驾校冬季招生", "神农公园樱花开了"]


def test_pdf_quote_mark_at_a_wrap_and_a_short_last_line_ending_in_a_half_width_mark():
    """'……“早处置”' at a wrap is mid-sentence; the short last line '守住绿水青山!' ends its paragraph, no headline."""
    pdf = [
        "2025年3月5日 星期三 A02 要闻 责任编辑 贺某 美术编辑 颜某",
        "全市春季森林防火工作会议召开",
        "\u3000\u3000株洲日报讯（全媒体记者/汤某）3月",
        "4日，全市春季森林防火工作会议召开",
        "，会议要求各地做到“早发现早处置”",
        "守住绿水青山!",
        "\u3000\u3000会议指出，今年春季我市降水偏少",
        "，森林火险等级偏高，防火形势严峻，",
        "各地要立即行动起来，压实防火责任。",
        "神农湖畔夜跑道开放",
        "\u3000\u3000株洲日报讯（全媒体记者/罗某）3月",
        "4日，神农湖畔夜跑道正式向市民开放，",
        "全长4.8公里，沿线新装照明灯120盏。",
    ]
    issue = parse_text("\n".join(pdf), "x.txt")
    assert issue.rendition == "pdf_text"
    assert [a.title for a in issue.articles] == ["全市春季森林防火工作会议召开", "神农湖畔夜跑道开放"]
    assert issue.articles[0].paragraphs[0].endswith("“早发现早处置”守住绿水青山!")


def test_a_two_space_indent_counts_as_two_columns():
    """Extractors write the `　　` indent as two or four ASCII spaces; the line is still as wide as the column."""
    from zzreader.core.renditions import pdf_text

    assert pdf_text.visual_len("  皇帝学杂费一套应用石峰区响应号召") == pdf_text.visual_len("\u3000\u3000皇帝学杂费一套应用石峰区响应号召") == 18
    assert pdf_text.char_len("    一二三四") == pdf_text.char_len("\u3000\u3000一二三四") == 6


def test_e_paper_navigation_list_is_dropped():
    """'本版标题导航' and the bulleted titles under it repeat the page's menu on every scraped page."""
    scrape = "\n".join([
        "第A03版：城事", "炎陵非遗竹编走进城市课堂", "来源：株洲日报 作者：记者 汤某 发布时间：2025-09-05",
        "9月4日，炎陵县竹编传承人刘某走进荷塘区一所小学，手把手教孩子们编小竹篮。", "上一篇 下一篇",
        "本版标题导航", "· 炎陵非遗竹编走进城市课堂", "· 株洲方言故事会开讲",
        "第A03版：城事", "株洲方言故事会开讲", "来源：株洲日报 作者：记者 罗某 发布时间：2025-09-05",
        "9月3日晚，“株洲方言故事会”在神农城开讲。", "上一篇 下一篇",
        "本版标题导航", "· 炎陵非遗竹编走进城市课堂", "· 株洲方言故事会开讲",
    ])
    issue = parse_text(scrape, "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [("炎陵非遗竹编走进城市课堂", ["汤某"]), ("株洲方言故事会开讲", ["罗某"])]
    assert all("导航" not in p for a in issue.articles for p in a.paragraphs)


def test_bar_separated_meta_photo_source_notes_and_closing_bylines_after_an_anonymous_lead():
    from zzreader.core.lines import classify

    scrape = "\n".join([
        "第A05版：经济", "【打印本页】 【关闭窗口】", "株洲汽车消费节开幕", "来源：株洲日报 | 作者：记者 汤某 | 2025-08-08",
        "8月7日，2025株洲汽车消费节在神农城开幕。", "【打印本页】 【关闭窗口】",
        "第A05版：经济", "攸县“一县一特”产品走进大湾区", "来源：株洲日报 | 作者：记者 罗某某 通讯员 陈某 | 2025-08-08",
        "8月6日，攸县在深圳举办特色农产品推介会。", "（图片由攸县融媒体中心提供）", "【打印本页】 【关闭窗口】",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.date == "2025-08-08"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("株洲汽车消费节开幕", ["汤某"], []), ("攸县“一县一特”产品走进大湾区", ["罗某某"], ["陈某"]),
    ]
    assert [line.kind for line in classify(["（图片由攸县融媒体中心提供）"])] == ["caption"]
    assert split_trailing_credit("图为智能生产线。（图/通讯员 黄某）")[1].photographers == ["黄某"]
    text = "\n".join([
        "芦淞区夜市经济持续升温", "本报讯 入夏以来，芦淞区美食街每晚客流量超过2万人次。（记者 汤某）",
        "株洲城区新增共享单车5000辆", "株洲日报讯（全媒体记者/罗某某）8月7日，城区新投放共享单车5000辆。",
        "市民骑行后须将单车停放在指定区域内。", "单车企业要及时清运。", "违规停放将被记录。", "今年还将增设停放点。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [("芦淞区夜市经济持续升温", ["汤某"]), ("株洲城区新增共享单车5000辆", ["罗某某"])]
    assert issue.articles[0].paragraphs[0] == "入夏以来，芦淞区美食街每晚客流量超过2万人次。"


def test_unsigned_one_paragraph_briefs_in_a_row_stay_apart():
    """'市区新增停车位3000个' over one unsigned paragraph, then another headline: the next brief, not a sub-heading."""
    text = "\n".join([
        "2025年8月8日 星期五 A03 城事 责任编辑 周某",
        "市区新增停车位3000个", "据市城管局消息，今年以来市区新增公共停车位3000个，缓解了老城区停车难。",
        "湘江株洲段水位回落", "受持续晴好天气影响，湘江株洲段水位回落至34.2米，低于警戒水位。",
        "神农公园荷花盛开", "近日，神农公园的荷花竞相绽放。", "株洲日报全媒体记者/谭某 摄",
        "天元区开展防溺水宣传", "株洲日报讯（全媒体记者/汤某）8月7日，天元区开展防溺水宣传进社区活动。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.photographers) for a in issue.articles] == [
        ("市区新增停车位3000个", []), ("湘江株洲段水位回落", []), ("神农公园荷花盛开", ["谭某"]), ("天元区开展防溺水宣传", []),
    ]


def test_one_paragraph_news_with_a_dash_subtitle_then_an_unsigned_headline():
    """A signed one-paragraph report with a '——' subtitle is no feature: the plain headline after it opens a piece."""
    text = "\n".join([
        "株洲5家企业入选国家级“小巨人”", "——全市总数达到68家",
        "株洲日报讯（全媒体记者/邓海峰）7月29日，工业和信息化部公布第七批专精特新“小巨人”企业名单，株洲5家企业入选。",
        "湘江株洲段水位回落", "受持续晴好天气影响，湘江株洲段水位回落至34.2米，低于警戒水位。",
        "一把刻刀守住百年木雕", "文/全媒体记者 谭某某", "在渌口区朱亭镇的工作室里，李某某已经和木头打了50年交道。",
        "从学徒到传承人", "16岁那年，李某某拜当地老木匠为师。",
    ])
    issue = parse_text(text, "x.txt")
    assert [a.title for a in issue.articles] == ["株洲5家企业入选国家级“小巨人”", "湘江株洲段水位回落", "一把刻刀守住百年木雕"]
    assert [b.kind for b in issue.articles[2].blocks] == ["p", "heading", "p"]  # a signed feature keeps its sub-heading


def test_marked_bylines_name_only_photo_credits_source_and_time_meta_and_link_boxes():
    from zzreader.core.bylines import parse_credit
    from zzreader.core.renditions.epaper import is_meta

    credit = parse_credit("□株洲日报全媒体记者 汤某 通讯员 刘某")
    assert (credit.reporters, credit.correspondents) == (["汤某"], ["刘某"])
    assert parse_credit("谭某 摄").photographers == ["谭某"]
    assert parse_credit("记者 谭某 摄").photographers == ["谭某"]  # a role word is never a name
    assert parse_credit("资料图") is None
    assert split_trailing_credit("居民在改造后的小区里散步。（谭某 摄）")[1].photographers == ["谭某"]
    assert is_meta("稿源：株洲日报 作者：记者 罗某 时间：2025-11-20 09:12:33")
    assert not is_meta("活动时间：11月20日；报名时间：11月18日")
    scrape = "\n".join([
        "【放大】【缩小】【默认】", "第A02版：要闻", "株洲今冬明春将新增3个热源站",
        "稿源：株洲日报 作者：记者 罗某 时间：2025-11-20 09:12:33", "11月19日，我市将新建3个集中供热热源站。", "上一篇 下一篇",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.date == "2025-11-20" and [a.reporters for a in issue.articles] == [["罗某"]]
    text = "\n".join([
        "株洲“一江两岸”灯光秀亮灯", "株洲日报讯（全媒体记者/谭某）11月19日晚，湘江株洲段“一江两岸”灯光秀正式亮灯。",
        "灯光秀每晚19:30至22:00开放。", "相关链接", "去年，灯光秀累计吸引市民游客超过300万人次。",
        "图为湘江两岸灯光璀璨。（邓海峰 摄）", "天元区开展冬季消防演练", "株洲日报讯（全媒体记者/汤某）11月19日，天元区开展消防演练。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.photographers) for a in issue.articles] == [("株洲“一江两岸”灯光秀亮灯", ["邓海峰"]), ("天元区开展冬季消防演练", [])]
    assert [b.kind for b in issue.articles[0].blocks][:4] == ["p", "p", "heading", "p"]


def test_words_by_and_pictures_by_in_one_credit():
    from zzreader.core.bylines import parse_credit

    for text in ("文/记者 汤某 图/记者 谭某", "文/汤某 图/谭某", "汤某/文 谭某/图", "文：汤某 图：谭某"):
        credit = parse_credit(text)
        assert (credit.reporters, credit.correspondents, credit.photographers) == (["汤某"], [], ["谭某"]), text
    issue = parse_text("\n".join([
        "湘江边的“守鸟人”", "文/记者 汤某 图/记者 谭某", "每天清晨，刘某某都会沿着湘江边巡查一遍。",
        "十年来，他救助受伤野生鸟类300多只。", "“鸟儿回来了，说明湘江的生态越来越好。”他说。",
    ]), "x.txt")
    assert [(a.title, a.reporters, a.photographers) for a in issue.articles] == [("湘江边的“守鸟人”", ["汤某"], ["谭某"])]


def test_fully_bracketed_e_paper_meta():
    scrape = "\n".join([
        "第A04版：文旅", "醴陵窑遗址公园对外开放", "【来源：株洲日报】【作者：记者 罗某 通讯员 丁某】【日期：2025-12-24】",
        "字体：【大】【中】【小】", "12月23日，醴陵窑遗址公园正式对外开放。", "上一篇 下一篇",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.date == "2025-12-24"
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["罗某"], ["丁某"])]


def test_caption_ending_in_names_and_she():
    """'▲候鸟在湿地觅食。谭某某 摄': a name-only credit after the caption's sentence; '大家拍摄' is no credit."""
    from zzreader.core.bylines import parse_credit

    text, credit = split_trailing_credit("▲候鸟在枫溪港湿地觅食。谭某某 摄")
    assert text == "▲候鸟在枫溪港湿地觅食。" and credit.photographers == ["谭某某"]
    assert split_trailing_credit("游客们纷纷拿出手机。大家拍摄")[1] is None
    assert parse_credit("大家拍摄") is None
