"""Focused checks for the repairs of parser round S: kinds of content the earlier test issues did not show.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, and that no line is lost.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.letter_signers import is_letter_signer
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a letter signed with the writer's place or unit, and a hotline's reply column ---------------------------

LETTERS = _text(
    "株洲日报　2025年12月19日　星期五　A06　读者之声",
    "市民来信",
    "巷口的垃圾站搬走了",
    "编辑同志：",
    "上个月，我反映石峰区某某巷口垃圾站异味大的问题，没想到半个月后就搬走了。",
    "石峰区清水塘街道居民 龙某某",
    "12345热线回音",
    "小区门前何时装上红绿灯",
    "市民问：芦淞区某某小区门前车流大，能否加装红绿灯？",
    "市公安局交警支队答：经现场勘查，该路口已列入明年信号灯建设计划。",
)


def test_a_letter_signed_with_place_and_name_stays_in_the_letter() -> None:
    issue = parse_text(LETTERS, "letters.txt")
    assert titles(issue) == ["巷口的垃圾站搬走了", "小区门前何时装上红绿灯"]
    assert issue.articles[0].type == "other"
    assert "石峰区清水塘街道居民 龙某某" in issue.articles[0].paragraphs
    assert issue.articles[1].subtitle == ""
    assert_nothing_lost(issue)


@pytest.mark.parametrize("line", ["荷塘区月塘街道居民 刘某某", "株洲某中学退休教师　王某", "刘某某（荷塘区月塘街道居民）", "读者 龙女士"])
def test_signer_lines(line: str) -> None:
    assert is_letter_signer(line)


@pytest.mark.parametrize("line", ["读者来信", "我市居民收入稳步增长", "石峰区居民喜迁新居 笑开颜"])
def test_not_signer_lines(line: str) -> None:
    assert not is_letter_signer(line)


# --- b. a table set out with spaces under its own headline -------------------------------------------------------

RANKING = _text(
    "株洲日报　2025年12月20日　星期六　B04　体育",
    "市运会乒乓球团体赛排名",
    "名次　代表队　胜　负",
    "1　醴陵市　4　0",
    "2　攸县　3　1",
    "3　茶陵县　2　2",
    "全民健身步道再添新线",
    "记者 龚亮",
    "12月19日，荷塘区一条3公里长的健身步道建成开放。",
)


def test_a_spaced_table_is_a_table_article_and_keeps_its_rows() -> None:
    issue = parse_text(RANKING, "ranking.txt")
    assert titles(issue) == ["市运会乒乓球团体赛排名", "全民健身步道再添新线"]
    table = issue.articles[0]
    assert table.type == "table"
    assert table.paragraphs == ["名次\t代表队\t胜\t负\n1\t醴陵市\t4\t0\n2\t攸县\t3\t1\n3\t茶陵县\t2\t2"]
    assert issue.articles[1].reporters == ["龚亮"]
    assert_nothing_lost(issue)


def test_spaced_words_without_figures_stay_text() -> None:
    issue = parse_text(_text("株洲日报　2025年12月20日　星期六　B04　体育", "减 资 公 告", "本公司经股东会决议减少注册资本。"), "x.txt")
    assert all(a.type != "table" for a in issue.articles)


# --- c. a speech printed in full: the speaker's line, the salutation -------------------------------------------

SPEECH = _text(
    "# 株洲日报 2026年1月15日 星期四 第A03版 要闻",
    "",
    "## 在全市安全生产工作会议上的讲话",
    "",
    "副市长　柳某某",
    "",
    "同志们：",
    "",
    "今天召开会议，主要是部署今冬明春安全生产工作。",
    "",
    "## 县城新开两条公交线",
    "",
    "本报讯（通讯员 夏雨）1月14日，攸县城区新开通两条公交线路。",
)


def test_a_speech_keeps_its_speaker_line_and_is_no_news() -> None:
    issue = parse_text(SPEECH, "speech.md")
    assert titles(issue) == ["在全市安全生产工作会议上的讲话", "县城新开两条公交线"]
    speech = issue.articles[0]
    assert speech.paragraphs[:2] == ["副市长 柳某某", "同志们："] or speech.paragraphs[:2] == ["副市长　柳某某", "同志们："]
    assert speech.type == "other"
    assert issue.articles[1].type == "news"
    assert_nothing_lost(issue)


@pytest.mark.parametrize("line", ["市委书记　向某某", "市长 陶某某", "代市长 陶 某"])
def test_speaker_lines(line: str) -> None:
    from zzreader.core.speeches import is_speaker_line

    assert is_speaker_line(line)


# --- d. a wire reprint led by '据新华社电' is a report of its own; a serial's part is a feature ------------------

WIRE = _text(
    "株洲日报　2025年12月24日　星期三　A07　综合",
    "全国快递业务量突破1800亿件",
    "　　据新华社电　记者从国家邮政局获悉，今年全国快递业务量已突破1800亿件。",
    "冬季如何预防流感",
    "　　入冬以来，流感进入高发期。专家提醒，老人和儿童要及时接种疫苗。",
    "老街记忆·解放街的老茶馆（连载四）",
    "株洲日报全媒体记者　刘晓燕",
    "　　上世纪七十年代，解放街上的老茶馆是街坊们聊天的好去处。",
)


def test_a_wire_lead_is_read_and_the_next_headline_opens_a_piece() -> None:
    issue = parse_text(WIRE, "wire.txt")
    assert titles(issue) == ["全国快递业务量突破1800亿件", "冬季如何预防流感", "老街记忆·解放街的老茶馆（连载四）"]
    assert issue.articles[0].paragraphs[0].startswith("记者从国家邮政局获悉")
    assert issue.articles[2].type == "feature"
    assert_nothing_lost(issue)


# --- e. a draw's result rows under a notice's headline ----------------------------------------------------------

DRAW = _text(
    "株洲日报　2025年12月26日　星期五　B08　公告",
    "中国福利彩票“七乐彩”开奖公告",
    "　　第2025150期",
    "基本号码　02　09　14　19　23　27　30",
    "特别号码　11",
    "　　本期一等奖中出2注。",
)


def test_draw_rows_are_a_table_inside_the_notice() -> None:
    issue = parse_text(DRAW, "draw.txt")
    assert titles(issue) == ["中国福利彩票“七乐彩”开奖公告"]
    notice = issue.articles[0]
    assert notice.type == "notice"
    assert any(b.kind == "table" and "特别号码\t11" in b.text for b in notice.blocks)
    assert_nothing_lost(issue)


# --- f. a feature closed by a reporter's notes box, signed on an e-paper's meta line ----------------------------

NOTES = _text(
    "株洲日报数字报　2025年12月29日　第A05版：深度",
    "一条老街的新生",
    "来源：株洲日报　作者：记者 曹某某　发布时间：2025-12-29",
    "建设路，曾是株洲最热闹的商业街。",
    "■ 改造：修旧如旧",
    "老街改造保留了原有的骑楼和青石板路。",
    "记者手记",
    "老街的味道还在，这是最难得的。",
)


def test_a_reporters_notes_box_makes_a_feature() -> None:
    issue = parse_text(NOTES, "notes.txt")
    assert titles(issue) == ["一条老街的新生"]
    assert issue.articles[0].type == "feature"


# --- g. items of a message board set as '###' under a '##' column label ----------------------------------------

BOARD = _text(
    "# 株洲日报 2026年1月6日 A06 民生",
    "",
    "## 市民留言板",
    "",
    "### 路灯何时能修好？",
    "",
    "网友“石峰阿明”：某某路的路灯坏了半个月。",
    "",
    "石峰区城管局回复：路灯已于1月5日修复。",
    "",
    "### 公园厕所能否延长开放时间？",
    "",
    "网友“芦淞小周”：公园厕所晚上八点就关门了。",
    "",
    "市城管局回复：即日起开放时间延长至晚上十点。",
)


def test_items_as_high_as_the_first_are_items_not_sub_headings() -> None:
    issue = parse_text(BOARD, "board.md")
    assert titles(issue) == ["路灯何时能修好？", "公园厕所能否延长开放时间？"]
    assert issue.articles[1].paragraphs[0].startswith("网友“芦淞小周”")
    assert_nothing_lost(issue)


# --- h. a forecast table: days, ranges and wind forces are the figures of its rows -------------------------------

FORECAST = _text(
    "株洲日报　2026年1月19日　星期一　B02　服务",
    "未来三天天气",
    "日期　天气　气温　风力",
    "1月19日　小雨　3℃～8℃　北风2级",
    "1月20日　阴　2℃～7℃　北风3级",
    "1月21日　多云　1℃～9℃　微风",
    "寒潮来袭 注意防寒保暖",
    "株洲日报全媒体记者 吴某",
    "　　1月18日，市气象台发布寒潮蓝色预警。",
)


def test_a_forecast_table_is_a_table() -> None:
    issue = parse_text(FORECAST, "forecast.txt")
    assert titles(issue) == ["未来三天天气", "寒潮来袭 注意防寒保暖"]
    assert issue.articles[0].type == "table"
    assert issue.articles[0].paragraphs[0].splitlines()[1] == "1月19日\t小雨\t3℃～8℃\t北风2级"
    assert_nothing_lost(issue)


# --- i. round five: a speech in PDF text, a framed hotline column, a signer with place and role apart -------------

PDF_SPEECH = _text(
    "A03　要闻　2026年1月22日　星期四　责任编辑：汤　敏",
    "在全市科技创新大会上的讲话",
    "（2026年1月21日）",
    "市委副书记、市长　陶某某",
    "同志们：",
    "　　今天，我们召开全市科技创新大会，主要任务是部署今年科技创新",
    "工作，加快建设创新型城市。",
)


def test_a_bracketed_day_under_a_pdf_headline_is_not_joined_to_it() -> None:
    issue = parse_text(PDF_SPEECH, "speech.txt")
    assert titles(issue) == ["在全市科技创新大会上的讲话"]
    assert issue.articles[0].type == "other"
    assert_nothing_lost(issue)


def test_a_framed_hotline_column_is_the_section() -> None:
    text = _text(
        "株洲日报　2026年1月23日　星期五　A06　民生",
        "【12345热线回音】背街小巷路灯亮了",
        "记者 彭某",
        "问：石峰区某某巷路灯不亮，晚上出行不便。",
        "答：石峰区城管局回复，路灯已修复。",
    )
    issue = parse_text(text, "hotline.txt")
    assert titles(issue) == ["背街小巷路灯亮了"]
    assert issue.articles[0].section == "12345热线回音"


def test_a_signer_with_place_role_and_name_apart() -> None:
    assert is_letter_signer("荷塘区宋家桥街道　退休职工　周某某")


# --- j. round six: an opinion label on its headline's line, a spaced bold notice title, readers' messages ----------

def test_an_editorial_label_before_its_title_on_one_line() -> None:
    text = _text(
        "株洲日报　一九六二年十月八日　星期一",
        "社论　搞好冬季积肥运动",
        "　　冬季是积肥的好季节。各公社要发动群众，广开肥源。",
    )
    issue = parse_text(text, "editorial.txt")
    assert titles(issue) == ["搞好冬季积肥运动"]
    assert issue.articles[0].section == "社论"
    assert issue.articles[0].type == "commentary"


def test_a_spaced_bold_correction_title_opens_its_own_notice() -> None:
    html = (
        "<html><body><p>株洲日报 2026年2月3日 星期二 第A02版：综合</p>"
        "<h1>我市春运首日发送旅客12万人次</h1><p>株洲日报全媒体记者 何某某</p><p>2月2日，春运正式启动。</p>"
        "<p><strong>更　正</strong></p><p>本报2月2日A03版一文中，“500万元”应为“5000万元”。特此更正。</p>"
        "</body></html>"
    )
    issue = parse_text(html, "page.html")
    assert titles(issue) == ["我市春运首日发送旅客12万人次", "更正"]
    assert issue.articles[1].type == "notice"


MESSAGES = _text(
    "株洲日报　2026年2月3日　星期二　A02　综合",
    "市民心声",
    "@荷塘区王女士：希望春节期间社区医院正常开诊。",
    "@石峰区刘先生：公交末班车能否延长到晚上十点？",
    "我市春运首日发送旅客12万人次",
    "株洲日报全媒体记者 何某某",
    "2月2日，春运正式启动。",
)


def test_readers_messages_are_a_column_not_headlines() -> None:
    issue = parse_text(MESSAGES, "messages.txt")
    assert titles(issue) == ["市民心声", "我市春运首日发送旅客12万人次"]
    assert issue.articles[0].type == "other"
    assert len(issue.articles[0].paragraphs) == 2
    assert_nothing_lost(issue)


# --- k. a writer named alone under the headline --------------------------------------------------------------------

def test_a_bare_name_under_a_headline_is_the_writer() -> None:
    text = _text(
        "株洲日报　2026年2月14日　星期六　A07　副刊",
        "湘江边的老渡口（连载二）",
        "刘　某",
        "　　渡口的老船工姓唐，撑了一辈子船，从没出过一次事故。",
        "　　如今渡口早已被大桥取代，可那条老船还停在岸边。",
    )
    issue = parse_text(text, "serial.txt")
    assert titles(issue) == ["湘江边的老渡口（连载二）"]
    piece = issue.articles[0]
    assert piece.subtitle == ""
    assert piece.reporters == ["刘某"]
    assert piece.type == "feature"


def test_a_short_subtitle_that_is_no_name_stays_the_subtitle() -> None:
    text = _text(
        "株洲日报　2026年2月14日　星期六　A02　要闻",
        "我市春节假期旅游市场火热",
        "——接待游客超百万人次",
        "　　春节假期，全市各景区共接待游客120万人次，同比增长15%。",
    )
    issue = parse_text(text, "x.txt")
    assert issue.articles[0].reporters == []


def test_a_short_pdf_page_with_two_breaks_at_the_column_edge_is_pdf_text() -> None:
    text = _text(
        "株洲日报　2026年2月14日　星期六　A07　副刊",
        "编者按：本报今起连载作家唐某某的纪实散文《老街的灯火》，敬",
        "请垂注。",
        "老街的灯火（连载一）",
        "唐某某",
        "　　小时候，我家就住在老街的尽头。每天傍晚，街上的灯火一盏",
        "盏亮起来，照着回家的路。",
        "　　那时的老街，是我们这些孩子最喜欢的地方。",
    )
    issue = parse_text(text, "serial.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["老街的灯火（连载一）"]
    assert issue.articles[0].paragraphs[-1] == "那时的老街，是我们这些孩子最喜欢的地方。"


# --- l. round eight: Markdown with three heading levels, a PDF page of notices, a speech signed by name ---------------

def test_markdown_with_page_title_and_sub_heads_is_markup() -> None:
    text = _text(
        "# 株洲日报 2026年2月18日 A03 要闻",
        "",
        "## 奋力开创发展新局面",
        "",
        "向某某",
        "",
        "同志们：",
        "",
        "今年是开局之年，做好今年工作意义重大。",
        "",
        "### 一、坚定信心",
        "",
        "当前，我市经济运行稳中向好。",
        "",
        "### 二、突出重点",
        "",
        "全年实施重点项目500个以上。",
    )
    issue = parse_text(text, "speech.md")
    assert issue.rendition == "markup"
    assert titles(issue) == ["奋力开创发展新局面"]
    speech = issue.articles[0]
    assert speech.reporters == ["向某某"]
    assert speech.type == "other"


NOTICES_PDF = _text(
    "株洲日报　2026年2月17日　星期二　A04　告示",
    "讣　告",
    "　　株洲市某某局退休干部、中共党员唐某某同志，因病医治无效，于",
    "2026年2月15日在株洲逝世，享年90岁。",
    "　　唐某某同志一生忠诚党的事业，工作勤勤恳恳。遗体告别仪式定于",
    "2026年2月18日上午8时30分在株洲市殡仪馆举行。",
    "　　妻子：罗某某",
    "　　儿子：唐某　儿媳：周某某",
    "　　　　　　　　　　　　　　　　　唐某某同志治丧小组",
    "　　　　　　　　　　　　　　　　　2026年2月16日",
    "寻物启事",
    "　　本人于2月14日在芦淞区某某商场附近遗失黑色手提包一个，内有身",
    "份证、银行卡等。有拾到者请联系：138××××5678，必有酬谢。",
)


def test_a_pdf_page_of_notices_whose_breaks_line_up_by_visual_width() -> None:
    issue = parse_text(NOTICES_PDF, "notices.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["讣告", "寻物启事"]
    assert issue.articles[1].paragraphs[0].startswith("本人于2月14日") and issue.articles[1].paragraphs[0].endswith("必有酬谢。")
    assert_nothing_lost(issue)


# --- m. round nine: a draw's number is no masthead's issue number; a TV guide set a paragraph a line ---------------

def test_a_draw_number_does_not_make_the_lines_above_it_a_masthead() -> None:
    text = _text(
        "株洲日报　2026年2月24日　星期二　第B07版：公告",
        "中国体育彩票“七星彩”开奖公告",
        "发布时间：2026-02-24　来源：株洲日报",
        "　　第26022期　开奖日期：2026年2月23日",
        "号码　3　8　1　6　0　9　5",
        "特别号　12",
        "　　本期一等奖中出1注。",
    )
    issue = parse_text(text, "draw.txt")
    assert titles(issue) == ["中国体育彩票“七星彩”开奖公告"]
    assert issue.articles[0].type == "notice"


def test_a_tv_guide_in_html_paragraphs_is_one_table() -> None:
    html = (
        "<html><body><p>株洲日报　2026年2月25日　星期三　第B02版：生活</p><h2>今日荧屏</h2>"
        "<p>株洲新闻综合频道</p><p>18:30　株洲新闻联播</p><p>19:00　今日株洲</p><p>19:35　电视剧：湘江儿女（21）</p>"
        "<h2>市图书馆推出亲子阅读活动</h2><p>株洲日报全媒体记者 贺某</p><p>2月24日，市图书馆推出亲子阅读活动。</p>"
        "</body></html>"
    )
    issue = parse_text(html, "tv.html")
    assert titles(issue) == ["今日荧屏", "市图书馆推出亲子阅读活动"]
    assert issue.articles[0].type == "table"
    assert issue.articles[1].section != "" and "18:30" not in issue.articles[1].section


def test_a_tab_separated_row_keeps_a_spaced_word_in_one_cell() -> None:
    from zzreader.core.renditions.spaced_tables import _cells

    assert _cells("品\u3000种\t上周(元/公斤)\t本周(元/公斤)\t涨跌") == ["品\u3000种", "上周(元/公斤)", "本周(元/公斤)", "涨跌"]
    assert _cells("1. 机械设计工程师 10名 本科及以上学历") is None  # a numbered list's item
    assert _cells("- 天元队 3∶1 荷塘队") is None


# --- n. round twelve: letters in PDF text signed far right, an obituary headed '沉痛悼念…' ----------------------------

LETTERS_PDF = _text(
    "株洲日报　2026年3月12日　星期四　A06　读者之声",
    "读者来信",
    "小区路灯何时修",
    "　　编辑同志：我家住在荷塘区某某小区，小区里的路灯坏了一个多",
    "月，晚上出行很不方便。希望有关部门尽快修好。",
    "　　　　　　　　　　　　　　　　　　　　读者　唐先生",
    "　　编后：接到来信后，记者联系了小区物业。物业表示，将于本周",
    "内修好路灯。",
    "公园里请文明遛狗",
    "　　编辑同志：近日在神农公园散步时，我看到有人遛狗不牵绳。希",
    "望大家文明遛狗。",
    "　　　　　　　　　　　　　　　　（株洲某某学校教师　谢某）",
)


def test_letters_in_pdf_text_each_open_their_own_piece() -> None:
    issue = parse_text(LETTERS_PDF, "letters.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["小区路灯何时修", "公园里请文明遛狗"]
    assert [a.type for a in issue.articles] == ["other", "other"]
    assert_nothing_lost(issue)


def test_an_obituary_headed_with_mourning_is_a_notice() -> None:
    text = _text(
        "株洲日报　2026年3月13日　星期五　B08　公告",
        "沉痛悼念彭某某同志",
        "　　株洲市某某厂原厂长彭某某同志，因病于2026年3月11日逝世，享年86岁。",
        "　　孝子：彭某",
    )
    issue = parse_text(text, "obituary.txt")
    assert issue.articles[0].type == "notice"


@pytest.mark.parametrize("line", ["省委常委、市委书记　向某某", "市委副书记、代市长　陶某某", "株洲市人民政府副市长 刘某"])
def test_more_speaker_lines(line: str) -> None:
    from zzreader.core.speeches import is_speaker_line

    assert is_speaker_line(line)


def test_a_handle_after_the_writer_role_is_a_message() -> None:
    from zzreader.core.reader_messages import is_message

    assert is_message("网友@小鱼：公交末班车能否延长？")
    assert not is_message("市民李女士：希望多建几个公园。")  # an interview's turn reads so too


# --- o. round thirteen: a commentator signing above the title; a hotline's question headline --------------------------

def test_a_commentator_signing_above_the_title_opens_the_next_piece() -> None:
    text = _text(
        "株洲日报　一九八四年六月一日　星期五　第一版",
        "全市少年儿童欢度“六一”",
        "　　本报讯　今天是国际儿童节。全市各中小学举行了形式多样的庆",
        "祝活动。",
        "本报评论员",
        "让孩子们健康成长",
        "　　关心下一代的健康成长，是全社会的共同责任。各级各部门都要",
        "为孩子们多办好事、多办实事。",
    )
    issue = parse_text(text, "1984.txt")
    assert titles(issue) == ["全市少年儿童欢度“六一”", "让孩子们健康成长"]
    assert issue.articles[0].reporters == [] and issue.articles[0].type == "news"
    assert issue.articles[1].reporters == ["本报评论员"] and issue.articles[1].type == "commentary"


def test_a_question_headline_over_an_office_answer_is_news() -> None:
    text = _text(
        "# 株洲日报 2026年3月16日 A05 民生",
        "",
        "## 12345热线回音",
        "",
        "### 公园公厕何时开放？",
        "",
        "**市民问：** 神农公园东门公厕一直关闭，何时开放？",
        "",
        "**市城管局答：** 公厕改造已完工，将于本周内开放。",
        "",
        "### 路口红绿灯能否延长通行时间？",
        "",
        "**市民问：** 某某路口绿灯时间太短，老人过不去。",
        "",
        "**市公安局交警支队答：** 我们已将该路口行人绿灯时间延长10秒。",
    )
    issue = parse_text(text, "hotline.md")
    assert titles(issue) == ["公园公厕何时开放？", "路口红绿灯能否延长通行时间？"]
    assert [a.type for a in issue.articles] == ["news", "news"]


def test_a_wire_credit_closing_the_text_under_a_headline_makes_it_a_report_of_its_own() -> None:
    text = _text(
        "株洲日报　一九七三年十月二日　星期二",
        "我市各界隆重集会庆祝国庆",
        "　　本报讯　十月一日，我市各界群众两万多人在市体育场隆重集会，",
        "热烈庆祝国庆。",
        "全国秋粮收购进展顺利",
        "　　各地秋粮收购工作进展顺利，入库粮食质量好于往年。（据新华",
        "社电）",
    )
    issue = parse_text(text, "1973.txt")
    assert titles(issue) == ["我市各界隆重集会庆祝国庆", "全国秋粮收购进展顺利"]
    assert issue.articles[1].type == "news"
