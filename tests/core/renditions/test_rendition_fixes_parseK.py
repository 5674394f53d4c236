"""Focused checks for the repairs found with the eleventh round of test issues (round K).

A leading article's `评论员文章` label, an interview under a `——访…` deck in
an e-paper scrape, a CMS export's metadata tables, a letter-spaced paper name
on an old masthead, the file's last line end before PDF detection, Markdown
pipe tables of fields, a vendor's platform name on a page line, match
results set as rows, a poem in a dump of one paragraph a line, and Big5
lines with UTF-8 lines appended. Each
test feeds a few lines of original text and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core import mixed_encoding
from zzreader.core.bylines import parse_credit
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import ocr_spacing, pdf_text

S = "\u3000"


def test_leading_article_label_is_no_byline_and_makes_a_commentary():
    assert parse_credit("评论员文章") is None
    lines = [
        "株洲日报　2025年12月3日　星期三　A02　要闻",
        "湘江风光带新添健身步道", "株洲日报全媒体记者 黄 蕾",
        "12月2日，湘江风光带新建的8公里健身步道开放。",
        "评论员文章", "把民生实事办到群众心坎上", "本报评论员",
        "天气一天天冷下来，群众冷不冷、暖不暖，是检验民生工作的一把尺子。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["湘江风光带新添健身步道", "把民生实事办到群众心坎上"]
    assert issue.articles[0].reporters == ["黄蕾"] and issue.articles[0].type == "news"
    assert issue.articles[1].reporters == ["本报评论员"] and issue.articles[1].type == "commentary"
    assert_nothing_lost(issue)


def test_interview_deck_makes_a_feature_even_with_a_meta_byline():
    lines = [
        "株洲新闻网 > 数字报 > 株洲日报 > 2025-12-04 > A03版 城事",
        "“让老旧小区住得更舒心”", "——访市住建局局长邹某某",
        "发布时间：2025-12-04　来源：株洲日报　作者：株洲日报全媒体记者 赵 敏",
        "今年，我市共改造老旧小区86个。记者日前采访了市住建局局长邹某某。",
        "记者：今年有哪些新变化？", "邹某某：最大的变化是“先问需后改造”。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["“让老旧小区住得更舒心”"]
    assert issue.articles[0].reporters == ["赵敏"] and issue.articles[0].type == "feature"


_CMS = """<html><body>
<table class="meta">
<tr><th>稿件标题</th><td>石峰区老旧小区改造惠及3200户</td></tr>
<tr><th>作者</th><td>记者 周 婷　通讯员 欧阳亮</td></tr>
<tr><th>版面</th><td>A04 区县</td></tr>
<tr><th>刊发日期</th><td>2025-12-05</td></tr>
</table>
<p>　　12月4日，石峰区今年完成老旧小区改造14个。</p>
<table class="meta">
<tr><th>标题</th><td>渌口区冬修水利开工</td></tr>
<tr><th>作者</th><td>李想</td></tr>
</table>
<p>　　12月3日，渌口区冬修水利工程集中开工。</p>
</body></html>"""


def test_cms_metadata_tables_give_headline_and_byline():
    issue = parse_text(_CMS, "zzrb_20251205_A04.html")
    assert titles(issue) == ["石峰区老旧小区改造惠及3200户", "渌口区冬修水利开工"]
    first, second = issue.articles
    assert (first.reporters, first.correspondents) == (["周婷"], ["欧阳亮"])
    assert second.reporters == ["李想"]  # a bare name in the author field is the reporter
    assert first.paragraphs == ["12月4日，石峰区今年完成老旧小区改造14个。"]
    assert all(a.type == "news" for a in issue.articles)
    assert any("刊发日期" in u.text for u in issue.unassigned)  # the other fields stay visible


def test_a_data_table_is_no_cms_metadata():
    text = "<html><body><h2>上半年主要指标</h2><table><tr><td>指标</td><td>增速</td></tr><tr><td>GDP</td><td>6.1%</td></tr></table></body></html>"
    issue = parse_text(text, "x.html")
    assert titles(issue) == ["上半年主要指标"] and issue.articles[0].type == "table"


_OLD_PAGE = [
    "株 洲 日 报", "一九八五年三月二日　星期六　第1版", "",
    "市委召开全市农村工作会议",
    S * 2 + "本报讯　三月一日，中共株洲市委召开全市农村工作会议，部署今年春",
    "耕生产和农村经济体制改革工作。会议要求各县区抓紧春耕备耕，确保粮",
    "食生产稳定增长。",
    S * 2 + "会议还表彰了一九八四年度农业生产先进单位和先进个人。",
    "株洲冶炼厂超额完成二月份生产计划",
    S * 2 + "本报通讯员　李建国",
    S * 2 + "株洲冶炼厂全体职工鼓足干劲，二月份锌产量比计划超产百分之八，创",
    "历年同期最高水平。",
    S * 2 + "该厂党委号召全厂职工再接再厉，为完成全年生产任务而努力奋斗。",
    "醴陵瓷厂新产品远销东南亚",
    S * 2 + "本报记者　刘少华",
    S * 2 + "醴陵群力瓷厂今年试制成功的釉下彩餐具，已有三批共四万件销往新",
    "加坡和马来西亚，受到外商好评。", "",
]


def test_spaced_paper_name_is_the_masthead_and_old_scan_reads_as_pdf_text():
    assert ocr_spacing.unspace_name(["株 洲 日 报", "正文"]) == ["株洲日报", "正文"]
    same = ["株洲日报", "正文"]
    assert ocr_spacing.unspace_name(same) is same
    issue = parse_text("\n".join(_OLD_PAGE), "zzrb_1985-03-02.txt")
    assert issue.date == "1985-03-02" and issue.rendition == "pdf_text"
    assert titles(issue) == ["市委召开全市农村工作会议", "株洲冶炼厂超额完成二月份生产计划", "醴陵瓷厂新产品远销东南亚"]
    assert issue.articles[1].correspondents == ["李建国"] and issue.articles[2].reporters == ["刘少华"]
    assert issue.articles[0].paragraphs[0].endswith("确保粮食生产稳定增长。")
    assert_nothing_lost(issue)


def test_the_files_last_line_end_is_no_blank_line_for_pdf_detection():
    lines = _OLD_PAGE[1:-1]
    assert pdf_text.looks_like(lines) == pdf_text.looks_like([*lines, ""])


_PIPE_CMS = [
    "# 株洲日报 2025年12月12日 A03 城事", "",
    "| 字段 | 内容 |", "| --- | --- |",
    "| 标题 | 神农公园冬季花展开幕 |", "| 作者 | 株洲日报全媒体记者 易　霞 |", "| 版面 | A03 城事 |", "",
    "12月11日，神农公园冬季花展开幕，展出名贵花卉3万余盆。", "",
]


def test_markdown_pipe_table_of_fields_is_read_like_the_html_one():
    issue = parse_text("\n".join(_PIPE_CMS), "x.md")
    assert issue.rendition == "markup"  # '| --- |' under a '#' heading: only Markdown writes it
    assert titles(issue) == ["神农公园冬季花展开幕"] and issue.articles[0].reporters == ["易霞"]
    assert_nothing_lost(issue)


def test_vendor_platform_name_on_the_page_line_and_result_rows_as_a_table():
    lines = [
        "株洲日报数字报刊平台　2025年12月10日　第A07版：体育",
        "放大　缩小　默认　|　打印　|　返回目录",
        "天元队主场力克荷塘队", "■ 株洲日报全媒体记者 何　帆",
        "12月7日，城市足球联赛第十轮比赛在市体育中心进行。", "本轮比赛结果如下：",
        "天元队　2∶1　荷塘队", "芦淞队　0∶0　石峰队", "醴陵队　3∶2　攸县队",
        "联赛第十一轮将于12月14日进行。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-12-10"
    assert titles(issue) == ["天元队主场力克荷塘队"] and issue.articles[0].section == "体育"
    tables = [b for b in issue.articles[0].blocks if b.kind == "table"]
    assert tables and tables[0].rows[0] == ["天元队", "2∶1", "荷塘队"]
    assert issue.articles[0].paragraphs[-1] == "联赛第十一轮将于12月14日进行。"


_LITERARY = [
    "株洲日报　2025年12月11日　星期四　B04　湘江副刊",
    "冬日湘江", "□ 文　清",
    "江水瘦了", "瘦成一条银色的腰带", "系在株洲的腰上", "白鹭不走", "它们在浅滩上", "数着冬天的脚步",
    "外婆的腌菜坛", "文/谭小雨",
    "每到冬天，外婆总要把菜园里的芥菜收回来，码进那只黑釉的腌菜坛里。",
    "如今外婆不在了，坛子还在。",
]


def test_poem_in_a_dump_of_one_paragraph_a_line_keeps_its_lines_and_the_next_title():
    issue = parse_text("\n".join(_LITERARY), "x.txt")
    assert titles(issue) == ["冬日湘江", "外婆的腌菜坛"]
    poem, essay = issue.articles
    assert poem.paragraphs[:2] == ["江水瘦了", "瘦成一条银色的腰带"] and len(poem.paragraphs) == 6
    assert poem.reporters == ["文清"] and poem.type == "other"
    assert essay.reporters == ["谭小雨"] and essay.type == "other"
    assert_nothing_lost(issue)


def test_a_photo_credit_over_a_two_line_headline_makes_no_poem():
    lines = [
        "株洲日报　2025年3月19日　星期三　A02　要闻",
        "全市首个零碳社区建成", "　　本报讯（记者 罗某）3月18日，某某社区通过验收。", "　　图为社区屋顶的光伏板。",
        "　　株洲日报全媒体记者/谭某 摄",
        "株洲出台措施支持外贸企业", "开拓新兴市场",
        "　　本报讯（记者 邓海峰）3月18日，市商务局出台十条措施。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue)[1] in ("株洲出台措施支持外贸企业开拓新兴市场", "株洲出台措施支持外贸企业")


def test_big5_lines_with_utf8_lines_appended():
    big5_part = "株洲日報　2025年12月11日　星期四　A04　區縣\r\n炎陵縣黃桃產業園擴建完成\r\n株洲日報全媒體記者 羅　傑\r\n12月10日，炎陵縣黃桃產業園擴建工程完成，新增冷庫容量5000噸。\r\n"
    utf8_part = "茶陵县新建乡村公路85公里\r\n株洲日报全媒体记者 谭　静\r\n12月10日，茶陵县今年新建乡村公路85公里。\r\n"
    data = big5_part.encode("big5") + utf8_part.encode("utf-8")
    _, utf8, legacy, codec = mixed_encoding.decode_mixed(data)
    assert codec == "big5" and (utf8, legacy) == (3, 4)
    issue = parse_bytes(data, "x.txt")
    assert titles(issue) == ["炎陵縣黃桃產業園擴建完成", "茶陵县新建乡村公路85公里"]
    assert issue.articles[0].reporters == ["羅傑"] and issue.date == "2025-12-11"


def test_contents_lines_with_dot_leaders_are_furniture():
    lines = [
        "株洲日报　2025年12月17日　星期三　A01　要闻", "本期导读",
        "全市经济工作会议召开…………………A02", "湘江风光带亮化提质完工………………A03",
        "全市经济工作会议召开", "株洲日报全媒体记者 汤　勇",
        "12月16日，全市经济工作会议召开，部署明年重点任务。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["全市经济工作会议召开"] and issue.articles[0].reporters == ["汤勇"]
    assert any("…A03" in u.text for u in issue.unassigned)


def test_an_opening_ad_is_an_ad():
    lines = [
        "株洲日报　2025年12月19日　星期五　B04　公告", "",
        "开业大吉", "　　株洲某某火锅店12月20日盛大开业，开业三天全场八折。电话：0731-2233××××",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["开业大吉"] and issue.articles[0].type == "ad"


def test_app_share_page_with_its_name_before_the_paper_and_a_from_field():
    lines = [
        "掌上株洲 · 株洲日报 2025年12月15日 第A02版：评论",
        "别让“僵尸车”占了公共车位",
        "来自：株洲日报 | 阅读 1.2万 | 2025-12-15 07:30",
        "株洲日报评论员",
        "近日，市城管部门集中清理了一批长期占用公共车位的“僵尸车”。",
        "分享到：微信　朋友圈　微博",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-12-15"
    assert titles(issue) == ["别让“僵尸车”占了公共车位"]
    a = issue.articles[0]
    assert a.type == "commentary" and a.reporters == ["株洲日报评论员"]
    assert a.paragraphs == ["近日，市城管部门集中清理了一批长期占用公共车位的“僵尸车”。"]


def test_traditional_page_line_without_di_and_a_breadcrumb_make_an_epaper():
    lines = [
        "株洲日報電子版　2025年12月20日　A06版　人物", "首頁 > 電子報 > A06版",
        "「把每一趟車都開好」", "——訪全國勞動模範、公交司機譚某某", "株洲日報全媒體記者 鄧　雯",
        "從業28年，安全行駛200萬公里，譚某某日前被評為全國勞動模範。",
        "問：28年安全行駛，有什麼秘訣？", "答：沒有秘訣，就是把每一趟車當成第一趟來開。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-12-20"
    assert titles(issue) == ["「把每一趟車都開好」"]
    assert issue.articles[0].reporters == ["鄧雯"] and issue.articles[0].type == "feature"


def test_letters_label_over_an_editors_note_and_a_follow_up_label():
    assert parse_credit("记者调查") is None
    lines = [
        "株洲日报　2025年12月22日　星期一　A05　民生", "读者来信",
        "编者按：近日，本报收到读者来信，反映小区电梯频繁故障。记者随即进行了调查。",
        "老旧小区电梯“带病”运行何时休", "编辑同志：", "我家住在石峰区某某小区，电梯今年已经坏了十几次。", "读者 龙女士",
        "记者调查", "电梯更新改造已列入计划", "株洲日报全媒体记者 宁　静",
        "12月21日，记者来到该小区，物业负责人介绍，小区电梯更新改造已列入明年计划。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["老旧小区电梯“带病”运行何时休", "电梯更新改造已列入计划"]
    letter, report = issue.articles
    assert letter.type == "other" and letter.section == "读者来信" and letter.reporters == []
    assert letter.paragraphs[0].startswith("编者按")
    assert report.reporters == ["宁静"] and report.type == "news"
    assert_nothing_lost(issue)


def test_a_traffic_box_is_a_notice():
    lines = [
        "株洲日报　2025年12月20日　星期六　A08　综合",
        "交通提示", "12月21日起，人民路部分路段封闭施工，请市民绕行。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["交通提示"] and issue.articles[0].type == "notice"


def test_note_app_tags_and_callouts_are_chrome():
    lines = [
        "# 株洲日报 2025年12月22日 A02 要闻", "#株洲日报 #A02 #要闻", "",
        "## 全市新增国家级绿色工厂6家", "", "> [!note] 来源", "> 株洲日报 A02 版", "",
        "株洲日报全媒体记者 廖　洁", "", "12月21日，我市6家企业入选国家级绿色工厂。", "", "---", "",
        "## 醴陵陶瓷获评湖南省地理标志产品", "", "株洲日报全媒体记者 文　静", "", "12月20日，醴陵陶瓷入选名录。",
    ]
    issue = parse_text("\n".join(lines), "x.md")
    assert titles(issue) == ["全市新增国家级绿色工厂6家", "醴陵陶瓷获评湖南省地理标志产品"]
    assert issue.articles[0].reporters == ["廖洁"] and issue.articles[0].type == "news"
    assert any("[!note]" in u.text for u in issue.unassigned)


def test_tender_notice_keeps_its_title_over_numbered_section_heads():
    lines = [
        "株洲日报　2025年12月24日　星期三　B02　公告", "",
        "招标公告", "　　一、项目概况", "　　株洲市某某片区道路改造工程，估算投资1200万元。",
        "　　二、投标人资格要求", "　　具备市政公用工程施工总承包三级及以上资质。",
        "　　招标人：株洲市某某建设有限公司", "　　2025年12月24日",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["招标公告"] and issue.articles[0].type == "notice"
    assert issue.articles[0].paragraphs[0] == "一、项目概况"


def test_blank_line_under_the_masthead_leaves_a_dump_of_one_paragraph_a_line():
    lines = [
        "株洲日报", "一九九五年七月一日　星期六", "",
        "社论", "在新的起点上加快发展",
        "　　今天是中国共产党成立七十四周年纪念日。全市广大党员干部要以党的生日为新的起点。",
        "　　发展是硬道理。我们要集中精力把经济建设搞上去。",
        "全市隆重纪念建党七十四周年",
        "　　本报讯　六月三十日，全市纪念中国共产党成立七十四周年大会在市工人文化宫举行。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "single_newline" and issue.date == "1995-07-01"
    assert titles(issue) == ["在新的起点上加快发展", "全市隆重纪念建党七十四周年"]
    assert [a.type for a in issue.articles] == ["commentary", "news"]


def test_photo_credits_do_not_set_the_wrap_width_of_a_photo_page():
    lines = [
        "株洲日报　2025年12月23日　星期二　A08　摄影",
        "冬至包饺子", "　　图为12月22日，荷塘区某某社区志愿者和居民一起包", "饺子，迎接冬至。",
        "　　株洲日报全媒体记者　王　锋　摄",
        "雪后神农谷", "　　图为12月20日，炎陵县神农谷景区银装素裹，吸引不少", "游客前来赏雪。",
        "　　株洲日报通讯员　罗　平　摄",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["冬至包饺子", "雪后神农谷"]
    assert all(a.type == "caption" for a in issue.articles)
    assert issue.articles[1].paragraphs == ["图为12月20日，炎陵县神农谷景区银装素裹，吸引不少游客前来赏雪。"]
    assert issue.articles[1].photographers == ["罗平"]


def test_sponsor_strip_of_a_special_page_is_furniture():
    lines = [
        "株洲日报 2025年12月24日 第A05版：专版", "本版由株洲市生态环境局协办",
        "标题：我市空气质量优良天数比例创新高", "作者：株洲日报全媒体记者 苏　杭", "正文：",
        "今年1至11月，全市空气质量优良天数比例达到91.2%。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["我市空气质量优良天数比例创新高"] and issue.articles[0].reporters == ["苏杭"]
    assert any("协办" in u.text for u in issue.unassigned)


def test_notice_titles_framed_in_geta_marks():
    lines = [
        "株洲日报　2025年12月30日　星期二　B03　公告", "",
        "〓遗失声明〓", "　　株洲市石峰区某某五金店遗失营业执照副本一份，声明作废。", "",
        "〓减资公告〓", "　　株洲某某贸易有限公司经股东会决议，注册资本由1000万元减至500万元。",
        "　　株洲某某贸易有限公司", "　　2025年12月30日",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["遗失声明", "减资公告"] and all(a.type == "notice" for a in issue.articles)


def test_ruled_page_banners_in_a_file_of_several_pages():
    lines = [
        "株洲日报　2025年12月29日　星期一",
        "━━━━ 第A01版　要闻 ━━━━",
        "全市重点民生实事全面完成", "株洲日报全媒体记者 游　璐", "12月28日，今年全市12件重点民生实事全面完成。",
        "━━━━ 第A02版　经济 ━━━━",
        "株洲外贸进出口总额突破800亿元", "株洲日报全媒体记者 邝　晨", "据株洲海关统计，今年1至11月全市外贸进出口总额达到812亿元。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["全市重点民生实事全面完成", "株洲外贸进出口总额突破800亿元"]
    assert [a.section for a in issue.articles] == ["要闻", "经济"]
    assert issue.articles[0].paragraphs == ["12月28日，今年全市12件重点民生实事全面完成。"]


def test_definition_list_of_fields_reads_like_a_table_of_fields():
    text = ("<html><body><h1>株洲日报 2025年12月30日 A05 民生</h1>\n"
            "<dl class=\"meta\">\n<dt>标题</dt><dd>全市新增普惠托育机构15家</dd>\n"
            "<dt>作者</dt><dd>株洲日报全媒体记者 温　馨</dd>\n</dl>\n"
            "<p>12月29日，今年全市新增普惠托育机构15家。</p>\n</body></html>")
    issue = parse_text(text, "x.html")
    assert titles(issue) == ["全市新增普惠托育机构15家"] and issue.articles[0].reporters == ["温馨"]


def test_paging_links_before_the_page_line_and_a_word_count():
    lines = [
        "<<上一版　　下一版>>　　第A04版：天气", "株洲日报　2025年12月27日",
        "寒潮来袭 我市将迎大风降温", "株洲日报全媒体记者 覃　雪　实习生 范　琳", "本文共 312 字",
        "12月26日，记者从市气象台获悉，28日至30日我市将出现大风降温天气。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-12-27"
    a = issue.articles[0]
    assert titles(issue) == ["寒潮来袭 我市将迎大风降温"] and (a.reporters, a.correspondents) == (["覃雪"], ["范琳"])
    assert a.paragraphs == ["12月26日，记者从市气象台获悉，28日至30日我市将出现大风降温天气。"]
