"""Focused checks for round AJ: rewrites archives make that the variant bench lacked.

Each test feeds a few lines of original text rewritten as one archive writes it
(Word's manual line breaks, letter-spaced display lines, a blank line after
every line, full-width figures, characters a GBK conversion lost) and asserts
what a reader sees (tests/bench/bench_rendition_variants.py runs the same
rewrites over every test issue).
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


# --- 1. Word's manual line break ('\v') between the lines of a block --------------------------------

PAGE = [
    "株洲日报　2026年9月14日　星期一　A03　城事", "",
    "石峰区老旧小区加装电梯四十部",
    "株洲日报全媒体记者 谭　欣",
    f"{S}{S}9月13日，记者从石峰区住建局获悉，今年全区老旧小区已加装电梯四十部，惠及居民一千二百余户。", "",
    "渌口区开展秋季森林防火巡查",
    "通讯员 彭　浩",
    f"{S}{S}连日来，渌口区组织护林员对辖区林地开展拉网式巡查，清理林下可燃物，确保秋季森林防火安全。", "",
]


def test_word_line_breaks_inside_each_block_are_line_ends():
    """A Word document's text ends each line of a block on '\\v' (Shift+Enter); a blank line is its paragraph mark."""
    blocks = "\n".join(PAGE).split("\n\n")
    issue = _read("\n\n".join(block.replace("\n", "\v") for block in blocks))
    assert titles(issue) == ["石峰区老旧小区加装电梯四十部", "渌口区开展秋季森林防火巡查"]
    assert issue.date == "2026-09-14"
    assert issue.articles[0].reporters == ["谭欣"] and issue.articles[1].correspondents == ["彭浩"]
    assert_nothing_lost(issue)


def test_one_stray_vertical_tab_is_still_a_space():
    text = "\n".join(PAGE).replace("老旧小区加装", "老旧小区\v加装", 1)
    assert titles(_read(text))[0] == "石峰区老旧小区 加装电梯四十部"


def test_two_word_line_breaks_before_a_lead_are_line_ends():
    """'…公交线路\\v本报讯…': with only two, the break before a lead still ends the headline's line."""
    text = ("3月9日　星期一　第2版\n\n市区新修两座人行天桥\v本报讯　市建委在建设路、红旗路口各新修人行天桥一座，日前通行。\n\n"
            "书店延长营业时间\v本报讯　新华书店从本月起每晚营业到九点。\n")
    issue = _read(text, "09-03-1987.txt")
    assert titles(issue) == ["市区新修两座人行天桥", "书店延长营业时间"]
    assert issue.articles[0].paragraphs[0].startswith("市建委在建设路")


# --- 2. short display lines a PDF extractor letter-spaced --------------------------------------------

SPACED = [
    "株 洲 日 报", "2026年10月9日 星期五", "A 0 4   区 县", "",
    "攸 县 晚 稻 开 镰",
    "记 者   谭 某   通 讯 员   易 某 某", "",
    "　　10月8日，攸县皇图岭镇的万亩晚稻进入收割期，二十多台收割机在田间往来穿梭，预计十天内完成收割。", "",
    "茶 陵 红 色 研 学 升 温",
    "株 洲 日 报 全 媒 体 记 者   欧 阳 某", "",
    "　　国庆假期，茶陵县接待研学团队一百二十批次，同比增长三成，工农兵政府旧址成为热门线路。", "",
]


def test_letter_spaced_headlines_and_bylines_read_as_words():
    issue = _read("\n".join(SPACED), "x.txt")
    assert [t.replace(" ", "") for t in titles(issue)] == ["攸县晚稻开镰", "茶陵红色研学升温"]
    first, second = issue.articles
    assert (first.reporters, first.correspondents) == (["谭某"], ["易某某"])
    assert second.reporters == ["欧阳某"]
    assert issue.date == "2026-10-09"
    assert_nothing_lost(issue)


def test_what_is_no_letter_spaced_line_stays():
    from zzreader.core.renditions.letter_spacing import collapse

    assert collapse("株洲日报全媒体记者 黄 婷 通讯员 彭 丽") is None  # one-character names, words between them
    assert collapse("| 护士 | 5 | 大专及以上 |") is None  # a table between rules
    assert collapse("□ 肖 然") is None  # a marker before a name
    assert collapse("易 朗 摄") is None  # a padded name over its role
    assert collapse("甲 乙 丙，丁 戊 己。") is None  # prose
    assert collapse("遗 失 声 明        招   租") == "遗失声明        招 租"  # a column's gap stays
    assert collapse("2026年10月9日   星 期 五") == "2026年10月9日 星期五"  # a figure an earlier pass closed


# --- 3. dates, times and page codes typed full-width ---------------------------------------------------

CMS_PAGE = [
    "芦淞区新建８座智能公厕",
    "作者：记者 龙某某 | ２０２６-０５-１１ ０８:３０",
    "　　５月１０日，记者从芦淞区城管局获悉，该区今年新建的８座智能公厕已全部投用，可实时显示空余厕位。",
    "",
    "石峰区开出首张“秒批”营业执照",
    "作者：通讯员 彭某 | ２０２６-０５-１１ ０８:３０",
    "　　５月１０日上午，石峰区政务服务中心为一家餐饮店发出首张“秒批”营业执照，全程用时不到十分钟。",
]


def test_a_cms_meta_line_with_a_full_width_date_gives_the_byline_and_the_day():
    """'作者：记者 龙某某 | ２０２６-０５-１１ ０８:３０': the byline, then the day and time the page was posted."""
    issue = _read("\n".join(CMS_PAGE))
    assert titles(issue) == ["芦淞区新建８座智能公厕", "石峰区开出首张“秒批”营业执照"]  # a headline keeps its figures
    first, second = issue.articles
    assert first.reporters == ["龙某某"] and second.correspondents == ["彭某"]
    assert issue.date == "2026-05-11"
    assert_nothing_lost(issue)


def test_only_the_figures_of_dates_in_prose_and_meta_lines_are_read_as_ascii():
    from zzreader.core.renditions.wide_dates import fold

    text = "株洲启动２０２５年读书节\n　　４月２３日，全市１２０家书店参加，销售额突破３０万元，增长２.１倍。\n时间：２０２５.４.２３　１９:３０"
    assert fold(text)[0] == ("株洲启动２０２５年读书节\n　　4月23日，全市１２０家书店参加，销售额突破３０万元，增长２.１倍。\n"
                             "时间：2025.4.23　19:30")


# --- 4. characters a GBK conversion lost, written '?' ---------------------------------------------------

def test_a_lost_mark_before_a_headline_or_inside_a_byline_is_read_as_none():
    text = "\n".join([
        "株洲日报　2026年6月3日　星期三　A02　要闻", "",
        "?? 荷塘区新增三处便民菜市场",  # an emoji and its space before the headline
        "株洲日报全媒体记者?钟?宁",  # no-break spaces around and inside the name
        "　　6月2日，荷塘区新建的三处便民菜市场同时开业，摊位租金比周边市场低两成。", "",
        "?? 醴陵启动夏季陶瓷夜市",  # an emoji before the headline
        "通讯员?贺?林",  # no-break spaces after the role and inside a two-character name, as a web page sets them
        "　　6月2日晚，醴陵陶瓷夜市开市，两百余个摊位沿渌江铺开，持续到九月底。",
    ])
    issue = _read(text, encoding="gbk")
    assert titles(issue) == ["荷塘区新增三处便民菜市场", "醴陵启动夏季陶瓷夜市"]
    first, second = issue.articles
    assert first.reporters == ["钟宁"] and second.correspondents == ["贺林"]
    assert "?? 荷塘区" in issue.text  # the issue keeps the file's text
    kept = _read("株洲日报　2003年7月15日　星期二\n\n?口镇新修三座便民桥\n　　本报讯　镇政府今年新修三座便民桥。\n", encoding="gbk")
    assert titles(kept) == ["?口镇新修三座便民桥"]  # a '?' right before a headline may be its lost first character
    named = _read("株洲日报　2003年7月15日　星期二\n\n沿河三村通了便民桥\n本报通讯员 谭?明\n　　本报讯　镇里新修三座便民桥。\n", encoding="gbk")
    assert named.articles[0].correspondents == ["谭?明"]  # one '?' in a name may be a rare character lost
    assert_nothing_lost(issue)


# --- 5. a blank line after every line (a web copy making each <br> a paragraph) ------------------------

def test_a_forwarded_mail_header_set_apart_line_by_line_is_no_article():
    lines = [
        "老陈：", "这篇写的是咱们小区。", "---------- Forwarded message ---------",
        "From: 彭某 <peng@example.com>", "Date: Tue, May 12, 2026 at 9:05 AM", "Subject: 今天的株洲日报", "To: 陈某 <chen@example.com>",
        "株洲日报 2026年5月12日 星期二 A04 城事",
        "天元区老旧小区新增充电车棚",
        "株洲日报全媒体记者 易　某",
        "5月11日，天元区栗雨街道六个老旧小区的电动自行车充电车棚建成投用，共设充电口三百余个。",
    ]
    issue = _read("\n\n".join(lines) + "\n")
    assert titles(issue) == ["天元区老旧小区新增充电车棚"]
    assert issue.articles[0].reporters == ["易某"]
    assert issue.date == "2026-05-12"
    assert_nothing_lost(issue)


def test_a_site_menu_set_apart_line_by_line_is_furniture():
    lines = [
        "株洲新闻网 首页", "新闻", "要闻", "民生", "数字报",
        "株洲日报 2026年6月20日 第A03版：城事",
        "神农公园荷花进入最佳观赏期",
        "作者：唐某　通讯员：周某",
        "日期：2026-06-20",
        "　　6月19日，神农公园两千余平方米荷塘里的荷花竞相开放，公园延长开放时间至晚上十点。",
    ]
    issue = _read("\n\n".join(lines) + "\n")
    assert titles(issue) == ["神农公园荷花进入最佳观赏期"]
    assert issue.date == "2026-06-20"
    assert_nothing_lost(issue)


def test_a_full_width_telephone_number_still_makes_a_classified_ad():
    text = ("株洲日报　2026年7月8日　星期三　B04　分类广告\n\n家教\n"
            "　　师范大学在读研究生暑期辅导初中数学、物理，可上门。电话：１３９７３１２００００\n\n"
            "房屋出租\n　　荷塘区某某小区两室一厅，家电齐全，月租１２００元。联系电话：０７３１－２８１２３４５６\n")
    issue = _read(text)
    assert [(a.title, a.type) for a in issue.articles] == [("家教", "ad"), ("房屋出租", "ad")]


def test_a_whole_full_width_date_under_a_speech_headline_is_read():
    from zzreader.core.renditions.wide_dates import fold

    assert fold("在全市春耕生产工作会议上的讲话\n（２０２６年３月２日）\n１９:３０ 今日株洲")[0] == (
        "在全市春耕生产工作会议上的讲话\n（2026年3月2日）\n19:30 今日株洲")
