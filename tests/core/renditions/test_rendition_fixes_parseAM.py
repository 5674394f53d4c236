"""Focused checks for the repairs of parser round AM: what the rewrites of tests/bench/bench_rendition_variants.py lost.

Each test feeds a few lines of original text, as an archive rewrites it (no blank lines, a blank line after every
line, full-width figures, a lossy GBK copy, a hard wrap), and asserts what a reader sees: titles, bylines, types,
dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


def _spaced(*lines: str) -> str:
    """A blank line after every line: a web copy that makes each line a paragraph of its own."""
    return "\n\n".join(lines) + "\n"


# --- a. a boxed notice ('温馨提示') signed by its issuer on a line of its own, with no blank lines to part them ---

_TIP_PAGE = (
    "株洲日报 2026年2月3日 星期二",
    "A04 民生",
    "石峰区新建三处口袋公园",
    "株洲日报记者 周晓岚",
    "2月2日，石峰区三处口袋公园完工开放，新增绿地面积约5000平方米。",
    "公园内设置了健身步道和儿童游乐设施，周边居民步行5分钟即可到达。",
    "温馨提示",
    "因管网检修，2月4日8时至18时，石峰区响石岭街道部分区域将暂停供水，请居民提前储水。",
    "株洲市某某供水有限公司",
    "本版编辑 欧阳琪",
)


def test_a_tip_signed_by_a_company_is_a_notice_without_blank_lines():
    issue = parse_text(_text(*_TIP_PAGE), "a.txt")
    assert titles(issue) == ["石峰区新建三处口袋公园", "温馨提示"]
    assert issue.articles[0].reporters == ["周晓岚"]
    assert issue.articles[1].type == "notice"
    assert_nothing_lost(issue)


def test_a_tip_signed_by_a_company_is_a_notice_with_a_blank_after_every_line():
    issue = parse_text(_spaced(*_TIP_PAGE), "a.txt")
    assert titles(issue) == ["石峰区新建三处口袋公园", "温馨提示"]
    assert issue.articles[1].type == "notice"
    assert_nothing_lost(issue)


def test_a_tip_with_no_signer_stays_the_story_s_box():
    issue = parse_text(_text(*_TIP_PAGE[:8], "本版编辑 欧阳琪"), "a.txt")
    assert titles(issue) == ["石峰区新建三处口袋公园"]


# --- b. two bodies that sign a notice together, then the day, in a dump with no blank lines ---

_COSIGNED_PAGE = (
    "株洲日报 2026年5月11日 星期一",
    "A07 公告",
    "分立公告",
    ("株洲某某建材有限公司经股东会决议，拟分立为株洲某某建材有限公司和株洲某某物流有限公司，"
     "原公司的债权债务由分立后的两家公司承担连带责任。请债权人自本公告见报之日起45日内申报债权。"),
    "株洲某某建材有限公司",
    "株洲某某物流有限公司",
    "2026年5月11日",
    "遗失声明",
    "株洲某某餐饮店遗失食品经营许可证正本一份，声明作废。",
)


def test_two_signers_and_the_day_close_the_notice_without_blank_lines():
    issue = parse_text(_text(*_COSIGNED_PAGE), "b.txt")
    assert titles(issue) == ["分立公告", "遗失声明"]
    assert [a.type for a in issue.articles] == ["notice", "notice"]
    assert_nothing_lost(issue)


def test_two_signers_and_the_day_close_the_notice_with_a_blank_after_every_line():
    issue = parse_text(_spaced(*_COSIGNED_PAGE), "b.txt")
    assert titles(issue) == ["分立公告", "遗失声明"]
    assert_nothing_lost(issue)


def test_a_second_name_is_a_cosigner_only_over_the_signing_day():
    from zzreader.core.lines import Line
    from zzreader.core.signer_heads import cosigned

    name = Line(6, "株洲某某物流有限公司", kind="p")
    assert cosigned(name, Line(7, "2026年5月11日", kind="p"))
    assert not cosigned(name, Line(7, "本公司承接城区配送业务，欢迎来电咨询。", kind="p"))
    assert not cosigned(Line(6, "市民可拨打热线咨询办理进度", kind="p"), Line(7, "2026年5月11日", kind="p"))


# --- c. a lossy GBK copy: '?' glued to a line's first character where an invisible or symbol mark was lost ---

def _gbk(text: str, name: str = "c.txt"):
    from zzreader.core.parse import parse_bytes

    return parse_bytes(text.encode("gbk"), name)


def test_a_lost_mark_glued_to_a_headline_before_a_place_or_a_quote_is_read_as_none():
    issue = _gbk(_text(
        "株洲日报　2026年4月8日　星期三　A05　县域", "",
        "?醴陵：陶瓷小镇迎来赏花客",  # a bullet glyph GBK lacks, set tight against the headline
        "　　4月7日，醴陵市五彩陶瓷特色小镇的油菜花进入盛花期，周末接待游客两万余人次。", "",
        "?“小候鸟”暑期托管班开班",  # a zero-width space before the opening quote
        "株洲日报记者 谢　琳",
        "　　4月7日，芦淞区首个“小候鸟”托管班开班，四十余名随父母进城的孩子在这里度过假期。", "",
        "?株洲日报　2026年4月8日　星期三　A06　城事",  # a byte-order mark of a file joined to this one
        "攸县新添两座公交首末站",
        "　　4月7日，攸县城区两座公交首末站建成启用，新开通的两条线路覆盖城东片区。",
    ))
    assert titles(issue) == ["醴陵：陶瓷小镇迎来赏花客", "“小候鸟”暑期托管班开班", "攸县新添两座公交首末站"]
    assert issue.articles[1].reporters == ["谢琳"]
    assert "?醴陵" in issue.text  # the issue keeps the file's text
    assert_nothing_lost(issue)


def test_a_lost_first_character_that_the_text_repeats_stays():
    issue = _gbk(_text(
        "株洲日报　2026年4月8日　星期三　A05　县域", "",
        "?溪村修通三座便民桥",  # the village's rare first character, lost in the body too
        "　　4月7日，攸县?溪村三座便民桥同时通车，沿河两百余户村民出行不再绕路。",
    ))
    assert titles(issue) == ["?溪村修通三座便民桥"]


def test_one_lost_space_in_a_credit_reads_as_a_space_when_the_file_proves_its_marks_are_spaces():
    issue = _gbk(_text(
        "株洲日报　2026年4月8日　星期三　A05　县域", "",
        "油菜花开",
        "　　图为4月7日，攸县网岭镇的油菜花竞相开放。（记者 龙?飞 摄）", "",
        "茶陵启动春季植树",
        "作者：记者?黄?琴",
        "　　4月7日，茶陵县两千余名干部群众在洣水河畔植树五千余株。",
    ))
    assert issue.articles[0].photographers == ["龙飞"]
    assert issue.articles[1].reporters == ["黄琴"]


# --- d. two small ads set side by side, one row's gutter a single space, with a blank line after every line ---

_SIDE_BY_SIDE = (
    "株洲日报　2026年6月4日　星期四　B02　分类广告",
    "门面转让                                  招聘司机",
    "荷塘区红旗路临街门面转让，面积六十平方米， 某某物流公司招聘货车司机五名，持B2驾照，",
    "适合餐饮、便利店。电话：13907331122       月薪面议，包住宿。电话：0731-22334455",
)


def test_side_by_side_ads_split_with_a_blank_after_every_line():
    for text in (_text(*_SIDE_BY_SIDE), _spaced(*_SIDE_BY_SIDE)):
        issue = parse_text(text, "d.txt")
        assert sorted(titles(issue)) == sorted(["门面转让", "招聘司机"])
        ads = {a.title: a.text for a in issue.articles}
        assert ads["门面转让"].startswith("荷塘区红旗路临街门面转让") and "13907331122" in ads["门面转让"]
        assert ads["招聘司机"].startswith("某某物流公司招聘货车司机") and "0731-22334455" in ads["招聘司机"]
        assert_nothing_lost(issue)


def test_side_by_side_ads_split_when_a_cleaner_made_their_figures_full_width():
    issue = parse_text(_text(
        "株洲日报　２０２６年６月４日　星期四　Ｂ０２　分类广告",
        "门面转让                                  招聘司机",
        "荷塘区红旗路临街门面转让，面积约６０平方米， 某某物流公司招聘货车司机５名，持B2驾照，",  # the gutter set for ASCII figures
        "适合餐饮、便利店。电话：１３９０７３３１１２２       月薪面议，包住宿。电话：０７３１-２２３３４４５５",
    ), "d.txt")
    assert sorted(titles(issue)) == sorted(["门面转让", "招聘司机"])
    ads = {a.title: a.text for a in issue.articles}
    assert ads["门面转让"].startswith("荷塘区红旗路临街门面转让") and "13907331122" in ads["门面转让"]
    assert ads["招聘司机"].startswith("某某物流公司招聘货车司机") and "22334455" in ads["招聘司机"]  # a phone read as ASCII figures (renditions/wide_dates.py)
    assert issue.date == "2026-06-04"
    assert_nothing_lost(issue)


# --- e. dates typed full-width in an English e-paper scrape, and a scan's spaced full-width figures ---

def test_an_english_scrape_s_full_width_dates_give_the_issue_day():
    long_month = parse_text(_text(
        "Zhuzhou Daily | Page Ｂ０３: 城事",
        "石峰公园月季花展开幕",
        "Author: 株洲日报全媒体记者 罗　敏",
        "Published: October ２１, ２０２５",
        "　　１０月２０日，石峰公园第五届月季花展开幕，展出月季品种三百余个。",
        "[Print] [Close]",
    ), "epaper_am.txt")
    assert long_month.date == "2025-10-21"
    assert titles(long_month) == ["石峰公园月季花展开幕"]
    assert long_month.articles[0].reporters == ["罗敏"]
    us_style = parse_text(_text(
        "Zhuzhou Daily 株洲日报 | Page Ａ０６: 体育",
        "市青少年游泳锦标赛落幕",
        "Source: 株洲日报  Author: 记者 谭　航  Published: ０８/１３/２０２５ １０:１５",
        "　　８月１２日，市青少年游泳锦标赛在市体育中心落幕，三百余名选手参赛。",
        "[Print] [Close]",
    ), "epaper_am.txt")
    assert us_style.date == "2025-08-13"
    assert titles(us_style) == ["市青少年游泳锦标赛落幕"]


def test_a_scan_s_spaced_full_width_masthead_date_is_read():
    issue = parse_text(_text(
        "株洲日报  ２ ０ ２ ５ 年 １ １ 月 ２ ０ 日  星期四",
        "Ａ０３ 城事 | 责任编辑：周 敏",
        "神农城冬季灯会筹备就绪 |",
        "株洲日报全媒体记者 李 想 |",
        "  １１月１９日，神农城冬季灯会的主灯组完成安装， |",
        "灯会将持续到明年元宵节。 |",
    ), "pdf_am.txt")
    assert issue.date == "2025-11-20"
    assert titles(issue) == ["神农城冬季灯会筹备就绪"]


def test_one_line_ads_with_full_width_phone_numbers_stay_ads():
    issue = parse_text(_text(
        "株洲日报　２０２６年３月１２日　星期四　Ｂ０４　分类广告", "",
        "【招聘】",
        "招聘",
        "株洲某某餐饮有限公司招聘厨师２名，月薪面议，包食宿。",
        "电话：１３８７３３０１１２２",
        "家电维修\u3000１３９７３３０２２３３\u3000天元区泰山路６号",
        "搬家搬厂\u3000０７３１-２２５５６６７７",
    ), "e.txt")
    ads = [a for a in issue.articles if a.type == "ad"]
    assert [a.text.split("\u3000")[0].split(" ")[0] for a in ads[-2:]] == ["家电维修", "搬家搬厂"]
    assert_nothing_lost(issue)


def test_a_contents_box_with_full_width_page_codes_is_no_article():
    issue = parse_text(_text(
        "株洲日报　２０２６年１月８日　星期四　Ａ０１　要闻",
        "本期导读",
        "全市春运工作部署会召开……………Ａ０２",
        "神农湖冬季观鸟季启幕………………Ａ０５",
        "株洲高铁西站新增三趟列车",
        "株洲日报全媒体记者 钟　灵",
        "１月７日，记者从株洲西站获悉，春运期间该站将新增三趟始发列车。",
    ), "f.txt")
    assert titles(issue) == ["株洲高铁西站新增三趟列车"]
    assert issue.articles[0].reporters == ["钟灵"]


# --- f. a day a story announces on a line of its own, in a page whose paragraphs a hard wrap cut short ---

def test_an_announced_day_under_wrapped_text_is_no_masthead():
    issue = parse_text(_text(
        "炎帝广场灯光秀国庆回归",
        "记者 龙小溪",
        "9月26日，记者从炎帝广场管理处获悉，灯光秀",
        "设备已完成升级，国庆期间将恢复演出。首场演",
        "出时间为：",
        "2026年10月1日（星期四）",
        "每晚8时起，每场15分钟。",
    ), "株洲日报_2026_09_27.txt")
    assert issue.date == "2026-09-27"
    assert titles(issue) == ["炎帝广场灯光秀国庆回归"]


# --- g. letter-spaced bylines: a spaced role word before a padded name, a signature's wide gaps, a quoted mail ---

def test_a_letter_spaced_role_word_before_a_padded_name_is_a_byline():
    issue = parse_text(_text(
        "株洲日报\u30002026年7月2日\u3000星期四\u3000A05\u3000城事", "",
        "神农湖新添两座亲水平台",
        "记 者\u3000江\u3000楠",
        "7月1日，神农湖公园两座亲水平台完工开放，平台采用防滑木材铺设。", "",
    ), "g.txt")
    assert titles(issue) == ["神农湖新添两座亲水平台"]
    assert issue.articles[0].reporters == ["江楠"]


def test_a_signature_letter_spaced_with_wide_gaps_signs_the_commentary():
    issue = parse_text(_text(
        "株洲日报 2026年7月2日 星期四 A01 要闻",
        "株 洲 观 察",
        "让 老 街 慢 下 来",
        "老街改造不是推倒重来，留住青石板和老招牌，比新修一条仿古街更难，也更有意义。",
        "改造之前多听听街坊的意见，老街才会有人气。",
        "□   龙   川",
    ), "g.txt")
    assert titles(issue) == ["让老街慢下来"]
    assert issue.articles[0].reporters == ["龙川"]


def test_a_letter_spaced_byline_inside_a_forwarded_mail_s_quote():
    issue = parse_text(_text(
        "小陈：",
        "这篇写的是你们单位。",
        "-----原始邮件-----",
        "发件人: \"黄某\" <huang@example.com>",
        "主题: 今天的报纸",
        "",
        "> 株洲日报 2026年7月2日 星期四 A03 经济",
        ">",
        "> 株洲造新能源客车发往东南亚",
        ">",
        ">   株 洲 日 报 全 媒 体 记 者   罗\u3000琳",
        ">",
        "> 7月1日，50辆株洲造新能源客车从株洲北站装车，经铁海联运发往东南亚。",
    ), "g.txt")
    assert titles(issue) == ["株洲造新能源客车发往东南亚"]
    assert issue.articles[0].reporters == ["罗琳"]


def test_letter_spaced_display_lines_over_prose_typed_with_half_width_marks():
    issue = parse_text(_text(
        "A 0 3   经 济", "",
        "株洲公布首批“智慧工厂”名单", "",
        "株洲日报讯(全媒体记者 谭某某)7月1日,市工信局公布首批4家“智慧工厂”名单,涵盖轨道交通和硬质合金两个产业.", "",
        "企 业 名 称          所 在 地", "",
        "某 某 电 机 公 司        石 峰 区",
        "某 某 合 金 公 司        荷 塘 区", "",
        "株 洲 时 评", "",
        "“ 智 慧 ” 要 用 在 刀 刃 上", "",
        "株 洲 日 报 评 论 员", "",
        "建设“智慧工厂”,要从企业最缺的环节入手,让机器替人干最累最险的活.",
    ), "株洲日报_260702.txt")
    assert titles(issue)[0] == "株洲公布首批“智慧工厂”名单"
    assert titles(issue)[-1] == "“智慧”要用在刀刃上"
    assert issue.articles[-1].reporters == ["株洲日报评论员"]


# --- h. a headline a narrow column broke in two, in a dump with no blank lines ---

def test_a_headline_broken_inside_its_quotes_or_before_its_verb_is_one_headline():
    from zzreader.core.broken_titles import broken_in_two

    assert broken_in_two("石峰区“共享菜园", "开进老旧小区”")  # the quote opened on the first line closes on the second
    assert broken_in_two("荷塘区“邻里食堂”", "开进社区")  # a named thing, then what it did
    assert broken_in_two("醴陵陶瓷市场", "春季展销会开幕")
    assert broken_in_two("全市农村公路项目", "雨季施工不停歇")
    assert not broken_in_two("我市新增3家国家级绿色工厂", "累计达到27家")  # a title that is a clause, and its subtitle


def test_a_broken_headline_over_its_lead_without_blank_lines():
    issue = parse_text(_text(
        "株洲日报",
        "2026年11月5日  星期四",
        "A02  要闻",
        "醴陵陶瓷市场",
        "春季展销会开幕",
        "本报讯（全媒体记者/宋　洁）11月4日，醴陵陶",
        "瓷市场春季展销会开幕，300余家商户参展。",
        "荷塘区“邻里食堂”",
        "开进社区",
        "本报讯（通讯员/贺小兰）11月4日，荷塘区首家",
        "“邻里食堂”在月塘街道开业，老人用餐可享八折。",
    ), "株洲日报20261105A02.txt")
    assert titles(issue) == ["醴陵陶瓷市场春季展销会开幕", "荷塘区“邻里食堂”开进社区"]


# --- i. a notice whose title names the body and whose subtitle names the notice, its parts numbered, no blank lines ---

def test_a_numbered_part_of_a_notice_titled_by_its_subtitle_stays_in_it():
    issue = parse_text(_text(
        "株洲日报2026年3月2日第B03版\u3000公告",
        "株洲市某某水务有限公司",
        "2026年春季公开招聘公告",
        "因业务发展需要，现面向社会公开招聘工作人员6名，有关事项公告如下：",
        "一、招聘岗位",
        "管网维护岗4名，给排水相关专业，大专及以上学历。",
        "二、报名方式",
        "报名时间：2026年3月3日至3月9日。",
        "联系电话：0731-28001234",
        "遗失声明",
        "株洲市石峰区某某便利店遗失食品经营许可证一份，声明作废。",
    ), "i.txt")
    assert titles(issue) == ["株洲市某某水务有限公司", "遗失声明"]
    assert "二、报名方式" in issue.articles[0].text


# --- j. a notice's two-line title (its issuer over '关于…的通知') in a dump with a blank line after every line ---

def test_an_issuer_over_its_notice_s_title_is_one_title_with_a_blank_after_every_line():
    issue = parse_text(_spaced(
        "株洲日报",
        "2026年4月15日 星期三",
        "招商",
        "株洲某某商业街二期铺面火热招商中,面积20至300平方米,可做餐饮、零售。",
        "招商热线:0731-22113344",
        "株洲市某某物业服务有限公司",
        "关于小区电梯更换暂停使用的通知",
        "各位业主:因电梯更换,4月18日至4月25日某某小区3栋电梯暂停使用,请业主提前安排出行。",
        "特此通知。",
        "株洲市某某物业服务有限公司",
        "2026年4月15日",
    ), "j.txt")
    assert [a.title + a.subtitle for a in issue.articles][-1] in (
        "株洲市某某物业服务有限公司关于小区电梯更换暂停使用的通知", "株洲市某某物业服务有限公司 关于小区电梯更换暂停使用的通知")
    assert issue.articles[-1].type == "notice"
    assert len(issue.articles) == 2


# --- k. a traditional-character site menu, one item a paragraph ---

def test_a_traditional_site_menu_set_one_item_a_paragraph_is_no_article():
    issue = parse_text(_spaced(
        "株洲新聞網 首頁",
        "新聞",
        "時政",
        "經濟",
        "數字報",
        "株洲日報 2026年05月06日 第A03版：經濟",
        "醴陵瓷谷新添兩條生產線",
        "作者：賀　敏",
        "日期：2026-05-06",
        "\u3000\u30005月5日，醴陵瓷谷兩條日用瓷生產線投產，年產能可達三千萬件。",
    ), "epaper_k.txt")
    assert titles(issue) == ["醴陵瓷谷新添兩條生產線"]
    assert issue.date == "2026-05-06"


def test_a_kicker_that_quotes_its_object_is_no_broken_headline():
    from zzreader.core.broken_titles import broken_in_two

    assert not broken_in_two("守护“舌尖上的安全”", "全市开展冬季食品安全专项检查")
    assert not broken_in_two("链接“长株潭”", "城际铁路株洲段完成铺轨")


# --- l. Word's manual line breaks inside a Markdown file's front matter ---

def test_a_front_matter_fence_ends_its_line_at_a_manual_break():
    from zzreader.core.word_breaks import line_ends

    text = "---\vtitle: 株洲日报 2026年5月9日 第A02版\v---\n\n### 神农城夜市开市\n\n5月8日晚，神农城夜市开市。\n"
    assert line_ends(text, []).startswith("---\ntitle: 株洲日报 2026年5月9日 第A02版\n---\n")
    assert line_ends("湘江夜景\v灯光改造完成\n", []) == "湘江夜景\v灯光改造完成\n"  # a headline's break stays




# --- m. a masthead whose '日' and '月' a lossy GBK copy lost (a PDF's radical glyphs '⽇', '⽉') ---

def test_a_masthead_date_with_its_month_and_day_marks_lost_is_read():
    issue = _gbk(_text(
        "株洲?报\u30002025年9?18?\u3000星期四\u3000A03\u3000城事",
        "荷塘区新开三条社区巴士线路",
        "\u3000\u3000本报讯（全媒体记者 龙小青）9?17?，荷塘区三条社区巴士线路开通，票价1元。",
    ))
    assert issue.date == "2025-09-18"
    assert titles(issue) == ["荷塘区新开三条社区巴士线路"]
