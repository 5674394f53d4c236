"""Focused checks for the repairs of parser round X: PDF text, e-paper scrapes and single-newline dumps not seen before.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, subtitles, bylines, types, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.broken_titles import broken_in_two
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a headline broken in two with nothing to show it is one title, a title over its subtitle stays two ----------

def test_a_bare_subject_over_its_predicate_is_one_headline():
    issue = parse_text(_text(
        "株洲日报 2026年5月14日 星期四 A03 城事",
        "株洲西站综合交通枢纽", "下月投入使用",
        "本报讯（记者 陈思远）5月13日，记者从市交通运输局获悉，枢纽计划6月中旬投入使用。",
        "市中心医院开设", "夜间便民门诊",
        "6月1日起，市中心医院开设夜间便民门诊，每天18时至22时接诊。",
        "长株潭都市圈", "轨道交通线网规划获批",
        "据新华社长沙5月13日电 《长株潭都市圈轨道交通线网规划》日前获得批复。",
    ), "x.txt")
    assert titles(issue) == ["株洲西站综合交通枢纽下月投入使用", "市中心医院开设夜间便民门诊", "长株潭都市圈轨道交通线网规划获批"]
    assert [(a.subtitle, a.section) for a in issue.articles] == [("", "城事")] * 3
    assert_nothing_lost(issue)


def test_a_title_that_is_a_clause_keeps_its_subtitle():
    assert not broken_in_two("我市新增3家国家级绿色工厂", "累计达到27家")
    assert not broken_in_two("我市有7个社区(村)上榜", "全省共评出100个")
    assert not broken_in_two("筑牢保障根基 护航幸福株洲", "全年参保率稳定在95%以上")
    assert broken_in_two("荷塘区28个老旧小区", "加装电梯集中开工")
    assert broken_in_two("石峰区公布第二批", "“家门口”便民服务点")  # a batch waiting for its noun
    assert broken_in_two("醴陵陶瓷产业园", "新签约项目九个")
    assert broken_in_two("天元区新增两处", "口袋公园")
    assert broken_in_two("醴陵一中学生", "获全国物理竞赛金牌")  # who, then what they won
    assert broken_in_two("我市企业亮相", "中国国际进口博览会")  # a verb ending the line, a place with no verb under it


# --- b. a news photo between two stories is a piece of its own, its credit not the story's ---------------------------

def test_a_dated_caption_after_a_closing_credit_is_a_photo_of_its_own():
    issue = parse_text(_text(
        "2026年5月14日 星期四 A03 城事",
        "荷塘区老旧小区加装电梯集中开工",
        "  5月13日，荷塘区2026年第一批老旧小区加装电",
        "梯项目集中开工，涉及28个小区、61台电梯。",
        "  （通讯员 何　俊 记者 刘晓燕）",
        "  5月12日，神农公园的月季进入盛花期，吸引",
        "众多市民前来观赏。",
        "                    全媒体记者 王　珂 摄",
    ), "x.txt")
    story, photo = issue.articles
    assert (story.reporters, story.correspondents, story.photographers) == (["刘晓燕"], ["何俊"], [])
    assert (photo.title, photo.type, photo.photographers) == ("", "caption", ["王珂"])
    assert_nothing_lost(issue)


def test_a_dated_caption_after_a_reports_text_in_a_dump_is_a_photo_of_its_own():
    issue = parse_text(_text(
        "株洲日报 2026年6月2日 星期二 A05 民生",
        "芦淞服饰市场夏季订货会开幕",
        "本报讯（记者 许　静）6月1日，2026芦淞服饰夏季订货会在芦淞服饰城开幕，2000多名采购商到场选货。",
        "订货会为期两天，现场签约额超过3亿元。",
        "6月1日，孩子们在市少年宫参加“六一”游园活动，套圈、猜谜、写毛笔字，玩得不亦乐乎，笑声不断。",
        "全媒体记者 谭　峰 摄",
    ), "x.txt")
    story, photo = issue.articles
    assert story.photographers == [] and (photo.type, photo.photographers) == ("caption", ["谭峰"])
    assert_nothing_lost(issue)


def test_a_photo_by_the_storys_own_reporter_stays_in_the_story():
    issue = parse_text(_text(
        "株洲日报 2026年6月2日 星期二 A05 民生",
        "芦淞服饰市场夏季订货会开幕",
        "本报讯（记者 许　静）6月1日，2026芦淞服饰夏季订货会在芦淞服饰城开幕，2000多名采购商到场选货。",
        "订货会为期两天，现场签约额超过3亿元。",
        "6月1日，采购商在女装展区洽谈。",
        "记者 许　静 摄",
    ), "x.txt")
    assert len(issue.articles) == 1 and issue.articles[0].photographers == ["许静"]
    assert_nothing_lost(issue)


# --- c. datelines other than 本报讯: a reporter away files '本报北京3月5日电（记者 …）' ---------------------------------

def test_a_desk_away_from_home_leads_with_its_place_and_day():
    issue = parse_text(_text(
        "株洲日报 2026年3月6日 星期五 A04 两会特刊",
        "株洲代表团审议政府工作报告",
        "本报北京3月5日电（全媒体记者 曾小军 谭　雪）3月5日下午，株洲代表团成员分组审议政府工作报告。",
        "代表们围绕三个方面提出意见和建议。",
    ), "x.txt")
    a = issue.articles[0]
    assert (a.reporters, a.paragraphs[0][:5]) == (["曾小军", "谭雪"], "3月5日下")
    assert_nothing_lost(issue)


# --- d. a page that is one feature continued from another page and on to a third: named sub-heads make it a feature ---

def test_a_continued_piece_with_named_sub_heads_is_a_feature():
    issue = parse_text(_text(
        "株洲日报 2026年4月21日 星期二 A02 要闻·深读",
        "株洲刀具的“出海”之路",
        "（上接A01版）",
        "去年，这家企业的海外订单第一次超过了国内订单。负责海外市场的副总经理说，十年前他们去欧洲参展，展位在最偏的角落。",
        "转机出现在2019年。企业把一款小型硬质合金刀具送到德国一家检测机构，它的磨损量比同类进口产品低了将近两成。",
        "啃下“硬骨头”",
        "真正难的是标准。欧洲客户要的不只是一把好刀，还要一整套可追溯的质量记录，从原料批号到每一道热处理的温度曲线。",
        "为此，企业花了两年时间重建质量体系，车间里新装了四百多个传感器，每把刀具出厂时都带着一张“电子身份证”。",
        "把服务站开到客户门口",
        "2024年起，企业先后在匈牙利、墨西哥和越南设立了服务站，工程师常驻当地，客户的机床出了问题，二十四小时内就能上门。",
        "（下转A08版）",
    ), "x.txt")
    assert titles(issue) == ["株洲刀具的“出海”之路"] and issue.articles[0].type == "feature"
    assert_nothing_lost(issue)


# --- e. e-paper staff lines: over each story's meta lines they credit the story under them, after its text the one above

def test_staff_lines_set_over_each_story_credit_the_story_under_them():
    issue = parse_text(_text(
        "株洲新闻网 > 数字报 > 株洲日报 > 2026年08月04日 > A06版：民生",
        "责编：易　丹　审核：陈国平",
        "作者：黄　磊　来源：株洲日报　2026-08-04",
        "芦淞区为八百名环卫工人送清凉",
        "　　8月3日一早，芦淞区城管局的工作人员来到环卫作业点，为一线环卫工人送去绿豆汤和防晒袖套。",
        "责编：张　敏　审核：陈国平",
        "作者：宋佳怡　来源：株洲日报　2026-08-04",
        "公交集团开通两条夏季夜班线路",
        "　　记者8月3日从市公交集团获悉，8月5日起，公交集团将开通两条夏季夜班线路。",
    ), "x.txt")
    assert [(a.title, a.editor, a.reporters) for a in issue.articles] == [
        ("芦淞区为八百名环卫工人送清凉", "易丹", ["黄磊"]), ("公交集团开通两条夏季夜班线路", "张敏", ["宋佳怡"])]
    assert_nothing_lost(issue)


def test_staff_lines_after_each_storys_text_credit_the_story_above():
    issue = parse_text(_text(
        "株洲日报数字报 > 2026年07月15日 > 第A02版：要闻",
        "炎陵黄桃今年预计产量增长一成",
        "来源：株洲日报　作者：全媒体记者 段佳宁　2026-07-15",
        "　　7月14日，记者从炎陵县农业农村局获悉，今年全县黄桃种植面积达到10.2万亩。",
        "编辑：龙　翔　校对：邓　琳",
        "来源：株洲日报　作者：通讯员 刘雅琴　2026-07-15",
        "醴陵窑考古成果展开展",
        "　　7月14日，“醴陵窑考古成果展”在醴陵市博物馆开展。",
        "编辑：谢　芳　校对：邓　琳",
    ), "x.txt")
    assert [(a.editor, a.reporters, a.correspondents) for a in issue.articles] == [("龙翔", ["段佳宁"], []), ("谢芳", [], ["刘雅琴"])]
    assert_nothing_lost(issue)


# --- f. a '——' deck under its title is the subtitle (副题); a '——' line over the title stays the kicker (引题) ------

def test_a_dash_deck_under_the_title_is_the_subtitle():
    issue = parse_text(_text(
        "株洲日报 2026年6月2日 星期二 A05 民生",
        "芦淞服饰市场夏季订货会开幕",
        "——两天现场签约额超过3亿元",
        "本报讯（记者 许　静）6月1日，2026芦淞服饰夏季订货会在芦淞服饰城开幕，2000多名采购商到场选货。",
        "聚焦民生实事",
        "城区新增停车泊位三千个",
        "——老旧小区周边优先",
        "11月2日，记者从市城管局获悉，今年城区已新增公共停车泊位3000个。",
    ), "x.txt")
    assert [(a.kicker, a.title, a.subtitle) for a in issue.articles] == [
        ("", "芦淞服饰市场夏季订货会开幕", "——两天现场签约额超过3亿元"),
        ("聚焦民生实事", "城区新增停车泊位三千个", "——老旧小区周边优先"),
    ]
    assert [a.type for a in issue.articles] == ["news", "news"]
    assert_nothing_lost(issue)


def test_a_profile_deck_as_the_subtitle_still_makes_a_feature():
    issue = parse_text(_text(
        "株洲日报 2026年6月2日 星期二 A06 人物",
        "一把焊枪焊出精彩人生",
        "——记中车株机焊工班长王某某",
        "全媒体记者 许　静",
        "清晨六点半，王某某已经站在了焊接工位前。二十年来，他焊过的焊缝连起来有几十公里长。",
        "“焊缝就是良心。”这是他挂在嘴边的一句话。",
    ), "x.txt")
    a = issue.articles[0]
    assert (a.subtitle, a.kicker, a.type) == ("——记中车株机焊工班长王某某", "", "feature")


# --- g. a headline after a story's closing credit opens the next story, whatever follows it ---------------------------

def test_a_headline_after_a_closing_credit_opens_an_interview_of_its_own():
    issue = parse_text(_text(
        "株洲日报 > 2026年11月24日 > 第A03版：城事",
        "城区渣土车全部换上“电子封条”",
        "发布时间：2026-11-24　作者：　来源：株洲日报",
        "　　11月23日，记者从市城管局获悉，城区412台渣土车已全部安装密闭监控装置，车厢未盖严将自动报警。",
        "　　（通讯员 谢晓芸 记者 钟　鸣）",
        "【关闭窗口】",
        "“小巷管家”管出大变化",
        "发布时间：2026-11-24　作者：　来源：株洲日报",
        "　　在荷塘区月塘街道，有一群“小巷管家”。他们每天在街巷里转一转，看到问题就随手记下来。",
        "　　记者：你们平时都管些什么？",
        "　　“小巷管家”李阿姨：乱停车、乱堆放、路灯不亮，都归我们管。",
        "　　记者：居民配合吗？",
        "　　李阿姨：一开始有人不理解，现在大家都习惯了。",
        "　　（记者 钟　鸣）",
    ), "x.txt")
    assert titles(issue) == ["城区渣土车全部换上“电子封条”", "“小巷管家”管出大变化"]
    assert [(a.type, a.reporters, a.correspondents) for a in issue.articles] == [
        ("news", ["钟鸣"], ["谢晓芸"]), ("feature", ["钟鸣"], [])]
    assert_nothing_lost(issue)


# --- h. pdftotext blocks whose wraps fall a glyph or two short of the column (digits, a stop) are still PDF text -------

def test_blocks_wrapped_a_glyph_short_are_pdf_text():
    issue = parse_text(_text(
        "2026年9月17日 星期四 A04 民生 责任编辑 罗　敏", "",
        "医保新政问答", "",
        "  今年起，我市调整城乡居民医保政策。市民关心的", "问题，记者请市医保局相关负责人一一作答。", "",
        "  问：今年的个人缴费标准是多少？", "",
        "  答：城乡居民医保个人缴费标准为每人每年400", "元，与去年持平。", "",
        "  答：在基层医疗机构就诊，普通门诊报销比例由", "50%提高到55%，年度限额提高到300元。", "",
        "全省秋季森林防火期开始", "",
        "  据新华社长沙电 湖南省林业局16日发布通知，", "全省秋季森林防火期自9月20日开始，至次年4月", "30日结束。",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["医保新政问答", "全省秋季森林防火期开始"]
    assert_nothing_lost(issue)


# --- i. two plain headline lines over a '——' deck: the deck is the subtitle, so both lines are the title -------------

def test_two_headline_lines_over_a_deck_are_the_title():
    issue = parse_text(_text(
        "株洲日报", "2026年12月8日 星期二", "A07 城建 责任编辑 谢　婷", "",
        "一条街一条街地改", "一个点一个点地抠", "——我市城市更新行动年度回眸", "",
        "　　这一年，走在株洲的大街小巷，市民能感", "受到许多细微的变化：路更平了，灯更亮了，", "坐下来歇脚的地方也多了。",
        "　　湘江大道一带的路灯今年完成了更新，施工", "队白天围挡、夜间作业，尽量不影响市民出行。",
        "　　（通讯员 贺文静 记者 周　航）",
    ), "x.txt")
    a = issue.articles[0]
    assert (a.title, a.subtitle, a.kicker) == ("一条街一条街地改 一个点一个点地抠", "——我市城市更新行动年度回眸", "")
    assert_nothing_lost(issue)


# --- j. a piece continued onto an in-depth page ('要闻·深读') left its byline on its first page: a feature --------------

def test_a_continued_piece_on_an_in_depth_page_is_a_feature_and_the_next_story_news():
    issue = parse_text(_text(
        "株洲日报　2026年12月16日　星期三", "A03　要闻·深读　责任编辑：龙　翔",
        "“株洲芯”的十年突围", "（上接A01版）",
        "这十年里，团队最难的时候只剩下七个人。实验室的灯常常亮到凌晨，一块芯片从设计到流片，要经历上千次仿真。",
        "2021年，第一款车规级功率芯片通过认证，装上了国产新能源汽车。消息传来，实验室里一片欢呼。",
        "下一个十年",
        "如今，这家企业的芯片年产能达到30万片，产品覆盖轨道交通、新能源汽车和光伏发电三大领域。",
        "（下转A04版）",
        "醴陵一中学生", "获全国物理竞赛金牌",
        "本报讯（记者 谭　雪）12月15日，记者从醴陵一中获悉，该校高三学生王某某在全国中学生物理竞赛决赛中获得金牌。",
    ), "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("“株洲芯”的十年突围", "feature"), ("醴陵一中学生获全国物理竞赛金牌", "news")]
    assert_nothing_lost(issue)


# --- k. an e-paper page known by its stories' field lines alone, under '株洲日报 数字报 …' with a space -------------------

def test_stories_under_lines_of_site_fields_are_an_epaper_page():
    issue = parse_text(_text(
        "株洲日报 数字报 2026年12月18日 第A05版 民生",
        "市第一人民医院",
        "开通24小时急诊绿色通道",
        "发布时间：2026-12-18 07:30 来源：株洲日报",
        "　　12月17日，市第一人民医院急诊绿色通道正式开通，胸痛、卒中等急危重症患者可先救治后缴费。",
        "　　（通讯员 龙小燕 记者 贺　婷）",
        "攸县首座城市书房对外开放",
        "发布时间：2026-12-18 07:30 来源：株洲日报",
        "　　12月16日，攸县首座城市书房在县文化广场开放，藏书2万册，24小时免费开放。",
    ), "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2026-12-18"
    assert titles(issue) == ["市第一人民医院开通24小时急诊绿色通道", "攸县首座城市书房对外开放"]
    assert issue.articles[0].section == "民生"
    assert_nothing_lost(issue)


def test_a_pages_editors_line_is_no_site_field_line():
    issue = parse_text(_text(
        "A3  城事  责任编辑：汤某  美术编辑：颜某",
        "市区新增两条公交线路",
        "  本报讯（记者 易某）3月2日起，市区新增两条公交线路，",
        "串联起城东和城西的五个大型居民小区。",
        "A4  体育  责任编辑：汤某  美术编辑：颜某",
        "全民健身运动会开幕",
        "  本报讯（记者 易某）3月1日，全市全民健身运动会在市",
        "体育中心开幕，3000余名运动员参加。",
    ), "x.txt")
    assert issue.rendition != "epaper"
