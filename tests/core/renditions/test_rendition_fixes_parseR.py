"""Focused checks for the repairs of parser round R: containers, encodings and file names.

Each test feeds a few lines of original text (or bytes) and asserts what a reader sees:
titles, bylines, types and dates, and that no line is lost.
"""

from __future__ import annotations

import codecs

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.dates import date_from_filename
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import hidden_blocks, url_dates


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. Hugo's TOML front matter ('+++' fences, 'key = value') -------------------------------------------------

TOML = _text(
    "+++",
    'title = "第A04版：经济"',
    "date = 2025-12-11T06:30:00+08:00",
    'tags = ["株洲日报"]',
    "[params]",
    'section = "经济"',
    "+++",
    "",
    "## 园区新入驻企业十家",
    "",
    "株洲日报全媒体记者 孔令文",
    "",
    "今年以来，园区新入驻企业十家，总数达到八十家。",
    "",
    "## 县城新开两条公交线",
    "",
    "通讯员 夏雨",
    "",
    "12月10日起，县城新开两条公交线路，方便群众出行。",
)


def test_toml_front_matter_is_metadata_and_dates_the_issue():
    issue = parse_text(TOML, "page.md")
    assert titles(issue) == ["园区新入驻企业十家", "县城新开两条公交线"]
    assert issue.date == "2025-12-11"
    assert issue.rendition == "markup"
    assert_nothing_lost(issue)


def test_plus_fence_without_fields_is_no_front_matter():
    issue = parse_text(_text("+++", "加油！", "+++", "", "## 园区新入驻企业十家", "", "记者 孔令文", "", "今年以来，园区新入驻企业十家。"), "p.md")
    assert "园区新入驻企业十家" in titles(issue)
    assert_nothing_lost(issue)


# --- b. file names with the year apart and month and day run together ---------------------------------------------


@pytest.mark.parametrize(("name", "iso"), [("zzrb_2025_1206.md", "2025-12-06"), ("株洲日报-2025-1130-A02.txt", "2025-11-30"),
                                           ("ZZRB 2026 0105.txt", "2026-01-05")])
def test_year_then_month_day_run(name, iso):
    assert date_from_filename(name).isoformat() == iso


@pytest.mark.parametrize("name", ["株洲日报_2025_1011期.txt", "zzrb_2025_1340.txt", "zzrb_2025_12061.txt"])
def test_year_then_four_figures_that_are_no_date(name):
    assert date_from_filename(name) is None


# --- c. a box's heading as high as the titles, over a list --------------------------------------------------------

BOX = _text(
    "# 株洲日报 A05 民生",
    "",
    "## 老街修缮工程完工",
    "",
    "株洲日报全媒体记者 方晴",
    "",
    "12月5日，老街修缮工程完工，青石板路重新铺就。",
    "",
    "## 便民信息",
    "",
    "- 12月8日起，K9路公交临时绕行。",
    "- 市档案馆12月9日闭馆一天。",
)


def test_box_heading_over_a_list_is_its_own_notice():
    issue = parse_text(BOX, "box.md")
    assert titles(issue) == ["老街修缮工程完工", "便民信息"]
    box = issue.articles[1]
    assert box.type == "notice"
    assert "K9路" in " ".join(box.paragraphs)
    assert "K9路" not in " ".join(issue.articles[0].paragraphs)
    assert_nothing_lost(issue)


def test_deeper_heading_in_an_article_stays_a_subheading():
    text = _text("## 老街修缮工程完工", "", "株洲日报全媒体记者 方晴", "", "12月5日，老街修缮工程完工，青石板路重新铺就。",
                 "", "### 修旧如旧", "", "施工方保留了原有的门头和窗花。")
    issue = parse_text(text, "sub.md")
    assert titles(issue) == ["老街修缮工程完工"]


# --- d. a whole e-paper page saved by a browser -------------------------------------------------------------------

SAVED = _text(
    "<html>",
    "<!-- saved from url=(0066)http://epaper.example.cn/zzrb/html/2025-12/10/content_1234.htm -->",
    '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>株洲日报数字报</title></head>',
    "<body>",
    '<div class="header"><a href="/">首页</a> | <a href="/list.htm">往期回顾</a> | <a href="/A02.pdf">PDF下载</a></div>',
    "<ul>",
    '<li><a href="content_1233.htm">全市冬季安全生产会议召开</a></li>',
    '<li><a href="content_1234.htm">龙船镇水库除险加固完工</a></li>',
    "</ul>",
    "<h1>龙船镇水库除险加固完工</h1>",
    '<p class="author">株洲日报全媒体记者 彭远</p>',
    "<p>&#12288;&#12288;12月9日，龙船镇大塘水库除险加固工程完工，新增灌溉面积三千亩。</p>",
    "</body>",
    "</html>",
)


def test_saved_page_site_bar_and_article_list_are_no_articles():
    issue = parse_text(SAVED, "page.html")
    assert titles(issue) == ["龙船镇水库除险加固完工"]
    assert issue.articles[0].reporters == ["彭远"]
    assert_nothing_lost(issue)


def test_saved_page_is_dated_by_the_address_the_browser_noted():
    assert parse_text(SAVED, "page.html").date == "2025-12-10"
    assert url_dates.page_date(["<!-- saved from url=(0040)https://example.cn/2025/06/17/a.htm -->"]).isoformat() == "2025-06-17"


@pytest.mark.parametrize("line", [
    '<a href="/">首页</a> | <a href="/b">往期回顾</a>',
    '<li><a href="c_1.htm">某某标题</a></li>',
    '<td class="side"><a href="A01.htm">A01 要闻</a><br></td>',
])
def test_link_lines(line):
    assert hidden_blocks.is_link_line(line)


@pytest.mark.parametrize("line", [
    '<h2><a href="c_1.htm">某某标题</a></h2>',
    '<p>株洲日报全媒体记者 <a href="/a/1">张三</a></p>',
    '<a href="/">首页</a> &gt; <a href="/e">数字报</a> &gt; 第A03版',
    "<p>没有链接的一段话。</p>",
    '<a href="/x"></a>',
])
def test_not_link_lines(line):
    assert not hidden_blocks.is_link_line(line)


def test_gbk_page_with_a_long_ascii_head_decodes_as_gbk():
    head = "<html><head><style>\n" + "\n".join(f".c{i} {{ margin: {i}px; }}" for i in range(400)) + "\n</style></head><body>\n"
    body = "<h1>醴陵瓷器出口增长</h1>\n<p>株洲日报全媒体记者 陶然</p>\n<p>今年前11月，醴陵瓷器出口同比增长一成。</p>\n</body></html>\n"
    data = (head + body).encode("gbk")
    assert len(head) > 4096
    issue = parse_bytes(data, "page.html")
    assert titles(issue) == ["醴陵瓷器出口增长"]
    assert issue.encoding == "gb18030"


# --- e. Word's 'save as web page': tags wrapped across lines --------------------------------------------------------

WORD = _text(
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns="http://www.w3.org/TR/REC-html40">',
    "<body lang=ZH-CN>",
    "<p class=MsoNormal align=center style='text-align:center'><b><span",
    "style='font-size:14.0pt;font-family:黑体'>炎陵黄桃加工产值突破<span lang=EN-US>5</span>亿元<span",
    "lang=EN-US><o:p></o:p></span></span></b></p>",
    "<p class=MsoNormal align=center style='text-align:center'><span",
    "style='font-family:楷体'>株洲日报全媒体记者 龙雨<span lang=EN-US><o:p></o:p></span></span></p>",
    "<p class=MsoNormal style='text-indent:21.0pt'><span",
    "lang=EN-US>12</span>月<span lang=EN-US>3</span>日，记者从炎陵县获悉，今年黄桃加工产值突破<span",
    "lang=EN-US>5</span>亿元。<span lang=EN-US><o:p></o:p></span></p>",
    "</body>",
    "</html>",
)


def test_word_web_page_tags_wrapped_across_lines():
    issue = parse_text(WORD, "word.htm")
    assert titles(issue) == ["炎陵黄桃加工产值突破5亿元"]
    article = issue.articles[0]
    assert article.reporters == ["龙雨"]
    assert article.paragraphs == ["12月3日，记者从炎陵县获悉，今年黄桃加工产值突破5亿元。"]
    assert_nothing_lost(issue)


def test_a_lone_less_than_sign_in_text_joins_nothing():
    from zzreader.core.renditions import split_tags
    from zzreader.core.renditions.model import SourceLine

    lines = [SourceLine(1, "<p>温度<b"), SourceLine(3, "下一段</p>", gap=1)]
    assert split_tags.join(lines) == lines


# --- f. a page named by its page alone in a folder named by its date -----------------------------------------------


@pytest.mark.parametrize(("path", "name"), [
    ("/archive/20251216/A02.txt", "20251216_A02.txt"),
    ("C:\\archive\\2025\\12\\16\\A02.txt", "2025-12-16_A02.txt"),
    ("/archive/2025-12/16/A02.txt", "2025-12-16_A02.txt"),
    ("/archive/2025/1216/A02.txt", "2025-12-16_A02.txt"),
    ("/archive/2025/1340/A02.txt", "A02.txt"),
    ("/archive/株洲日报2025年12月16日/A02.txt", "株洲日报2025年12月16日_A02.txt"),
    ("/archive/20251216/zzrb-2025-12-01.txt", "zzrb-2025-12-01.txt"),  # the name's own date wins
    ("/archive/2025/12/A02.txt", "A02.txt"),  # a year and a month: no day
    ("/archive/2020/04/16x/A02.txt", "A02.txt"),
    ("A02.txt", "A02.txt"),
    ("20251216_A02.txt", "20251216_A02.txt"),  # named once: naming again changes nothing
])
def test_source_name_keeps_a_dated_folder(path, name):
    from zzreader.core.issue_import import source_name

    assert source_name(path) == name


def test_two_days_of_the_same_page_are_two_issues(tmp_path):
    from zzreader.core.importer import import_paths
    from zzreader.core.store import open_library

    page = _text("第A02版　要闻", "我市召开冬季安全生产会议", "株洲日报全媒体记者 蒋文", "{}日，我市召开冬季安全生产会议，部署岁末年初安全工作。")
    for day in ("15", "16"):
        folder = tmp_path / "archive" / f"202512{day}"
        folder.mkdir(parents=True)
        (folder / "A02.txt").write_text(page.format("12月" + day), encoding="utf-8")
    library = open_library(tmp_path / "library.sqlite")
    try:
        report = import_paths(library, [tmp_path / "archive"], workers=0)
        assert report.counts["imported"] == 2
        dates = sorted(library.issue(f.issue_id).date for f in report.files)
        assert dates == ["2025-12-15", "2025-12-16"]
        assert import_paths(library, [tmp_path / "archive"], workers=0).counts["unchanged"] == 2
    finally:
        library.close()


# --- g. a page saved as one MHTML file ------------------------------------------------------------------------------

def _mhtml(page: bytes, part_headers: str, top: str = "From: <Saved by Blink>\r\n") -> bytes:
    head = (f"{top}MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"----b1\"\r\n\r\n\r\n------b1\r\n" + part_headers + "\r\n\r\n").encode("ascii")
    return head + page + b"\r\n------b1--\r\n"


PAGE = ("<html><body>\n<h1>醴陵陶瓷博物馆新展开幕</h1>\n<p>株洲日报全媒体记者 瓷青</p>\n"
        "<p>　　12月18日，醴陵陶瓷博物馆“釉下五彩”新展开幕，展出精品200余件。</p>\n</body></html>\n")


def test_mhtml_quoted_printable_gb2312_as_internet_explorer_saves_it():
    import quopri

    part = ("Content-Type: text/html;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: http://epaper.example.cn/zzrb/html/2025-12/19/content_9.htm")
    issue = parse_bytes(_mhtml(quopri.encodestring(PAGE.encode("gb18030")), part), "page.mht")
    assert titles(issue) == ["醴陵陶瓷博物馆新展开幕"]
    assert issue.articles[0].reporters == ["瓷青"]
    assert issue.date == "2025-12-19"
    assert any("MHTML" in w for w in issue.warnings)
    assert_nothing_lost(issue)


def test_mhtml_base64_utf8_page_without_a_charset():
    import base64

    part = "Content-Type: text/html\r\nContent-Transfer-Encoding: base64"
    issue = parse_bytes(_mhtml(base64.encodebytes(PAGE.encode("utf-8")), part), "page.mhtml")
    assert titles(issue) == ["醴陵陶瓷博物馆新展开幕"]


@pytest.mark.parametrize("data", [
    _mhtml(b"body { color: red; }", "Content-Type: text/css"),
    _mhtml(b"", "Content-Type: text/html"),
    b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html\r\n",
])
def test_mhtml_without_a_page_says_so_in_one_line(data):
    from zzreader.core.errors import ParseError

    with pytest.raises(ParseError) as err:
        parse_bytes(data, "page.mht")
    assert "MHTML" in str(err.value) and "\n" not in str(err.value)


def test_a_report_that_quotes_mime_headers_is_no_archive():
    from zzreader.core import mhtml

    text = "株洲日报 2025年12月19日 星期五\nMIME-Version: 1.0 是邮件格式的版本号\nContent-Type: multipart/related\n\n正文。\n"
    assert not mhtml.looks_like(text.encode("utf-8"))


def test_two_utf16_files_joined_keep_no_mark_in_the_text():
    one = ("株洲日报　2025年12月18日　星期四\r\n\r\n").encode("utf-16-le")
    two = ("荷塘区新建口袋公园\r\n株洲日报全媒体记者 谭卓\r\n\r\n近日，荷塘区新建口袋公园两处。\r\n").encode("utf-16-le")
    issue = parse_bytes(b"\xff\xfe" + one + b"\xff\xfe" + two, "two.txt")
    assert titles(issue) == ["荷塘区新建口袋公园"]
    assert "\ufeff" not in issue.articles[0].title


# --- h. more dated file names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "iso"), [
    ("株洲日报２０２５年１２月２２日.txt", "2025-12-22"),  # full-width digits
    ("ｚｚｒｂ＿２０２５１２２２.txt", "2025-12-22"),
    ("株洲日报 25年12月23日 A02.txt", "2025-12-23"),
    ("株洲日报 85年3月2日.txt", "1985-03-02"),
    ("株洲日报2025年十二月二十四日.md", "2025-12-24"),
    ("株洲日报2025年九月五日第A01版.txt", "2025-09-05"),
])
def test_more_dated_names(name, iso):
    assert date_from_filename(name).isoformat() == iso


def test_masthead_with_the_year_in_figures_and_the_day_in_numerals():
    issue = parse_text(_text("株洲日报", "2025年十二月二十四日　星期三", "", "炎陵举办冬笋采挖比赛", "株洲日报全媒体记者 何晓", "",
                             "12月23日，炎陵县举办冬笋采挖技能比赛。"), "page.txt")
    assert issue.date == "2025-12-24"


# --- i. a scraper's list of addresses over the page ---------------------------------------------------------------

ADDRESSES = "\n".join(f"http://epaper.example.cn/zzrb/html/2025-12/28/content_{n}.htm" for n in range(100, 175))
LISTED = ADDRESSES + _text("", "", "株洲日报　2025年12月28日　星期日", "第A01版：要闻", "", "神农城新年灯会亮灯", "株洲日报全媒体记者 邹清", "",
                           "12月27日，神农城新年灯会亮灯，百余组彩灯将持续点亮至春节后。", "")


def test_gbk_text_under_kilobytes_of_addresses_is_read():
    issue = parse_bytes(LISTED.encode("gbk"), "page.txt")
    assert titles(issue) == ["神农城新年灯会亮灯"]
    assert issue.date == "2025-12-28"
    assert issue.articles[0].reporters == ["邹清"]
    assert_nothing_lost(issue)


def test_a_run_of_addresses_is_furniture_and_the_masthead_under_it_is_one():
    issue = parse_text(LISTED, "page.txt")
    assert titles(issue) == ["神农城新年灯会亮灯"]
    assert issue.date_source == "masthead"
    assert not any("http" in " ".join(a.paragraphs) for a in issue.articles)


def test_western_text_with_addresses_is_still_refused():
    from zzreader.core.errors import ParseError

    text = "Weekly notes, see https://example.com/a and www.example.org for more about the paper and its history.\n" * 20
    with pytest.raises(ParseError):
        parse_bytes(text.encode("utf-8"), "notes.txt")


# --- j. a UTF-8 mark its bytes break, NUL padding -----------------------------------------------------------------

SHORT = _text("株洲日报　2025年12月30日　星期二", "", "荷塘区新建口袋公园", "株洲日报全媒体记者 谭卓", "", "近日，荷塘区新建口袋公园两处。", "")


def test_gbk_file_a_tool_marked_as_utf8_is_read_as_gbk():
    issue = parse_bytes(b"\xef\xbb\xbf" + SHORT.encode("gbk"), "x.txt")
    assert titles(issue) == ["荷塘区新建口袋公园"]
    assert issue.encoding == "gb18030"
    assert "UTF-8" in issue.warnings[0]


def test_marked_utf8_file_with_a_gbk_one_joined_after_it():
    second = SHORT.replace("荷塘区新建口袋公园", "石峰区新建口袋公园").split("\n", 2)[2]
    issue = parse_bytes(b"\xef\xbb\xbf" + SHORT.encode("utf-8") + b"\n" + second.encode("gbk"), "x.txt")
    assert titles(issue) == ["荷塘区新建口袋公园", "石峰区新建口袋公园"]


def test_a_utf16_mark_its_bytes_break_is_still_refused():
    from zzreader.core.errors import ParseError

    with pytest.raises(ParseError, match="utf-16"):
        parse_bytes(b"\xff\xfe" + "株洲".encode("utf-16-le") + b"\x00\xd8", "x.txt")


def test_nul_padding_after_the_text_is_ignored_with_a_warning():
    issue = parse_bytes(SHORT.encode("utf-8") + b"\x00" * 700, "x.txt")
    assert titles(issue) == ["荷塘区新建口袋公园"]
    assert any("NUL" in w for w in issue.warnings)


@pytest.mark.parametrize("data", [b"\x00" * 64, b"abc\x00def\x00\x00\x00", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64])
def test_nul_bytes_inside_are_still_binary(data):
    from zzreader.core.errors import ParseError

    with pytest.raises(ParseError):
        parse_bytes(data, "x.txt")


# --- k. mojibake: Chinese text a Western tool read byte by byte and saved again ----------------------------------


def _western(data: bytes) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("codec", ["utf-8", "gbk"])
def test_mojibake_is_repaired_with_a_warning(codec):
    raw = _western(SHORT.encode(codec)).encode("utf-8")
    issue = parse_bytes(raw, "x.txt")
    assert titles(issue) == ["荷塘区新建口袋公园"]
    assert issue.date == "2025-12-30"
    assert any("mojibake" in w for w in issue.warnings)


@pytest.mark.parametrize("text", [
    "Über die Stadt Zhuzhou: Straßen, Brücken und Häuser. Größe, Maß, Fuß, Gemüse, Käse, Äpfel, Öl. " * 5,
    "Café, crème brûlée, déjà vu, naïve façade, piñata, smörgåsbord, jalapeño, résumé, über, Noël. " * 5,
])
def test_western_text_with_accents_is_no_mojibake(text):
    from zzreader.core import mojibake
    from zzreader.core.errors import ParseError

    assert mojibake.repair(text) is None
    with pytest.raises(ParseError):
        parse_bytes(text.encode("utf-8"), "x.txt")


def test_chinese_text_with_a_few_accented_names_is_left_alone():
    from zzreader.core import mojibake

    assert mojibake.repair(SHORT + "法国友人 Noël、René、Zoé、Chloé、Renée、Andrée 参观了炎帝陵。\n") is None


# --- l. a plain scrape that kept the page's entities ----------------------------------------------------------------

ENTITIES = _text(
    "株洲日报数字报　2026年1月8日　第A05版：民生",
    "市区新增3处公共停车场",
    "作者：株洲日报全媒体记者 戴乐&nbsp;&nbsp;来源：株洲日报",
    "&nbsp;&nbsp;&nbsp;&nbsp;1月7日，3处公共停车场投入使用，新增泊位620个。",
    "&nbsp;&nbsp;&nbsp;&nbsp;停车场实行&ldquo;首小时免费&rdquo;。",
)


def test_entities_in_a_plain_scrape_are_characters_and_it_stays_an_e_paper():
    issue = parse_text(ENTITIES, "page.txt")
    assert issue.rendition == "epaper"
    assert titles(issue) == ["市区新增3处公共停车场"]
    assert issue.articles[0].reporters == ["戴乐"]
    assert "“首小时免费”" in " ".join(issue.articles[0].paragraphs)
    assert_nothing_lost(issue)


@pytest.mark.parametrize("lines", [
    ["## 标题&nbsp;一", "正文&nbsp;二"],  # Markdown keeps its own reading
    ["<p>正文&nbsp;一</p>", "正文&nbsp;二"],
    ["A&amp;B 公司", "正文"],  # one line with an entity is no habit of a scrape
])
def test_entities_are_left_to_markup_or_alone(lines):
    from zzreader.core.renditions import stray_entities

    assert stray_entities.unescape(lines, []) is None


# --- m. files of different encodings joined into one -----------------------------------------------------------------

FIRST = "株洲日报　2026年1月9日　星期五\r\n\r\n荷塘区新建口袋公园\r\n株洲日报全媒体记者 谭卓\r\n\r\n近日，荷塘区新建口袋公园两处。\r\n\r\n"
SECOND = "石峰区新建健身步道\r\n通讯员 周涛\r\n\r\n近日，石峰区新建健身步道三公里。\r\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (b"\xff\xfe" + FIRST.encode("utf-16-le") + b"\xef\xbb\xbf" + SECOND.encode("utf-8"), "utf-16+utf-8"),
    (b"\xef\xbb\xbf" + FIRST.encode("utf-8") + b"\xff\xfe" + SECOND.encode("utf-16-le"), "utf-8+utf-16"),
    (b"\xfe\xff" + FIRST.encode("utf-16-be") + b"\xef\xbb\xbf" + SECOND.encode("utf-8"), "utf-16+utf-8"),
    (b"\xff\xfe" + FIRST.encode("utf-16-le") + SECOND.encode("utf-8"), "utf-16+utf-8"),
    (b"\xef\xbb\xbf" + FIRST.encode("utf-8") + b"\xef\xbb\xbf" + SECOND.encode("gbk"), None),  # read line by line already
])
def test_joined_files_are_read_part_by_part(data, encoding):
    issue = parse_bytes(data, "x.txt")
    assert titles(issue) == ["荷塘区新建口袋公园", "石峰区新建健身步道"]
    assert issue.articles[1].correspondents == ["周涛"]
    if encoding:
        assert issue.encoding == encoding


def test_one_encoding_with_a_stray_mark_is_no_join():
    from zzreader.core import joined_files
    from zzreader.core.decode import decode

    data = b"\xff\xfe" + FIRST.encode("utf-16-le") + b"\xff\xfe" + SECOND.encode("utf-16-le")
    assert joined_files.split(data) is not None
    assert decode(data).encoding == "utf-16"


def test_utf16_last_line_of_ascii_bytes_is_no_utf8_tail():
    from zzreader.core import joined_files

    data = b"\xff\xfe" + "第一行\r\n株洲株洲".encode("utf-16-le")  # '株洲' is '*h2m' read as ASCII
    assert joined_files.split(data) is None


@pytest.mark.parametrize("line", [
    '<p><a href="/author/12">株洲日报全媒体记者 张三</a></p>',
    '<td class="title"><a href="content_1.htm">某某标题</a></td>',
])
def test_a_byline_or_title_set_as_a_link_is_no_link_line(line):
    assert not hidden_blocks.is_link_line(line)


def test_a_headline_naming_the_paper_still_marks_the_titles_level():
    text = _text("## 株洲日报社举办开放日活动", "", "株洲日报全媒体记者 方晴", "", "12月5日，株洲日报社举办开放日活动。", "",
                 "### 参观印刷车间", "", "读者参观了印刷车间。")
    assert titles(parse_text(text, "x.md")) == ["株洲日报社举办开放日活动"]


def test_hostile_mhtml_nesting_says_so_in_one_line():
    from zzreader.core.errors import ParseError

    head = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b0\"\r\n\r\n"
    body = "".join(f"--b{i}\r\nContent-Type: multipart/related; boundary=\"b{i + 1}\"\r\n\r\n" for i in range(3000))
    with pytest.raises(ParseError) as err:
        parse_bytes((head + body).encode("ascii"), "deep.mht")
    assert "MHTML" in str(err.value) and "\n" not in str(err.value)


# --- n. Big5 as Hong Kong and Windows extend it ------------------------------------------------------------------


@pytest.mark.parametrize(("codec", "extra"), [("big5hkscs", "真係好開心㗎！"), ("cp950", "價格：€20")])
def test_big5_extensions_read_as_big5(codec, extra):
    text = ("株洲日報　2026年1月13日　星期二\r\n\r\n香港遊客組團打卡醴陵瓷谷\r\n株洲日報全媒體記者　鍾雅文\r\n\r\n"
            f"1月12日，香港遊客走進醴陵陶瓷谷，參觀釉下五彩瓷製作。{extra}\r\n")
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("big5")
    issue = parse_bytes(data, "x.txt")
    assert titles(issue) == ["香港遊客組團打卡醴陵瓷谷"]
    assert extra in issue.articles[0].paragraphs[0]


# --- o. more e-paper chrome -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["<<上一版 下一版>>", "«上一篇　下一篇»", "字体：【大】【中】【小】　A+ A- A", "A+ A- A", "文字：大 中 小",
                                  "点击查看大图", "查看原图", "分享至：", "分享：微信 | 微博 | QQ | 复制链接", "阅读：1.2万",
                                  "浏览 3021 次", "日期检索"])
def test_more_scrape_chrome(line):
    from zzreader.core.renditions.furniture import is_chrome

    assert is_chrome(line)


@pytest.mark.parametrize("line", ["《上一版》读后感", "阅读让城市更美好", "点击率最高的十条新闻", "分享经济在株洲"])
def test_text_that_names_chrome_words_is_kept(line):
    from zzreader.core.renditions.furniture import is_chrome

    assert not is_chrome(line)


def test_author_field_ends_at_a_read_counter():
    text = _text("株洲日报　2026年1月14日　星期三　A03版：城事", "天元区寒假托管班报名启动", "来源：株洲日报　作者：通讯员 施雯　阅读：8632",
                 "1月13日，天元区教育局发布通知，今年寒假继续开设托管班。")
    article = parse_text(text, "x.txt").articles[0]
    assert (article.reporters, article.correspondents) == ([], ["施雯"])


def test_a_folder_import_takes_mht_pages(tmp_path):
    import quopri

    from zzreader.core.importer import collect_files

    part = ("Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: http://epaper.example.cn/zzrb/html/2025-12/19/content_9.htm")
    (tmp_path / "page.mht").write_bytes(_mhtml(quopri.encodestring(PAGE.encode("utf-8")), part))
    (tmp_path / "page.MHTML").write_bytes(b"")
    assert sorted(p.name for p in collect_files([tmp_path])) == ["page.MHTML", "page.mht"]


def test_stray_mark_bytes_in_a_utf8_file_are_not_a_second_file():
    """'\\xff\\xfe' at a line's start of a UTF-8 file: bad bytes, not a UTF-16 file joined after it
    (decoded as UTF-16, every later line turned into rare characters)."""
    from zzreader.core import joined_files

    utf8 = "株洲日报\n第一行正文。\n".encode()
    assert joined_files.split(utf8 + b"\xff\xfe" + "第二行正文。\n第三行。\n".encode()) is None
    joined = utf8 + codecs.BOM_UTF16_LE + "第二份文件。\n".encode("utf-16-le")
    assert joined_files.split(joined) == [utf8, codecs.BOM_UTF16_LE + "第二份文件。\n".encode("utf-16-le")]
