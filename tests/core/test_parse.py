"""Parser behaviour beyond the gold files: encodings, dates, repairs, nothing lost."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zzreader.core.parse import ParseError, parse_bytes, parse_file, parse_text

from ..conftest import SEEDS
from .parse_checks import assert_nothing_lost

# A small issue in the paper's style, written for these tests (not a seed).
SAMPLE = """\
## 市区新增三座口袋公园

株洲日报讯(全媒体记者/王晓明 通讯员/李华) 3月11日,记者从市城管局获悉,今年我市将新增三座口袋公园,

方便市民就近休闲。

公园选址已经确定,预计年内完工。

公园选址已经确定,预计年内完工。

体育·健康

责任编辑:张 三

马拉松报名 今日开启

株洲日报记者 赵六
通讯员/钱七

3月10日,2019年株洲马拉松组委会宣布,报名通道正式开启。

| 组别 | 名额 |
| --- | --- |
| 全程 | 5000 |
| 半程 | 8000 |



选手在去年的比赛中冲过终点。记者 孙八 摄
"""


def _parse(text: str, name: str = "sample.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def test_sample_articles_titles_and_bylines():
    issue = _parse(SAMPLE)
    titles = [a.title for a in issue.articles]
    assert titles == ["市区新增三座口袋公园", "马拉松报名 今日开启"]
    park, race = issue.articles
    assert park.reporters == ["王晓明"] and park.correspondents == ["李华"]
    assert park.dateline == "3月11日"
    assert race.section == "体育·健康" and race.editor == "张三"
    assert race.reporters == ["赵六"] and race.correspondents == ["钱七"] and race.photographers == ["孙八"]


def test_sample_repairs_broken_sentence_and_duplicate():
    park = _parse(SAMPLE).articles[0]
    assert park.paragraphs[0].endswith("口袋公园,方便市民就近休闲。")
    assert park.paragraphs.count("公园选址已经确定,预计年内完工。") == 1
    assert park.paragraphs[0].startswith("3月11日,记者从市城管局获悉")


def test_sample_table_and_caption_blocks():
    race = _parse(SAMPLE).articles[1]
    kinds = [b.kind for b in race.blocks]
    assert "table" in kinds and kinds[-1] == "caption"
    table = next(b for b in race.blocks if b.kind == "table")
    assert table.rows == [["组别", "名额"], ["全程", "5000"], ["半程", "8000"]]
    assert race.blocks[-1].text == "选手在去年的比赛中冲过终点。"


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("gb18030", b""), ("gbk", b"")],
)
def test_encodings_give_the_same_issue(encoding, bom):
    reference = _parse(SAMPLE)
    issue = parse_bytes(bom + SAMPLE.encode(encoding), "sample.txt")
    assert [a.to_json() for a in issue.articles] == [a.to_json() for a in reference.articles]
    assert issue.encoding.replace("-sig", "") in {encoding, "utf-16", "gb18030", "utf-8"}


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr(newline):
    issue = _parse(SAMPLE.replace("\n", newline))
    assert [a.title for a in issue.articles] == ["市区新增三座口袋公园", "马拉松报名 今日开启"]
    assert "\r" not in issue.text


def test_invalid_utf8_bytes_give_a_warning_with_the_line():
    data = SAMPLE.encode("utf-8").replace("休闲".encode(), b"\xff\xfe\xfd")
    issue = parse_bytes(data, "broken.txt")
    assert any("invalid" in w and "line(s) 5" in w for w in issue.warnings)
    assert issue.articles[0].title == "市区新增三座口袋公园"


@pytest.mark.parametrize(
    "data,needle",
    [(b"", "empty"), (b"   \n\n  \t\n", "empty"), (b"\x00\x01\x02\x03PK\x03\x04" * 50, "binary"),
     ("The quick brown fox jumps over the lazy dog. Caf\xe9 au lait.\n".encode("latin-1") * 20, "Chinese")],
)
def test_refused_input_has_a_clear_message(data, needle):
    with pytest.raises(ParseError, match=needle):
        parse_bytes(data, "bad.txt")


def test_a_huge_single_line_parses_with_a_warning():
    data = ("株洲日报讯 长文本测试。" * 300_000).encode()  # about 3.6 million characters, no newline
    issue = parse_bytes(data, "huge.txt")
    assert any("characters long" in w for w in issue.warnings)
    assert issue.articles and issue.articles[0].line_start == 1


@pytest.mark.parametrize(
    "name,expected",
    [("zzrb-2019-03-12.txt", "2019-03-12"), ("2019-03-12.md", "2019-03-12"), ("20190312.txt", "2019-03-12"),
     ("zzrb_2019_3_2.txt", "2019-03-02")],
)
def test_date_from_filename(name, expected):
    issue = _parse(SAMPLE, name=name)
    assert (issue.date, issue.date_source) == (expected, "filename")


def test_date_from_content_is_day_after_latest_dateline():
    issue = _parse(SAMPLE)
    assert (issue.date, issue.date_source) == ("2019-03-12", "content")


def test_masthead_date_number_and_pages():
    masthead = "株洲日报\n2019年3月12日 星期二\n第20001期 今日12版\n\n"
    issue = _parse(masthead + SAMPLE)
    assert (issue.date, issue.date_source, issue.number, issue.pages) == ("2019-03-12", "masthead", 20001, 12)
    assert issue.unassigned and "第20001期" in issue.unassigned[0].text


def test_no_date_at_all_is_none_with_a_warning():
    issue = _parse("## 标题一则\n\n正文没有任何日期信息，只有文字。\n")
    assert issue.date is None and issue.date_source == "none"
    assert any("date" in w for w in issue.warnings)


def test_seed_004_masthead():
    issue = parse_file(next(p for p in SEEDS if p.name.startswith("004")))
    assert (issue.date, issue.date_source, issue.number, issue.pages) == ("2024-12-05", "masthead", 23847, 8)


def test_seed_continuation_marker_and_split_headline():
    seed2 = parse_file(next(p for p in SEEDS if p.name.startswith("002")))
    dup = [a for a in seed2.articles if a.title.startswith("全省和谐社区")]
    assert len(dup) == 1 and dup[0].subtitle == "我市有7个社区(村)上榜"
    seed3 = parse_file(next(p for p in SEEDS if p.name.startswith("003")))
    assert any(a.continued_from == "A1版②" for a in seed3.articles)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: Path(p).name[:3])
def test_seeds_lose_no_line(path):
    assert_nothing_lost(parse_file(path))


def test_seed_parse_is_deterministic_and_json_has_the_public_keys():
    issue = parse_file(SEEDS[0])
    data = issue.to_json()
    assert set(data) >= {"source", "sha256", "encoding", "date", "date_source", "number", "pages", "warnings", "articles"}
    keys = {"title", "subtitle", "section", "editor", "type", "reporters", "correspondents", "photographers",
            "dateline", "paragraphs", "continued_from", "line_start", "line_end"}
    assert all(keys <= set(a) for a in data["articles"])
    assert parse_file(SEEDS[0]).to_json() == data


# Text drawn from the characters the paper actually uses, plus structure marks.
_alphabet = st.sampled_from(
    list("株洲日报讯记者通讯员全媒体摄供图责任编辑上接版市区新闻公告的了在是,。!?、“”()《》:;—·●#|-\t 0123456789ABCxyz")
    + ["\n", "\n\n", "\n\n\n", "## ", "株洲日报讯(全媒体记者/王明 通讯员/李华) ", "记者 张三 摄", "上接1版", "——记"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, max_size=200).map("".join))
def test_any_text_parses_or_raises_parse_error_and_loses_nothing(text):
    try:
        issue = parse_bytes(text.encode("utf-8"), "fuzz.txt")
    except ParseError:
        return
    assert_nothing_lost(issue)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_parse_error(data):
    try:
        parse_bytes(data, "fuzz.bin")
    except ParseError:
        pass


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: Path(p).name[:3])
def test_seed_reencoded_as_gb18030_crlf_parses_the_same(path):
    original = parse_file(path)
    text = Path(path).read_text(encoding="utf-8").replace("\n", "\r\n")
    issue = parse_bytes(text.encode("gb18030"), "zzrb-2001-02-03.txt")
    assert issue.encoding == "gb18030"
    assert [a.to_json() for a in issue.articles] == [a.to_json() for a in original.articles]
    assert (issue.date, issue.date_source) == (("2001-02-03", "filename") if original.date_source != "masthead" else (original.date, "masthead"))


def test_unseen_layout_with_fullwidth_bylines_and_markdown_heads():
    text = (
        "株洲日报\n2019年3月12日 星期二 农历二月初六\n第 20000 期  今日 16 版\n\n"
        "# 神农城迎来赏花高峰\n\n本报讯（记者 李明 通讯员 王芳）3月11日，天气晴好，神农城内樱花盛开。\n\n"
        "# 我市启动春季植树活动\n\n本报讯（记者 赵强）3月10日，我市春季义务植树活动在石峰区启动。\n\n"
        "## 评论\n\n# 让绿色成为城市底色\n\n植树不是一时之举，而是久久为功的事业。\n\n"
        "遗失声明\n\n株洲某某有限公司遗失公章一枚，声明作废。\n"
    )
    issue = _parse(text)
    assert [(a.title, a.type) for a in issue.articles] == [
        ("神农城迎来赏花高峰", "news"), ("我市启动春季植树活动", "news"),
        ("让绿色成为城市底色", "commentary"), ("遗失声明", "notice"),
    ]
    assert issue.articles[0].reporters == ["李明"] and issue.articles[0].correspondents == ["王芳"]
    assert (issue.date, issue.number, issue.pages) == ("2019-03-12", 20000, 16)


def test_unseen_wire_lead_markdown_levels_and_bracketed_continuation():
    text = (
        "## 【聚焦两会】代表委员热议高质量发展\n\n"
        "新华社北京3月14日电（记者 张三 王五）十四届全国人大一次会议14日上午举行闭幕会。\n\n"
        "## 株洲：春耕备耕正当时\n\n本报记者 李四\n\n3月14日，记者走进渌口区南洲镇，田间一派繁忙。\n\n"
        "### 农资供应充足\n\n各地还加强了农资供应，确保春耕生产需要。\n\n"
        "（上接第1版）\n\n春耕期间，气象部门加密了预报。\n\n"
        "## 图片新闻\n\n\n\n春日的神农公园游人如织。 本报记者 赵六 摄\n"
    )
    issue = _parse(text, name="2023-03-15.md")
    got = [(a.title, a.type, a.reporters, a.photographers, a.continued_from, a.dateline) for a in issue.articles]
    assert got == [
        ("【聚焦两会】代表委员热议高质量发展", "news", ["张三", "王五"], [], None, "3月14日"),
        ("株洲：春耕备耕正当时", "news", ["李四"], [], None, "3月14日"),
        ("", "news", [], [], "1版", ""),
        ("图片新闻", "caption", [], ["赵六"], None, ""),
    ]
    assert [b.kind for b in issue.articles[1].blocks] == ["p", "heading", "p"]
    assert issue.articles[0].paragraphs[0].startswith("十四届全国人大")
    assert (issue.date, issue.date_source) == ("2023-03-15", "filename")


def test_a_running_head_that_carries_the_issue_number_is_a_page_head() -> None:
    """'株洲日报 2025年12月6日 星期六 A03 城事 第12346期' on every page: the number after the
    section hid the head, which then became the next story's headline (original text)."""
    head = "株洲日报 2025年12月6日 星期六 {page} 第12346期\n\n"
    text = (head.format(page="A01 要闻") + "我市启动老旧小区改造三年行动\n\n株洲日报讯（记者 罗明）12月5日，记者从市住建局"
            "获悉，我市将用三年时间完成全市老旧小区改造。\n\n改造内容包括屋面防水和管网更新。（下转A03版）\n\n"
            + head.format(page="A03 城事") + "我市启动老旧小区改造三年行动\n\n（上接A01版）各区将按“一小区一方案”"
            "推进，改造前征求居民意见。\n\n市住建局负责人表示，首批改造的小区已全部开工。\n")  # fmt: skip
    issue = parse_text(text, "zzrb_20251206.txt")
    assert (issue.date, issue.number) == ("2025-12-06", 12346)
    assert [(a.title, a.section, a.continued_from) for a in issue.articles] == [
        ("我市启动老旧小区改造三年行动", "要闻", None),
        ("我市启动老旧小区改造三年行动", "城事", "A01版"),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "株洲日报 2025-12-08 A02 城事",  # an ISO date and the page, no weekday
        "2025.12.08 A02 城事",
        "2025年12月8日 星期一 A02 城事 责编：李四",  # '责编' for 责任编辑
        "2025年12月8日 星期一 A02 城事 版式 王五",
        "A02版 城事 2025-12-08",  # the date last, in figures
        "株洲日报 A02 城事 2025.12.08",
        "A02 城事 | 株洲日报 | 2025.12.08",
        "【A02】城事 2025年12月8日",  # the page in brackets
    ],
)
def test_running_heads_in_other_hands_give_the_section(head: str) -> None:
    """Heads with a numeric date and no weekday, or an abbreviated staff role, were not read as
    heads: the section was lost and the head stayed in the text's way (original text)."""
    text = (head + "\n\n建宁驿站开出“暖心早餐”\n\n株洲日报讯（记者 谭晓）清晨6点半，芦淞区建宁驿站的灯就亮了。"
            "12月7日起，这里为环卫工人免费提供热粥和包子，每天约80份。\n\n驿站负责人说，早餐由周边三家餐馆轮流供应。\n")
    issue = parse_text(text, "dump.txt")
    assert issue.date == "2025-12-08"
    assert [(a.title, a.section) for a in issue.articles] == [("建宁驿站开出“暖心早餐”", "城事")]
    assert [u.text for u in issue.unassigned] == [head]


def test_a_markdown_export_with_a_front_matter_over_each_article() -> None:
    """A day's articles in one Markdown file, each under its own YAML block: the later blocks were
    text (a 'section:' line over the closing rule became a headline) and the first article lost its
    title. Each block is now its article's headline, byline and section (original text)."""
    text = (
        "---\ntitle: 神农城夜市本周末开市\nauthor: 记者 黄婷\ndate: 2025-12-08\nsection: 城事\n---\n\n"
        "神农城夜市将于本周六晚开市，首批入驻摊位120个，以本地小吃和文创产品为主。\n\n"
        "夜市开放时间为每晚6点至11点，持续到明年春节。\n\n"
        "---\ntitle: 湘江风光带新增健身驿站\nauthor: 记者 刘洋 通讯员 何静\ndate: 2025-12-08\nsection: 城事\n---\n\n"
        "天元区湘江风光带新建的三处健身驿站已投入使用，驿站内配有饮水机和急救箱。\n"
    )
    issue = parse_text(text, "zzrb-2025-12-08.md")
    assert issue.date == "2025-12-08"
    assert [(a.title, a.reporters, a.correspondents, a.section) for a in issue.articles] == [
        ("神农城夜市本周末开市", ["黄婷"], [], "城事"),
        ("湘江风光带新增健身驿站", ["刘洋"], ["何静"], "城事"),
    ]
    assert issue.articles[0].text.startswith("神农城夜市将于本周六晚开市")


def test_a_digest_numbering_its_headlines_keeps_the_numbers_out_of_the_titles() -> None:
    """'1. 我市…', '2. 醴陵…', '3. 渌口…': the export's list numbers, not the titles' (original text);
    a title of its own that opens on a figure keeps it."""
    text = (
        "1. 我市启动冬季送温暖活动\n株洲日报讯（记者 王丽）12月10日，市民政局启动冬季送温暖活动，将走访慰问困难群众3000余户。\n"
        "2. 醴陵瓷器亮相广交会\n株洲日报讯（记者 何平 通讯员 易峰）日前，醴陵20余家陶瓷企业携新品亮相广交会，现场签约金额逾亿元。\n"
        "3. 渌口区新建两所幼儿园\n株洲日报讯（记者 邓飞）渌口区新建的两所公办幼儿园将于明年春季开园，可提供学位540个。\n"
    )
    issue = parse_text(text, "digest.txt")
    assert [a.title for a in issue.articles] == ["我市启动冬季送温暖活动", "醴陵瓷器亮相广交会", "渌口区新建两所幼儿园"]
    one = "3. 天元区举办冬季长跑\n\n株洲日报讯（记者 邓飞）12月6日，天元区冬季长跑比赛在神农公园鸣枪开跑，2000余名市民参赛。\n"
    assert parse_text(one, "one.txt").articles[0].title == "3. 天元区举办冬季长跑"


def test_a_file_name_dated_with_spaces() -> None:
    """'zzrb 2025 12 08.txt': a date in figures set apart by spaces names the day, as '-', '_' or '.' do."""
    body = "市区新增一批充电桩\n\n株洲日报讯（记者 张三）记者从市发改委获悉，今年全市新建公共充电桩1200个。\n"
    assert parse_text(body, "zzrb 2025 12 08.txt").date == "2025-12-08"
    assert parse_text(body, "report 2025 13 40.txt").date is None
