"""Focused checks for the repairs found with the eighth round of test issues (round H).

Big5 files, PDF text laid out in two columns side by side, OCR text with a
space between every two characters, scrapes that join paragraphs with two
spaces, names run into the next role word, a boxed columnist's undated
piece, full-width digits in dates and page labels, and an article continued
in another file of the same issue. Each test feeds a few lines of original
text and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.decode import decode
from zzreader.core.parse import parse_bytes, parse_text

# --- 1. Big5 -----------------------------------------------------------------------------------------------

_TRADITIONAL = "\n".join([
    "株洲日報",
    "2026年3月4日　星期三",
    "醴陵釉下五彩瓷亮相香港展會",
    "株洲日報訊（全媒體記者 張曉東 通訊員 蔣麗）3月3日，醴陵釉下五彩瓷精品在香港會議展覽中心展出，吸引眾多市民參觀。",
])


def test_a_big5_file_is_read_as_traditional_chinese():
    issue = parse_bytes(_TRADITIONAL.replace("\n", "\r\n").encode("big5"), "x.txt")
    assert issue.encoding == "big5"
    assert titles(issue) == ["醴陵釉下五彩瓷亮相香港展會"]
    assert (issue.articles[0].reporters, issue.articles[0].correspondents) == (["張曉東"], ["蔣麗"])
    assert issue.date == "2026-03-04"


def test_gbk_text_keeps_winning_over_big5():
    simplified = "株洲日报\n2026年3月4日　星期三\n攸县新建乡村公路120公里\n株洲日报讯（全媒体记者 刘洋）3月3日，攸县今年计划新建乡村公路120公里。\n"
    assert decode(simplified.encode("gbk")).encoding == "gb18030"
    assert decode(_TRADITIONAL.encode("gbk")).encoding == "gb18030"  # traditional characters saved as GBK stay GBK
    assert decode(_TRADITIONAL.encode("gbk")).text.startswith("株洲日報")


# --- 2. two columns side by side ------------------------------------------------------------------------------

def _side_by_side(left: list[str], right: list[str], margin: str = "", col: int = 30) -> str:
    rows = []
    for l, r in zip(left, right):
        rows.append((margin + l + " " * (col - len(l)) + r).rstrip() if r else margin + l)
    return "\n".join(rows)


_LEFT = ["石峰区新建社区食堂8家", "株洲日报全媒体记者 陈　婷", "    3月3日，石峰区响石岭街道社区食堂", "开业，老年人就餐可享受8折优惠。",
         "    今年石峰区计划新建社区食堂8家，", "覆盖辖区所有街道。"]
_RIGHT = ["云龙示范区举办春季招聘会", "株洲日报全媒体记者 蒋　涛 通讯员 何丽", "    3月3日，云龙示范区春季招聘会在", "职教城举行，120家企业提供岗位3600",
          "个。", ""]


def test_two_columns_side_by_side_are_read_column_by_column():
    text = "株洲日报　2026年3月4日　星期三　A03　城事\n\n" + _side_by_side(_LEFT, _RIGHT, margin="    ")
    issue = parse_text(text, "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["石峰区新建社区食堂8家", "云龙示范区举办春季招聘会"]
    first, second = issue.articles
    assert first.reporters == ["陈婷"] and (second.reporters, second.correspondents) == (["蒋涛"], ["何丽"])
    assert first.paragraphs[0].startswith("3月3日，石峰区响石岭街道社区食堂开业")
    assert "职教城举行" in second.paragraphs[0]
    assert_nothing_lost(issue)


def test_a_table_with_wide_gaps_is_not_read_as_two_columns():
    rows = ["株洲日报", "2026年3月4日　星期三", "上周蔬菜价格", "本报讯（记者 成立）上周全市蔬菜价格总体平稳。", "",
            "品种      上周均价（元/斤）      本周均价（元/斤）", "白菜      1.20                  1.10",
            "萝卜      0.90                  0.95", "土豆      2.10                  2.00", "西红柿    3.50                  3.20"]
    issue = parse_text("\n".join(rows), "x.txt")
    assert not any("两栏并排" in w for w in issue.warnings)
    assert_nothing_lost(issue)


# --- 3. OCR text spaced character by character ----------------------------------------------------------------

def test_ocr_text_with_a_space_between_characters_is_read_without_them():
    text = "\n".join([
        "株 洲 日 报",
        "2026 年 3 月 5 日 星 期 四",
        "A05 区 县 责 任 编 辑 ： 谢 芳",
        "",
        "茶 陵 县 新 增 省 级 美 丽 乡 村 6 个",
        "株 洲 日 报 全 媒 体 记 者 段 红 霞 通 讯 员 谭 军",
        "3 月 4 日 ， 记 者 从 茶 陵 县 获 悉 ， 该 县 1 2 个 村 入 选 省 级 美 丽 乡 村 示 范 村 。",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-03-05"
    assert titles(issue) == ["茶陵县新增省级美丽乡村6个"]
    a = issue.articles[0]
    assert (a.reporters, a.correspondents) == (["段红霞"], ["谭军"])
    assert a.paragraphs[0].startswith("3月4日，记者从茶陵县获悉，该县12个村")
    assert issue.lines[0] == "株 洲 日 报"  # the issue keeps its text as it came
    assert_nothing_lost(issue)


def test_a_padded_name_here_and_there_is_no_ocr_spacing():
    text = "株洲日报\n2026年3月5日　星期四\n炎陵县开展森林防火演练\n株洲日报全媒体记者 邝　勇 朱　琳\n3月4日，炎陵县在策源乡开展森林防火应急演练。\n"
    issue = parse_text(text, "x.txt")
    assert not any("字与字之间有空格" in w for w in issue.warnings)
    assert issue.articles[0].reporters == ["邝勇", "朱琳"]


# --- 4. paragraphs two spaces apart ---------------------------------------------------------------------------

def test_a_scrape_joining_paragraphs_with_two_spaces_is_split_into_paragraphs():
    text = "\n".join([
        "株洲日报数字报",
        "2026年3月6日 星期五 | 第A02版：要闻",
        "上一版　下一版　PDF下载",
        "神农公园樱花进入盛花期",
        "株洲日报全媒体记者 龙　燕  　　3月5日，神农公园500余株樱花进入盛花期。  公园延长开放时间至晚上10点。",
        "【打印】【关闭】",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["神农公园樱花进入盛花期"]
    a = issue.articles[0]
    assert a.reporters == ["龙燕"]
    assert [p[:6] for p in a.paragraphs] == ["3月5日，神", "公园延长开放"]
    assert_nothing_lost(issue)


def test_two_spaces_between_names_or_in_a_table_row_are_no_paragraph_break():
    text = "株洲日报\n2026年3月6日　星期五\n渌口区春耕备耕有序推进\n株洲日报全媒体记者 王立  通讯员 刘佳\n3月5日，渌口区已储备化肥2.1万吨。\n\n品种\t储备量（吨）  同比增长\n化肥\t21000  5%\n"
    issue = parse_text(text, "x.txt")
    a = issue.articles[0]
    assert (a.reporters, a.correspondents) == (["王立"], ["刘佳"])
    assert not any("两个空格相隔" in w for w in issue.warnings)


# --- 5. names run into the next role ---------------------------------------------------------------------------

def test_a_name_run_into_the_next_role_word_is_split_there():
    assert parse_credit("株洲日报记者谭雅文通讯员李红").correspondents == ["李红"]
    assert parse_credit("记者欧阳晓华通讯员刘军").reporters == ["欧阳晓华"]
    assert parse_credit("记者谭雅文说今天有雨") is None


# --- 6. a boxed columnist --------------------------------------------------------------------------------------

def test_an_undated_piece_signed_with_a_boxed_name_is_commentary():
    text = "株洲日报\n2026年3月7日　星期六\n让老街留住烟火气\n□ 高　远\n老街是城市的记忆。改造老街，既要修旧如旧，也要留住街坊邻里的生活气息。\n"
    a = parse_text(text, "x.txt").articles[0]
    assert (a.type, a.reporters) == ("commentary", ["高远"])


def test_a_dated_report_under_a_boxed_name_stays_news():
    text = "株洲日报\n2026年3月7日　星期六\n荷塘区新增停车位800个\n□ 高　远\n3月6日，荷塘区新建的3处公共停车场投入使用，新增停车位800个。\n"
    assert parse_text(text, "x.txt").articles[0].type == "news"


# --- 7. full-width digits and a continuation in another file ----------------------------------------------------

def test_full_width_digits_date_the_issue_and_name_the_page():
    text = "株洲日报\n２０２６年３月９日　星期一\n第Ａ０４版：区县\n醴陵新增陶瓷企业１２家\n株洲日报全媒体记者 汤　凯\n３月８日，记者从醴陵市获悉，今年新增陶瓷企业１２家。\n"
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-03-09"
    assert titles(issue) == ["醴陵新增陶瓷企业１２家"]
    assert issue.articles[0].reporters == ["汤凯"]


def test_a_continued_page_read_alone_keeps_the_continued_text():
    text = "\n".join([
        "株洲日报　2026年3月10日　星期二　A05　要闻",
        "（上接A01版）",
        "　　市发改委负责人表示，今年将新开工重点项",
        "目120个，年度计划投资500亿元。",
        "天元区新建口袋公园5个",
        "株洲日报全媒体记者 成　卉",
        "　　3月9日，天元区泰山路口袋公园完工开放。",
    ])
    issue = parse_text(text, "株洲日报20260310_A05.txt")
    first, second = issue.articles
    assert first.title == "" and first.continued_from == "A01版"
    assert first.paragraphs[0].startswith("市发改委负责人表示，今年将新开工重点项目120个")
    assert second.title == "天元区新建口袋公园5个"
    assert_nothing_lost(issue)


# --- 8. batch two: a traditional byline in Markdown bold, a running head over columns ---------------------------

def test_a_traditional_byline_in_markdown_bold_is_a_byline():
    text = "# 株洲日報 2026年3月11日\n\n## 神農城音樂噴泉恢復開放\n\n**株洲日報全媒體記者 賀　玲 通訊員 蘇　明**\n\n3月10日，神農城音樂噴泉檢修完成，恢復每晚兩場表演。\n"
    issue = parse_bytes(text.encode("big5"), "x.md")
    a = issue.articles[0]
    assert (a.title, a.reporters, a.correspondents) == ("神農城音樂噴泉恢復開放", ["賀玲"], ["蘇明"])


def test_a_running_head_over_two_columns_stays_whole_and_a_story_flows_into_the_right_column():
    left = ["神农城商圈夜经济升温", "株洲日报全媒体记者 谢　琼", "    3月10日，记者走访神农城商圈看到，", "夜间客流明显增加，餐饮门店营业至凌晨"]
    right = ["的超过六成。", "    商圈管理方表示，将增设夜间停车位", "500个，方便市民夜间消费。", ""]
    head = "株洲日报" + " " * 30 + "2026年3月11日　星期三" + " " * 10 + "A02 要闻"
    issue = parse_text(head + "\n\n" + _side_by_side(left, right, margin="  "), "x.txt")
    assert issue.date == "2026-03-11"
    assert titles(issue) == ["神农城商圈夜经济升温"]
    a = issue.articles[0]
    assert a.reporters == ["谢琼"]
    assert "营业至凌晨的超过六成。" in a.paragraphs[0]
    assert a.paragraphs[1].startswith("商圈管理方表示")
    assert_nothing_lost(issue)
