"""Focused checks for round AI: what the hard-wrap, no-indent and no-blank-line variants still lost.

Each test feeds a few lines of original text, rewritten the way the variant
bench (tests/bench/bench_rendition_variants.py) rewrites a file, and asserts
what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions.contact_ends import closes
from zzreader.core.renditions.model import SourceLine
from zzreader.core.renditions.pdf_text import unwrap

WIDTH = 22


def _cut(lines: list[str], width: int = WIDTH) -> str:
    """Every line over 40 characters cut every `width` characters, as a PDF column sets a paragraph."""
    out: list[str] = []
    for line in lines:
        out.extend([line[i:i + width] for i in range(0, len(line), width)] if len(line) > 40 else [line])
    return "\n".join(out)


# --- 1. a classified page cut at the column's width, no blank lines: an item ends on its contact ----

CLASSIFIED = [
    "株洲日报　2026年9月3日　星期四　B02　分类广告",
    "招　工",
    "株洲某某机械厂因订单增加，招聘焊工八名、装配工十名，要求身体健康，有相关经验者优先录用。",
    "报名地址：石峰区田心大道某号　联系电话：0731-28456600",
    "停电通知",
    "因线路检修，9月6日8时至16时，石峰区响石岭街道部分小区暂停供电，请用户提前做好准备，不便之处敬请谅解。",
    "国网株洲供电公司",
    "2026年9月3日",
    "家电维修",
    "空调加氟、洗衣机维修、热水器安装，上门服务，价格公道，十年老店，欢迎新老顾客来电咨询。",
    "芦淞区建设南路某号　王师傅　电话：13807339900",
    "遗失声明：株洲市芦淞区某某便利店遗失食品经营许可证副本一份，声明作废。",
    "开业酬宾",
    "某某火锅天元店9月8日开业，开业三天全场菜品八八折，欢迎品尝。",
    "地址：天元区长江北路某号，订餐电话：22880000（广告）",
    "转让启事",
    "芦淞区某某市场内档口一间，因本人身体原因低价转让，货源稳定，客源充足，非诚勿扰。",
]


def test_an_ad_closes_on_its_contact_before_the_next_title():
    issue = parse_text(_cut(CLASSIFIED), "x.txt")
    assert titles(issue) == ["招工", "停电通知", "家电维修", "遗失声明", "开业酬宾", "转让启事"]
    work = issue.articles[0]
    assert work.text.endswith("联系电话：0731-28456600")  # the next title is not glued to the phone number
    assert issue.articles[3].text.startswith("株洲市芦淞区某某便利店遗失")
    assert issue.articles[4].text.endswith("（广告）")
    assert_nothing_lost(issue)


def test_a_contact_goes_on_with_a_mark_a_figure_or_the_person_to_call():
    assert not closes("有意者请拨打报名电话：0731-2845", "6600，名额有限。")  # a number cut in two
    assert not closes("欢迎来电咨询，电话：13807339900", "（微信同号），周末照常营业。")
    assert not closes("详情请咨询联系电话：0731-28456600", "王经理")
    assert not closes("今年以来该区新增各类市场主体1280", "家，同比增长百分之十二")  # no field names a phone
    assert closes("联系电话：13807339900", "失物招领")
    assert closes("地址：天元区长江北路某号。（广告）", "开业酬宾")


# --- 2. a Markdown export cut at the column's width: an image, a bold lead, a byline's bracket -------

MARKDOWN = [
    "# 株洲日报 2026年9月4日 星期五 A05 城事",
    "",
    "## 神农湖畔新添一条环湖步道",
    "",
    "**株洲日报讯（全媒体记者 欧阳　帆 通讯员 谢雨桐）** 9月3日，天元区神农湖环湖步道全线贯通，全长六点八公里，沿线设置休息驿站五处。",
    "",
    "![图为市民在神农湖环湖步道上散步健身。株洲日报全媒体记者/龙某某 摄](photos/a05-walk.jpg)",
    "",
    "## 石峰区开出首班社区微公交",
    "",
    "株洲日报讯（记者/贺某某 通讯员/欧阳某某 杜某）9月3日，石峰区首条社区微循环公交线路开通运营。",
    "",
    "## 渌口渡口晨景",
    "",
    "9月3日清晨，渌口区湘江渡口薄雾轻笼，渔船静泊，岸边垂柳轻拂水面，好一派宁静。（株洲日报通讯员 侯　晴 摄）",
]


def test_a_markdown_span_cut_at_the_column_is_whole_again():
    issue = parse_text(_cut(MARKDOWN), "x.md")
    assert titles(issue) == ["神农湖畔新添一条环湖步道", "石峰区开出首班社区微公交", "渌口渡口晨景"]
    walk, bus, ferry = issue.articles
    assert walk.reporters == ["欧阳帆"] and walk.correspondents == ["谢雨桐"]  # the bold lead's stars closed a line below
    assert walk.photographers == ["龙某某"]  # the image's credit, cut inside the paper's name and inside its address
    assert "**" not in walk.text and "photos/" not in walk.text
    assert bus.correspondents == ["欧阳某某", "杜某"]  # cut on the space between the two names
    assert ferry.photographers == ["侯晴"] and ferry.type == "caption"  # '（株洲日报' / '通讯员 侯　晴 摄）': one credit
    assert_nothing_lost(issue)


# --- 3. two columns interleaved line by line, their indents dropped --------------------------------

INTERLEAVED = [
    "株洲日报　2026年9月5日　星期六　A04　县域",
    "",
    "攸县新建三座乡村图书馆",
    "炎陵黄桃节下月开幕",
    "株洲日报全媒体记者 袁　青",
    "株洲日报通讯员 邝小满",
    "9月4日，攸县网岭镇、鸾山镇",
    "9月4日，记者从炎陵县",
    "和皇图岭镇三座乡村图书馆同时",
    "文旅局获悉，第九届炎陵",
    "开馆，每座藏书五千余册。",
    "黄桃文化旅游节将于",
    "据介绍，图书馆由当地闲置村",
    "10月在中村乡开幕。",
    "部改建而成，周末照常开放。",
]


def test_two_columns_interleaved_without_indents_read_column_by_column():
    issue = parse_text("\n".join(INTERLEAVED), "x.txt")
    assert titles(issue) == ["攸县新建三座乡村图书馆", "炎陵黄桃节下月开幕"]
    library, peach = issue.articles
    assert library.reporters == ["袁青"] and peach.correspondents == ["邝小满"]
    assert library.paragraphs[0] == "9月4日，攸县网岭镇、鸾山镇和皇图岭镇三座乡村图书馆同时开馆，每座藏书五千余册。"
    assert library.paragraphs[1] == "据介绍，图书馆由当地闲置村部改建而成，周末照常开放。"
    assert peach.paragraphs == ["9月4日，记者从炎陵县文旅局获悉，第九届炎陵黄桃文化旅游节将于10月在中村乡开幕。"]
    assert_nothing_lost(issue)


# --- 4. a Markdown page with its blank lines dropped: a setext headline under the story before it ---

SETEXT = [
    "株洲日报 A03 城事",
    "================",
    "醴陵瓷谷夜游项目试运营",
    "----------------------",
    "本报讯（记者 符　晓）9月5日晚，醴陵瓷谷夜游项目开始试运营，游客可乘船欣赏灯光秀。",
    "试运营期间门票半价。",
    "株洲西站新增两趟夜班车",
    "----------------------",
    "本报讯（通讯员 柴　蓉）9月6日起，株洲西站新增两趟开往长沙南的夜班列车。",
]


def test_a_setext_underline_takes_no_finished_sentence_above_its_headline():
    issue = parse_text("\n".join(SETEXT), "x.md")
    assert titles(issue) == ["醴陵瓷谷夜游项目试运营", "株洲西站新增两趟夜班车"]
    night, trains = issue.articles
    assert night.paragraphs[-1] == "试运营期间门票半价。"  # the story's last line, not the next headline's first
    assert trains.correspondents == ["柴蓉"]
    assert_nothing_lost(issue)


SINGLE_COLUMN = [
    "株洲日报　2026年9月6日　星期日　A03　城事",
    "",
    "一位护林员的三十年",
    "——记炎陵县桃源洞林场护林员",
    "株洲日报全媒体记者 钟　岚",
    "通讯员 谭小北",
    "清晨五点，老周已经背着水壶",
    "出了门，沿着熟悉的山路巡查，",
    "一走就是二十多公里。",
    "三十年来，他走坏了四十多双",
    "解放鞋。",
    "我市发布秋季森林防火提示",
    "9月5日，市林业局提醒市民进",
    "山入林严禁携带火种。",
]


def test_one_column_under_a_title_and_deck_is_not_read_as_two_interleaved():
    issue = parse_text("\n".join(SINGLE_COLUMN), "x.txt")
    assert titles(issue) == ["一位护林员的三十年", "我市发布秋季森林防火提示"]
    ranger, fire = issue.articles
    assert ranger.paragraphs[0].startswith("清晨五点，老周已经背着水壶出了门，")
    assert fire.paragraphs == ["9月5日，市林业局提醒市民进山入林严禁携带火种。"]  # a headline over its lead is no break
    assert_nothing_lost(issue)


# --- 5. a two-phrase kicker as wide as the column over its title, no blank lines --------------------

SLOGAN = [
    "A02 要闻",
    "守牢安全底线 全力保障全市群众安全度汛",
    "全市防汛应急演练举行",
    "——出动救援力量800余人",
    "株洲日报全媒体记者 管某某 通讯员 甘某",
    "6月3日，我市在湘江株洲段举行防汛应急综合演练，模拟堤防管涌、城区内涝等险情处置，检验各部门协同作战能力。",
    "演练结束后，各区县立即开展汛前隐患排查，对全市一百二十处重点堤段和四十六处易涝点逐一登记，明确责任人。",
    "石峰区新增两处应急避难场所",
    "6月3日，石峰区清水塘和响石岭两处应急避难场所建成，配备饮用水、应急照明和医疗箱，可容纳居民三千余人。",
]


def test_a_two_phrase_kicker_as_wide_as_the_column_stays_over_its_title():
    issue = parse_text(_cut(SLOGAN), "x.txt")
    assert titles(issue) == ["全市防汛应急演练举行", "石峰区新增两处应急避难场所"]
    drill = issue.articles[0]
    assert drill.kicker == "守牢安全底线 全力保障全市群众安全度汛"
    assert drill.reporters == ["管某某"] and drill.correspondents == ["甘某"]
    assert_nothing_lost(issue)


# --- 6. a lead cut right after a compound surname ---------------------------------------------------

SURNAME = [
    "株洲日报",
    "2026年9月9日 星期三",
    "",
    "云龙示范区新开两条公交线路",
    "",
    "株洲日报讯（全媒体记者/龙某某 通讯员/欧阳晓峰）9月8日，云龙示范区新开通两条公交线路，串联职教城与高铁站。",
    "",
    "两条线路首末班时间为早六点半至晚九点，全程票价两元，可使用交通联合卡和手机扫码乘车。",
    "",
    "芦淞区启动秋季征兵体检",
    "",
    "株洲日报讯（通讯员/司马雯雯）9月8日，芦淞区秋季征兵体检工作启动，三百余名应征青年参加体检。",
]


def test_a_wrap_after_a_compound_surname_leaves_one_name():
    issue = parse_text(_cut(SURNAME), "x.txt")
    assert titles(issue) == ["云龙示范区新开两条公交线路", "芦淞区启动秋季征兵体检"]
    bus, army = issue.articles
    assert bus.reporters == ["龙某某"] and bus.correspondents == ["欧阳晓峰"]  # '欧阳' is no name by itself
    assert army.correspondents == ["司马雯雯"]
    assert_nothing_lost(issue)


# --- 7. an issuer's name right over '关于…的通知' after an ad's contact line ----------------------------

ISSUER = [
    "株洲日报",
    "2026年9月10日 星期四",
    "",
    "招租",
    "",
    "株洲某某产业园标准厂房对外招租,单层面积一千二百平方米,层高八米,可做仓储物流或轻工制造。",
    "",
    "招租热线:0731-28990011",
    "",
    "株洲市某某燃气有限公司",
    "关于荷塘区部分小区燃气管道检修暂停供气的通知",
    "",
    "各位用户:因燃气管道年度检修,9月13日8时至18时,荷塘区某某小区、某某花园将暂停供气,请提前做好准备。",
    "",
    "特此通知。",
    "",
    "株洲市某某燃气有限公司",
    "",
    "2026年9月10日",
]


def test_an_issuer_over_its_notice_title_is_one_headline_not_the_ad_above_signing_off():
    issue = parse_text(_cut(ISSUER), "x.txt")
    assert len(issue.articles) == 2
    rent, gas = issue.articles
    assert rent.title == "招租" and "燃气" not in rent.text  # the issuer does not sign the ad above it
    assert gas.title + gas.subtitle == "株洲市某某燃气有限公司关于荷塘区部分小区燃气管道检修暂停供气的通知"
    assert gas.text.startswith("各位用户:因燃气管道年度检修")
    assert_nothing_lost(issue)


# --- 8. a continued story's text under its '（上接…版）' marker, indents dropped -----------------------

CONTINUED = [
    "株洲日报　2026年9月11日　星期五　A04　要闻",
    "（上接A01版）",
    "市发改委有关负责人介绍，下一步还将推进",
    "物流枢纽与高铁站的无缝衔接。",
    "荷塘区新建三处智能充电站",
    "株洲日报全媒体记者 钱　坤",
    "9月10日，荷塘区新华路、红旗路和桂花路三处智能充电站建成投用。",
]


def test_the_text_under_a_continuation_marker_is_no_headline():
    issue = parse_text("\n".join(CONTINUED), "x.txt")
    assert titles(issue) == ["", "荷塘区新建三处智能充电站"]
    carried = issue.articles[0]
    assert carried.continued_from == "A01版"
    assert carried.text.startswith("市发改委有关负责人介绍，下一步还将推进")
    assert_nothing_lost(issue)


# --- 9. a lead under the paper's and its app's names, broken inside its bracket ----------------------

APP_LEAD = [
    "株洲日报　2026年9月12日　星期六　A03　城事",
    "神农公园菊展开幕",
    "株洲日报·掌上株洲讯（记者 苏　晴 通讯员 ",
    "宁晓东）9月11日，第二十届神农公园菊展开幕，",
    "展出各类菊花三百余个品种。",
    "市区新增三条公交线路",
    "掌上株洲讯（记者 龚　毅）9月11日起，市区新开通三条公交线路。",
]


def test_a_lead_under_the_paper_and_its_app_broken_inside_the_bracket():
    issue = parse_text("\n".join(APP_LEAD), "x.txt")
    assert titles(issue) == ["神农公园菊展开幕", "市区新增三条公交线路"]
    show = issue.articles[0]
    assert show.reporters == ["苏晴"] and show.correspondents == ["宁晓东"]
    assert show.text.startswith("9月11日，第二十届神农公园菊展开幕")
    assert_nothing_lost(issue)


# --- 10. a Markdown image right over the text, the blank lines dropped ------------------------------

IMAGE_OVER_TEXT = [
    "# 株洲日报 2026年9月13日 星期日 A03 城事",
    "## 石峰公园桂花飘香",
    "株洲日报讯（全媒体记者/邝某某）9月12日，石峰公园两千余株桂花进入盛花期，吸引市民前来赏花。",
    "![图为市民在石峰公园赏桂。株洲日报全媒体记者/邝某某 摄](photos/a03-osmanthus.jpg)",
    "公园管理处提醒游客文明赏花，请勿攀折花枝。",
]


def test_an_image_caption_ending_on_its_credit_is_not_joined_to_the_text_under_it():
    issue = parse_text("\n".join(IMAGE_OVER_TEXT), "x.md")
    assert titles(issue) == ["石峰公园桂花飘香"]
    park = issue.articles[0]
    assert park.reporters == ["邝某某"] and park.photographers == ["邝某某"]
    assert park.paragraphs[-1] == "公园管理处提醒游客文明赏花，请勿攀折花枝。"
    assert_nothing_lost(issue)


# --- 11. a '撰文：… 摄影：…' credit line under its headline in PDF text, indents dropped ----------------

WRITTEN_BY = ["湘江龙舟邀请赛今日鸣锣", "撰文：宋晓玲　摄影：贺　帆", "9月13日，湘江龙舟邀", "请赛在湘江株洲段鸣锣开",
              "赛，二十支队伍同场竞技。", "比赛将持续两天，决赛于", "9月14日下午举行。"]


def test_a_written_and_photographed_by_line_stands_between_headline_and_text():
    out = unwrap([SourceLine(n, text) for n, text in enumerate(WRITTEN_BY, 1)], [])
    assert [line.text for line in out] == [
        "湘江龙舟邀请赛今日鸣锣", "撰文：宋晓玲　摄影：贺　帆", "9月13日，湘江龙舟邀请赛在湘江株洲段鸣锣开赛，二十支队伍同场竞技。",
        "比赛将持续两天，决赛于9月14日下午举行。",
    ]  # the credit names its writer and photographer like '文/图：…': a line of its own, as is the headline over it


# --- 12. a Weibo post whose bracketed headline a column's wrap cut --------------------------------------

WEIBO = [
    "株洲日报",
    "26-9-15 09:10 来自 微博网页版",
    "#株洲身边事# 【醴陵瓷谷灯光秀今晚在陶瓷广场首演】9月14日晚，醴陵瓷谷灯光秀首场演出开演，三千余名游客观看。",
    "主办方提醒，灯光秀每晚两场，游客可在景区公众号预约。（株洲日报全媒体记者 欧　霞）",
]


def test_a_weibo_headline_cut_inside_its_brackets_is_still_the_headline():
    issue = parse_text(_cut(WEIBO), "x.txt")
    assert titles(issue) == ["醴陵瓷谷灯光秀今晚在陶瓷广场首演"]
    show = issue.articles[0]
    assert show.text.startswith("9月14日晚，醴陵瓷谷灯光秀首场演出开演") and show.reporters == ["欧霞"]
    assert_nothing_lost(issue)
