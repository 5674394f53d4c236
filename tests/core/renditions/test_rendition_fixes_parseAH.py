"""Focused checks for round AH: held-out pages an outside examiner writes.

Each test feeds a few lines of original text in one class of issue 12 (PDF
text, e-paper scrapes, single-newline dumps, markup exports, GBK and CRLF
files, files named by date) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import pdf_glyphs

# --- 1. glyphs a PDF's text layer gives without a character ----------------------------------------

PDF_PAGE = [
    "株洲日报 2026年10月14日 星期三 A03 城事",
    "车站路口将改造为(cid:1)“口袋公园”",
    "株洲日报全媒体记者 何(cid:27)璐 通讯员 曾凡林",
    "10月13日，芦淞区车站路与建设路交会处的围挡拆除，一座占地约",
    "1800平方米的口袋公园初具雏形。(cid:3)",
    "县域快讯",
    "\uf06c炎陵：黄桃深加工项目投产",
    "11月2日，炎陵县黄桃罐头和果汁深加工项目投产，年可消化黄",
    "桃1.5万吨，带动周边800余户果农增收。（记者 唐 颖）",
    "\uf06c 茶陵：茶祖文化节开幕",
    "11月1日，第七届茶祖文化节在茶陵县开幕，30余家茶企带来新",
    "品，现场签约金额达2.3亿元。（记者 谭琳琳 通讯员 陈 凯）",
]


def test_cid_residue_in_a_headline_and_a_byline_is_no_text():
    issue = parse_text("\n".join(PDF_PAGE), "x.txt")
    first = issue.articles[0]
    assert first.title == "车站路口将改造为“口袋公园”"
    assert (first.reporters, first.correspondents) == (["何璐"], ["曾凡林"])
    assert "(cid:" not in "".join(first.paragraphs)
    assert_nothing_lost(issue)


def test_a_symbol_font_bullet_over_each_brief_is_its_box_mark():
    issue = parse_text("\n".join(PDF_PAGE), "x.txt")
    assert titles(issue)[1:] == ["炎陵：黄桃深加工项目投产", "茶陵：茶祖文化节开幕"]
    assert issue.articles[2].correspondents == ["陈凯"]


def test_other_private_use_characters_and_the_line_count_stay():
    text = "\ue816某某\n记者 \uf06c\n\uf06c\n" + "\n".join(PDF_PAGE)
    folded, count = pdf_glyphs.fold(text)
    assert folded.count("\n") == text.count("\n")
    assert folded.startswith("\ue816某某\n记者 \uf06c\n\uf06c\n")  # not at a line's start before text: left alone
    assert count == 5


# --- 2. headline parts an HTML page names by class or a Word page by its styles ----------------------

CMS_TABLE = """<table><tr><td align="center" class="yinti">赏花经济“热”起来</td></tr>
<tr><td align="center" class="bt"><b><font size="5">攸县油菜花开引客来</font></b></td></tr>
<tr><td align="center" class="futi">首个周末接待游客超过5万人次</td></tr>
<tr><td align="center">株洲日报全媒体记者&nbsp;张&nbsp;&nbsp;弛</td></tr>
<tr><td class="content"><p>3月8日，攸县皇图岭镇的万亩油菜花进入盛花期，吸引大批游客前来踏青赏花。</p></td></tr></table>
<table><tr><td align="center" class="bt"><b><font size="5">醴陵老城区雨污分流改造启动</font></b></td></tr>
<tr><td class="content"><p>3月7日，醴陵市老城区雨污分流改造工程开工，将改造排水管网46公里。</p></td></tr></table>
"""


def test_headline_parts_in_classed_table_cells_are_kicker_title_and_subtitle():
    issue = parse_text(CMS_TABLE, "x.html")
    first = issue.articles[0]
    assert (first.kicker, first.title, first.subtitle) == ("赏花经济“热”起来", "攸县油菜花开引客来", "首个周末接待游客超过5万人次")
    assert first.reporters == ["张弛"]
    assert titles(issue) == ["攸县油菜花开引客来", "醴陵老城区雨污分流改造启动"]


def test_a_cell_around_a_table_is_no_headline_whatever_its_class():
    page = '<table><tr><td class="title_area"><table><tr><td>今日导读</td></tr></table></td></tr></table>\n' + CMS_TABLE
    assert titles(parse_text(page, "x.html")) == ["攸县油菜花开引客来", "醴陵老城区雨污分流改造启动"]


THREE_LINES = [
    "株洲日报 2026年9月2日", "",
    "秋季开学第一天", "全市52万名中小学生返校", "新建改扩建学校14所，新增学位1.8万个",
    "株洲日报全媒体记者 罗晓岚 通讯员 颜志强",
    "9月1日，全市中小学、幼儿园迎来秋季开学，52万余名中小学生返校。",
    "今年，全市新建改扩建中小学14所。",
]


def test_a_deck_of_two_clauses_over_the_byline_is_the_subtitle_not_the_lead():
    (article,) = parse_text("\n".join(THREE_LINES), "x.txt").articles
    assert (article.kicker, article.title, article.subtitle) == ("秋季开学第一天", "全市52万名中小学生返校", "新建改扩建学校14所，新增学位1.8万个")
    assert (article.reporters, article.correspondents) == (["罗晓岚"], ["颜志强"])
    assert article.paragraphs[0].startswith("9月1日，全市中小学")


WORD_LIST = """<p class=MsoNormal align=center style='text-align:center'><b>校园简讯</b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:Wingdings'><span style='mso-list:Ignore'>l<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>株洲市第二中学新建的科技楼9月1日投入使用，内设8间创新实验室。<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>醴陵市今年招聘的120名新教师全部到岗。</p>
<p class=MsoNormal>本版编辑&nbsp;&nbsp;谢雨涵&nbsp;&nbsp;&nbsp;美术编辑&nbsp;&nbsp;周 琳</p>
<div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> 科技楼由校友捐资建设。</p></div>
"""


def test_a_word_list_bullet_is_a_bullet_and_its_footnote_closes_the_article_that_marks_it():
    (article,) = parse_text(WORD_LIST, "x.html").articles
    assert article.title == "校园简讯"
    assert article.paragraphs[0].startswith("● 株洲市第二中学")
    assert article.paragraphs[1].lstrip("2. ").startswith("醴陵市")  # a numbered item keeps its text
    assert article.paragraphs[-1] == "[^1]: 科技楼由校友捐资建设。"


def test_an_editor_line_with_padded_names_is_the_page_editor():
    from zzreader.core.lines import classify

    line = classify(["正文。", "本版编辑  谢雨涵   美术编辑  周 琳"])[1]
    assert (line.kind, line.editor) == ("editor", "谢雨涵")


def test_a_reporters_notes_titled_so_is_commentary():
    page = "株洲日报 2026-06-18\n记者手记：“电通”背后的夜班人\n作者：龙 菲\n　　为了不影响白天施工，送电调试大多安排在夜间进行。\n"
    (article,) = parse_text(page, "x.txt").articles
    assert article.type == "commentary"


# --- 3. a single-newline page: a picture piece, a notice under a box's word, a rubric, a classified box --

SINGLE = [
    "株洲日报", "2026年1月21日 星期三", "",
    "荷塘区将建成区级托育综合服务中心",
    "株洲日报记者 黄婷婷 见习记者 龙嘉琪",
    "1月20日，荷塘区托育综合服务中心主体工程封顶，中心建筑面积4200平方米，可提供托位300个。",
    "荷塘区卫健局负责人介绍，中心建成后将为辖区普惠托育机构提供人员培训、保育指导等服务。", "",
    "冰雪过后道路抢通",
    "图为1月20日，石峰区清水塘路段，环卫工人正在清理路面积雪。",
    "株洲日报记者 吴 岩 摄", "",
    "温馨提示",
    "受低温雨雪天气影响，1月21日至23日，株洲城际公交T1线将调整发车间隔为20分钟，请市民合理安排出行。",
    "株洲市公共交通集团有限公司",
]


def test_a_headline_over_a_caption_and_its_credit_before_the_next_headline_is_a_picture_piece():
    issue = parse_text("\n".join(SINGLE), "x.txt")
    assert titles(issue) == ["荷塘区将建成区级托育综合服务中心", "冰雪过后道路抢通", "温馨提示"]
    first, photo, notice = issue.articles
    assert first.photographers == [] and photo.photographers == ["吴岩"]
    assert (photo.type, notice.type) == ("caption", "notice")
    assert_nothing_lost(issue)


def test_a_tips_box_a_body_signs_is_a_notice_but_a_reporters_own_tips_stay_in_the_story():
    own = SINGLE[:7] + ["温馨提示", "市民可拨打12345热线咨询托育服务相关政策。"]
    (article,) = parse_text("\n".join(own), "x.txt").articles
    assert "温馨提示" in [b.text for b in article.blocks]


CLASSIFIEDS = [
    "株洲日报　2026年2月24日　星期二　第B03版　社会·生活", "",
    "天元区开展节后安全生产大检查",
    "　　2月23日，天元区组织应急、消防、市场监管等部门组成6个检查组，对辖区工矿企业开展节后复工复产安全检查。",
    "　　本报记者 何 超　通讯员 邓佳丽 报道", "",
    "分类广告",
    "　　■ 荷塘区某某小区三室两厅出租，精装修，拎包入住，月租2200元。电话：13907330001",
    "　　■ 株洲某某驾校春季招生，C1、C2包过班火热报名中。地址：天元区某某路88号", "",
    "啄木鸟信箱",
    "读者问：老旧小区加装电梯，一楼住户需要分摊费用吗？",
    "答：根据我市相关规定，一楼住户原则上不分摊加装电梯建设费用。",
]


def test_a_classified_label_over_boxed_items_heads_them_and_a_contact_field_closes_the_ad():
    issue = parse_text("\n".join(CLASSIFIEDS), "x.txt")
    assert titles(issue) == ["天元区开展节后安全生产大检查", "分类广告", "啄木鸟信箱"]
    report, ads, mailbox = issue.articles
    assert (report.reporters, report.correspondents) == (["何超"], ["邓佳丽"])
    assert ads.type == "ad" and len(ads.paragraphs) == 2
    assert mailbox.paragraphs[0].startswith("读者问：")


def test_a_rubric_in_corner_brackets_over_a_headline_is_its_kicker():
    page = "株洲日报 2026年2月24日\n\n「新春走基层」\n凌晨四点的菜市场\n株洲日报全媒体记者　谭 蓉\n　　凌晨4时，天还没亮，芦淞区董家塅批发市场已经灯火通明。\n"
    (article,) = parse_text(page, "x.txt").articles
    assert (article.kicker, article.title, article.reporters) == ("新春走基层", "凌晨四点的菜市场", ["谭蓉"])


# --- 4. a Founder e-paper page names its headline parts by its own tags -----------------------------

FOUNDER = """<table><tr><td align="center" class="font02"><founder-introtitle>做强“硬核”产业</founder-introtitle></td></tr>
<tr><td align="center" class="font01"><founder-title>株洲硬质合金产业链产值突破600亿元</founder-title></td></tr>
<tr><td align="center" class="font02"><founder-subtitle>高端刀具国内市场占有率超过三成</founder-subtitle></td></tr>
<tr><td align="center" class="font02"><founder-author>株洲日报全媒体记者 贺 斌</founder-author></td></tr>
<tr><td><founder-content><p>6月2日，记者从市工信局获悉，2025年全市硬质合金产业链实现产值603亿元。</p></founder-content></td></tr></table>
<table><tr><td class="font02"><founder-introtitle></founder-introtitle></td></tr>
<tr><td class="font01"><founder-title>“株洲造”新能源客车批量出口智利</founder-title></td></tr>
<tr><td class="font02"><founder-subtitle></founder-subtitle></td></tr>
<tr><td><founder-content><p>6月1日，120辆“株洲造”纯电动客车从上海港装船起运。</p></founder-content></td></tr></table>
"""


def test_founder_tags_name_the_kicker_title_and_subtitle_and_empty_ones_are_nothing():
    issue = parse_text(FOUNDER, "x.html")
    first, second = issue.articles
    assert (first.kicker, first.title, first.subtitle) == ("做强“硬核”产业", "株洲硬质合金产业链产值突破600亿元", "高端刀具国内市场占有率超过三成")
    assert first.reporters == ["贺斌"]
    assert (second.kicker, second.title, second.subtitle) == ("", "“株洲造”新能源客车批量出口智利", "")


# --- 5. a single-newline page of unsigned briefs -----------------------------------------------------

BRIEFS = [
    "株洲日报 2026年7月21日 星期二 A06 区县新闻",
    "醴陵：陶瓷技工培训班开班",
    "7月20日，醴陵市2026年陶瓷技能人才培训班开班，来自28家陶瓷企业的120名一线技工参加培训。",
    "培训内容包括釉下五彩技艺、陶瓷3D打印等。",
    "茶陵：“茶祖故里”研学季启动",
    "7月19日，茶陵县“茶祖故里”暑期研学季启动。",
    "活动将持续到8月底。",
    "暑期游泳安全不能松懈！",
    "连日高温，不少市民选择到江河野泳消暑。",
    "市应急管理局提醒，切勿到无安全保障的水域游泳。",
    "渌口区完成早稻收割",
    "截至7月20日，渌口区18.6万亩早稻已收割完毕，预计总产量7.3万吨。",
    "（株洲日报记者 彭 程）",
]


def test_a_place_and_colon_headline_after_an_unsigned_brief_opens_the_next_brief():
    issue = parse_text("\n".join(BRIEFS), "x.txt")
    assert titles(issue)[:2] == ["醴陵：陶瓷技工培训班开班", "茶陵：“茶祖故里”研学季启动"]


def test_a_headline_over_a_paragraph_dated_by_jiezhi_opens_a_report():
    issue = parse_text("\n".join(BRIEFS), "x.txt")
    assert titles(issue)[2:] == ["暑期游泳安全不能松懈！", "渌口区完成早稻收割"]
    assert issue.articles[-1].reporters == ["彭程"] and issue.articles[-2].reporters == []


def test_a_section_head_with_a_colon_still_heads_a_section_of_a_signed_feature():
    page = [
        "株洲日报 2026年7月21日", "",
        "从“种得好”到“卖得好”", "株洲日报全媒体记者 彭 程", "",
        "　　盛夏时节，炎陵县的黄桃园里一派繁忙，果农们正忙着采摘、分拣和装箱，运输车辆来来往往。", "",
        "保障基本盘：网底织得更牢", "",
        "　　7月19日，记者走进中村瑶族乡，看到冷链仓库里堆满了待发的黄桃，工人们正在打包。",
    ]
    (article,) = parse_text("\n".join(page), "x.txt").articles
    assert "保障基本盘：网底织得更牢" in [b.text for b in article.blocks]


# --- 6. a pdftotext -layout front page: its masthead spread over wide lines --------------------------

LAYOUT_FRONT = """                                   株洲日报
                               ZHUZHOU DAILY
2026年5月18日 星期一  农历四月初二              国内统一连续出版物号 CN43-0024
第19876期 今日8版                                       株洲日报社出版
我市启动“城市更新三年行动”
今年实施项目136个，总投资约210亿元

株洲日报全媒体记者 曾 敏

5月17日，我市召开城市更新三年行动动员大会，明确今年实施
老旧小区改造、背街小巷提质、地下管网更新等项目136个，总投
资约210亿元。

会议提出，到2028年底，全市2000年以前建成的老旧小区基本完
成改造，城区主干管网漏损率控制在9%以内。（下转A02版）

城市更新既要“面子”更要“里子”

城市更新不是简单的拆旧建新，而是要让城市更宜居、更有温度。
老旧小区改造要把加装电梯、停车充电、适老化改造这些“里子”
工程放在前头，多听居民意见，少搞“形象工程”。
"""


def test_a_layout_masthead_spread_over_wide_lines_does_not_hide_the_wrapped_text_under_it():
    issue = parse_text(LAYOUT_FRONT, "x.txt")
    assert issue.rendition == "pdf_text"
    assert issue.articles[0].paragraphs[0].endswith("总投资约210亿元。")


# --- 7. byline variants ---------------------------------------------------------------------------


def test_a_white_circle_before_the_roles_and_labelled_words_and_pictures_credits_are_bylines():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("○株洲日报全媒体记者 欧阳晓岚") is not None
    both = parse_credit("文字：株洲日报记者 葛 伟　摄影：株洲日报记者 黄 晨")
    assert both is not None and (both.reporters, both.photographers) == (["葛伟"], ["黄晨"])
    assert parse_credit("图片：市民在公园赏花") is None  # a caption's label over its words, no credit
    assert parse_credit("○ 记者手记") is None  # a box's label under the same mark, no reporter called 手记


# --- 8. a labelled e-paper scrape under dashed rules; a Typora page's credits and letter ------------

LABELLED = """株洲日报电子版 2026年10月09日 第A03版：民生
本版导读：
1. 国庆假期全市接待游客398万人次
2. 市民“家门口”看大戏
----------------------------------------
肩题：文旅消费持续升温
主题：国庆假期全市接待游客398万人次
副题：旅游收入同比增长15.6%
作者：株洲日报全媒体记者 谭文婷 通讯员 胡 蓉
　　10月8日，记者从市文旅广体局获悉，国庆假期全市共接待游客398.2万人次。
【打印】【关闭】
----------------------------------------
主题：市民“家门口”看大戏
作者：株洲日报记者 孔 静
　　国庆期间，“戏曲进社区”惠民演出走进全市20个社区，观众累计超过1.2万人次。
【打印】【关闭】
----------------------------------------
"""


def test_dashed_rules_under_a_tool_bar_are_no_markdown_and_zhuti_names_the_title():
    issue = parse_text(LABELLED, "x.txt")
    assert issue.rendition == "epaper"
    first, second = issue.articles
    assert (first.kicker, first.title, first.subtitle) == ("文旅消费持续升温", "国庆假期全市接待游客398万人次", "旅游收入同比增长15.6%")
    assert (first.reporters, first.correspondents, second.reporters) == (["谭文婷"], ["胡蓉"], ["孔静"])


TYPORA = """<center>株洲日报 2026年10月12日 星期一 B01 周末·人文</center>

> 编者按：老街是一座城市的记忆。本期起，本报推出“寻味老株洲”系列，带您走进那些藏在街巷里的故事。

## 寻味老株洲<br>建设路上的“老字号”

文 | 株洲日报全媒体记者 谢 芸

建设路是株洲最早的一条商业街。上世纪六十年代，这里集中了百货大楼、新华书店等一批“老字号”。

如今，不少老店已经搬迁或转型，但仍有几家坚守在原地。

***

## 读者来信：感谢好心的公交司机

**编辑同志：**

10月8日，我在25路公交车上突发不适，司机张师傅立即停车，把我送到附近医院。

**读者 刘秀英**
"""


def test_a_spaced_pipe_credit_a_series_note_and_a_bold_salutation():
    first, letter = parse_text(TYPORA, "x.md").articles
    assert (first.title, first.reporters, first.type) == ("建设路上的“老字号”", ["谢芸"], "feature")
    assert (letter.title, letter.type) == ("读者来信：感谢好心的公交司机", "other")
    assert letter.paragraphs[0] == "编辑同志："


def test_a_theory_pieces_writer_under_their_institution_is_the_byline():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("中共株洲市委党校 陈晓明").reporters == ["陈晓明"]
    assert parse_credit("湖南工业大学 李  明").reporters == ["李明"]
    assert parse_credit("株洲职业技术学院 招生简章") is None  # an ad's headline under a school's name: no writer


def test_a_bare_code_label_at_the_page_foot_is_chrome_not_a_piece():
    page = "株洲日报 2027年1月8日 星期五 A02 要闻\n寒潮来袭 我市启动防冻保畅应急响应\n1月7日，市气象台发布寒潮蓝色预警，预计8日至10日全市将出现雨雪冰冻天气。\n（株洲日报记者 贺丽君）\n二维码\n扫码关注株洲日报微信公众号\n"
    issue = parse_text(page, "x.txt")
    assert titles(issue) == ["寒潮来袭 我市启动防冻保畅应急响应"]
    assert_nothing_lost(issue)


def test_a_headline_printed_again_under_its_two_lines_is_kept_once_and_its_line_is_not_lost():
    page = "# 株洲日报 2025年12月11日 A07 区\n县\n# 株洲日报 2025年1\x0b2月11日 A07 区县\n\n# 株洲日报 2025年12月11日 A07 区县\n## 本地快讯\n\n**天元区新增2处公共充电站** 近日，天元区在泰山路新建2处公共充电站。\n"
    assert_nothing_lost(parse_text(page, "x.md"))
