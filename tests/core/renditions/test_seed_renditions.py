"""Parser round AK: what the seeds rendered as PDF text, e-paper scrapes and exports lost (tests/bench/bench_seed_renditions.py).

Every page here is ORIGINAL text written for these tests; what each test expects was
written by reading the page, not by running the parser.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text


def _titles(text: str, name: str = "株洲日报20250612.txt") -> list[str]:
    return [a.title for a in parse_text(text, name).articles]


# --------------------------------------------------------------------------
# An ad's slogans, one a line, are its copy, not headlines

AD_PAGE = """河西菜场完成提质改造

株洲日报讯(全媒体记者/林晓岚) 6月10日,改造后的河西菜场重新开门迎客,摊位由原来的86个增至120个,地面和排水全部翻新。

市场负责人介绍,下一步将引入电子秤统一监管,确保斤两足、价格明。

夏日纳凉音乐会
全程免费,老少皆宜
欢迎扶老携幼前来
来吧,一起唱响夏夜!
活动安排:
1、每周六晚7点开演,地点在神农公园南门广场。
2、现场设有饮水点和休息区。
咨询电话:0731-22880001

城区三条道路夜间封闭施工

株洲日报讯(全媒体记者/郭明远) 记者从市城管局获悉,6月13日起,城区三条道路将分段夜间封闭施工,请市民提前规划出行路线。
"""


def test_an_ads_slogans_stay_in_the_ad():
    issue = parse_text(AD_PAGE, "株洲日报20250612.txt")
    assert [a.title for a in issue.articles] == ["河西菜场完成提质改造", "夏日纳凉音乐会", "城区三条道路夜间封闭施工"]
    ad = issue.articles[1]
    assert ad.type == "ad"
    assert "来吧,一起唱响夏夜!" in ad.text


def test_an_ads_slogans_stay_in_the_ad_with_blank_lines():
    page = AD_PAGE.replace("老少皆宜\n", "老少皆宜\n\n").replace("前来\n", "前来\n\n").replace("夏夜!\n", "夏夜!\n\n")
    assert _titles(page) == ["河西菜场完成提质改造", "夏日纳凉音乐会", "城区三条道路夜间封闭施工"]


# --------------------------------------------------------------------------
# An e-paper scrape: the meta line's bare names give way to the story's own byline with its roles

EPAPER_PAGE = """第A04版：城事
【字体：大 中 小】 【打印】

夜市烟火里的新消费

作者：罗晓晴 来源：株洲日报 日期：2025-06-12

　　——神农城夜经济观察
　　株洲日报全媒体记者/罗晓晴
　　通讯员/彭立冬 邝雨桐
　　晚上八点,神农城步行街上人流渐密,三十多个摊位依次亮灯。
　　摊主小周说,今年的客流比去年同期多出近三成,周末尤其火爆。

上一篇 下一篇

第A04版：城事
【字体：大 中 小】 【打印】

荷塘区举办社区运动会

作者：邹启航 来源：株洲日报 日期：2025-06-12

　　株洲日报讯(通讯员/邹启航) 6月10日,荷塘区第三届社区运动会开幕,十二个社区的四百余名居民参赛。

上一篇 下一篇

第A04版：城事
【字体：大 中 小】 【打印】

端午龙舟试水

作者：唐奕 宋嘉禾 来源：株洲日报 日期：2025-06-12

　　6月11日,湘江石峰段,参加端午龙舟赛的队伍开展下水训练。株洲日报记者 唐奕 通讯员/宋嘉禾 摄

上一篇 下一篇
"""


def test_an_epaper_meta_line_gives_way_to_the_storys_own_byline():
    issue = parse_text(EPAPER_PAGE, "zzrb-2025-06-12.txt")
    got = [(a.title, a.reporters, a.correspondents, a.photographers) for a in issue.articles]
    assert got == [
        ("夜市烟火里的新消费", ["罗晓晴"], ["彭立冬", "邝雨桐"], []),
        ("荷塘区举办社区运动会", [], ["邹启航"], []),
        ("端午龙舟试水", [], [], ["唐奕", "宋嘉禾"]),
    ]


EPAPER_REPEAT = """第A05版：民生
【字体：大 中 小】 【打印】

全市新增十个
养老服务驿站

作者：钟雅琳 来源：株洲日报 日期：2025-06-12

　　全市新增十个养老服务驿站
　　株洲日报讯(全媒体记者/钟雅琳 通讯员/曹一帆) 记者从市民政局获悉,今年上半年全市新增养老服务驿站十个,覆盖五个城区。

上一篇 下一篇
"""


def test_an_epaper_headline_said_again_under_the_meta_line_is_no_story():
    issue = parse_text(EPAPER_REPEAT, "zzrb-2025-06-12.txt")
    got = [(a.title, a.reporters, a.correspondents) for a in issue.articles]
    assert got == [("全市新增十个养老服务驿站", ["钟雅琳"], ["曹一帆"])]


# --------------------------------------------------------------------------
# PDF text: a sentence cut by the page's end goes on after the next page's running head

PDF_PAGES = """株洲日报 2025年6月12日 星期四 A02 要闻

城区新增三处口袋公园

　　株洲日报讯(全媒体记者/林晓岚) 6月11日,荷塘
区月塘街道的口袋公园正式开放,附近居民从此多了一
处散步纳凉的好去处。

　　据了解,今年城区计划新增口袋公园十二处,目前
已完工三处,其余九处将在年底前陆续建成。

　　市城管局有关负责人表示,口袋公园建设是

— 2 —
\f株洲日报 2025年6月12日 星期四 A03 综合

　　“一刻钟便民生活圈”的重要一环,将优先选址在
老旧小区周边,让居民出门就能见绿。

夏日走基层

凌晨四点的菜市场

　　株洲日报讯(全媒体记者/郭明远) 凌晨四点,芦淞
区建设路菜市场已是灯火通明,来自周边乡镇的菜农陆
续将新鲜蔬菜运进市场。

— 3 —
"""


def test_a_sentence_cut_at_the_page_end_goes_on_over_the_running_head():
    issue = parse_text(PDF_PAGES, "zzrb-2025-06-12.txt")
    assert [a.title for a in issue.articles] == ["城区新增三处口袋公园", "凌晨四点的菜市场"]
    assert "口袋公园建设是“一刻钟便民生活圈”的重要一环" in issue.articles[0].text


def test_a_headline_at_the_top_of_a_page_still_opens_its_story():
    page = PDF_PAGES.replace("口袋公园建设是\n", "口袋公园建设将持续推进。\n").replace(
        "　　“一刻钟便民生活圈”的重要一环,将优先选址在\n老旧小区周边,让居民出门就能见绿。\n",
        "社区食堂开到家门口\n\n　　株洲日报讯(全媒体记者/何雨萌) 石峰区首批五家社区食堂\n昨日开业,老人就餐可享八折优惠。\n")
    assert [a.title for a in parse_text(page, "zzrb-2025-06-12.txt").articles] == [
        "城区新增三处口袋公园", "社区食堂开到家门口", "凌晨四点的菜市场"]


# --------------------------------------------------------------------------
# PDF text without blank lines: a short line right over a lead is its headline, after a full line too

PDF_NOTICES = """株洲日报 2025年6月12日 星期四 A06 公告

　　·荷塘区宋家桥小学遗失J5525002291807号开户许可证
　　·株洲宏远建材贸易有限公司遗失发票专用章一枚
石峰区启动夏季消防安全检查
　　株洲日报讯(全媒体记者/邝雨桐)6月11日,石峰区启动
为期一个月的夏季消防安全检查,重点排查小区电动车违规
充电和消防通道占用问题。
"""


def test_a_short_line_over_a_lead_is_its_headline_after_a_full_notice_line():
    issue = parse_text(PDF_NOTICES, "zzrb-2025-06-12.txt")
    story = next(a for a in issue.articles if a.reporters)
    assert (story.title, story.reporters) == ("石峰区启动夏季消防安全检查", ["邝雨桐"])
    assert not any("一枚石峰区" in p for a in issue.articles for p in a.paragraphs)


def test_a_headline_broken_at_the_column_over_its_lead_stays_one():
    page = PDF_NOTICES.replace("石峰区启动夏季消防安全检查\n", "石峰区启动夏季消防安全“大\n体检”\n")
    story = next(a for a in parse_text(page, "zzrb-2025-06-12.txt").articles if a.reporters)
    assert story.title == "石峰区启动夏季消防安全“大体检”"



# --------------------------------------------------------------------------
# A photo credit cut at the column: '摄' alone on the next line is the credit's mark

PDF_PHOTO = """株洲日报 2025年6月12日 星期四 A04 城事

荷塘月色公园荷花盛开

　　近日,荷塘月色公园的千亩荷花竞相开放,吸引
大批市民前来观赏拍照。

株洲日报记者 黎安然 通讯员/葛书衡 
摄

城区新增三处口袋公园

　　株洲日报讯(全媒体记者/林晓岚) 6月11日,荷塘
区月塘街道的口袋公园正式开放。
"""


def test_a_lone_photo_mark_under_a_credit_makes_it_a_photo_credit():
    issue = parse_text(PDF_PHOTO, "zzrb-2025-06-12.txt")
    photo = issue.articles[0]
    assert (photo.title, photo.reporters, photo.correspondents, photo.photographers) == (
        "荷塘月色公园荷花盛开", [], [], ["黎安然", "葛书衡"])
    assert "摄" not in photo.paragraphs


# --------------------------------------------------------------------------
# PDF text without blank lines: the masthead's lines (date, issue number, imprint) are lines of their own

PDF_FRONT = """株洲日报 2025年6月12日 星期四 A01 要闻

掌上株洲
客户端2025年6月12日 星期四
乙巳年五月十七 第24035期 今日8版
中共株洲市委主管、主办 国内统一连续出版物号CN 43-0005
我市启动第二批老旧小区改造工程
株洲日报讯(全媒体记者/简思远 通讯员/
葛书衡) 6月11日,我市第二批老旧小区
改造项目集中开工,涉及四个城区的三十二个
小区,惠及居民一万余户,计划年底前全部完
工。
改造内容包括管网更新、外墙翻新、加装电
梯和增设停车位,市住建局将全程跟踪质量
。
"""


def test_the_masthead_lines_do_not_run_into_the_first_headline():
    issue = parse_text(PDF_FRONT, "zzrb-2025-06-12.txt")
    story = next(a for a in issue.articles if a.reporters)
    assert (story.title, story.reporters, story.correspondents) == ("我市启动第二批老旧小区改造工程", ["简思远"], ["葛书衡"])
    assert not any("第24035期" in p for a in issue.articles for p in a.paragraphs)
    assert issue.date == "2025-06-12"



# --------------------------------------------------------------------------
# PDF text without indents or blank lines: a notice list's item ends at its line's end

PDF_LIST = """株洲日报 2025年6月12日 星期四 A07 综合
城区新增三处口袋公园
株洲日报讯(全媒体记者/林晓岚) 6月11日,荷
塘区月塘街道的口袋公园正式开放,附近居民从
此多了一处散步纳凉的好去处。据了解,今年城
区计划新增口袋公园十二处,目前已完工三处,
其余九处将在年底前陆续建成。
— 7 —
\f株洲日报 2025年6月12日 星期四 A08 公告
下列证件声明作废
·钟雨晴(父:钟立军、母:方晓雯)遗失N43
0512871号出生证
·株洲市恒达物流有限公司遗失湘B2K617号道
路运输证副本和道路运输经营许可证正本
·谢文博遗失株洲市河西校区学生证一本
2025年6月13日 河西片区停水安排(公告)
供水线路	停水时间	停水范围	影响区域
因管网改造施工,6月13日8时至18时,河西片
区部分小区将暂停供水,请居民提前储水。
— 8 —
"""


def test_each_item_of_a_notice_list_ends_at_its_line_end():
    issue = parse_text(PDF_LIST, "zzrb-2025-06-12.txt")
    notice = next(a for a in issue.articles if a.title == "下列证件声明作废")
    assert notice.paragraphs == [
        "钟雨晴(父:钟立军、母:方晓雯)遗失N430512871号出生证",
        "株洲市恒达物流有限公司遗失湘B2K617号道路运输证副本和道路运输经营许可证正本",
        "谢文博遗失株洲市河西校区学生证一本",
    ]
    assert "2025年6月13日 河西片区停水安排(公告)" in [a.title for a in issue.articles]


def test_a_tabbed_row_is_a_line_of_its_own():
    issue = parse_text(PDF_LIST, "zzrb-2025-06-12.txt")
    notice = next(a for a in issue.articles if a.title == "2025年6月13日 河西片区停水安排(公告)")
    assert notice.paragraphs[0].split() == ["供水线路", "停水时间", "停水范围", "影响区域"]
    assert notice.paragraphs[-1].startswith("因管网改造施工")

