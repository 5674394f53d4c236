"""Focused checks for round AX: the modern paper's listings, tables and irregular pages.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/*_450..453 and the three named only by
their date: 2027年元月8日.txt, 株洲日报 2026 年 6 月 20 日.txt,
株洲日报——2027年9月23日.html) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _epaper(*stories: list[str]) -> str:
    """An e-paper page scrape: breadcrumb, then each story and its paging links."""
    lines = ["首页 > 株洲日报 > 2026年05月20日 > 第A06版：体育"]
    for story in stories:
        lines += [*story, "上一篇 下一篇"]
    return "\n".join(lines)


# --- 1. A timeline box (大事记) ----------------------------------------------------------------------------

def test_a_timeline_box_is_one_table_not_a_stack_of_headlines():
    """'2012年3月　…' row after row under '…大事记': one table, the story after it keeps its own headline."""
    page = _epaper(
        ["市游泳馆三十年大事记", "来源：株洲日报　发布时间：2026-05-20",
         f"1996年6月{S}市游泳馆建成开放", f"2008年8月{S}承办全省青少年游泳锦标赛",
         f"2019年5月{S}完成节能改造", f"2026年5月{S}新建室内训练池投入使用"],
        ["游泳馆暑期开放时间公布", "来源：株洲日报　作者：记者 龙小溪　发布时间：2026-05-20",
         "本报讯　市游泳馆暑期将于6月20日起延长开放时间，每天开放至晚上10时，学生凭证件半价。"],
    )
    issue = _read(page)
    assert titles(issue) == ["市游泳馆三十年大事记", "游泳馆暑期开放时间公布"]
    assert issue.articles[0].type == "table"
    assert issue.articles[1].reporters == ["龙小溪"]
    assert_nothing_lost(issue)


# --- 2. A travelling reporter's dateline in the byline -----------------------------------------------------------

def test_where_a_reporter_filed_from_is_no_name():
    """'作者：记者 彭某某 发自广州': the reporter is 彭某某; '发自广州' names a city, no second reporter."""
    page = _epaper(
        ["株洲队闯入全国赛决赛", "来源：株洲日报　作者：记者 彭思远 发自广州　发布时间：2026-05-20",
         "本报广州5月19日电　在今天进行的全国青年篮球赛半决赛中，株洲队以78比71战胜对手，闯入决赛。"],
    )
    issue = _read(page)
    assert titles(issue) == ["株洲队闯入全国赛决赛"]
    assert issue.articles[0].reporters == ["彭思远"]


# --- 3. A quote box of speakers and their words ------------------------------------------------------------------

def test_a_quote_box_of_named_speakers_is_one_piece():
    """'姓名　市人大代表、…' over '“…”' entry after entry under '代表委员说': one piece, no headline per speaker."""
    page = "\n\n".join([
        f"株洲日报{S}2027年1月14日{S}星期四{S}A03{S}两会特刊",
        "代表委员说",
        f"邓文华{S}市人大代表、茶陵县某茶叶合作社理事长",
        "“希望多办几场茶产品展销会，让山里的好茶走出去。”",
        f"罗丽萍{S}市政协委员、市妇幼保健院儿科主任",
        "“建议在每个街道建一个儿童早期发展指导站。”",
        "市人代会举行第二次全体会议",
        f"{S}{S}本报讯（记者{S}贺婉清）1月13日上午，市十六届人大五次会议举行第二次全体会议，听取市中级人民法院、市人民检察院工作报告。",
    ])
    issue = _read(page)
    assert titles(issue) == ["代表委员说", "市人代会举行第二次全体会议"]
    assert issue.articles[1].reporters == ["贺婉清"]
    assert_nothing_lost(issue)


# --- 4. A slogan over the headline --------------------------------------------------------------------------------

def test_a_slogan_of_a_fresh_start_over_a_headline_is_its_kicker():
    """'踔厉奋发启新程' over '市政协全会开幕': the 引题 over the title, not a title over its subtitle."""
    page = _epaper(
        ["踔厉奋发启新程", "市政协十二届五次会议开幕", "来源：株洲日报　作者：记者 蒋乐然　发布时间：2026-05-20",
         "5月19日上午，市政协十二届五次会议在市会议中心开幕，310名委员出席会议。"],
    )
    issue = _read(page)
    assert titles(issue) == ["市政协十二届五次会议开幕"]
    assert issue.articles[0].kicker == "踔厉奋发启新程"


# --- 5. Programme listings: columns side by side, stations by their band -----------------------------------------

def test_two_channels_set_side_by_side_are_one_listing():
    """pdftotext -layout puts two channels' columns on one line: one table under the listing's title, no headlines."""
    wide = " " * 20
    page = "\n".join([
        "株洲日报                  2026年3月2日   星期一                  B04   文体",
        "",
        "市花鼓戏剧院新戏首演",
        "    本报讯（记者 欧阳岚）3月1日晚，市花鼓戏剧院新编大型",
        "花鼓戏《湘江号子》在神农大剧院首演，近千名观众观看。",
        "",
        "今日荧屏",
        f"株洲新闻综合频道{wide}湖南经视",
        f"18:30  株洲新闻联播{wide}18:00  经视新闻",
        f"19:35  电视剧：江城（3）{wide}19:30  新闻联播",
        f"21:00  健康有约{wide}20:10  电视剧：湘西（8）",
        "",
        "春季全民健身月启动",
        "    本报讯（通讯员 钟雅琪）3月1日，全市春季全民健身",
        "月活动在炎帝广场启动，将举办健步走、登山等活动20项。",
    ])
    issue = _read(page)
    assert titles(issue) == ["市花鼓戏剧院新戏首演", "今日荧屏", "春季全民健身月启动"]
    assert issue.articles[1].type == "table"
    assert_nothing_lost(issue)


def test_a_radio_station_named_by_its_band_heads_its_rows():
    """'株洲新闻广播FM90.6' over its timed rows: a row of the listing, not a paragraph of the caption above."""
    page = "\n\n".join([
        f"株洲日报{S}2027年1月9日{S}星期六{S}A08{S}服务",
        "湘江晨雾",
        f"{S}{S}1月8日清晨，湘江株洲段江面升起薄雾，宛如水墨画卷。",
        f"{S}{S}{S}{S}{S}{S}通讯员{S}甘子墨{S}摄",
        "今日广播",
        "\n".join([f"{S}{S}株洲新闻广播FM90.6", f"{S}{S}07:00{S}早安株洲", f"{S}{S}12:00{S}午间新闻",
                   f"{S}{S}株洲交通频率FM100.8", f"{S}{S}07:30{S}一路畅通", f"{S}{S}18:00{S}车友俱乐部"]),
    ])
    issue = _read(page)
    assert titles(issue) == ["湘江晨雾", "今日广播"]
    assert issue.articles[0].type == "caption"
    assert issue.articles[0].photographers == ["甘子墨"]
    assert issue.articles[1].type == "table"


# --- 6. A riddle corner ------------------------------------------------------------------------------------------

def test_a_riddle_corner_keeps_its_name_as_title():
    """'1．…（打一字）' under '周末猜谜' in a dump of one paragraph a line: the corner's text, not its headline."""
    page = "\n".join([
        f"株洲日报{S}2026年8月1日{S}星期六{S}B03{S}周末",
        "周末猜谜",
        "1．半边生鳞不生角，半边生角不生鳞（打一字）",
        "2．有面无口，有脚无手（打一家具）",
        "3．小小一间房，只有一扇窗（打一电器）",
        f"上期谜底：1．日{S}2．灯笼",
        "神农城消夏音乐会开唱",
        "本报讯（记者 孔令仪）7月31日晚，神农城消夏音乐会在神农湖畔开唱，本土乐队带来原创歌曲12首。",
    ])
    issue = _read(page)
    assert titles(issue) == ["周末猜谜", "神农城消夏音乐会开唱"]
    assert issue.articles[1].reporters == ["孔令仪"]
    assert_nothing_lost(issue)


# --- 7. An interview with a coach --------------------------------------------------------------------------------

def test_a_coach_interviewed_in_questions_and_answers_is_a_feature():
    """'记者采访了株洲队主教练某某' then '问：' / '答：' turns: an interview, which the paper runs as a feature."""
    page = "\n\n".join([
        "**株洲日报　2026年11月16日　星期一　B02　体育**",
        "### 株洲队主场战平湘潭队",
        "本报讯（记者 欧阳凯）11月15日晚，湘超联赛第十二轮在株洲市体育中心进行，株洲队主场1比1战平湘潭队。",
        "### 主教练谈联赛目标",
        "本报记者　欧阳凯",
        "赛后，记者采访了株洲队主教练廖建军。",
        "**问：** 下半程最大的挑战是什么？",
        "**答：** 客场比赛多，队员体能要跟上。",
        "**问：** 对球迷有什么话说？",
        "**答：** 感谢大家一路支持，我们会拼到最后一场。",
    ])
    issue = _read(page, "x.md")
    assert titles(issue) == ["株洲队主场战平湘潭队", "主教练谈联赛目标"]
    assert [a.type for a in issue.articles] == ["news", "feature"]


# --- 8. Price lists, one item a line ---------------------------------------------------------------------------

def test_a_price_list_is_one_table_and_the_story_after_it_keeps_its_headline():
    """'92号汽油　7.38元/升' row after row under '今日油价': one table; the next story's headline is its own."""
    page = _epaper(
        ["今日油价", "来源：株洲日报　发布时间：2026-05-20",
         f"92号汽油{S}7.41元/升", f"95号汽油{S}7.89元/升", f"0号柴油{S}7.08元/升"],
        ["城区新增两条夜间公交线路", "来源：株洲日报　作者：记者 何湘君　发布时间：2026-05-20",
         "本报讯　5月20日起，城区新开通两条夜间公交线路，末班车延至晚上11时30分。"],
    )
    issue = _read(page)
    assert titles(issue) == ["今日油价", "城区新增两条夜间公交线路"]
    assert issue.articles[0].type == "table"
    assert issue.articles[1].reporters == ["何湘君"]
    assert_nothing_lost(issue)


# --- 9. A table a raw PDF extraction set one cell a line ---------------------------------------------------------

def test_a_table_set_one_cell_a_line_is_joined_back_into_rows():
    """'学校' / '统招线' / '株洲市第一中学' / '651' …: one table of rows, no school's name as a headline."""
    page = "\n".join([
        "株洲日报 2027年7月2日 星期五 A05 教育 责任编辑：邝晓芸",
        "市区普高录取线公布",
        "本报讯（记者 颜若兮）7月1日，市教育局公布今年市区",
        "普通高中录取分数线，省示范性高中统招线为608分，比去",
        "年提高3分，考生可登录招生平台查询录取结果。",
        "部分学校录取线", "学校", "统招线", "株洲市第一中学", "651", "株洲市第八中学", "612", "株洲市第十三中学", "609",
        "暑期托管服务启动",
        "本报讯（通讯员 龚心怡）7月5日起，全市87所中小学开展",
        "暑期托管服务，提供作业辅导、文体活动等内容，家长可",
        "通过学校公众号报名，每天上午8时至下午5时开放。",
    ])
    issue = _read(page)
    assert titles(issue) == ["市区普高录取线公布", "部分学校录取线", "暑期托管服务启动"]
    table = issue.articles[1]
    assert table.type == "table"
    assert_nothing_lost(issue)


# --- 10. A column's name in quotes over a headline -----------------------------------------------------------------

def test_a_quoted_column_name_over_a_longer_headline_is_its_kicker():
    """'两会“株洲好声音”' over '株洲代表分组审议时积极发言': the rubric is the kicker, the title says what happened."""
    page = "\n".join([
        f"株洲日报{S}2027年3月13日{S}星期六{S}A03{S}两会",
        "两会“株洲好声音”",
        "株洲在京全国人大代表分组审议时积极发言",
        "本报北京3月12日电（记者 朱晓雯）3月12日，株洲代表团成员分别参加所在代表团审议，围绕先进制造业建言献策。",
    ])
    issue = _read(page)
    assert titles(issue) == ["株洲在京全国人大代表分组审议时积极发言"]
    assert issue.articles[0].kicker == "两会“株洲好声音”"


# --- 11. An interview whose text opens on the day -----------------------------------------------------------------

def test_an_interview_that_opens_on_the_day_is_still_a_feature():
    """'3月12日，…代表钟某某接受媒体采访。' then '记者：' / '钟某某：' turns: the day sets the scene of an interview."""
    page = "\n".join([
        f"株洲日报{S}2027年3月13日{S}星期六{S}A03{S}两会",
        "“代表通道”上的技能之声",
        f"本报记者{S}朱晓雯",
        "3月12日，来自株洲的全国人大代表、某企业首席技师方志军接受媒体采访。",
        "记者：您今年关注什么？",
        "方志军：高技能人才培养，希望更多年轻人走技能成才之路。",
        "记者：企业做了哪些探索？",
        "方志军：我们坚持“师带徒”，每年培养青年技术骨干200多名。",
    ])
    issue = _read(page)
    assert titles(issue) == ["“代表通道”上的技能之声"]
    assert issue.articles[0].type == "feature"


# --- 12. Bold speaker labels mark a Markdown export ---------------------------------------------------------------

def test_bold_speaker_labels_make_a_one_story_file_a_markdown_export():
    """'# 株洲日报 …' over one '## 标题' and '**问：** …' turns: read as Markdown, the reader sees no stars."""
    page = "\n\n".join([
        "# 株洲日报 2026年11月16日 星期一 B02 体育",
        "## 主教练谈联赛目标",
        "本报记者　欧阳凯",
        "赛后，记者采访了株洲队主教练廖建军。",
        "**问：** 下半程最大的挑战是什么？",
        "**答：** 客场比赛多，队员体能要跟上。",
    ])
    issue = _read(page, "x.md")
    assert issue.rendition == "markup"
    assert titles(issue) == ["主教练谈联赛目标"]
    assert [p for p in issue.articles[0].paragraphs if "*" in p] == []


# --- 13. Full-width figures in a timeline and a listing -------------------------------------------------------------

def test_timeline_rows_and_timed_rows_in_full_width_figures_are_tables_too():
    """'２０１２年３月　…' and '０７：００　…' (an IME's figures): the same box and listing, their words kept."""
    page = "\n\n".join([
        f"株洲日报{S}2027年1月9日{S}星期六{S}A08{S}服务",
        "市图书馆大事记",
        "\n".join([f"１９８０年５月{S}市图书馆建成开放", f"２００９年１０月{S}新馆落成", f"２０２６年１２月{S}24小时自助借阅室启用"]),
        "今日广播",
        "\n".join(["株洲新闻广播ＦＭ９０．６", f"０７：００{S}早安株洲", f"１２：００{S}午间新闻", f"１７：３０{S}行风热线"]),
        "市图书馆寒假延长开放时间",
        f"{S}{S}本报讯（记者{S}余梦洁）1月9日起，市图书馆寒假期间每天开放至晚上9时。",
    ])
    issue = _read(page)
    assert titles(issue) == ["市图书馆大事记", "今日广播", "市图书馆寒假延长开放时间"]
    assert [a.type for a in issue.articles] == ["table", "table", "news"]
    assert "２００９年１０月" in issue.articles[0].paragraphs[0]


def test_crossword_clues_and_last_issues_answers_are_the_corners_text():
    """'横向：…' / '纵向：…' / '上期答案：…' under '周末填字', one a line: no headline among them."""
    page = "\n".join([
        f"株洲日报{S}2026年5月23日{S}星期六{S}B04{S}周末",
        "荷塘区举办首届社区美食节",
        "本报讯（记者 毛心悦）5月22日，荷塘区首届社区美食节在月塘街道开幕，60余家本土餐饮店参加。",
        "周末填字",
        f"横向：1．株洲的别称之一（三字）{S}2．醴陵的特产（二字）",
        "纵向：一．株洲的一种地方戏（三字）",
        f"上期答案：横向1．神农城{S}纵向一．炎帝陵",
        "更正",
        "本报5月16日B04版《炎陵黄桃花开正盛》一文作者应为“谭晓峰”，特此更正。",
    ])
    issue = _read(page)
    assert titles(issue) == ["荷塘区举办首届社区美食节", "周末填字", "更正"]
    assert issue.articles[0].reporters == ["毛心悦"]
    assert_nothing_lost(issue)
