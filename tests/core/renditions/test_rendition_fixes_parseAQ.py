"""Focused checks for round AQ: PDF text and e-paper scrapes from more tools and templates.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/*_390..*_396 and the four named only
by their date) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _body(article) -> str:
    return "".join(article.paragraphs)


# --- 1. E-paper templates of other vendors ----------------------------------------------------------------

def _founder_property(day: str, author: str, title: str) -> str:
    return (f"<!--enpproperty <articleid>2203117</articleid><date>{day}</date><author>{author}</author><title>{title}</title>"
            "<keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>2</siteid><nodeid>6201</nodeid>"
            "<nodename>要闻</nodename><nodesearchname>A02</nodesearchname>/enpproperty-->")


def test_founder_comments_are_chrome_and_their_author_credits_a_picture_story():
    """A Founder page copied with its comments: the comments are no article, and a picture story whose
    credit lives only in the property block's author is a caption with its photographer."""
    page = "\n".join([
        "株洲日报数字报", "2026年11月18日 星期三", "第A02版：要闻",
        _founder_property("2026-11-18", "株洲日报全媒体记者 刘 峥", "湘江风光带新增两座驿站"),
        "湘江风光带新增两座驿站",
        "株洲日报全媒体记者 刘 峥",
        "<!--enpcontent-->",
        f"{S}{S}11月17日，湘江风光带河西段新建的两座服务驿站投入使用，为市民提供饮水、充电和休息服务。",
        "<!--/enpcontent-->",
        _founder_property("2026-11-18", "株洲日报全媒体记者 钟 岚 摄", "初冬的神农湖"),
        "初冬的神农湖",
        "<!--enpcontent-->",
        f"{S}{S}11月17日，神农湖畔水杉渐红，倒映湖中。",
        "<!--/enpcontent-->",
    ])
    issue = _read(page)
    assert issue.rendition == "epaper"
    assert titles(issue) == ["湘江风光带新增两座驿站", "初冬的神农湖"]
    first, picture = issue.articles
    assert first.reporters == ["刘峥"] and "<!--" not in _body(first)
    assert (picture.type, picture.photographers) == ("caption", ["钟岚"])
    assert_nothing_lost(issue)


def test_a_property_line_of_page_fields_gives_the_byline_and_the_date():
    """'版次：A05　版名：民生　作者：…　日期：…' under each title: the writer and the day, not a section's name."""
    page = "\n".join([
        "株洲日报 | 数字报",
        "芦淞区新增两处便民菜店",
        f"版次：A05{S}{S}版名：民生{S}{S}作者：株洲日报全媒体记者 谢 娜 通讯员 欧 波{S}{S}日期：2026-11-19",
        f"{S}{S}11月18日，芦淞区贺家土街道、庆云街道各有一家便民菜店开业，蔬菜价格比周边市场低一成。",
        f"阅读：912{S}点赞：17",
        "上一篇：无",
        "下一篇：无",
    ])
    issue = _read(page)
    article = issue.articles[0]
    assert issue.rendition == "epaper" and issue.date == "2026-11-19"
    assert (article.reporters, article.correspondents) == (["谢娜"], ["欧波"])
    assert "阅读" not in _body(article)


def test_counter_bars_and_a_platform_line_are_chrome():
    """'人民数字 · 株洲日报' over the page and '点赞 3 | 评论 0' under a notice: no article of their own."""
    page = "\n".join([
        "人民数字 · 株洲日报",
        "2026年11月20日 星期五 第A06版 综合",
        "市民公园东门临时封闭",
        "2026-11-20 07:30:12  来源：株洲日报",
        f"{S}{S}因地下管网改造，市民公园东门自11月21日起临时封闭30天，市民可从南门、西门进出。",
        "点赞 5 | 评论 1",
        "遗失声明",
        "2026-11-20 07:30:12  来源：株洲日报",
        f"{S}{S}株洲市某某餐饮管理有限公司遗失营业执照副本一份，声明作废。",
        "点赞 0 | 评论 0",
    ])
    issue = _read(page)
    assert titles(issue) == ["市民公园东门临时封闭", "遗失声明"]
    assert not any("点赞" in _body(a) for a in issue.articles)


def test_a_vendor_page_with_a_source_and_clicks_bar_is_a_scrape():
    """'本文来源：株洲日报　点击数：…　【返回目录】【打印本文】' closing each story marks a scraped page."""
    bar = f"本文来源：株洲日报{S}点击数：128{S}【返回目录】【打印本文】【关闭窗口】"
    page = "\n".join([
        "株洲日报数字报刊 · 2026年11月21日 · B03 · 文化",
        "市博物馆推出陶瓷特展",
        "■株洲日报全媒体记者 龙 雪",
        f"{S}{S}11月20日，“千年窑火——醴陵釉下五彩瓷特展”在市博物馆开展，展出瓷器160余件。",
        bar,
        "社区合唱团唱响新曲",
        "■通讯员 易 华",
        f"{S}{S}11月20日，石峰区响石岭街道社区合唱团举办专场演出，演唱原创歌曲8首。",
        bar,
    ])
    issue = _read(page)
    assert issue.rendition == "epaper"
    assert titles(issue) == ["市博物馆推出陶瓷特展", "社区合唱团唱响新曲"]
    assert not any("点击数" in _body(a) for a in issue.articles)


def test_a_phone_reader_mode_copy_is_a_scrape_dated_by_its_source_lines():
    """Reader mode: '阅读模式', the site's bare address and each title's '株洲日报 2026-11-22 · 阅读 2.1万' line."""
    page = "\n".join([
        "株洲日报数字报｜第A03版：城事", "m.zznews.gov.cn", "阅读模式", "",
        "城区新增300个充电桩", "", "株洲日报 2026-11-22 · 阅读 2.1万", "",
        "11月21日，记者从市发改委获悉，今年城区新建公共充电桩300个，主要分布在商圈和老旧小区周边。", "",
        "荷塘区启动冬季送温暖活动", "", "株洲日报 2026-11-22 · 阅读 6120", "",
        "11月21日，荷塘区启动冬季送温暖活动，为困难群众送去棉被、米油等物资。（通讯员 邓 静）", "",
        "原文链接：m.zznews.gov.cn/epaper/zzrb/20261122/A03",
    ])
    issue = _read(page)
    assert (issue.rendition, issue.date) == ("epaper", "2026-11-22")
    assert titles(issue) == ["城区新增300个充电桩", "荷塘区启动冬季送温暖活动"]
    assert issue.articles[1].correspondents == ["邓静"]


def test_a_weather_box_under_a_property_line_is_furniture():
    """'今日天气' / its property line / two forecast rows: the box, not an article or a table with the fields in it."""
    page = "\n".join([
        "株洲日报 | 数字报",
        "今日天气",
        f"版次：A05{S}{S}版名：民生{S}{S}作者：{S}{S}日期：2026-11-23",
        f"{S}{S}今天{S}阴转小雨{S}9℃～14℃{S}北风2级",
        f"{S}{S}明天{S}小雨{S}8℃～12℃{S}北风3级",
        f"本版责编：谭 杨{S}版式：罗 丹",
    ])
    issue = _read(page)
    assert issue.articles == [] or all("版次" not in _body(a) for a in issue.articles)
    assert not any(a.title in ("今日天气", "今天 阴转小雨 9℃～14℃ 北风2级") for a in issue.articles)


def test_a_page_editor_line_opened_by_ben_ban_is_no_section():
    """'本版责编：易 敏　美编：唐 亮' under the page line: the page's editors, not the first story's section."""
    page = "\n".join([
        "第A03版：城事",
        f"本版责编：易 敏{S}美编：唐 亮",
        "株洲西站新增进站口",
        f"日期：2026-11-24{S}作者：株洲日报全媒体记者 杨 帆",
        f"{S}{S}11月23日，株洲西站东侧新增进站口投入使用，旅客进站时间平均缩短5分钟。",
    ])
    article = _read(page).articles[0]
    assert article.section == "城事"
    assert article.reporters == ["杨帆"]


# --- 2. PDF text from other tools -------------------------------------------------------------------------

def test_a_titled_photo_after_a_commentary_before_the_running_head_is_its_own_piece():
    """PyMuPDF's block order: a commentary, a titled photo (caption, credit on its own line), then the running
    head the page drew last. The photo is a caption piece, not a sub-heading of the commentary."""
    page = "\n".join([
        "株洲时评",
        "小区充电桩别成“摆设”",
        "□ 陶 然",
        "一些小区建起了充电桩，却因为电力增容没",
        "跟上、物业管理不到位，成了“摆设”。",
        "充电设施建设要算好“后半篇”账，建管并",
        "重，才能真正方便居民。",
        "凤凰山下桂花香",
        "11月5日，荷塘区凤凰山森林公园内桂花",
        "盛开，市民在花下散步。",
        "株洲日报全媒体记者 黄 河 摄",
        "2026年11月6日 星期五",
        "A04",
        "评论",
        "责任编辑：易 平",
    ])
    issue = _read(page)
    assert titles(issue) == ["小区充电桩别成“摆设”", "凤凰山下桂花香"]
    comment, photo = issue.articles
    assert (comment.reporters, comment.photographers) == (["陶然"], [])
    assert (photo.type, photo.photographers) == ("caption", ["黄河"])


def test_a_wrapped_line_that_opens_on_the_words_of_a_qr_prompt_stays_in_its_sentence():
    """'…购药时可' / '扫码查询药品来源。': a wrap, not a QR prompt set apart; the sentence keeps its end."""
    page = "\n".join([
        "株洲日报　2026年11月9日　星期一　A05　民生",
        "电子社保卡可在药店使用",
        f"{S}{S}本报讯（株洲日报全媒体记者 石 岚）11月8日，记者从市医保局获悉，全市",
        "定点药店已全面支持电子社保卡结算，参保人购药时可",
        "扫码支付个人账户资金，无需携带实体卡。",
    ])
    issue = _read(page)
    assert _body(issue.articles[0]).endswith("参保人购药时可扫码支付个人账户资金，无需携带实体卡。")
    assert_nothing_lost(issue)


def test_a_short_line_after_a_comma_is_the_sentence_going_on_not_a_headline():
    """A narrow column: '…从市医保局获悉，' / '全市定点医药机构已全面启用' / '“药品追溯码”，…' is one sentence."""
    page = "\n".join([
        "株洲日报　2026年11月10日　星期二　A05　民生",
        "“药品追溯码”全面启用",
        "",
        "记者11月9日从市医保局获悉，",
        "全市定点医药机构已全面启用",
        "“药品追溯码”，参保人购药时",
        "可查询药品来源。",
        "（株洲日报全媒体记者 袁 媛）",
    ])
    issue = _read(page)
    assert titles(issue) == ["“药品追溯码”全面启用"]
    article = issue.articles[0]
    assert "获悉，全市定点医药机构已全面启用" in _body(article) and article.reporters == ["袁媛"]


# --- 3. Types: a page opening mid-story, an old shop advertisement, a reader's signed letter -----------------

def test_a_page_that_opens_mid_sentence_without_a_marker_is_the_rest_of_a_report():
    """PyMuPDF's sort=True: the running head, then '的…' carried from the page before with no '上接' marker."""
    page = "\n".join([
        "2026年11月11日　星期三　　B03　　区县新闻　　　　株洲日报",
        "的智能仓储项目，总投资8亿元，明年6月建成投产。",
        "　　该区今年已引进亿元以上项目19个。",
        "炎陵县举办黄桃产业推介会",
        "　　本报讯（通讯员　罗　兰）11月10日，炎陵县在长沙举办黄桃产业推介会，现场签约订单1.2万吨。",
    ])
    issue = _read(page)
    assert [(a.title, a.type) for a in issue.articles] == [("", "news"), ("炎陵县举办黄桃产业推介会", "news")]


def test_an_old_shop_advertisement_closed_by_its_address_and_phone_is_an_ad():
    """A 1990s page's OCR: '地址:…　电话:22 口 516' with a broken figure still closes a shop's advertisement."""
    page = "\n".join([
        "株洲日报", "一九九四年六月三日　星期五", "第四版",
        "株洲市五金交电公司",
        "　　各种电风扇、收录机、自行车零配件批发零售,价格优惠,欢迎惠顾。",
        "　　地址:建设中路口号　电话:23 口 48",
    ])
    article = _read(page).articles[0]
    assert (article.title, article.type) == ("株洲市五金交电公司", "ad")


def test_a_piece_signed_by_a_reader_is_the_readers_letter():
    """'读者　王某某' under the last paragraph: a reader's letter (type other), no report, even without '编辑同志：'."""
    page = "\n".join([
        "第四版　　　　　　　　　　　　经济生活",
        "公交站台要有遮雨棚",
        "　　近来,河西不少公交站台没有遮雨棚,雨天候车的市民只能打伞站在雨中。希望有关部门尽快加装。",
        "　　　　　　　　　　　　　　　　　　　　读者　赵建明",
    ])
    article = _read(page, "1995年4月6日 第4版.txt").articles[0]
    assert (article.title, article.type, article.reporters) == ("公交站台要有遮雨棚", "other", [])


# --- 4. More page furniture of scraped pages; jump markers; OCR -------------------------------------------

def test_a_date_picker_and_the_issue_paging_links_are_chrome():
    """'2026年12月' / '日　一　二 …' / rows of days, '<< 前一期　后一期 >>': a scraped page's widgets, no article or table."""
    page = "\n".join([
        "株洲日报 2026年12月03日 星期四",
        "<< 前一期　后一期 >>",
        "2026年12月",
        "日　一　二　三　四　五　六",
        "　　1　2　3　4　5",
        "6　7　8　9　10　11　12",
        "13　14　15　16　17　18　19",
        "第A03版：城事",
        "神农大道新增12处过街设施",
        "来源：株洲日报　作者：株洲日报全媒体记者 邓 婷　发布时间：2026-12-03",
        f"{S}{S}12月2日，神农大道沿线新建的12处人行过街设施投入使用，行人过街等候时间平均缩短一半。",
    ])
    issue = _read(page)
    assert titles(issue) == ["神农大道新增12处过街设施"]
    assert issue.articles[0].reporters == ["邓婷"]
    assert_nothing_lost(issue)


def test_a_mobile_page_card_gives_the_date_and_keeps_the_byline_under_its_reading_time():
    """'A06版 · 区县 · 2026-12-04' and '本文共 400 字，阅读约需 2 分钟' under each title, '— 完 —' after the text."""
    card = [
        "天元区新增两所公办幼儿园",
        "A06版 · 区县 · 2026-12-04",
        "本文共 400 字，阅读约需 2 分钟",
        "株洲日报全媒体记者 罗 敏 通讯员 贺 兰",
        "12月3日，天元区栗雨、白马垅两所公办幼儿园通过验收，明年春季开园，新增学位720个。",
        "— 完 —",
        "责编：刘 芳 | 审核：陈 亮 | 终审：周 翔",
    ]
    issue = _read("\n".join(["株洲日报数字报", *card]))
    assert (issue.rendition, issue.date) == ("epaper", "2026-12-04")
    article = issue.articles[0]
    assert (article.reporters, article.correspondents) == (["罗敏"], ["贺兰"])
    assert not any(("完" in p and "—" in p) or "阅读约需" in p for p in article.paragraphs)


def test_a_reader_view_with_dotted_source_lines_and_emoji_reaction_bars():
    """'株洲日报 · 2026-12-05 · 阅读 8811' under a picture story's title and '👍 点赞 56　⭐ 收藏　↗ 分享' under
    each story: chrome; the picture story is a caption with its photographer."""
    page = "\n".join([
        "第A02版：要闻", "",
        "石峰公园菊展开幕", "株洲日报 · 2026-12-05 · 阅读 2.2万", "",
        "12月4日，石峰公园第二十届菊花展开幕，展出菊花300余个品种。（株洲日报全媒体记者 何 静）", "",
        "👍 点赞 56　　⭐ 收藏　　↗ 分享", "",
        "初冬的湘江", "株洲日报 · 2026-12-05 · 阅读 8811", "",
        "12月4日，湘江株洲城区段，江面薄雾轻笼。株洲日报全媒体记者 汪 涛 摄", "",
        "👍 点赞 302　　⭐ 收藏　　↗ 分享",
    ])
    issue = _read(page)
    assert titles(issue) == ["石峰公园菊展开幕", "初冬的湘江"]
    assert (issue.articles[1].type, issue.articles[1].photographers) == ("caption", ["汪涛"])
    assert issue.date == "2026-12-05"


def test_short_jump_markers_open_and_close_a_continued_piece():
    """'（转Ａ４版）' closes a story and '（接Ａ１版）' opens its rest: an untitled piece continued from A1."""
    page = "\n".join([
        "株洲日报　２０２６年１２月６日　星期日　Ａ０１　要闻",
        "全市冬季征兵工作启动",
        "　　本报讯（通讯员 许 可）１２月５日，全市冬季征兵工作动员会召开。（转Ａ４版）",
        "\f株洲日报　２０２６年１２月６日　星期日　Ａ０４　综合",
        "（接Ａ１版）今年我市征集的新兵中，大学生占比超过八成。",
        "石峰区举办冬季招聘会",
        "　　本报讯（通讯员 郭 敏）１２月５日，石峰区冬季招聘会举行，提供岗位１１００余个。",
    ])
    issue = _read(page)
    assert titles(issue) == ["全市冬季征兵工作启动", "", "石峰区举办冬季招聘会"]
    rest = issue.articles[1]
    assert rest.continued_from and rest.paragraphs[0].startswith("今年我市征集的新兵中")


def test_an_ocr_clock_hour_with_look_alike_letters_reads_as_figures():
    """'中午ll点半,' from a scan's text layer: the hour a scene opens on, so the signed story is a feature."""
    page = "\n".join([
        "株洲曰报", "2OO8年l0月l6日 星期四", "第3版 城市新闻",
        "社区里的“爱心理发室”",
        "本报记者 邓红",
        "上午l0点,芦淞区建设街道的“爱心理发室”门口已排起了队。退休理发师王师傅每周二为老人免费理发。",
        "“老人们信得过我,我就一直干下去。”王师傅说。",
    ])
    article = _read(page).articles[0]
    assert (article.type, article.reporters) == ("feature", ["邓红"])
    assert article.paragraphs[0].startswith("上午10点")


def test_a_vertical_block_read_across_by_ocr_is_read_column_by_column():
    """A short commentary set in vertical columns (right to left) that OCR read row by row."""
    title, body = "文明出行从我做起", "过马路走斑马线，骑车戴头盔，开车不抢道，这些都是小事，却关系每个人的安全。"
    cols = [title] + [body[i:i + 8] for i in range(0, len(body), 8)]
    cols = [c.ljust(8, S) for c in cols]
    across = ["".join(col[r] for col in reversed(cols)).rstrip(S) for r in range(8)]
    page = "\n".join([
        "株洲日报", "一九八六年五月八日　星期四", "第一版",
        "短评", *across,
        "我市开展交通安全宣传月活动",
        "　　本报讯　市交警支队五月起开展交通安全宣传月活动,在全市设立宣传点四十个。",
    ])
    issue = _read(page)
    assert titles(issue) == ["文明出行从我做起", "我市开展交通安全宣传月活动"]
    piece = issue.articles[0]
    assert piece.type == "commentary" and "".join(piece.paragraphs).startswith("过马路走斑马线，骑车戴头盔")
    assert_nothing_lost(issue)
