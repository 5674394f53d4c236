"""Focused checks for round AG: paragraphs cut at a column's width (the hard-wrap variant).

A page of notices whose paragraphs a PDF column cut keeps each notice's
title; a single-newline dump whose paragraphs were cut at one width reads
each paragraph whole, its bylines and titles still lines of their own. Each
test feeds a few lines of original text and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions.line_widths import commonest

WIDTH = 22


def _cut(lines: list[str], width: int = WIDTH) -> str:
    """Every line over 40 characters cut every `width` characters, as a PDF column sets a paragraph."""
    out: list[str] = []
    for line in lines:
        out.extend([line[i:i + width] for i in range(0, len(line), width)] if len(line) > 40 else [line])
    return "\n".join(out)


# --- 1. a page of notices cut at the column's width ------------------------------------------------

NOTICES = [
    "株洲日报 2026年5月8日 星期五", "B03 公告", "",
    "迁址公告", "",
    "本所因办公需要，自2026年5月20日起迁至天元区湘芸路某某大厦六楼办公，原址不再对外受理业务，给您带来不便，敬请各位当事人谅解。", "",
    "湖南某某律师事务所", "",
    "2026年5月8日", "",
    "招租启事", "",
    "石峰区响石岭某某路临街门面两间，每间约六十平方米，水电齐全，可做餐饮或便利店，租期三年起，押一付三，有意者欢迎实地看房。", "",
    "联系人：周先生 手机13807330000", "",
    "寻物启事", "",
    "本人于5月6日在株洲火车站候车室遗失黑色双肩包一个，内有笔记本电脑及身份证件，拾到者请与本人联系，当面酬谢，万分感激。", "",
    "联系人：唐女士", "",
    "联系电话：13974120000", "",
    "遗失声明", "",
    "株洲某某商贸有限公司遗失公章一枚，声明作废。", "",
    "株洲某某商贸有限公司", "",
    "2026年5月8日",
]


def test_a_page_of_notices_cut_at_the_column_keeps_each_notice_title():
    issue = parse_text(_cut(NOTICES), "x.txt")
    assert titles(issue) == ["迁址公告", "招租启事", "寻物启事", "遗失声明"]
    first = issue.articles[0]
    assert first.paragraphs[0].startswith("本所因办公需要，自2026年5月20日起迁至天元区湘芸路某某大厦六楼办公，")
    assert first.paragraphs[0].endswith("敬请各位当事人谅解。")
    rent = issue.articles[1]
    assert "13807330000" in rent.text and "寻物启事" not in rent.text  # a contact line as wide as the column ends its notice
    assert_nothing_lost(issue)


def test_the_column_width_is_the_wrapped_lines_not_as_many_short_ones():
    assert commonest({14: 7, 22: 7}) == (22, 7)  # titles and phone lines as many as the wrapped lines
    assert commonest({13: 4, 14: 4}) == (13, 4)  # a wrap a glyph short: one column
    assert commonest({11: 2, 18: 2}) == (11, 2)  # two lines each: chance


# --- 2. a single-newline dump whose paragraphs were cut at one width -------------------------------

DUMP = [
    "株洲日报 2026年5月9日 星期六 A04 城事",
    "醴陵瓷谷新添三条研学线路",
    "株洲日报全媒体记者 龙　飞 通讯员 欧阳晓岚",
    "5月8日，记者从醴陵市文旅局获悉，醴陵瓷谷推出“拉坯体验”“釉下五彩”“窑火夜话”三条研学线路，面向中小学生开放预约。",
    "每条线路半天时间，费用由学校统一结算。",
    "荷塘区启动夏季河道清淤",
    "本报讯（株洲日报全媒体记者 李某 通讯员 欧阳某某）5月8日，荷塘区对辖区内十二条河道集中清淤，预计月底前完成，清出的淤泥将用于绿化回填。",
    "清淤期间部分河段禁止垂钓。",
    "车辆转让",
    "九成新小型货车一辆，手续齐全。",
    "电话：13974110000",
    "房屋出租",
    "荷塘区某某小区三室两厅，月租1800元。",
    "联系电话：13786330000",
    "失物招领",
    "5月7日在神农公园拾得钱包一个，请失主来认领。",
    "认领电话：0731-28220000",
]


def test_a_single_newline_dump_cut_at_one_width_reads_whole_paragraphs():
    issue = parse_text(_cut(DUMP), "x.txt")
    # the cut lines are few among a page's short lines (small ads): no share of lines at one width shows them
    assert titles(issue) == ["醴陵瓷谷新添三条研学线路", "荷塘区启动夏季河道清淤", "车辆转让", "房屋出租", "失物招领"]
    ceramics, rivers = issue.articles[:2]
    assert ceramics.reporters == ["龙飞"] and ceramics.correspondents == ["欧阳晓岚"]  # a byline as wide as the column stays one
    assert ceramics.paragraphs[0].startswith("5月8日，记者从醴陵市文旅局获悉，")
    assert ceramics.paragraphs[0].endswith("面向中小学生开放预约。")
    assert rivers.reporters == ["李某"] and rivers.correspondents == ["欧阳某某"]  # cut after the compound surname
    assert rivers.paragraphs[0].startswith("5月8日，荷塘区对辖区内十二条河道集中清淤，")
    assert rivers.paragraphs[-1] == "清淤期间部分河段禁止垂钓。"
    assert_nothing_lost(issue)


# --- 3. a notice's title as wide as the column, no blank lines -------------------------------------

TITLES = [
    "株洲日报　2026年6月10日　星期三　B03　公告",
    "关于建设中路部分路段夜间实施封闭施工的通告",
    "因建设中路（人民路至新华路段）雨水管网改造需要，自2026年6月15日起每日22时至次日6时，对该路段实施全封闭施工，过往车辆请提前绕行。",
    "特此通告。",
    "株洲市公安局交通警察支队",
    "2026年6月10日",
    "芦淞区某某片区棚户区改造项目房屋征收范围公示",
    "根据《国有土地上房屋征收与补偿条例》有关规定，现将芦淞区某某片区棚户区改造项目房屋征收范围予以公示，公示期限为十五日，有异议者请于公示期内书面提出。",
    "公示地点：芦淞区某某街道办事处",
    "芦淞区房屋征收与补偿办公室",
    "2026年6月10日",
]


def test_a_notice_title_as_wide_as_the_column_is_never_joined_to_its_text():
    issue = parse_text(_cut(TITLES), "x.txt")
    assert titles(issue) == ["关于建设中路部分路段夜间实施封闭施工的通告", "芦淞区某某片区棚户区改造项目房屋征收范围公示"]
    closure, survey = issue.articles
    assert closure.paragraphs[0].startswith("因建设中路（人民路至新华路段）雨水管网改造需要，")
    assert closure.paragraphs[0].endswith("过往车辆请提前绕行。")
    assert survey.paragraphs[0].startswith("根据《国有土地上房屋征收与补偿条例》有关规定，")
    assert_nothing_lost(issue)


# --- 4. one caption cut twice on a page of photos, its credit broken inside a name ----------------

PHOTOS = [
    "株洲日报　2026年5月12日　星期二　A08　视觉",
    "▲仙庾岭杜鹃花开",
    "5月11日，荷塘区仙庾岭漫山杜鹃竞相绽放。株洲日报全媒体记者 钟一帆 摄",
    "▲炎帝陵迎来祭祖团",
    "5月11日，来自台湾的200余名同胞在炎陵县炎帝陵参加祭祖纪念活动。株洲日报通讯员 谭晓明 摄",
    "醴陵：万亩油菜迎来收割季",
    "文/图 株洲日报记者 易　青",
    "5月11日，醴陵市王仙镇万亩油菜进入收割期，农机往来穿梭。",
]


def test_one_caption_cut_twice_is_one_caption_with_its_credit():
    issue = parse_text(_cut(PHOTOS), "x.txt")
    assert titles(issue) == ["仙庾岭杜鹃花开", "炎帝陵迎来祭祖团", "醴陵：万亩油菜迎来收割季"]
    rite = issue.articles[1]
    assert rite.paragraphs[0] == "5月11日，来自台湾的200余名同胞在炎陵县炎帝陵参加祭祖纪念活动。"
    assert rite.photographers == ["谭晓明"]
    assert_nothing_lost(issue)


# --- 5. a contact line ending on its phone number is whole, however wide ---------------------------

ADS = [
    "株洲日报 2026年7月6日 星期一 B05 分类信息",
    "诚聘",
    "株洲某某物流有限公司诚聘：",
    "◆叉车司机 6名",
    "◆仓库管理员 3名",
    "地址：石峰区田心某某物流园　电话：0731-22610000",
    "遗失声明：株洲市石峰区某某面馆遗失营业执照副本，声明作废。",
    "招标公告",
    "株洲市某某医院门诊楼保洁及绿化养护服务项目现进行公开招标，欢迎符合条件的单位参加投标，投标截止时间为7月20日。",
    "招标人：株洲市某某医院",
]


def test_a_contact_line_ending_on_its_phone_is_no_cut():
    issue = parse_text(_cut(ADS), "x.txt")
    assert titles(issue)[-1] == "招标公告"
    tender = issue.articles[-1]
    assert tender.paragraphs[0] == "株洲市某某医院门诊楼保洁及绿化养护服务项目现进行公开招标，欢迎符合条件的单位参加投标，投标截止时间为7月20日。"
    assert_nothing_lost(issue)
