"""Focused checks for the repairs found with the held-out-style issues (markup, GBK, ads and notices).

Each test feeds a few lines of original text to the module or the parser and
asserts what a reader sees.
"""

from __future__ import annotations

from zzreader.core.bylines import parse_credit
from zzreader.core.parse import parse_text
from zzreader.core.renditions import columns
from zzreader.core.renditions.model import plain_lines


def test_label_and_figure_columns_are_a_table():
    rows = ["区县          新增就业(人)", "天元区        2136", "芦淞区        1875", "渌口区        936"]
    warnings: list[str] = []
    out = columns.repair(plain_lines(rows), warnings)
    assert [line.text.split("\t") for line in out] == [["区县", "新增就业(人)"], ["天元区", "2136"], ["芦淞区", "1875"], ["渌口区", "936"]]
    assert warnings


def test_two_cell_prose_lines_are_not_a_table():
    rows = ["联系人:刘先生  电话:0731-22667788", "地址:荷塘区某某路  邮编:412000", "网址:www.example.cn  微信:zz"]
    out = columns.repair(plain_lines(rows), [])
    assert all("\t" not in line.text for line in out)


def test_indented_line_under_two_notices_belongs_to_the_right_column():
    rows = [
        "遗失声明                                减资公告",
        "刘某遗失身份证一张,声明作废。            株洲某某建材有限公司注册资本由800万元减",
        "                                         至200万元,请债权人申报债权。",
        "                                         株洲某某建材有限公司  2025年3月12日",
    ]
    out = columns.repair(plain_lines(rows), [])
    left, right = [line.text for line in out if line.kind == "p"]
    assert left == "刘某遗失身份证一张,声明作废。"
    assert right.endswith("株洲某某建材有限公司 2025年3月12日")


def test_named_commentator_is_the_reporter():
    assert parse_credit("株洲日报特约评论员 刘某某").reporters == ["刘某某"]
    assert parse_credit("本报评论员").reporters == ["本报评论员"]
    issue = parse_text("时评\n\n回家的路,越走越顺\n\n株洲日报特约评论员 刘某某\n\n春运的变化,是交通网络不断完善的缩影。\n", "x.txt")
    [article] = issue.articles
    assert (article.title, article.reporters, article.type) == ("回家的路,越走越顺", ["刘某某"], "commentary")


def _parse(lines: list[str]):
    return parse_text("\n".join(lines) + "\n", "x.md")


def test_html_list_items_quotes_and_table_cells():
    issue = _parse([
        "<h2>石峰区更换燃气管道</h2>",
        "<p>株洲日报讯（全媒体记者/周某）4月13日，石峰区启动燃气安全行动。</p>",
        "<blockquote><p>&ldquo;心里踏实多了。&rdquo;居民说。</p></blockquote>",
        "<ul>",
        "<li>更换软管</li><li>更换阀门</li>",
        "</ul>",
        "<h2>一季度就业数据</h2>",
        "<table><tr><th>项目</th><th>完成数</th></tr>",
        "<tr><td>城镇新增就业</td><td>1.86万人</td></tr></table>",
        "<title>不显示的标题</title>",
    ])
    assert issue.rendition == "markup"
    first, table = issue.articles
    assert [(b.kind, b.text) for b in first.blocks[1:]] == [("p", "“心里踏实多了。”居民说。"), ("item", "更换软管"), ("item", "更换阀门")]
    assert table.title == "一季度就业数据" and table.type == "table"
    assert table.blocks[0].rows == [["项目", "完成数"], ["城镇新增就业", "1.86万人"]]


def test_setext_headings_rules_images_links_and_italics():
    issue = _parse([
        "株洲日报", "========", "",
        "天元区新建口袋公园", "------------------", "",
        "株洲日报讯（全媒体记者/李某）6月2日，天元区新建口袋公园12个。", "",
        "![图为口袋公园一角。株洲日报全媒体记者/李某 摄](a.jpg)", "",
        "详见[区政府网站](http://example.cn)。*公园全天开放。*", "",
        "* * *", "",
        "市中心医院开通入院服务", "----------------------", "",
        "株洲日报讯（全媒体记者/孙某）6月2日，入院服务中心启用。",
    ])
    assert issue.rendition == "markup"
    park, hospital = issue.articles
    assert (park.title, park.photographers, park.line_start) == ("天元区新建口袋公园", ["李某"], 4)
    assert [b.text for b in park.blocks[1:]] == ["图为口袋公园一角。", "详见区政府网站。公园全天开放。"]
    assert hospital.title == "市中心医院开通入院服务"
    assert any(u.line_start <= 13 <= u.line_end for u in issue.unassigned)  # the rule is nobody's text


def test_field_lines_and_signers_stay_with_their_notice_or_ad():
    issue = parse_text("\n\n".join([
        "家政服务", "专业保洁、开荒、家电清洗。", "服务热线:0731-22334455", "株洲市某某家政服务有限公司",
        "招标公告", "某某中学宿舍改造工程现进行公开招标。", "招标人:株洲市某某中学", "招标代理:湖南某某项目管理有限公司  0731-28661234",
        "拍卖公告", "我公司定于8月20日公开拍卖住宅一套。", "标的展示:即日起至8月19日", "竞买登记:8月19日17时前交纳保证金",
        "湖南某某拍卖有限公司", "电话:0731-28112233", "2025年8月8日",
    ]) + "\n", "x.txt")
    assert [a.title for a in issue.articles] == ["家政服务", "招标公告", "拍卖公告"]
    housekeeping, tender, auction = issue.articles
    assert housekeeping.blocks[-1].text == "株洲市某某家政服务有限公司"
    assert [b.text for b in tender.blocks][-2:] == ["招标人:株洲市某某中学", "招标代理:湖南某某项目管理有限公司  0731-28661234"]
    assert [b.text for b in auction.blocks][1:3] == ["标的展示:即日起至8月19日", "竞买登记:8月19日17时前交纳保证金"]
    assert auction.line_end == 29


def test_classified_page_name_is_a_section_and_chengpin_opens_an_ad():
    issue = parse_text("株洲日报\n2025年8月8日 星期五\n分类广告\n\n高薪诚聘\n\n某某公司诚聘技术员3名。\n\n联系人:吴女士  13548701234\n", "x.txt")
    [ad] = issue.articles
    assert (ad.title, ad.section, ad.type) == ("高薪诚聘", "分类广告", "ad")


def test_chinese_numeral_signature_date_ends_the_notice():
    issue = parse_text("\n\n".join([
        "注销公告", "株洲市某某餐饮管理有限公司经股东决定解散,请债权人申报债权。",
        "株洲市某某餐饮管理有限公司清算组", "二〇二五年七月二日",
        "诚聘英才", "株洲某某装备有限公司招聘以下岗位:",
        "◆焊工 15名 持证上岗,月薪7000元以上", "◆电工 4名 持低压电工证",
        "有意者请将简历发送至:hr@example.com", "咨询电话:0731-28881234",
    ]) + "\n", "x.txt")
    notice, ad = issue.articles
    assert notice.title == "注销公告" and notice.blocks[-1].text == "二〇二五年七月二日"
    assert ad.title == "诚聘英才" and ad.type == "ad"
    assert [b.kind for b in ad.blocks] == ["p", "item", "item", "p", "p"]


def test_masthead_in_english_and_paper_prefixed_page_name_are_not_articles():
    issue = parse_text("株洲日报\nZHUZHOU DAILY\n\n开业志喜\n\n某某眼镜店11月22日开业。\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("开业志喜", "ad")]
    issue = parse_text("株洲日报 公告广告\n\n招租公告\n\n某某公司门面公开招租。\n", "x.txt")
    assert [(a.title, a.section) for a in issue.articles] == [("招租公告", "株洲日报 公告广告")]


def test_bracketed_column_name_photo_story_and_lead_after_commentary():
    issue = parse_text("\n\n".join([
        "【株洲时评】端午假期,安全不放假", "株洲日报评论员", "节日里人多车多,越要绷紧安全这根弦。",
        "龙舟赛现场直击", "图为6月7日,荷塘区龙舟赛现场。株洲日报全媒体记者/刘某 摄",
        "石峰区:老旧小区加装电梯提速", "株洲日报讯(全媒体记者/曾某某)6月6日,石峰区又有5台加装电梯投入使用。",
    ]) + "\n", "x.txt")
    comment, photo, news = issue.articles
    assert (comment.title, comment.section, comment.type, comment.reporters) == ("端午假期,安全不放假", "株洲时评", "commentary", ["株洲日报评论员"])
    assert (photo.title, photo.type, photo.photographers) == ("龙舟赛现场直击", "caption", ["刘某"])
    assert (news.title, news.reporters) == ("石峰区:老旧小区加装电梯提速", ["曾某某"])


def test_bold_byline_in_markdown_is_a_byline():
    issue = parse_text("## 我市新增公办学位1.2万个\n\n**株洲日报全媒体记者 陈某某**\n\n9月1日，全市中小学迎来新学期。\n\n## 第二条\n\n> 引语\n", "x.md")
    assert issue.rendition == "markup"
    assert issue.articles[0].reporters == ["陈某某"]


def test_two_line_notice_title_after_an_ad_is_one_headline():
    issue = parse_text("\n\n".join([
        "招商", "某某商业广场二期商铺火爆招商中。", "招商热线:0731-22007788",
        "株洲市某某物业管理有限公司\n关于小区停水的通知", "各位业主:12月13日小区将暂停供水。", "特此通知。",
    ]) + "\n", "x.txt")
    ad, notice = issue.articles
    assert ad.blocks[-1].text == "招商热线:0731-22007788"
    assert (notice.title + notice.subtitle, notice.type) == ("株洲市某某物业管理有限公司关于小区停水的通知", "notice")


def test_paragraphs_inside_html_list_items_stay_items():
    issue = parse_text("<h2>服务站达到30个</h2>\n<p>服务站提供三项服务：</p>\n<ul><li><p>岗位推荐</p></li><li><p>技能培训</p></li></ul>\n<p>今年以来已帮助2300人就业。</p>\n", "x.html")
    [article] = issue.articles
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("p", "服务站提供三项服务："), ("item", "岗位推荐"), ("item", "技能培训"), ("p", "今年以来已帮助2300人就业。")]


def test_date_from_a_chinese_dated_file_name_and_a_lone_masthead_date():
    from zzreader.core.dates import date_from_filename

    assert str(date_from_filename("株洲日报2025年10月16日.txt")) == "2025-10-16"
    issue = parse_text('<p class="date">2025年10月9日 星期四</p><p>第A02版：要闻</p>\n<h2>标题一</h2>\n<p>正文。</p>\n<h2>标题二</h2>\n', "x.html")
    assert (issue.date, issue.date_source) == ("2025-10-09", "masthead")


def test_bracketed_notice_titles_and_a_board_signer_close_the_notice():
    issue = parse_text("\n\n".join([
        "【股东会通知】", "某某股份有限公司定于4月28日召开股东大会。", "咨询电话:0731-28990011", "株洲某某股份有限公司董事会",
        "【二手车急售】", "家用SUV一台,售价9.8万元。", "看车电话:18874112345",
    ]) + "\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("股东会通知", "notice"), ("二手车急售", "ad")]
    assert issue.articles[0].blocks[-1].text == "株洲某某股份有限公司董事会"


def test_column_label_and_title_on_one_line_and_a_writer_byline():
    issue = parse_text("株洲时评    人工智能要“用”起来\n\n株洲日报评论员\n\n发展人工智能,要让企业用得上。\n\n言论\n\n别让“过度包装”绑架春茶\n\n文/李某某\n\n过度包装浪费资源。\n", "x.txt")
    first, second = issue.articles
    assert (first.title, first.section, first.type) == ("人工智能要“用”起来", "株洲时评", "commentary")
    assert (second.title, second.reporters, second.type) == ("别让“过度包装”绑架春茶", ["李某某"], "commentary")
    assert parse_credit("文化自信") is None


def test_html_layout_table_of_notices_gives_one_article_per_cell():
    issue = parse_text("\n".join([
        '<p class="title"><b>渌口区启动冬春农田水利建设</b></p>', "<p>1月13日，渌口区推进会召开。</p>",
        '<table class="notices"><tr>', "<td><b>遗失声明</b><br>某某服饰店遗失营业执照副本一份，声明作废。</td>",
        "<td><b>遗失声明</b><br>刘某某遗失房屋买卖合同一份，声明作废。</td>", "</tr></table>",
    ]) + "\n", "x.html")
    assert [(a.title, a.line_start) for a in issue.articles] == [("渌口区启动冬春农田水利建设", 1), ("遗失声明", 4), ("遗失声明", 5)]
    assert issue.articles[2].blocks[-1].text == "刘某某遗失房屋买卖合同一份，声明作废。"


def test_space_aligned_table_row_with_an_empty_cell_stays_in_its_columns():
    rows = ["指标              1-5月            同比增长", "技工贸总收入      1386.5亿元       8.9%",
            "固定资产投资                       6.7%", "实际使用外资      1.2亿美元        10.3%"]
    out = columns.repair(plain_lines(rows), [])
    assert [line.text.split("\t") for line in out] == [
        ["指标", "1-5月", "同比增长"], ["技工贸总收入", "1386.5亿元", "8.9%"], ["固定资产投资", "", "6.7%"], ["实际使用外资", "1.2亿美元", "10.3%"]]


def test_unspaced_markdown_headings_and_word_html_bold_titles():
    issue = parse_text("##株洲日报\n\n##荷塘区老旧小区改造开工\n\n株洲日报讯（全媒体记者/彭某）5月12日，改造开工。\n\n##天元区新增幼儿园\n\n正文。\n\n#株洲身边事#\n", "x.md")
    assert issue.rendition == "markup"
    assert [a.title for a in issue.articles][:2] == ["荷塘区老旧小区改造开工", "天元区新增幼儿园"]
    issue = parse_text("<P CLASS=MsoNormal><B><SPAN STYLE='font-size:16pt'>“五一”假期旅游收入增长</SPAN></B><o:p></o:p></P>\n"
                       "<P CLASS=MsoNormal>株洲日报讯（全媒体记者/钟某）5月5日，收入增长12%。</P>\n", "x.htm")
    assert [(a.title, a.reporters) for a in issue.articles] == [("“五一”假期旅游收入增长", ["钟某"])]


def test_school_name_above_a_notice_title_signs_the_article_above():
    issue = parse_text("喜报\n\n热烈祝贺我校2026年高考再创佳绩,一本上线率达68.5%!\n\n株洲市某某中学\n\n债权转让公告\n\n某某银行将债权转让给某某公司。\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("喜报", "ad"), ("债权转让公告", "notice")]
    assert issue.articles[0].blocks[-1].text == "株洲市某某中学"


def test_sub_headings_outnumbering_headlines_stay_sub_headings():
    issue = parse_text("\n\n".join([
        "## 智轨线路开通一周年", "### 累计运送乘客超800万人次", "株洲日报讯（全媒体记者/秦某）8月18日，智轨运送乘客812万人次。",
        "### 准点率达99.2%", "高峰时段发车间隔缩短至6分钟。", "### 沿线客流持续增长", "> 市民说：“上班快多了。”",
        "## 音乐喷泉夏夜上演", "### 每晚两场", "株洲日报讯（全媒体记者/龚某）8月17日晚，喷泉开演。", "### 新增曲目12首", "新增曲目12首。",
    ]) + "\n", "x.md")
    assert [(a.title, a.subtitle) for a in issue.articles] == [("智轨线路开通一周年", "累计运送乘客超800万人次"), ("音乐喷泉夏夜上演", "每晚两场")]
    assert [b.text for b in issue.articles[0].blocks if b.kind == "heading"] == ["准点率达99.2%", "沿线客流持续增长"]


def test_full_width_signature_date_and_spaced_out_title():
    issue = parse_text("减 资 公 告\n\n某某公司注册资本减少。\n\n株洲某某置业发展有限公司\n\n２０２６年９月９日\n\n急招\n\n某某餐厅急招厨师2名。\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("减资公告", "notice"), ("急招", "ad")]


def test_an_ad_beside_a_notice_is_split_and_opens_after_a_commentary():
    rows = ["株洲时评", "", "擦亮金字招牌", "", "本报评论员", "", "擦亮招牌,既要守住品质,也要讲好故事。", "",
            "招聘                                      遗失声明",
            "某某物流公司招聘货车司机5名,              某某服装店遗失营业执照",
            "月薪8000元以上。                          正本一份,声明作废。"]
    issue = parse_text("\n".join(rows) + "\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("擦亮金字招牌", "commentary"), ("招聘", "ad"), ("遗失声明", "notice")]


def test_yaml_front_matter_gives_the_date_and_is_no_article():
    issue = parse_text("---\ntitle: 株洲日报 A02 要闻\ndate: 2026-10-14\n---\n\n## 产业博览会开幕\n\n株洲日报讯（全媒体记者/邓某）10月13日，博览会开幕。\n\n"
                       "![图为观众参观。株洲日报全媒体记者/彭某 摄](a.jpg)\n", "x.md")
    assert (issue.rendition, issue.date, issue.date_source) == ("markup", "2026-10-14", "masthead")
    [article] = issue.articles
    assert (article.title, article.photographers) == ("产业博览会开幕", ["彭某"])
    assert issue.unassigned[0].line_start == 1 and issue.unassigned[0].line_end >= 4


def test_two_small_ads_side_by_side_and_a_right_title_a_line_higher():
    rows = ["出售                                      求租",
            "九成新钢琴一台,某某品牌,价格面议。        求租天元区两室一厅住房一套,",
            "电话:13807334321                          月租2000元以内。"]
    out = columns.repair(plain_lines(rows), [])
    assert [(line.kind, line.text) for line in out] == [
        ("heading", "出售"), ("p", "九成新钢琴一台,某某品牌,价格面议。电话:13807334321"),
        ("heading", "求租"), ("p", "求租天元区两室一厅住房一套,月租2000元以内。")]
    rows = ["                                          遗失声明",
            "减资公告                                  某某水果店遗失营业执照",
            "某某公司经股东会决议,注册资本减至100万元。 副本一份,声明作废。"]
    out = columns.repair(plain_lines(rows), [])
    assert [(line.kind, line.no) for line in out if line.kind == "heading"] == [("heading", 2), ("heading", 1)]


def test_a_trailing_tab_does_not_make_a_table_row():
    issue = parse_text("株洲轨道交通规划获批\t\n\n株洲日报讯(全媒体记者/洪某)1月5日,规划获批.\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("株洲轨道交通规划获批", "news")]


# The constructs these repairs react to, mixed at random: every non-blank line still lands somewhere.
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from zzreader.core.errors import ParseError  # noqa: E402

_PIECES = st.sampled_from([
    "---", "* * *", "======", "------", "![图为某某。株洲日报全媒体记者/彭某 摄](a.jpg)", "[网站](http://x.cn)", "*斜体*",
    "<li>", "</li>", "<ul>", "<td>", "</td>", "<tr>", "<table>", "<blockquote>", "</blockquote>", "<p>", "</p>", "<br>",
    "<b>", "</b>", "<o:p></o:p>", "##", "###", "title: 株洲日报", "date: 2026-10-14", "【株洲时评】", "株洲时评    ",
    "文/李某某", "二〇二五年七月二日", "２０２６年９月９日", "减 资 公 告", "◆焊工 15名", "招聘以下岗位:", "株洲某某有限公司",
    "遗失声明", "求租", "出售", "          ", "    ", "\t", "天元区", "2136", "电话:0731-22334455", "hr@example.com",
    "招标人:某某中学", "株洲日报讯（全媒体记者/汤某）", "5月12日，", "正文。",
])
_DOC = st.lists(st.lists(_PIECES | st.text(max_size=4), max_size=6).map("".join), min_size=1, max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOC)
def test_repairs_keep_every_line(text):
    try:
        issue = parse_text(text, "x.md")
    except ParseError:
        return
    covered: set[int] = set()
    for article in issue.articles:
        covered.update(range(article.line_start, article.line_end + 1))
    for block in issue.unassigned:
        covered.update(range(block.line_start, block.line_end + 1))
    lost = [no for no, line in enumerate(text.split("\n"), start=1) if line.strip() and no not in covered]
    assert not lost, (lost, issue.rendition)


def test_pretty_printed_html_keeps_headings_and_paragraphs():
    issue = parse_text("\n".join([
        "<div>", "  <h2>", "    株洲春节文旅消费活动启幕", "  </h2>", "  <p>",
        "    株洲日报讯（全媒体记者/宁某）2月9日，文旅消费活动启幕，", "    将持续至元宵节。", "  </p>", "  <p>",
        "    全市将发放消费券500万元。", "  </p>", "</div>", "<div>", "  <h2>", "    遗失声明", "  </h2>",
        "  <p>", "    某某药店遗失许可证副本一份，声明作废。", "  </p>", "</div>",
    ]) + "\n", "x.html")
    news, notice = issue.articles
    assert (news.title, news.reporters, notice.title) == ("株洲春节文旅消费活动启幕", ["宁某"], "遗失声明")
    assert [b.text for b in news.blocks] == ["2月9日，文旅消费活动启幕，将持续至元宵节。", "全市将发放消费券500万元。"]


def test_wrapped_markdown_paragraphs_are_joined_and_a_wrapped_byline_read():
    issue = parse_text("## 民生实事项目启动\n\n株洲日报讯（全媒体记者/汤某某\n通讯员/王某）3月2日，记者从市政府新闻办获悉，今年全市\n将实施民生实事项目36项。\n\n"
                       "## 第二条\n\n> 引语\n\n株洲某某物流有限公司清算组\n2025年11月6日\n", "x.md")
    first, second = issue.articles
    assert (first.reporters, first.correspondents) == (["汤某某"], ["王某"])
    assert [b.text for b in first.blocks] == ["3月2日，记者从市政府新闻办获悉，今年全市将实施民生实事项目36项。"]
    assert [b.text for b in second.blocks][-2:] == ["株洲某某物流有限公司清算组", "2025年11月6日"]


def test_rules_between_small_ads_and_framed_titles():
    issue = parse_text("\n\n".join([
        "★招聘★", "某某电器公司招聘电工2名。", "电话:0731-22998811", "━━━━━━━━━━",
        "家教", "在读研究生辅导初高中数学。", "电话:18673312345", "━━━━━━━━━━",
        "◆ 门面转让 ◆", "临街门面转让,面积50平方米。", "联系:李女士 13975312345",
    ]) + "\n", "x.txt")
    assert [a.title for a in issue.articles] == ["招聘", "家教", "门面转让"]


def test_a_named_commentator_makes_a_commentary_whatever_the_column():
    issue = parse_text("株洲观察\n\n创新中心要成为产业“加速器”\n\n株洲日报评论员 龙某某\n\n创新中心的价值,在于成果转化。\n", "x.txt")
    [article] = issue.articles
    assert (article.title, article.reporters, article.type) == ("创新中心要成为产业“加速器”", ["龙某某"], "commentary")


def test_pandoc_heading_attributes_and_a_multi_line_comment():
    issue = parse_text("<!--\n  株洲日报 A07 版 导出\n-->\n\n## 荷塘区开展防溺水教育 {#sec-1}\n\n株洲日报讯（全媒体记者/匡某）6月1日，活动启动。\n\n"
                       "## 转让 {#sec-3 .ad}\n\n奶茶店转让，设备齐全。\n\n联系：１３９０７３３１２３４　刘先生\n", "x.md")
    assert [(a.title, a.type) for a in issue.articles] == [("荷塘区开展防溺水教育", "news"), ("转让", "ad")]
    assert issue.unassigned[0].line_start == 1 and issue.unassigned[0].line_end >= 3


def test_spaced_titles_full_width_phones_and_a_bar_after_the_column_name():
    issue = parse_text("\n\n".join([
        "寻狗启事", "走失一只白色比熊犬。", "联系：１３８７３３１２３４５　张女士", "公 示", "施工单位已确定,现予公示。",
        "株洲时评｜赏荷也要守规矩", "株洲日报评论员", "赏花时不摘花、不踩踏。",
    ]) + "\n", "x.txt")
    assert [(a.title, a.section) for a in issue.articles] == [("寻狗启事", ""), ("公示", ""), ("赏荷也要守规矩", "株洲时评")]
    rows = ["遗 失 声 明                              招     租",
            "某某物流公司遗失公章一枚,               门面一间,面积40平方米,",
            "声明作废。                              联系:１３９７３３２３４５６"]
    out = columns.repair(plain_lines(rows), [])
    assert [line.text for line in out if line.kind == "heading"] == ["遗 失 声 明", "招     租"]


def test_an_empty_field_line_and_an_exclaiming_line_stay_in_their_ad():
    issue = parse_text("\n\n".join([
        "开业公告", "某某口腔门诊部定于10月18日正式开业。", "欢迎新老顾客光临!", "株洲某某口腔门诊部", "2025年10月16日",
        "株洲某某驾校冬季招生", "冬季报名立减500元。", "报名地址：", "天元区某某路66号", "报名电话：0731-28765432",
    ]) + "\n", "x.txt")
    assert [a.title for a in issue.articles] == ["开业公告", "株洲某某驾校冬季招生"]
    assert "天元区某某路66号" in [b.text for b in issue.articles[1].blocks]


def test_two_notices_stacked_in_each_of_two_columns():
    rows = ["遗失声明                                  遗失声明",
            "某某早餐店遗失营业执照副本一份,            谭某某遗失学位证书一本,",
            "声明作废。                                声明作废。",
            "注销公告                                  招聘",
            "某某咨询公司经股东决定解散,请债权人      某某快递公司招聘快递员10名,月薪",
            "于45日内申报债权。                        6000元以上。"]
    out = columns.repair(plain_lines(rows), [])
    assert [(line.kind, line.text) for line in out if line.kind == "heading"] == [
        ("heading", "遗失声明"), ("heading", "注销公告"), ("heading", "遗失声明"), ("heading", "招聘")]
    issue = parse_text("\n".join(rows) + "\n", "x.txt")
    assert [a.title for a in issue.articles] == ["遗失声明", "注销公告", "遗失声明", "招聘"]


def test_a_headline_over_a_lead_after_an_ad_is_never_kept_in_the_ad():
    issue = parse_text("\n\n".join([
        "招聘", "某某公司招聘电工2名。", "电话:0731-22998811",
        "石峰区：老旧小区加装电梯提速", "株洲日报讯(全媒体记者/曾某)6月6日,石峰区又有5台电梯投入使用。",
        "旺铺招租", "门面一间。", "国庆升旗仪式举行！", "株洲日报讯（全媒体记者/汤某）10月1日，全市举行升旗仪式。",
    ]) + "\n", "x.txt")
    assert [a.title for a in issue.articles] == ["招聘", "石峰区：老旧小区加装电梯提速", "旺铺招租", "国庆升旗仪式举行！"]


def test_a_news_lead_after_an_ad_opens_the_next_report():
    issue = parse_text("旺铺招租\n\n门面一间,面积60平方米。\n\n株洲日报讯（全媒体记者/汤某）10月1日，全市举行升旗仪式。\n", "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [("旺铺招租", []), ("", ["汤某"])]


def test_the_seeds_keep_their_score():
    """The repairs for notices, ads and exports leave the five seed issues as they were: nothing missed or spurious, bylines exact."""
    from tests.core.test_parse_gold import score_all as score_seeds
    from tests.core.test_parse_gold import totals as seed_totals

    t = seed_totals(score_seeds())
    assert (t.found, t.spurious, t.bylines_ok) == (t.required, 0, t.found)


def test_soft_wraps_join_only_neighbouring_lines_and_never_a_dated_line():
    text = "神农湖畔夜跑道开放\n&nbsp;\n2025年7月17日 星期四 A02 要闻 责任编辑 贺某&nbsp;"
    issue = parse_text(text, "x.txt")
    covered = {n for a in issue.articles for n in range(a.line_start, a.line_end + 1)}
    covered |= {n for u in issue.unassigned for n in range(u.line_start, u.line_end + 1)}
    assert {1, 2, 3} <= covered
    issue = parse_text("## 标题一\n\n神农湖畔夜跑道今晚开放\n2025年7月17日 星期四 A02 要闻\n\n## 标题二\n\n> 引语\n", "x.md")
    texts = [a.title for a in issue.articles] + [b.text for a in issue.articles for b in a.blocks]
    assert issue.date == "2025-07-17" and not any("2025年7月17日" in t for t in texts)


def test_an_article_that_was_only_a_split_headline_is_dropped_not_left_empty():
    issue = parse_text("株洲日报讯（全媒体记者/汤某）<tr>##株洲日报讯（全媒体记者/汤某）\n---<li>", "x.html")
    assert [(a.line_start, a.line_end) for a in issue.articles] == [(1, 2)]


def test_contact_lines_by_field_phone_or_address():
    from zzreader.core.lines import CONTACT

    for text in ("看房电话：１５１７３３２１２３４", "联系:王经理 13807332345", "0731-22334455 张先生", "网址:www.example.cn", "简历投递：hr@example.com"):
        assert CONTACT.search(text), text
    for text in ("2024年全市接待游客1386万人次", "编号20160430201", "全市新增就业1.86万人"):
        assert not CONTACT.search(text), text
