"""Focused checks for the repairs found with the twelfth round of test issues (round L).

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types and dates.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    """A page as its dump holds it: one line a row."""
    return "\n".join(lines)

# --- 1. A plain headline after a short dated report opens the next piece -------------------------------------


def test_headline_over_a_sourced_opening_after_a_signed_report_is_the_next_article():
    text = _text(
        "株洲日报　2026年2月3日　星期二　A05　社会",
        "石峰区开展春运安全检查",
        "株洲日报全媒体记者 马思远",
        "2月2日，石峰区对辖区客运站和加油站开展安全检查，整改隐患9处。",
        "大风降温来袭 市民出行注意安全",
        "据市气象台消息，2月4日起我市将有一次大风降温过程。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["石峰区开展春运安全检查", "大风降温来袭 市民出行注意安全"]
    assert issue.articles[0].reporters == ["马思远"]
    assert issue.articles[1].reporters == []
    assert_nothing_lost(issue)


def test_headline_over_a_timed_opening_after_a_short_dated_report_is_the_next_brief():
    text = _text(
        "株洲日报",
        "2026年2月3日",
        "A06 文化",
        "攸县花鼓戏进校园",
        "株洲日报全媒体记者 谭小乔",
        "2月2日，攸县花鼓戏剧团走进网岭镇中心小学，为师生送上三台折子戏。",
        "剧团今年计划进校演出40场。",
        "茶陵县图书馆推出寒假阅读打卡",
        "寒假期间，茶陵县图书馆推出阅读打卡活动，坚持21天的读者可获赠图书。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["攸县花鼓戏进校园", "茶陵县图书馆推出寒假阅读打卡"]
    assert issue.articles[1].paragraphs[0].startswith("寒假期间")


def test_a_feature_keeps_its_section_that_opens_on_a_time_frame():
    text = _text(
        "株洲日报　2026年2月3日　星期二　A07　人物",
        "守护铁路线的“夜班人”",
        "株洲日报全媒体记者 龙一鸣",
        "凌晨一点，株洲北站的检修库里依旧灯火通明。",
        "检修工老罗已经在这里干了二十六年。",
        "他说，最难忘的是那年的冰灾。",
        "春运的考验",
        "春运期间，老罗和工友们每晚要检修列车十余列。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["守护铁路线的“夜班人”"]


# --- 2. Front matter dates in any separator, framed photo columns, e-paper menus and author fields ------------


def test_front_matter_date_with_dots_is_the_issue_date():
    text = _text(
        "---", "title: 株洲日报 A03", "date: 2026.2.5", "---", "",
        "## 渌口区新建三座口袋公园", "", "*株洲日报全媒体记者 邹晓岚*", "",
        "2月4日，渌口区三座口袋公园完工开放。", "",
        "## 天元区启动春季义务植树", "", "2月4日，天元区启动春季义务植树活动。",
    )
    issue = parse_text(text, "page.md")
    assert issue.date == "2026-02-05"
    assert titles(issue) == ["渌口区新建三座口袋公园", "天元区启动春季义务植树"]


def test_front_matter_date_in_chinese_is_read_under_a_publish_key():
    text = _text("---", "publish_date: 2026年2月6日", "---", "", "## 标题一则新闻", "", "2月5日，石峰区开展消防演练。",
                      "", "## 另一则新闻", "", "2月5日，荷塘区开展防汛演练。")
    assert parse_text(text, "page.md").date == "2026-02-06"


def test_framed_photo_column_before_a_headline_is_the_section_not_the_title():
    text = _text(
        "株洲日报　2026年2月6日　星期五　A08　视觉", "",
        "【图片新闻】炎陵雾凇挂满枝头", "",
        "2月5日，炎陵县大院农场，树枝上挂满雾凇。（株洲日报全媒体记者 邝 达 摄）",
    )
    article = parse_text(text, "x.txt").articles[0]
    assert article.title == "炎陵雾凇挂满枝头"
    assert article.section == "图片新闻"
    assert article.photographers == ["邝达"]


def test_epaper_news_list_under_its_label_is_menu_not_articles():
    text = _text(
        "株洲日报 2026年2月7日 第A03版：民生", "上一版　下一版", "本版新闻列表",
        "· 石峰区新增公共充电桩200个", "· 芦淞区春节市场保供稳价",
        "石峰区新增公共充电桩200个", "来源：株洲日报　作者：罗亦凡",
        "2月6日，石峰区新增公共充电桩200个，覆盖32个小区。",
        "芦淞区春节市场保供稳价", "来源：株洲日报　作者：朱小满　通讯员 钟敏",
        "2月6日，芦淞区启动春节市场保供稳价专项行动。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["石峰区新增公共充电桩200个", "芦淞区春节市场保供稳价"]
    assert issue.articles[1].reporters == ["朱小满"]
    assert issue.articles[1].correspondents == ["钟敏"]


# --- 3. Two-digit-year mastheads, picture slots, question headlines over reports ----------------------------


def test_two_digit_year_masthead_is_read_by_its_weekday():
    text = _text(
        "株洲日报　26/02/07　星期六　A03　民生",
        "荷塘区新增两处便民菜市场",
        "株洲日报全媒体记者 钟一帆",
        "2月6日，荷塘区两处便民菜市场开业，共设摊位180个。",
    )
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-02-07"
    assert issue.date_source == "masthead"
    assert titles(issue) == ["荷塘区新增两处便民菜市场"]


def test_day_first_short_date_is_read_when_only_that_order_fits_the_weekday():
    text = _text("株洲日报 07.02.26 星期六", "石峰区启动春季招聘月", "2月6日，石峰区启动春季招聘月活动。")
    assert parse_text(text, "x.txt").date == "2026-02-07"


def test_bracketed_picture_slot_is_no_article():
    text = _text(
        "株洲新闻网 > 数字报 > 株洲日报 > 2026年02月08日 > 第A05版：社会", "【图】",
        "炎陵县举办冬季越野赛", "2月7日，炎陵县冬季越野赛开赛，600余名选手参赛。",
        "（株洲日报全媒体记者 黎 川）",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["炎陵县举办冬季越野赛"]
    assert issue.articles[0].reporters == ["黎川"]


def test_question_headline_over_a_dated_report_is_news():
    text = _text("# 株洲日报 2026年2月9日 A04", "", "## 元宵节灯会在哪看？", "",
                 "2月8日，记者从市文旅广电局获悉，今年元宵节我市将在神农城举办灯会，持续10天。")
    assert parse_text(text, "x.md").articles[0].type == "news"


def test_running_head_repeated_mid_paragraph_marks_pdf_text_and_is_no_article():
    head = "A07　　　　　　株洲日报　2026年2月10日　星期二"
    text = _text(
        head,
        "芦淞区服饰市场迎来年货采购潮",
        "株洲日报全媒体记者 沈可欣",
        "　　2月9日，芦淞服饰市场群客流明显增加，各大市场日均客流超过10万人次，商户们纷纷延长营业时间，",
        head,
        "以满足市民采购需求。",
        "　　市场管理方增派了安保和保洁人员。",
    )
    issue = parse_text(text, "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["芦淞区服饰市场迎来年货采购潮"]
    assert issue.articles[0].reporters == ["沈可欣"]


# --- 4. Columns of unequal width, a credit broken before its indented names, photo pages ------------------------

_S = "\u3000"


def test_columns_of_unequal_width_are_each_unwrapped_at_their_own_width():
    body = [
        "湘江风光带樱花进入盛放期" + _S * 10 + "攸县油菜花开",
        _S * 2 + "3月9日，湘江风光带的" + _S * 10 + "遍野",
        "樱花竞相开放，吸引市民前" + _S * 12 + "3月9日，攸县",
        "来赏花拍照。当天，共接待" + _S * 10 + "网岭镇有300余",
        "游客1.2万人次。" + _S * 15 + "亩油菜花盛开，",
        _S * 2 + "株洲日报全媒体记者" + _S * 11 + "醉人。",
        "程" + _S + "霏" + _S + "摄" + _S * 18 + "株洲日报通讯员",
        _S * 24 + "罗" + _S + "丹" + _S + "摄",
    ]
    issue = parse_text(_text("株洲日报" + _S + "2026年3月10日" + _S + "星期二" + _S * 14 + "A08" + _S + "视觉", "", *body), "x.txt")
    assert issue.rendition == "pdf_text"
    left, right = issue.articles
    assert right.title + right.subtitle == "攸县油菜花开遍野"
    assert right.paragraphs[0] == "3月9日，攸县网岭镇有300余亩油菜花盛开，醉人。"
    assert right.photographers == ["罗丹"]
    assert left.paragraphs[0].startswith("3月9日，湘江风光带的樱花竞相开放")
    assert left.photographers == ["程霏"]
    assert [left.type, right.type] == ["caption", "caption"]


def test_headline_paragraph_and_photo_credit_off_a_photo_page_are_a_titled_photo_too():
    """Off a photo page as well: the seeds' gold types that shape a caption (seeds/003, `迎五一 着盛装`)."""
    text = _text(
        "株洲日报　2026年3月12日　星期四　A03　城事",
        "天元区开展植树活动",
        "3月11日，天元区组织600余名干部群众在仙庾岭开展义务植树，栽下苗木2000余株，绿化荒山120亩。",
        "株洲日报全媒体记者 何 洋 摄",
    )
    article = parse_text(text, "x.txt").articles[0]
    assert article.type == "caption"
    assert article.photographers == ["何洋"]


# --- 5. Comma headlines over fresh reports, a label over a comma headline, reaction bars, greetings, columns -----


def test_comma_headline_over_a_dated_paragraph_is_a_headline_not_a_broken_sentence():
    text = _text(
        "株洲日报 2026年3月13日 星期五", "A05 区县新闻",
        "渌口区举办春季招聘会", "3月12日，渌口区春季招聘会提供岗位2000余个。",
        "春暖花开，仙庾岭桃花迎来最佳观赏期", "3月12日，荷塘区仙庾岭的桃花进入盛花期。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["渌口区举办春季招聘会", "春暖花开，仙庾岭桃花迎来最佳观赏期"]


def test_comma_headline_under_a_short_label_and_over_its_byline_is_the_title():
    text = _text(
        "株洲日报", "2026年3月14日", "星期六", "A01",
        "新春走基层",
        "凌晨四点，他们把菜送进城",
        "株洲日报全媒体记者 孙一鸣",
        "凌晨四点，株洲农产品批发市场里已经人声鼎沸。",
        "“早一点送到，市民就能吃上新鲜菜。”菜农老王说。",
    )
    article = parse_text(text, "x.txt").articles[0]
    assert article.title == "凌晨四点，他们把菜送进城"
    assert article.reporters == ["孙一鸣"]
    assert article.type == "feature"


def test_reaction_bar_of_an_app_page_is_chrome():
    text = _text(
        "株洲日报 2026-03-15 第A06版：教育", "上一版 下一版",
        "市少年宫春季班开课", "来源：株洲日报 2026-03-15 08:30",
        "3月14日，市少年宫春季班开课，开设课程120门。", "点赞(36) 收藏 阅读原文",
        "本文共有0条评论 | 我要评论",
        "天元区新建三所幼儿园", "来源：株洲日报 2026-03-15 08:30",
        "3月14日，天元区三所新建公办幼儿园开园。",
    )
    assert titles(parse_text(text, "x.txt")) == ["市少年宫春季班开课", "天元区新建三所幼儿园"]


def test_greeting_after_a_signed_feature_is_a_piece_of_its_own():
    text = _text(
        "株洲日报　2026年2月16日　星期一　A01　要闻",
        "守岁的人",
        "株洲日报全媒体记者 黄一舟",
        "除夕夜，株洲北站的检修库依旧灯火通明。",
        "检修工们说，平安就是最好的年货。",
        "新年献词",
        "值此新春佳节之际，谨向全市人民致以节日的问候！",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["守岁的人", "新年献词"]
    assert issue.articles[1].type == "other"


# --- 6. Separators between date and weekday, a figure date alone under the name, obituary signers -------------


def test_masthead_with_dots_between_date_and_weekday_is_read_and_no_headline():
    text = _text(
        "株洲日报 · 2026年3月16日 · 星期一 · A04 民生", "=====================", "",
        "荷塘区新增社区食堂5家", "---------------------", "",
        "3月15日，荷塘区新增5家社区食堂，老人就餐每餐补贴3元。",
    )
    issue = parse_text(text, "x.md")
    assert issue.date == "2026-03-16"
    assert titles(issue) == ["荷塘区新增社区食堂5家"]


def test_figure_date_and_weekday_on_their_own_lines_under_the_name_are_the_masthead():
    text = _text("株洲日报", "2026.3.17", "星期二", "A08 副刊", "江畔春早", "文/谭晓雨",
                 "江边的柳树抽出了新芽。", "清晨的风里，已经有了暖意。")
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-03-17"
    assert titles(issue) == ["江畔春早"]


def test_obituary_signed_by_the_bereaved_ends_before_the_next_notice():
    text = _text(
        "株洲日报　2026年3月18日　星期三　B04　社会服务",
        "讣告",
        "　　我们敬爱的母亲刘某某女士，因病于2026年3月16日逝世，享年90岁。",
        "　　谨此讣告。",
        "孝子黄某某泣告",
        "更正启事",
        "　　本报3月17日A03版一文中，“5家”应为“6家”，特此更正。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["讣告", "更正启事"]
    assert [a.type for a in issue.articles] == ["notice", "notice"]


# --- 7. Weekday before the date, a lunar date between date and weekday -----------------------------------------


def test_weekday_before_the_date_is_a_masthead():
    text = _text("星期五　2026年3月20日　株洲日报", "A03 城事", "城区新增停车泊位800个",
                 "株洲日报全媒体记者 宋一可", "3月19日，城区新增公共停车泊位800个。")
    issue = parse_text(text, "x.txt")
    assert (issue.date, issue.date_source) == ("2026-03-20", "masthead")
    assert titles(issue) == ["城区新增停车泊位800个"]


def test_short_page_under_a_masthead_with_its_lunar_date_keeps_its_headline():
    text = _text("株洲日报　2026年3月21日　农历二月初三　星期六", "石峰区开展春季植树",
                 "株洲日报全媒体记者 周　一", "3月20日，石峰区开展春季义务植树活动。")
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-03-21"
    assert titles(issue) == ["石峰区开展春季植树"]
    assert issue.articles[0].reporters == ["周一"]


# --- 8. Bracketed inline ad labels, a PDF page's staff credits inside an article ------------------------------


def test_classified_ads_behind_bracketed_labels_are_one_ad_each():
    text = _text(
        "株洲日报　2026年3月22日　星期日　B04　分类广告",
        "【招聘】某某酒店招服务员3名，包食宿。电话：13807330001",
        "【出租】荷塘区红旗路住房一套，两室一厅。电话：13907330002",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["招聘", "出租"]
    assert [a.type for a in issue.articles] == ["ad", "ad"]
    assert issue.articles[1].paragraphs[0].startswith("荷塘区红旗路")


def test_page_staff_credits_between_paragraphs_of_a_pdf_article_do_not_end_it():
    text = _text(
        "株洲日报　2026年3月23日　星期一　　　　　　　　　　　A05　民生",
        "市区启动背街小巷提质改造",
        "株洲日报全媒体记者 韩一凡",
        "　　3月22日，记者从市城管局获悉，今年市区将对120条背街小巷",
        "实施提质改造，重点解决路面破损、排水不畅、照明不足等问题，",
        "改造工程将于6月底前全部完工，惠及沿线居民2万余户。",
        "责任编辑：刘　琳　　美术编辑：王　萌　　校对：张　敏",
        "　　据介绍，改造将充分征求居民意见，做到“一巷一策”，",
        "并同步规范沿街店招和停车秩序。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["市区启动背街小巷提质改造"]
    assert issue.articles[0].paragraphs[1].startswith("据介绍")
    assert any("校对" in u.text for u in issue.unassigned)


# --- 9. '作者：' before a byline, bold titles under a masthead heading, bracketed field labels, a file tag line ----


def test_bold_titles_under_a_masthead_heading_with_author_lines():
    text = _text(
        "# 株洲日报 2026年3月29日 星期日 A04 区县", "",
        "**渌口区湘江风光带樱花盛开**", "", "作者：株洲日报全媒体记者 林一凡", "",
        "3月28日，渌口区湘江风光带的樱花进入盛花期，市民纷纷前来拍照打卡。", "",
        "**醴陵举办陶瓷文化周**", "", "作者：株洲日报通讯员 宋雨桐", "",
        "3月28日，醴陵陶瓷文化周开幕，30余家陶瓷企业展出新品。",
    )
    issue = parse_text(text, "x.md")
    assert issue.rendition == "markup"
    assert titles(issue) == ["渌口区湘江风光带樱花盛开", "醴陵举办陶瓷文化周"]
    assert issue.articles[0].reporters == ["林一凡"]
    assert issue.articles[1].correspondents == ["宋雨桐"]


def test_bracketed_field_labels_of_a_scrape_are_read_as_its_fields():
    text = _text(
        "株洲日报 2026年03月30日 第A06版：健康",
        "【标题】市中医院开设“膏方门诊”", "【作者】株洲日报全媒体记者 郑可", "【日期】2026-03-30",
        "【正文】3月29日，市中医院开设膏方门诊，每周三全天开诊。",
        "【标题】春季流感进入低发期", "【作者】株洲日报全媒体记者 郑可", "【日期】2026-03-30",
        "【正文】近期，我市流感就诊人数明显下降。",
    )
    issue = parse_text(text, "x.txt")
    assert issue.rendition == "epaper"
    assert titles(issue) == ["市中医院开设“膏方门诊”", "春季流感进入低发期"]
    assert issue.articles[0].paragraphs[0].startswith("3月29日")
    assert issue.articles[0].reporters == ["郑可"]


def test_ascii_file_tag_over_the_masthead_is_no_article():
    text = _text("ZZRB 2026-03-31 A03", "株洲日报　2026年3月31日　星期二　A03　城事", "石峰区新增口袋公园3个",
                 "株洲日报全媒体记者 周一帆", "3月30日，石峰区新增口袋公园3个。")
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["石峰区新增口袋公园3个"]


# --- 10. Unsigned briefs: '即日起至…' and bare-month openings, figure and acronym headlines, reported sales -----


def test_unsigned_briefs_with_figure_headlines_and_their_openings_stay_apart():
    text = _text(
        "株洲日报 2026年4月4日 星期六", "A04 经济",
        "一季度全市用电量增长9%", "记者从国网株洲供电公司获悉，一季度全市全社会用电量同比增长9%。",
        "工业用电增长较快。",
        "3月CPI同比上涨0.5%", "3月，全市居民消费价格指数同比上涨0.5%，涨幅比上月回落0.2个百分点。",
        "神农城商圈开展春季购物节", "即日起至4月20日，神农城商圈开展春季购物节，80余家商户参与。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["一季度全市用电量增长9%", "3月CPI同比上涨0.5%", "神农城商圈开展春季购物节"]
    assert issue.articles[2].type == "news"


def test_a_sale_with_its_phone_is_still_an_ad():
    text = _text("株洲日报　2026年4月4日　星期六　B04　分类", "春季特价促销",
                 "本店全场家具八折，送货上门。电话：13807330009")
    assert parse_text(text, "x.txt").articles[0].type == "ad"


# --- 11. Columns interleaved line by line where one column runs longer --------------------------------------


def _interleave(left: list[str], right: list[str]) -> list[str]:
    out = []
    for k in range(max(len(left), len(right))):
        out += [col[k] for col in (left, right) if k < len(col)]
    return out


def test_interleaved_columns_where_the_right_one_runs_longer_are_read_column_by_column():
    left = ["天元区新增两条微循环公交", "株洲日报全媒体记者 邹一鸣", _S * 2 + "4月6日，天元区开通两条社区微循环公交线路，",
            "连通12个小区，票价1元。"]
    right = ["石峰区5月举办赏花节", "株洲日报通讯员 范　二", _S * 2 + "4月6日，记者从石峰", "区获悉，第三届赏花节",
             "将于5月1日在石峰公", "园开幕，持续一个月。"]
    issue = parse_text(_text("株洲日报　2026年4月10日　星期五　A05　区县", "", *_interleave(left, right)), "x.txt")
    assert titles(issue) == ["天元区新增两条微循环公交", "石峰区5月举办赏花节"]
    assert issue.articles[0].paragraphs == ["4月6日，天元区开通两条社区微循环公交线路，连通12个小区，票价1元。"]
    assert issue.articles[1].paragraphs == ["4月6日，记者从石峰区获悉，第三届赏花节将于5月1日在石峰公园开幕，持续一个月。"]
    assert issue.articles[1].correspondents == ["范二"]


# --- 12. A photo credit under the photo's title, a framed photo set --------------------------------------------


def test_photo_credit_under_its_title_credits_the_caption_below():
    text = _text("株洲日报 2026年4月13日 星期一", "A08 视觉", "晨雾中的湘江大桥", "株洲日报全媒体记者 龙一帆 摄",
                 "4月12日清晨，湘江大桥在晨雾中若隐若现。", "【组图】樱花大道", "①4月12日，天元区樱花大道。",
                 "②市民在樱花树下拍照。", "株洲日报通讯员 黄　婷 摄")
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["晨雾中的湘江大桥", "樱花大道"]
    assert [a.type for a in issue.articles] == ["caption", "caption"]
    assert [a.photographers for a in issue.articles] == [["龙一帆"], ["黄婷"]]
    assert issue.articles[0].paragraphs == ["4月12日清晨，湘江大桥在晨雾中若隐若现。"]


# --- 13. Mastheads with the issue number, the page after a dotted date, the paper's English name ----------------


def test_short_page_under_a_numbered_masthead_keeps_its_headline():
    text = _text("株洲日报 2026年4月17日 星期五 第12349期 今日8版", "醴陵新增两家国家级专精特新企业",
                 "株洲日报全媒体记者 石一", "4月16日，醴陵新增两家国家级专精特新“小巨人”企业。")
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["醴陵新增两家国家级专精特新企业"]
    assert issue.articles[0].reporters == ["石一"]


def test_named_mastheads_with_a_page_after_the_date():
    for head, day in (("株洲日报 2026.04.18 A03版", "2026-04-18"), ("Zhuzhou Daily | 2026-04-18 | A05", "2026-04-18")):
        text = _text(head, "荷塘区开展防汛演练", "株洲日报全媒体记者 石一", "4月17日，荷塘区开展防汛应急演练，300余人参加。")
        issue = parse_text(text, "x.txt")
        assert (issue.date, issue.date_source) == (day, "masthead")
        assert titles(issue) == ["荷塘区开展防汛演练"]
