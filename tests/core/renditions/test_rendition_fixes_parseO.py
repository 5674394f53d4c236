"""Focused checks for the repairs of parser round O: what its held-out issues showed.

Each test feeds a few lines of original text (or bytes) and asserts what a reader sees:
titles, bylines, paragraphs and what is kept as furniture.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.decode import decode
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_bytes, parse_text


def _text(*lines: str) -> str:
    """A page as its dump holds it: one line a row."""
    return "\n".join(lines)


# --- 1. Bylines: the chief reporter of the paper's group ---------------------------------------------------------


@pytest.mark.parametrize("credit", ["株洲日报社全媒体首席记者 王铁军", "全媒体首席记者 王铁军", "株洲日报全媒体见习记者 王铁军"])
def test_chief_and_trainee_reporters_of_the_media_group_are_reporters(credit):
    assert parse_credit(credit).reporters == ["王铁军"]


def test_closing_bracketed_chief_reporter_signs_the_brief():
    issue = parse_text(_text(
        "株洲日报　2026年3月24日　星期二　A03　要闻",
        "“株洲造”氢能源有轨电车发往海外",
        "　　本报讯　3月23日，一列氢能源有轨电车在株洲下线，将发往东南亚。",
        "　　（株洲日报社全媒体首席记者 王铁军）",
    ), "x.txt")
    assert issue.articles[0].reporters == ["王铁军"]


# --- 2. GBK with a few bad bytes --------------------------------------------------------------------------------


def _gbk_page(bad: bytes) -> bytes:
    head = "株洲日报　2026年3月28日　星期六　A06　县域\r\n茶陵春茶开采\r\n株洲日报全媒体记者 龙思琪\r\n　　3月27日，茶陵县云阳山茶园迎来春茶开采，采茶工人穿梭在茶垄间".encode("gbk")
    tail = "，一派繁忙景象。今年全县茶园面积达到8.6万亩，预计春茶产值3.2亿元。\r\n".encode("gbk")
    return head + bad + tail + b"\x1a"


def test_gbk_with_a_stray_byte_is_read_with_it_replaced_and_named():
    decoded = decode(_gbk_page(b"\xff"))
    assert decoded.encoding == "gb18030"
    assert "茶垄间\ufffd，一派" in decoded.text
    assert "GB18030" in decoded.warnings[0] and "4" in decoded.warnings[0]  # the line it is on


def test_gbk_page_with_bad_bytes_parses_its_article():
    issue = parse_bytes(_gbk_page(b"\x80"), "x.txt")
    assert titles(issue) == ["茶陵春茶开采"]
    assert issue.articles[0].reporters == ["龙思琪"]
    assert issue.date == "2026-03-28"


def test_bytes_that_are_no_chinese_text_are_still_refused():
    with pytest.raises(ParseError):
        decode(bytes(range(0x80, 0x100)) * 8 + b"\xff\xff")


# --- 3. Related-article lists after an e-paper body ---------------------------------------------------------------


def test_related_lists_after_a_body_are_furniture():
    issue = parse_text(_text(
        "株洲日报数字报　2026年3月25日　第A04版：城事",
        "渌口区新增3条城乡公交线路",
        "株洲日报记者 刘佳琪 实习生 彭子涵",
        "　　3月24日起，渌口区新开通3条城乡公交线路，覆盖沿线16个行政村，票价统一为2元。",
        "延伸阅读：",
        "1. 我市城乡公交一体化实现全覆盖",
        "2. 株洲公交推出乘车优惠月卡",
        "责任编辑：黄　蕾",
        "石峰区启动背街小巷“微改造”",
        "株洲日报全媒体记者 方嘉文",
        "　　3月24日，石峰区启动今年背街小巷“微改造”工程，计划改造街巷26条。",
        "相关稿件：",
        "石峰区去年改造背街小巷18条（2026-01-05）",
        "【相关阅读】",
        "· 赏花地图来了！株洲春季踏青好去处　2026-03-18",
    ), "x.txt")
    assert titles(issue) == ["渌口区新增3条城乡公交线路", "石峰区启动背街小巷“微改造”"]
    assert issue.articles[0].correspondents == ["彭子涵"]
    assert all("阅读" not in p and "2026-01-05" not in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(issue)


# --- 4. A CMS's one-line comment holding tags ---------------------------------------------------------------------


def test_enpproperty_comment_with_tags_inside_is_no_text():
    issue = parse_text(_text(
        "<html><body><div>株洲日报　2026年3月26日　星期四</div>",
        "<article>",
        "<!--enpproperty <articleid>318843</articleid><date>2026-03-26 07:30:00.0</date><author>沈卓然</author><title>市区新增4处口袋公园</title>/enpproperty-->",
        "<h1>市区新增4处口袋公园</h1>",
        "<p>株洲日报全媒体记者 沈卓然</p>",
        "<!--enpcontent--><p>记者从市城管局获悉，今年一季度，市区新建的4处口袋公园已全部向市民开放。</p><!--/enpcontent-->",
        "</article></body></html>",
    ), "x.html")
    assert titles(issue) == ["市区新增4处口袋公园"]
    assert issue.articles[0].paragraphs[0].startswith("记者从市城管局获悉")
    assert not any("enp" in p for a in issue.articles for p in a.paragraphs)


# --- 5. Framed editor's notes over each article of a dump ---------------------------------------------------------


def test_framed_editors_note_without_colon_prefaces_the_next_article():
    issue = parse_text(_text(
        "株洲日报　2026年3月30日　星期一　第A07版　民生",
        "【编者按】城市更新，关乎千家万户。即日起，本报推出系列报道，记录身边的变化。",
        "荷塘区桂花社区：加装电梯圆了居民“上楼梦”",
        "株洲日报全媒体记者 邹晓雯",
        "3月29日，荷塘区桂花社区3栋楼前，新加装的电梯正式投入使用。（完）",
        "【编者按】市民的“菜篮子”，连着城市的温度。本报今起开设“走进农贸市场”栏目。",
        "芦淞区建宁农贸市场完成提质改造",
        "文/图 株洲日报记者 袁梦洁",
        "3月29日，芦淞区建宁农贸市场完成提质改造后重新开业。（完）",
    ), "x.txt")
    assert titles(issue) == ["荷塘区桂花社区：加装电梯圆了居民“上楼梦”", "芦淞区建宁农贸市场完成提质改造"]
    first, second = issue.articles
    assert first.paragraphs[0].startswith("【编者按】城市更新") and first.paragraphs[-1].endswith("（完）")
    assert second.paragraphs[0].startswith("【编者按】市民的")
    assert second.line_start == 6
    assert_nothing_lost(issue)


def test_an_editors_footnote_stays_with_the_piece_it_closes():
    issue = parse_text(_text(
        "株洲日报　2026年3月30日　星期一　第A08版　文化",
        "老街记忆",
        "文/李　明",
        "小时候，外婆家就在老街的尽头，门前有一棵桂花树。",
        "编者注：本文作者系株洲市作家协会会员。",
        "神农城市民音乐节下月开幕",
        "株洲日报全媒体记者 唐雨菲",
        "3月26日，记者从市文旅广电局获悉，第三届神农城市民音乐节将于4月18日开幕。",
    ), "x.txt")
    assert issue.articles[0].paragraphs[-1].startswith("编者注")


# --- 6. Markdown reference images and link definitions ------------------------------------------------------------


def test_reference_image_and_its_caption_are_no_new_piece():
    issue = parse_text(_text(
        "# 株洲日报 2026年4月6日 A03 要闻",
        "",
        "## 神农城夜市“上新”",
        "",
        "> 株洲日报全媒体记者 邝思雨",
        "",
        "4月5日晚，神农城夜市新增的48个特色摊位亮灯营业，汇集了攸县香干、醴陵炒粉等本地美食。",
        "",
        "![夜市一角][p1]",
        "",
        '<p align="center"><small>夜市一角。株洲日报全媒体记者 邝思雨 摄</small></p>',
        "",
        "详情见[活动页面][1]。",
        "",
        "[p1]: https://img.example.cn/p1.jpg",
        "[1]: https://www.example.cn/night",
    ), "x.md")
    assert titles(issue) == ["神农城夜市“上新”"]
    article = issue.articles[0]
    assert article.photographers == ["邝思雨"]
    assert "详情见活动页面。" in article.paragraphs
    assert not any("https://" in p for p in article.paragraphs)
    assert_nothing_lost(issue)


# --- 7. A lead figure above its story's header in HTML ------------------------------------------------------------


def test_lead_figure_inside_a_section_credits_that_sections_story():
    issue = parse_text(_text(
        "<html><body><div>株洲日报　2026年04月07日　星期二</div>",
        '<section class="story">',
        "<header><h2>株洲首条低空旅游航线开通</h2>",
        "<p>株洲日报全媒体记者 龙雨晨</p></header>",
        "<p>4月6日，株洲首条低空旅游航线在芦淞通航产业园开通。</p>",
        "</section>",
        '<section class="story">',
        '<figure><img src="s2.jpg"><figcaption>4月6日，市民在神农公园赏花。株洲日报全媒体记者 严子谦 摄</figcaption></figure>',
        "<header>",
        "<h2>清明假期全市接待游客逾百万人次</h2>",
        "<p>株洲日报全媒体记者 严子谦</p>",
        "</header>",
        "<p>记者从市文旅广电局获悉，清明假期全市共接待游客112.6万人次。</p>",
        "</section></body></html>",
    ), "x.html")
    first, second = issue.articles
    assert first.photographers == []
    assert second.title == "清明假期全市接待游客逾百万人次" and second.photographers == ["严子谦"]
    assert second.line_start <= 8 <= second.line_end
    assert_nothing_lost(issue)


# --- 8. A lead broken inside its bracketed byline -------------------------------------------------------------------


def test_lead_broken_inside_the_bracket_names_everyone():
    issue = parse_text(_text(
        "株洲日报　2026年4月2日　星期四　　　　　　　　　　　　A02　经济",
        "中车株机获欧洲地铁车辆订单",
        "株洲日报全媒体记者 邓凯文 通讯员 孙雅琴",
        "　　4月1日，中车株洲电力机车有限公司（CR",
        "RC ZELC）与欧洲某城市地铁公司签约，将为其提供",
        "24列地铁车辆。这是该公司今年获得的第三个海外",
        "地铁订单。",
        "株洲高新区企业享受研发费用加计扣除超9亿元",
        "　　本报讯（株洲日报全媒体记者 廖子健 通讯员 蒋云",
        "峰）4月1日，记者从国家税务总局株洲市税务局获",
        "悉，一季度全市1860家企业享受研发费用加计扣除政",
        "策，扣除金额9.2亿元。",
    ), "x.txt")
    article = issue.articles[1]
    assert (article.reporters, article.correspondents) == (["廖子健"], ["蒋云峰"])
    assert article.paragraphs[0].startswith("4月1日，记者从")


def test_a_bracket_that_is_no_credit_is_not_joined():
    issue = parse_text(_text(
        "株洲日报　2026年4月2日　星期四　A02　经济",
        "醴陵瓷器出口增长",
        "本报讯（数据截至3月",
        "底）一季度醴陵瓷器出口增长12%，出口额达到18亿元。",
    ), "x.txt")
    assert not any("署名括号" in w for w in issue.warnings)
    assert_nothing_lost(issue)


# --- 9. Types: a reporter's story about a notice; a job table -----------------------------------------------------


def test_a_reporters_dated_story_about_a_notice_is_news():
    issue = parse_text(_text(
        "株洲日报　2026年4月3日　星期五　第A05版　城事",
        "市区清明祭扫高峰期交通管制公告发布",
        "株洲日报全媒体记者 乔语嫣 通讯员 黄子杰 报道",
        "4月2日，市公安局交警支队发布清明节期间交通管制措施。",
        "交通管制公告",
        "4月4日至6日，仙庾岭公墓周边道路实行临时交通管制。特此公告。",
        "株洲市公安局交通警察支队",
    ), "x.txt")
    assert [a.type for a in issue.articles] == ["news", "notice"]


def test_box_drawn_job_table_under_its_title_is_one_ad():
    issue = parse_text(_text(
        "株洲日报　2026年4月1日　星期三　B04　分类广告",
        "株洲市人力资源市场2026年4月招聘信息",
        "┌──────────┬──────┬────┐",
        "│用人单位　　　　　│岗位　　　│人数│",
        "├──────────┼──────┼────┤",
        "│株洲某某电机公司　│数控车工　│10　│",
        "│株洲某某物流公司　│叉车司机　│5 　│",
        "└──────────┴──────┴────┘",
        "以上信息由株洲市公共就业服务中心提供。",
        "遗失声明",
        "株洲市荷塘区某某餐饮店遗失食品经营许可证正本，声明作废。",
    ), "x.txt")
    assert titles(issue) == ["株洲市人力资源市场2026年4月招聘信息", "遗失声明"]
    ad = issue.articles[0]
    assert ad.type == "ad"
    table = next(b for b in ad.blocks if b.kind == "table")
    assert table.rows == [["用人单位", "岗位", "人数"], ["株洲某某电机公司", "数控车工", "10"], ["株洲某某物流公司", "叉车司机", "5"]]
    assert_nothing_lost(issue)


def test_box_drawn_statistics_stay_a_table():
    issue = parse_text(_text(
        "株洲日报　2026年4月1日　星期三　A03　经济",
        "一季度各县市区规上工业增加值增速",
        "┌──────┬────┐",
        "│醴陵市　　│8.2%│",
        "│攸县　　　│7.6%│",
        "└──────┴────┘",
    ), "x.txt")
    assert [a.type for a in issue.articles] == ["table"]


# --- 10. Two pages in one dump of one paragraph a line -------------------------------------------------------------


def test_a_blank_line_over_the_next_pages_masthead_keeps_a_dump_one_paragraph_a_line():
    issue = parse_text(_text(
        "株洲日报　2026年4月10日　星期五　A03　城事",
        "市区新增12条公交微循环线路",
        "株洲日报全媒体记者 聂子琪",
        "　　4月9日，市公交集团新开通12条公交微循环线路，重点服务老旧小区居民出行。",
        "天元区“15分钟便民生活圈”覆盖率达90%",
        "株洲日报全媒体记者 邱文博 通讯员 孟晓燕",
        "　　记者4月9日从天元区商务局获悉，该区已建成“15分钟便民生活圈”38个。",
        "",
        "株洲日报　2026年4月11日　星期六　A03　城事",
        "神农湖公园樱花步道开放",
        "株洲日报记者 谷雨桐 实习生 郑可馨",
        "　　4月10日，神农湖公园樱花步道完成提质改造后重新开放。",
        "芦淞服饰市场春季订货会开幕",
        "　　本报讯（株洲日报全媒体记者 吕思涵 通讯员 覃海波）4月10日，2026芦淞服饰春季订货会开幕。",
    ), "x.txt")
    assert issue.rendition == "single_newline"
    assert len(issue.articles) == 4
    assert [a.reporters for a in issue.articles] == [["聂子琪"], ["邱文博"], ["谷雨桐"], ["吕思涵"]]
    assert issue.date == "2026-04-10"


# --- 11. Related links led by their source -------------------------------------------------------------------------


def test_related_titles_led_by_a_bracketed_source_are_furniture():
    issue = parse_text(_text(
        "当前位置：首页 > 株洲日报 > 2026年04月12日 > A02版：要闻",
        "株洲新增3家国家级绿色工厂",
        "2026-04-12 08:30:12　来源：株洲日报",
        "本报记者 乔思远 实习生 邹雨菲",
        "　　4月11日，工业和信息化部公布2026年度绿色制造名单，我市3家企业入选国家级绿色工厂。",
        "相关新闻：",
        "[株洲日报] 我市出台绿色制造体系建设实施方案",
        "【新华社】工信部发布绿色制造名单",
        "【收藏】【打印】【关闭】",
        "湘江风光带樱花谷迎来赏花高峰",
        "2026-04-12 08:30:12　来源：株洲日报",
        "文/图 株洲日报记者 盛佳琪",
        "　　4月11日，湘江风光带樱花谷的晚樱进入盛花期。",
    ), "x.txt")
    assert titles(issue) == ["株洲新增3家国家级绿色工厂", "湘江风光带樱花谷迎来赏花高峰"]
    assert issue.articles[0].correspondents == ["邹雨菲"]
    assert issue.articles[1].photographers == ["盛佳琪"]
    assert_nothing_lost(issue)


# --- 12. A running head led by the page, then the paper's name, mid-paragraph ---------------------------------------


def test_page_first_running_head_with_the_papers_name_is_furniture_inside_a_paragraph():
    issue = parse_text(_text(
        "株洲日报　2026年4月9日　星期四　　　　　　　　　　　A04　县域",
        "醴陵一季度陶瓷产业产值增长两成",
        "株洲日报全媒体记者 韩思远 通讯员 谢一帆",
        "　　4月8日，记者从醴陵市工业和信息化局获悉，",
        "今年一季度醴陵陶瓷产业实现产值218亿元，同比",
        "增长20.5%，增幅居全省县域产业首位。其中日用",
        "陶瓷和工艺陶瓷出口额达36.7亿元①，同比增长15.",
        "3%；电瓷产值增长9.8%。",
        "　　据介绍，醴陵陶瓷企业加快数字化转型，目前",
        "已有126家企业接入醴陵陶瓷产业互联网平台，企",
        "A04　县域　　　　　　　　　　　　　　　　　　　　　株洲日报　2026年4月9日　星期四",
        "业平均生产效率提升18%。市民可登录网站www.lil",
        "ingceramics.cn查询企业名录，今年醴陵还将举办",
        "第三届国际陶瓷博览会，力争全年陶瓷产业产值突",
        "破1000亿元。",
    ), "x.txt")
    first, second = issue.articles[0].paragraphs[:2]
    assert "同比增长15.3%；电瓷" in first
    assert second.endswith("产业互联网平台，企业平均生产效率提升18%。市民可登录网站www.lilingceramics.cn查询企业名录，今年醴陵还将举办第三届国际陶瓷博览会，力争全年陶瓷产业产值突破1000亿元。")
    assert any(u.line_start == 11 for u in issue.unassigned)


# --- 13. A site's rights notice under each story ------------------------------------------------------------------


def test_rights_notice_under_each_scraped_story_is_furniture():
    issue = parse_text(_text(
        "株洲新闻网　>　数字报　>　株洲日报　>　2026年04月18日　>　第A03版：城事",
        "市区新增5处“口袋书屋”",
        "来源：株洲日报-株洲新闻网　　作者：株洲日报全媒体记者 江雨涵 通讯员 伍建军 报道　　2026-04-18 07:00",
        "　　4月17日，记者从市图书馆获悉，我市新建的5处“口袋书屋”正式对外开放。",
        "责任编辑：邹　航　　审核：王　明　　终审：李　军",
        "声明：本文版权归株洲日报所有，转载请注明出处。",
        "荷塘区“夜间托管班”受欢迎",
        "来源：株洲日报-株洲新闻网　　作者：本报记者 晏子墨 实习生 卜雨萌　　2026-04-18 07:00",
        "　　荷塘区今年在12个社区开设“夜间托管班”，目前已有460名学生报名。",
        "未经授权，禁止转载。",
    ), "x.txt")
    assert titles(issue) == ["市区新增5处“口袋书屋”", "荷塘区“夜间托管班”受欢迎"]
    assert not any("转载" in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(issue)


def test_a_sentence_about_copyright_stays_text():
    issue = parse_text(_text(
        "株洲日报　2026年4月18日　星期六　A03　城事",
        "市版权局开展“剑网”专项行动",
        "株洲日报全媒体记者 江雨涵",
        "4月17日，市版权局启动“剑网2026”专项行动，重点整治网络侵权盗版行为，保护原创作品的合法权益，维护良好的版权秩序和创作环境。",
        "执法人员提醒，转载他人作品应当取得授权并注明出处，未经许可擅自转载可能承担法律责任，情节严重的将依法追究。",
    ), "x.txt")
    assert len(issue.articles[0].paragraphs) == 2


# --- 14. Site-generator shortcodes in Markdown --------------------------------------------------------------------


def test_figure_shortcode_is_a_caption_and_other_shortcodes_are_kept_aside():
    issue = parse_text(_text(
        "---",
        'title: "株洲日报 2026-04-19 A06 教育"',
        "---",
        "",
        "## 市职教城新增3个产教融合实训基地",
        "",
        "**株洲日报全媒体记者 屈梦瑶 通讯员 梁海涛**",
        "",
        "4月18日，株洲职教城新增3个产教融合实训基地揭牌。",
        "",
        "<!--more-->",
        "",
        '{{< figure src="/img/jd.jpg" caption="学生在实训基地进行设备操作。株洲日报全媒体记者 屈梦瑶 摄" >}}',
        "",
        '{{< youtube id="abc123" >}}',
    ), "x.md")
    article = issue.articles[0]
    assert article.photographers == ["屈梦瑶"]
    assert [b.kind for b in article.blocks] == ["p", "caption"]
    assert any("youtube" in u.text for u in issue.unassigned)


# --- 15. One-line property ads; photo pieces titled with ▲ --------------------------------------------------------


def test_property_ads_on_one_line_are_pieces_of_their_own():
    issue = parse_text(_text(
        "株洲日报　2026年4月23日　星期四　B03　分类广告",
        "房屋出售：荷塘区某某小区三室两厅，128平方米，精装修，售价98万元。电话：13807332345",
        "车位出租：芦淞区某某花园地下车位，月租300元。电话：13973312345",
        "门面转让：天元区某某路临街门面，80平方米，接手即可营业。电话：15073321234",
    ), "x.txt")
    assert titles(issue) == ["房屋出售", "车位出租", "门面转让"]
    assert {a.type for a in issue.articles} == {"ad"}


def test_titled_photos_one_after_another_are_pieces_of_their_own():
    issue = parse_text(_text(
        "株洲日报　2026年4月21日　星期二　A08　视觉",
        "",
        "▲谷雨时节茶飘香",
        "4月20日，茶陵县云阳山茶园，茶农在采摘谷雨茶。株洲日报全媒体记者 左一鸣 摄",
        "",
        "▲渌江书院迎来研学团",
        "4月20日，来自长沙的300余名中小学生在醴陵渌江书院开展研学活动。株洲日报通讯员 汤晓东 摄",
    ), "x.txt")
    assert len(issue.articles) == 2
    assert [a.photographers for a in issue.articles] == [["左一鸣"], ["汤晓东"]]
    assert [a.type for a in issue.articles] == ["caption", "caption"]


# --- 16. PDF text: Latin words broken at a line end; a kicker over a two-line headline ------------------------------


_PDF_PAGE = (
    "A05　2026年4月30日　星期四　株洲日报　责任编辑：任　静",
    "（上接A01版）公共场所Wi-",
    "Fi覆盖率达到95%以上。下一步，我市将加快推进5G-A网",
    "络建设，力争年内实现重点区域全覆盖。",
    "聚焦数字株洲建设",
    "我市首批“未来社区”试点",
    "名单公布",
    "株洲日报全媒体记者 苗思远 通讯员 阙晓华",
    "　　4月29日，市住房和城乡建设局公布首批“未来社区”试",
    "点名单，天元区栗雨社区、荷塘区月塘社区等6个社区入选。",
    "试点社区将打造智慧安防、智慧养老等应用场景。",
    "外籍友人点赞“Zhu",
    "zhou Style”",
    "株洲日报记者 钱一鸣 实习生 房子昂",
    "　　4月29日，“外国友人看株洲”活动走进醴陵陶瓷谷，来自",
    "8个国家的20余名外籍友人体验了拉坯、彩绘等陶瓷制作工",
    "艺，纷纷为“Zhuzhou Style”点赞。",
)


def test_two_indented_starts_that_break_mid_sentence_make_pdf_text():
    assert parse_text(_text(*_PDF_PAGE), "x.txt").rendition == "pdf_text"


def test_latin_words_broken_at_a_line_end_are_joined_whole():
    issue = parse_text(_text(*_PDF_PAGE), "x.txt")
    assert issue.articles[0].paragraphs[0].startswith("公共场所Wi-Fi覆盖率达到95%以上。下一步，我市将加快推进5G-A网络建设")
    assert issue.articles[2].title == "外籍友人点赞“Zhuzhou Style”"
    assert issue.articles[2].correspondents == ["房子昂"]


def test_kicker_over_a_headline_set_on_two_lines():
    article = parse_text(_text(*_PDF_PAGE), "x.txt").articles[1]
    assert (article.kicker, article.title + article.subtitle) == ("聚焦数字株洲建设", "我市首批“未来社区”试点名单公布")
    assert article.reporters == ["苗思远"]


# --- 17. An app's page: its name before the paper's, 文字｜/摄影｜/编辑｜ credits -----------------------------------


@pytest.mark.parametrize(("credit", "roles"), [
    ("文字｜株洲日报全媒体记者 苏沐晴", (["苏沐晴"], [], [])),
    ("摄影｜株洲日报全媒体记者 严子谦", ([], [], ["严子谦"])),
    ("文字｜本报记者 佘一帆 实习生 牛子涵", (["佘一帆"], ["牛子涵"], [])),
    ("图片|记者 严子谦", ([], [], ["严子谦"])),
])
def test_an_apps_pipe_credits(credit, roles):
    byline = parse_credit(credit)
    assert (byline.reporters, byline.correspondents, byline.photographers) == roles


def test_app_page_dated_after_its_name_with_pipe_credits():
    issue = parse_text(_text(
        "掌上株洲 · 株洲日报　2026-05-07",
        "第A03版：城事",
        "石峰公园牡丹花展开幕",
        "文字｜株洲日报全媒体记者 苏沐晴",
        "摄影｜株洲日报全媒体记者 严子谦",
        "编辑｜邓　雯",
        "　　5月6日，石峰公园第十二届牡丹花展开幕，园内68个品种的3000余株牡丹竞相绽放。",
        "来自：株洲日报　｜　阅读 2.6万",
    ), "x.txt")
    assert issue.date == "2026-05-07"
    article = issue.articles[0]
    assert (article.reporters, article.photographers) == (["苏沐晴"], ["严子谦"])
    assert article.paragraphs == ["5月6日，石峰公园第十二届牡丹花展开幕，园内68个品种的3000余株牡丹竞相绽放。"]


# --- 18. A numbered list and 一、 heads inside an ad ----------------------------------------------------------------


def test_numbered_jobs_and_part_heads_stay_in_the_ad():
    issue = parse_text(_text(
        "株洲日报　2026年5月9日　星期六　B04　公告·招聘",
        "株洲某某集团2026年校园招聘",
        "一、招聘岗位",
        "1. 机械设计工程师　10名　本科及以上学历",
        "2. 电气工程师　8名　本科及以上学历",
        "二、报名方式",
        "请将简历发送至hr@example.com，邮件标题注明“应聘岗位+姓名”。",
        "联系电话：0731-28891234",
        "清算公告",
        "　　株洲某某贸易有限公司股东会决定解散公司，已成立清算组，请债权人向清算组申报债权。",
    ), "x.txt")
    assert titles(issue) == ["株洲某某集团2026年校园招聘", "清算公告"]
    kinds = [(b.kind, b.text[:6]) for b in issue.articles[0].blocks]
    assert ("item", "1. 机械设") in kinds and ("heading", "二、报名方式") in kinds
    assert_nothing_lost(issue)


def test_an_amount_with_a_decimal_point_is_no_numbered_item():
    from zzreader.core.notice_lines import BULLET
    assert BULLET.match("1. 机械设计工程师") and BULLET.match("（2）电工") and not BULLET.match("1.5万元以上")


def test_two_blank_lines_over_the_next_pages_masthead_too():
    pages = _text(
        "株洲日报　2026年4月10日　星期五　A03　城事",
        "市区新增12条公交微循环线路",
        "株洲日报全媒体记者 聂子琪",
        "　　4月9日，市公交集团新开通12条公交微循环线路，重点服务老旧小区居民出行。",
        "天元区“15分钟便民生活圈”覆盖率达90%",
        "株洲日报全媒体记者 邱文博 通讯员 孟晓燕",
        "　　记者4月9日从天元区商务局获悉，该区已建成“15分钟便民生活圈”38个。",
        "",
        "",
        "株洲日报　2026年4月11日　星期六　A03　城事",
        "神农湖公园樱花步道开放",
        "株洲日报记者 谷雨桐 实习生 郑可馨",
        "　　4月10日，神农湖公园樱花步道完成提质改造后重新开放。",
    )
    issue = parse_text(pages, "x.txt")
    assert issue.rendition == "single_newline" and len(issue.articles) == 3
