"""Focused checks for round AN: held-out issues in choices the test data lacked.

Each test feeds a few lines of original text in one choice a held-out issue
showed (tests/core/renditions/data/*_360..*_369 and the files named by their
date in round AN) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


# --- 1. Bylines: a joint wire report, the paper's media centre, '文 … 图 …' with roles ------------------------

def test_wire_reporter_with_the_papers_own_signs_a_joint_report():
    """'新华社记者 某 株洲日报全媒体记者 某': both wrote it; a wire reporter alone still credits no one of the paper's."""
    credit = parse_credit("新华社记者 周 晓  株洲日报全媒体记者 蒋 蕾")
    assert credit.reporters == ["周晓", "蒋蕾"]
    assert parse_credit("新华社记者 宋立军").reporters == []


def test_media_centre_reporter_is_a_reporter():
    """'株洲日报融媒体中心记者 某某': the desk named as the paper's media centre, in a byline and an e-paper's author field."""
    credit = parse_credit("株洲日报融媒体中心记者 刘思远 通讯员 彭 博")
    assert (credit.reporters, credit.correspondents) == (["刘思远"], ["彭博"])
    page = "\n".join([
        "株洲日报数字报 2026年08月10日 星期一", "第A04版：教育",
        "我市新增公办学位1.2万个",
        "来源：株洲日报  作者：株洲日报融媒体中心记者 刘思远 通讯员 彭 博  发布时间：2026-08-10 07:30",
        f"{S}{S}记者8月9日从市教育局获悉，今年全市新建、改扩建中小学和幼儿园37所，秋季学期新增公办学位1.2万个。",
    ])
    article = _read(page).articles[0]
    assert (article.reporters, article.correspondents) == (["刘思远"], ["彭博"])


def test_words_and_pictures_marks_set_apart_by_spaces_with_roles():
    """'文　记者　某　通讯员　某　图　某': the writers by role, the photographer after the spaced '图'."""
    credit = parse_credit(f"文{S}记者{S}彭晓岚{S}通讯员{S}谢䶮峰{S}图{S}邹昇")
    assert (credit.reporters, credit.correspondents, credit.photographers) == (["彭晓岚"], ["谢䶮峰"], ["邹昇"])
    credit = parse_credit(f"文{S}记者{S}彭𬀩{S}通讯员{S}谢䶮峰{S}图{S}邹昇")  # a name with a CJK extension E character
    assert (credit.reporters, credit.photographers) == (["彭𬀩"], ["邹昇"])


# --- 2. One-line notices whose title is set apart by a wide space, not a colon ---------------------------------

def test_one_line_notice_with_a_wide_space_after_its_title():
    page = "\n".join([
        "株洲日报　2026年8月18日　星期二　B04　分类广告", "",
        "招租", "芦淞区建设南路临街门面一间，面积约120平方米，适合餐饮、零售。", "电话：15973312345", "",
        "遗失声明　株洲某某物流有限公司遗失增值税专用发票一份（发票号码：04512345），声明作废。",
        "遗失声明　李建军遗失株洲市不动产权证书一本，声明作废。",
    ])
    issue = _read(page)
    assert titles(issue) == ["招租", "遗失声明", "遗失声明"]
    assert issue.articles[1].paragraphs[0].startswith("株洲某某物流有限公司遗失")
    assert [a.type for a in issue.articles[1:]] == ["notice", "notice"]
    assert_nothing_lost(issue)


# --- 3. A headline over text an issuer signs and dates, after a signed report --------------------------------

def test_signed_and_dated_reminder_after_a_report_is_a_notice_of_its_own():
    page = "\n".join([
        "株洲日报　2026年5月3日　星期日", "",
        "“湘江风光带”骑行道全线贯通",
        "株洲日报全媒体记者 孙 磊　通讯员 黄 莹", "",
        f"{S}{S}5月2日，湘江风光带骑行道天元段最后1.2公里建成开放，至此，骑行道全长38公里全线贯通。", "",
        "假期出行请注意安全",
        f"{S}{S}市公安局交警支队提醒：假期返程高峰预计出现在5月5日下午，请驾驶人合理安排出行时间，切勿疲劳驾驶。",
        "市公安局交警支队",
        "2026年5月2日",
    ])
    issue = _read(page)
    assert titles(issue) == ["“湘江风光带”骑行道全线贯通", "假期出行请注意安全"]
    assert issue.articles[1].type == "notice"
    assert issue.articles[0].reporters == ["孙磊"]
    assert_nothing_lost(issue)


def test_company_reminder_signed_and_dated_is_a_notice_not_news():
    page = "\n".join([
        "株洲日报　2026年8月14日　星期五　A06　民生", "",
        "夏季用电高峰 请错峰使用大功率电器", "",
        "国网株洲供电公司提醒：8月用电高峰期间，请市民尽量错峰使用空调、热水器等大功率电器。", "",
        "国网株洲供电公司", "",
        "2026年8月13日",
    ])
    issue = _read(page)
    assert titles(issue) == ["夏季用电高峰 请错峰使用大功率电器"]
    assert issue.articles[0].type == "notice"


# --- 4. A PDF page's folio centred under its running foot; a correction's signer over the page's editors -------

def test_centred_folio_under_a_running_foot_is_furniture():
    """'                              3' under the foot: the page number, no article (its margin made it look long)."""
    page = "\n".join([
        "石峰区新增3处口袋公园",
        f"{S}{S}本报讯 近日，石峰区响石广场、清水塘老街等3处口袋公园建成开放，新增",
        "绿地面积1.1万平方米，市民家门口又多了休闲好去处。（记者 吴 斌）", "",
        "更  正",
        f"{S}{S}本报8月5日A03版《荷塘区老旧小区改造开工》一文中，“改造小区42个”应为",
        "“改造小区24个”。特此更正。",
        S * 20 + "本报编辑部", "",
        "责任编辑 刘 芸  美术编辑 易 晴  校对 贺 丹",
        "  株洲日报    2026年8月7日    星期五                        第A03版",
        " " * 30 + "3",
    ])
    issue = _read(page)
    assert titles(issue) == ["石峰区新增3处口袋公园", "更正"]
    correction = issue.articles[1]
    assert correction.type == "notice" and correction.paragraphs[-1] == "本报编辑部"
    assert not any(p.strip() == "3" for a in issue.articles for p in a.paragraphs)
    assert issue.date == "2026-08-07"
    assert_nothing_lost(issue)


# --- 5. Types: a photographer's credit over one dated scene; a comment column's name before a bar -------------

def test_photographer_in_the_author_field_over_one_dated_scene_is_a_caption():
    page = "\n".join([
        "第A05版：区县　　2026年08月21日",
        "茶陵：稻田里的“丰收图”",
        "作者：通讯员 陈 瑶 摄　　来源：株洲日报　　发布时间：2026年08月21日",
        f"{S}{S}8月19日，茶陵县严塘镇，农机手驾驶收割机抢收早稻。今年该县早稻种植面积42万亩。",
        "【打印本页】　【关闭窗口】",
    ])
    article = _read(page).articles[0]
    assert (article.title, article.photographers, article.type) == ("茶陵：稻田里的“丰收图”", ["陈瑶"], "caption")


def test_comment_column_name_before_a_bar_makes_a_commentary():
    page = "\n".join([
        "第A05版：区县　　2026年08月21日",
        "县域观察｜让“小县城”留住“大人才”",
        "作者：吴 迪　　来源：株洲日报　　发布时间：2026年08月21日",
        f"{S}{S}人才是县域发展的第一资源。近年来，我市各县市区纷纷出台引才政策，但“引得来、留不住”的问题依然存在。",
        f"{S}{S}留住人才，既要有事业平台，也要有生活温度。",
    ])
    article = _read(page).articles[0]
    assert (article.title, article.kicker, article.type) == ("让“小县城”留住“大人才”", "县域观察", "commentary")


# --- 6. Issuers that sign notices: a weather bureau, a government, a bank -----------------------------------

def test_weather_bureau_signs_a_reminder_after_a_signed_report():
    """'株洲市气象台' and the day under a reminder: its own notice, not a sub-heading of the report above."""
    page = "\n".join([
        "2026年9月3日  星期四  A03  城事  株洲日报", "",
        "建宁大桥维修加固完工恢复通行", "株洲日报全媒体记者 何 婷", "",
        f"{S}{S}9月2日，经过5个月的维修加固，建宁大桥恢复双向通行。", "",
        "雨季出行请注意防范", "",
        f"{S}{S}市气象台提醒：9月上旬我市仍有强降雨过程，请市民出行避开低洼路段。",
        S * 20 + "株洲市气象台",
        S * 20 + "2026年9月2日",
    ])
    issue = _read(page)
    assert titles(issue) == ["建宁大桥维修加固完工恢复通行", "雨季出行请注意防范"]
    assert issue.articles[1].type == "notice"


def test_more_issuers_end_a_signer_line():
    from zzreader.core.notice_lines import SIGNER

    assert all(SIGNER.search(name) for name in ("株洲市气象台", "株洲市人民政府", "中国银行株洲分行营业部工会", "株洲市总工会"))


# --- 7. A poem in a dump of one paragraph a line ends before a letter's label and title -----------------------

def test_poem_ends_before_a_letters_label_and_title():
    page = "\n".join([
        "株洲日报　B04　炎帝·副刊",
        "秋日（外二首）", "□　易晓岚",
        "稻子低头", "是对土地的一次鞠躬", "老屋", "门前那棵枣树", "还在等一个归人",
        "读者来信",
        "社区的“暖心食堂”真好",
        "编辑同志：",
        "我今年七十八岁，一个人做饭很不方便。去年社区办了“暖心食堂”，一餐只要五块钱。感谢社区！",
        "荷塘区月塘街道居民　谭国富",
    ])
    issue = _read(page, "ZZRB_Sep05_2026.txt")
    assert titles(issue) == ["秋日（外二首）", "社区的“暖心食堂”真好"]
    poem, letter = issue.articles
    assert (poem.type, poem.reporters, poem.paragraphs[-1]) == ("other", ["易晓岚"], "还在等一个归人")
    assert letter.type == "other" and letter.paragraphs[0] == "编辑同志："
    assert_nothing_lost(issue)


def test_one_line_notice_whose_wide_space_became_one_space():
    """A copy that turned every U+3000 into one space: a four-character notice title and one space still open a notice."""
    page = "\n".join([
        "株洲日报 2026年9月7日 星期一 B03 公告·分类",
        "门面招租", "荷塘区新华西路临街门面两间，水电齐全。", "电话：18975312345 周先生",
        "遗失声明 株洲市芦淞区某某服装店遗失营业执照副本，声明作废。",
        "遗失声明 刘晓梅遗失湖南某某职业技术学院毕业证书，声明作废。",
    ])
    issue = _read(page)
    assert titles(issue) == ["门面招租", "遗失声明", "遗失声明"]
    assert issue.articles[2].paragraphs == ["刘晓梅遗失湖南某某职业技术学院毕业证书，声明作废。"]


# --- 8. Wrapped ads and notices without blank lines: an item that closes on its address ------------------------

def test_an_ad_closing_on_its_address_ends_before_the_next_notice_title_in_wrapped_text():
    """'报名电话：… 地址：天元区株洲大道128号' (wider than the column) over '股权转让公告': the ad ends there."""
    from tests.bench.bench_rendition_variants import hard_wrap

    page = "\n".join([
        "株洲日报 2026年9月7日 星期一 B03 公告·分类",
        "诚聘",
        "株洲某某汽车零部件有限公司招聘：",
        "◆数控车工 8名，月薪6000-9000元；",
        "◆质检员 3名，大专以上学历；",
        "报名电话：0731-22334455 地址：天元区株洲大道128号",
        "股权转让公告",
        "株洲某某置业有限公司股东李某某拟将其持有的公司30%股权转让给张某某。如有异议，请自本公告见报之日起30日内与本公司联系。",
        "联系电话：13973300123",
        "株洲某某置业有限公司",
        "2026年9月7日",
        "讣告",
        "株洲市第一中学退休教师谭秋云同志，因病于2026年9月5日逝世，享年91岁。定于9月8日上午8时在株洲市殡仪馆举行告别仪式。",
        "谭秋云同志治丧委员会",
        "2026年9月6日",
    ])
    issue = _read(hard_wrap(page))
    assert titles(issue) == ["诚聘", "股权转让公告", "讣告"]
    assert issue.articles[0].paragraphs[-1].endswith("128号")
    assert_nothing_lost(issue)
