"""A whole page dumped with one paragraph a line and no blank line anywhere (the seeds' layout, blank lines dropped).

With blank lines gone, what parted the stories is gone too: a Markdown heading mark over only some headlines,
a line asking the reader to scan a code, a code's label under its picture and a headline printed twice all
looked like headlines of the next story. The pages here are original text written for these tests.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text


def titles(text: str, name: str = "page.txt") -> list[tuple[str, str]]:
    return [(a.title, a.subtitle) for a in parse_text(text, name).articles]


MARKDOWN_DUMP = """株洲日报
2026年3月12日 星期四
## 神农湖畔樱花进入盛花期
赏花高峰持续到下周  
株洲日报讯(全媒体记者/罗晓岚) 3月11日,神农湖畔的上千株樱花竞相开放,粉白相间的花海吸引大批市民带着家人前来观赏拍照。
公园管理处提醒,赏花高峰期间周边停车位紧张,请市民尽量选择公交出行,错峰游园,文明赏花,不攀折花枝,不随地丢弃垃圾。
白关丝瓜种植面积扩大
今年计划新增两千亩
株洲日报讯(全媒体记者/钟以宁 通讯员/贺小川) 3月10日,白关镇召开春耕生产会,部署今年的丝瓜种植、技术培训和产品销售工作。
据了解,白关丝瓜去年种植面积达到一万两千亩,实现产值一点二亿元,带动全镇三千多户农户增收,成为当地的一张名片。
## 市图书馆推出夜间阅读服务
株洲日报讯(全媒体记者/吴青禾) 即日起,市图书馆每周五、周六开放至晚上九点,自习区、少儿阅览区和报刊区同步开放,方便上班族和学生晚间阅读。
"""


def test_a_markdown_dump_without_blank_lines_reads_each_line_as_a_paragraph():
    """'## 标题' over some headlines only, no blank line anywhere: the line under a hard break is no wrap of the lead."""
    issue = parse_text(MARKDOWN_DUMP, "株洲日报20260312.md")
    found = [(a.title, a.subtitle, a.reporters) for a in issue.articles]
    assert found == [
        ("神农湖畔樱花进入盛花期", "赏花高峰持续到下周", ["罗晓岚"]),
        ("白关丝瓜种植面积扩大", "今年计划新增两千亩", ["钟以宁"]),
        ("市图书馆推出夜间阅读服务", "", ["吴青禾"]),
    ]
    assert issue.articles[1].correspondents == ["贺小川"]
    assert issue.articles[0].text.startswith("3月11日,神农湖畔")
    assert len(issue.articles[1].blocks) == 2  # its two paragraphs, not one glued to the next headline


def test_markdown_with_blank_lines_still_joins_a_wrapped_paragraph():
    """An exporter's Markdown parts paragraphs by blank lines; a line wrapped inside one is still one paragraph."""
    text = (
        "## 石峰区启动老旧小区改造\n\n"
        "株洲日报讯(全媒体记者/罗晓岚) 3月11日,石峰区今年首批老旧小区改造项目集中开工。\n\n"
        "本批共十二个小区,涉及居民两千余户,改造内容包括管网更新、\n"
        "外墙修缮和加装电梯等。\n"
    )
    article = parse_text(text, "page.md").articles[0]
    assert article.text.splitlines()[1] == "本批共十二个小区,涉及居民两千余户,改造内容包括管网更新、外墙修缮和加装电梯等。"



def test_markdown_wrapped_at_a_column_without_blank_lines_is_still_unwrapped():
    """No line runs past a column's width: the lines are a paragraph's cuts, joined as before, not paragraphs each."""
    text = (
        "## 石峰区启动老旧小区改造\n"
        "株洲日报讯(全媒体记者/罗晓岚) 3月11日,石峰区今年首批\n"
        "老旧小区改造项目集中开工,涉及居民两千余户,改造\n"
        "内容包括管网更新、外墙修缮和加装电梯等。\n"
        "## 荷塘区新增三处口袋公园\n"
        "株洲日报讯(全媒体记者/吴青禾) 近日,荷塘区利用边角\n"
        "地建成三处口袋公园,已向市民开放。\n"
    )
    articles = parse_text(text, "page.md").articles
    assert [a.title for a in articles] == ["石峰区启动老旧小区改造", "荷塘区新增三处口袋公园"]
    assert articles[0].text == "3月11日,石峰区今年首批老旧小区改造项目集中开工,涉及居民两千余户,改造内容包括管网更新、外墙修缮和加装电梯等。"


SCAN_PROMPT = """株洲日报 2026年3月12日
春季马拉松开始报名
株洲日报讯(全媒体记者/彭语嫣) 3月11日记者获悉,2026株洲春季马拉松将于4月12日鸣枪开跑。
本次赛事设全程、半程和迷你跑三个项目,共计八千个名额。
报名请扫二维码
渌口区举办农民丰收节
株洲日报讯(全媒体记者/钟以宁) 3月10日,渌口区在南洲镇举办农民丰收节,展销农产品三百余种。
"""


def test_a_line_asking_to_scan_a_code_ends_the_story_above():
    """'报名请扫二维码' between two stories: the last words of the one above, not the next one's title."""
    issue = parse_text(SCAN_PROMPT, "zzrb-20260312.txt")
    assert titles(SCAN_PROMPT, "zzrb-20260312.txt") == [("春季马拉松开始报名", ""), ("渌口区举办农民丰收节", "")]
    assert issue.articles[0].text.endswith("报名请扫二维码")


CODE_LABEL = """株洲日报 2026年3月12日
医保电子凭证可在线激活
株洲日报讯(全媒体记者/吴青禾) 3月11日,市医保局介绍,市民可通过官方公众号在线激活医保电子凭证。
激活后,就医购药时出示即可结算。
株洲医保
微信公众号二维码
荷塘区新增三处口袋公园
株洲日报讯(全媒体记者/罗晓岚) 近日,荷塘区利用边角地建成三处口袋公园,已向市民开放。
"""


def test_a_code_label_under_its_picture_is_a_caption_of_the_story_above():
    """'株洲医保' / '微信公众号二维码': the code's name and label, a caption; the next line is the headline."""
    issue = parse_text(CODE_LABEL, "zzrb-20260312.txt")
    assert titles(CODE_LABEL, "zzrb-20260312.txt") == [("医保电子凭证可在线激活", ""), ("荷塘区新增三处口袋公园", "")]
    captions = [b.text for b in issue.articles[0].blocks if b.kind == "caption"]
    assert "微信公众号二维码" in "".join(captions)


REPEATED_HEADLINE = """株洲日报 2026年3月12日
市民广场音乐喷泉恢复开放
每晚两场
市民广场音乐喷泉恢复开放 每晚两场
株洲日报讯(全媒体记者/彭语嫣) 3月11日起,市民广场音乐喷泉恢复开放,每晚七点半和八点半各演出一场。
"""


def test_a_headline_printed_again_whole_right_under_its_two_lines_is_kept_once():
    """Title, subtitle, then both again on one line, no blank line between: one headline, not a subtitle of three."""
    issue = parse_text(REPEATED_HEADLINE, "zzrb-20260312.txt")
    assert [(a.title, a.subtitle) for a in issue.articles] == [("市民广场音乐喷泉恢复开放", "每晚两场")]
    assert any("printed twice" in w for w in issue.warnings)


def test_the_seeds_dumped_without_blank_lines_keep_every_article():
    """The five seed issues with every blank line dropped (a single-newline dump of the same pages), scored against
    their gold: every article found and signed as before. Before, 9 of 57 were lost (6 in the Markdown-marked seed)."""
    from tests.bench.bench_rendition_variants import load_seeds, no_blank_lines
    from tests.core.test_parse_gold import score_seed
    from zzreader.core.parse import parse_bytes

    missed, bylines = [], []
    for seed in load_seeds():
        gold = seed.gold
        score = score_seed(gold, parse_bytes(no_blank_lines(seed.text).encode("utf-8"), gold.source))
        missed += [(gold.source, a.title) for a in score.missed]
        bylines += [(gold.source, g.title) for g, _ in score.byline_errors]
    assert missed == [] and bylines == []


def test_a_repeated_headline_cut_at_a_narrow_column_is_kept_once():
    """The repeat itself cut over two lines by a PDF column ('…恢复开放 每晚' / '两场'): still the same headline again."""
    text = (
        "株洲日报 2026年3月12日\n"
        "市民广场音乐喷泉恢复开放\n"
        "每晚两场\n"
        "市民广场音乐喷泉恢复开放 每晚\n"
        "两场\n"
        "株洲日报讯(全媒体记者/彭语嫣) 3月11日起,市民广场音乐喷泉恢复开放,每晚七点半和八点半各演出一场。\n"
    )
    issue = parse_text(text, "zzrb-20260312.txt")
    assert [(a.title, a.subtitle) for a in issue.articles] == [("市民广场音乐喷泉恢复开放", "每晚两场")]
    assert "市民广场音乐喷泉恢复开放 每晚\n两场" in [u.text for u in issue.unassigned]  # the repeat stays in the issue's lines


def test_only_a_line_asking_to_scan_a_code_is_a_prompt():
    """'请…扫' must name the code: '邀请市民扫黑除恶' is news, and so is a headline about paying by code."""
    from zzreader.core.qr_prompts import is_prompt

    assert all(is_prompt(t) for t in ("报名请扫二维码", "请用微信扫一扫", "详情请扫码", "扫码观看直播", "请扫描下方二维码报名"))
    assert not any(is_prompt(t) for t in ("邀请市民扫黑除恶", "我市召开扫黑除恶推进会", "扫码乘公交 方便又快捷"))
