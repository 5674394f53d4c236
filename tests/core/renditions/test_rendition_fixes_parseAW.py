"""Focused checks for round AW: containers and exports no earlier round imitated.

Each test feeds a few lines of original text in a form a held-out issue of the round
showed (tests/core/renditions/data/*_440..444 and the three named only by their date:
2026年12月.mbox, ChatExport_2026-12-30 messages.html, 株洲新闻_20261231_1930.srt)
and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _gbk_rtf(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def _u_rtf(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


# --- 1. Rich text (.rtf) from WordPad and Word ------------------------------------------------------------

def test_wordpad_rich_text_in_the_code_page_is_read_story_by_story():
    """WordPad's '\\'d6\\'ea' bytes under '\\ansicpg936', bold 16pt titles: each story with its byline."""
    rows = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _gbk_rtf("宋体") + ";}}",
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
        "\\pard\\qc\\f0\\fs28 " + _gbk_rtf(f"株洲日报{S}2026年3月2日{S}星期一{S}A03{S}城事") + "\\par",
        "\\pard\\fs22\\par",
        "\\b\\fs32 " + _gbk_rtf("石峰区新建两处口袋公园") + "\\b0\\fs22\\par",
        _gbk_rtf(f"株洲日报全媒体记者{S}龙雅君") + "\\par",
        _gbk_rtf("记者3月1日从石峰区城管局获悉，响石岭街道两处口袋公园建成开放。") + "\\par",
        "\\par",
        "\\b\\fs32 " + _gbk_rtf("荷塘区开展春季义诊") + "\\b0\\fs22\\par",
        _gbk_rtf(f"通讯员{S}邓佳慧") + "\\par",
        _gbk_rtf("3月1日，荷塘区卫健局组织医生走进社区，为居民免费测血压。") + "\\par",
        "}",
    ]
    issue = parse_bytes("\r\n".join(rows).encode("ascii"), "a.rtf")
    assert titles(issue) == ["石峰区新建两处口袋公园", "荷塘区开展春季义诊"]
    assert issue.articles[0].reporters == ["龙雅君"]
    assert issue.articles[0].paragraphs[0].startswith("记者3月1日")
    assert issue.articles[1].correspondents == ["邓佳慧"]
    assert issue.date == "2026-03-02"
    assert issue.articles[0].line_start == 5  # the story keeps its line in the file


def test_word_rich_text_with_unicode_escapes_and_a_heading_style_is_read():
    """Word's '\\u26666?' escapes, its font, style and summary tables, and titles in 'heading 1'."""
    rows = [
        "{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0{\\fonttbl{\\f13\\fnil\\fcharset134 " + _u_rtf("宋体") + "{\\*\\falt SimSun};}}",
        "{\\stylesheet{\\s1\\outlinelevel0 \\b\\fs44 heading 1;}}",
        "{\\info{\\title " + _u_rtf("剪报") + "}{\\creatim\\yr2026\\mo3\\dy3}}",
        "\\pard\\plain\\qc {\\f13 " + _u_rtf(f"2026年3月3日{S}星期二{S}第A02版：要闻") + "}{\\par }",
        "\\pard\\plain\\s1\\outlinelevel0 \\b\\fs44 {\\f13 " + _u_rtf("株洲西站改造工程开工") + "}{\\par }",
        "\\pard\\plain\\qc {\\i\\f13 " + _u_rtf(f"株洲日报全媒体记者{S}谭一凡") + "}{\\par }",
        "\\pard\\plain\\fi420 {\\f13 " + _u_rtf("3月2日，株洲西站站房改造工程开工，计划明年建成。") + "}{\\par }",
        "{\\*\\themedata 504b0304140006000800}}",
    ]
    issue = parse_bytes("\r\n".join(rows).encode("ascii"), "b.rtf")
    assert titles(issue) == ["株洲西站改造工程开工"]
    assert issue.articles[0].reporters == ["谭一凡"]
    assert issue.articles[0].paragraphs[0].startswith("3月2日，株洲西站")
    assert issue.date == "2026-03-03"
    assert_nothing_lost(issue)


# --- 2. Subtitles of the video news (SubRip, WebVTT) -------------------------------------------------------

def _srt(cues: list[str]) -> str:
    rows = []
    for n, text in enumerate(cues, 1):
        rows += [str(n), f"00:00:{2 * n:02d},000 --> 00:00:{2 * n + 2:02d},000", text, ""]
    return "\n".join(rows)


def test_subrip_cues_are_read_one_a_line_without_numbers_timings_or_the_hosts_greeting():
    cues = [f"株洲日报视频新闻{S}2026年3月5日{S}星期四", "观众朋友们好，欢迎收看今天的株洲日报视频新闻。",
            "神农公园樱花进入盛花期", f"株洲日报全媒体记者{S}龙佳琪", "3月4日，神农公园的800余株樱花进入盛花期，",
            "吸引大批市民前来赏花。", "湘江风光带新增亲水平台", f"株洲日报全媒体记者{S}贺敏{S}通讯员{S}李娜",
            "近日，湘江风光带天元段新建的3处亲水平台对外开放。", "以上就是今天的主要内容，感谢收看。"]
    issue = _read(_srt(cues), "a.srt")
    assert titles(issue) == ["神农公园樱花进入盛花期", "湘江风光带新增亲水平台"]
    assert issue.articles[0].reporters == ["龙佳琪"]
    assert issue.articles[1].correspondents == ["李娜"]
    assert issue.articles[0].paragraphs[0].startswith("3月4日，神农公园")
    assert issue.rendition == "single_newline"
    assert issue.date == "2026-03-05"
    assert_nothing_lost(issue)


def test_webvtt_notes_styles_cue_names_and_voice_tags_are_no_text():
    rows = ["WEBVTT", "Kind: captions", "Language: zh-CN", "", "NOTE", f"株洲日报视频新闻{S}2026年3月6日{S}星期五", "",
            "STYLE", "::cue(.title) { color: yellow; }", ""]
    cues = [("t1", "<c.title>株洲造电动客车出口泰国</c>"), ("b1", f"<c.byline>株洲日报全媒体记者{S}刘一鸣</c>"),
            ("", "<v 记者 刘一鸣>3月5日，首批40辆株洲造电动客车发运泰国。"),
            ("", "<v 企业负责人 王建>今年海外订单翻了一番。"),
            ("t2", "<c.title>石峰区开展消防演练</c>"), ("b2", f"<c.byline>通讯员{S}易红梅</c>"),
            ("", "3月5日下午，石峰区在一处小区开展高层建筑消防演练。")]
    for n, (name, text) in enumerate(cues):
        rows += ([name] if name else []) + [f"00:00:{2 * n:02d}.000 --> 00:00:{2 * n + 2:02d}.000 align:center line:85%", text, ""]
    issue = _read("\n".join(rows), "b.vtt")
    assert titles(issue) == ["株洲造电动客车出口泰国", "石峰区开展消防演练"]
    assert issue.articles[0].reporters == ["刘一鸣"]
    assert issue.articles[1].correspondents == ["易红梅"]
    assert issue.articles[0].paragraphs[0].startswith("3月5日，首批40辆")
    assert issue.date == "2026-03-06"
    assert_nothing_lost(issue)


# --- 3. A mail whose text is in base64 or quoted-printable --------------------------------------------------

def _mail(body: str, charset: str, encoding: str) -> bytes:
    import base64
    import quopri

    raw = body.encode(charset)
    coded = base64.encodebytes(raw) if encoding == "base64" else quopri.encodestring(raw)
    head = ("From liming@example.com Sat Mar  7 07:12:40 2026\n"
            "Date: Sat, 7 Mar 2026 07:12:40 +0800\n"
            "From: =?UTF-8?B?5p2O5piO?= <liming@example.com>\n"
            "To: <archive@example.com>\n"
            "Subject: =?UTF-8?B?5qCq5rSy5pel5oqlQTA05rCR55Sf?=\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="XYZ"\n\n'
            "--XYZ\n"
            f'Content-Type: text/plain; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {encoding}\n\n")
    return head.encode("ascii") + coded + b"\n--XYZ--\n"


_MAILED_PAGE = "\n".join([
    "各位：", "附上今天报纸民生版的两篇稿子，请归档。", "",
    "A04　民生", "",
    "市区新增3处换乘停车场", f"株洲日报全媒体记者{S}谭雨涵", "3月6日，记者从市交通运输局获悉，3处便民换乘停车场建成启用。", "",
    "炎陵县开展春季森林防火巡查", f"通讯员{S}唐建华", "3月6日，炎陵县组织护林员开展春季森林防火巡查。", "",
    "-- ", "李明",
])


def test_a_mail_in_base64_gb2312_is_decoded_and_its_note_is_no_article():
    issue = parse_bytes(_mail(_MAILED_PAGE, "gb2312", "base64"), "a.mbox")
    assert titles(issue) == ["市区新增3处换乘停车场", "炎陵县开展春季森林防火巡查"]
    assert issue.articles[0].reporters == ["谭雨涵"]
    assert issue.articles[1].correspondents == ["唐建华"]
    assert issue.date == "2026-03-07"


def test_a_mail_in_quoted_printable_utf8_is_decoded():
    issue = parse_bytes(_mail(_MAILED_PAGE, "utf-8", "quoted-printable"), "b.eml")
    assert titles(issue) == ["市区新增3处换乘停车场", "炎陵县开展春季森林防火巡查"]
    assert issue.articles[0].paragraphs[0].startswith("3月6日，记者从市交通运输局")


# --- 4. LaTeX (ctex) and man-page sources --------------------------------------------------------------------

def test_a_ctex_source_is_read_section_by_section_with_its_date():
    rows = [r"% !TEX program = xelatex", r"\documentclass[UTF8]{ctexart}", r"\usepackage{geometry}",
            r"\title{\heiti 株洲日报\quad 要闻}", r"\date{2026年3月9日\quad 星期一\quad A02版}", r"\begin{document}", r"\maketitle", "",
            r"\section*{株洲硬质合金产业集群产值增长9.6\%}", r"\begin{flushright}", r"株洲日报全媒体记者\quad 欧阳明轩", r"\end{flushright}", "",
            r"3月8日，记者从市工信局获悉，今年前两月集群产值同比增长9.6\%。", "",
            r"\noindent{\kaishu 株洲时评}", "",
            r"\section*{让应急预案跑在前面}", r"\begin{flushright}", r"□\ 易\quad 安", r"\end{flushright}", "",
            r"应急预案不能只写在纸上，物资要提前到位，人员要提前到岗。", "",
            r"\noindent\rule{\linewidth}{0.4pt}", r"\end{document}"]
    issue = _read("\n".join(rows), "a.tex")
    assert titles(issue) == ["株洲硬质合金产业集群产值增长9.6%", "让应急预案跑在前面"]
    assert issue.articles[0].reporters == ["欧阳明轩"]
    assert issue.articles[1].reporters == ["易安"]
    assert issue.articles[1].type == "commentary"
    assert issue.articles[1].paragraphs == ["应急预案不能只写在纸上，物资要提前到位，人员要提前到岗。"]
    assert issue.date == "2026-03-09"
    assert_nothing_lost(issue)


def test_a_man_page_is_read_with_the_day_of_its_title_line():
    rows = ['.\\" 株洲日报 A03 城事', '.TH 株洲日报 7 "2026-03-10" "株洲日报社" "A03 城事"',
            ".SH 株洲高新区新增两家上市企业", ".B 株洲日报全媒体记者 钟丽萍　通讯员 吴志刚", ".PP",
            "3月9日，记者从株洲高新区获悉，区内两家企业在创业板上市，募集资金\\fB13.6亿元\\fR。",
            ".SH 市区公园开展春季补植", ".B 株洲日报全媒体记者 龙俊杰", ".PP", "连日来，市园林部门在8个公园补植苗木6000余株。",
            ".SH 本版编辑", "责任编辑：胡晓梅"]
    issue = _read("\r\n".join(rows), "a.man", "gbk")
    assert titles(issue)[:2] == ["株洲高新区新增两家上市企业", "市区公园开展春季补植"]
    assert issue.articles[0].correspondents == ["吴志刚"]
    assert issue.articles[0].paragraphs[0].endswith("募集资金13.6亿元。")
    assert issue.date == "2026-03-10"
    assert_nothing_lost(issue)


# --- 5. A Telegram channel's HTML export ---------------------------------------------------------------------

def _telegram_post(n: int, stamp: str, body: str, first: bool) -> list[str]:
    rows = [f'     <div class="message default clearfix{"" if first else " joined"}" id="message{n}">']
    if first:
        rows += ['      <div class="pull_left userpic_wrap">', '        <div class="initials" style="line-height: 42px">', "株",
                 "        </div>", "      </div>"]
    rows += ['      <div class="body">', f'       <div class="pull_right date details" title="{stamp} UTC+08:00">', stamp[11:16],
             "       </div>"]
    if first:
        rows += ['       <div class="from_name">', "株洲日报 ", "       </div>"]
    rows += ['       <div class="text">', body, "       </div>", "      </div>", "     </div>"]
    return rows


def test_a_telegram_export_keeps_the_posts_without_times_names_days_or_hashtags():
    tag = '<a href="" onclick="return ShowHashtag(&quot;株洲新闻&quot;)">#株洲新闻</a>'
    rows = ["<!DOCTYPE html>", "<html>", " <head>", '  <meta charset="utf-8"/>', "<title>Exported Data</title>", " </head>",
            " <body>", '  <div class="page_wrap">', '   <div class="page_header">', '     <div class="text bold">', "株洲日报",
            "     </div>", "   </div>", '   <div class="history">', '     <div class="message service" id="message-1">',
            '      <div class="body details">', "9 March 2026", "      </div>", "     </div>"]
    rows += _telegram_post(11, "09.03.2026 07:30:12", "<strong>市区新开3家共享书房</strong><br><br>株洲日报全媒体记者 易思琪<br><br>"
                           f"3月8日，3家共享书房同时开放，市民凭身份证即可免费借阅。<br><br>{tag}", True)
    rows += _telegram_post(12, "09.03.2026 07:36:40", "<strong>株洲今年将改造燃气管网200公里</strong><br><br>株洲日报全媒体记者 石磊<br><br>"
                           f"记者3月8日从市住建局获悉，今年全市计划改造城镇燃气管网200公里。<br><br>{tag}", False)
    rows += ["   </div>", "  </div>", " </body>", "</html>"]
    issue = _read("\n".join(rows), "messages.html")
    assert titles(issue) == ["市区新开3家共享书房", "株洲今年将改造燃气管网200公里"]
    assert issue.articles[0].reporters == ["易思琪"]
    assert all("#株洲新闻" not in p for a in issue.articles for p in a.paragraphs)
    assert issue.date == "2026-03-09"
    assert_nothing_lost(issue)


# --- 6. A crawl's WARC records ------------------------------------------------------------------------------------

def test_a_warc_file_reads_its_pages_and_not_its_headers_or_the_crawl_description():
    page = ["<html><head><title>市区新开通3条夜间公交线路-株洲日报数字报</title></head><body>",
            "<div class=\"position\">您当前的位置：首页 &gt; 株洲日报 &gt; 2026年3月10日 &gt; 第A03版：城事</div>",
            "<div class=\"article-title\">市区新开通3条夜间公交线路</div>",
            "<div class=\"article-meta\">作者：株洲日报全媒体记者 舒雅文　通讯员 龙建国　发布时间：2026-03-10</div>",
            "<p>　　3月9日起，市公交集团新开通三条夜间公交线路，运营时间为每晚21时至次日1时。</p>",
            "</body></html>"]
    rows = ["WARC/1.0", "WARC-Type: warcinfo", "WARC-Date: 2026-03-12T03:15:22Z", "Content-Type: application/warc-fields",
            "Content-Length: 120", "", "software: Heritrix/3.4.0", "operator: 株洲市档案馆数字资源部", "description: 株洲日报数字报采集", "", "",
            "WARC/1.0", "WARC-Type: response", "WARC-Target-URI: http://epaper.zzrb.com.cn/html/2026-03/10/content_1.htm",
            "WARC-Date: 2026-03-12T03:15:30Z", "Content-Type: application/http; msgtype=response", "Content-Length: 900", "",
            "HTTP/1.1 200 OK", "Server: nginx", "Content-Type: text/html; charset=utf-8", "", *page, "", ""]
    issue = _read("\n".join(rows), "crawl.warc")
    assert titles(issue) == ["市区新开通3条夜间公交线路"]
    assert issue.articles[0].reporters == ["舒雅文"]
    assert issue.articles[0].correspondents == ["龙建国"]
    assert issue.date == "2026-03-10"
    assert_nothing_lost(issue)


# --- 7. Reposts on community sites (a Douban group, a Zhihu column) --------------------------------------------

def test_a_douban_topic_keeps_the_stories_and_drops_its_head_note_and_replies():
    rows = ["株洲同城", "株洲日报今天的几条本地新闻（3月11日）", "来自: 湘江边的老杨 2026-03-11 08:31:05 湖南", "",
            "今天的《株洲日报》有几条跟大家生活有关的，搬过来给组里的朋友看看。", "",
            "【市区18座人行天桥完成防滑改造】", f"株洲日报全媒体记者{S}罗琳", "3月10日，记者从市城管局获悉，市区18座人行天桥已铺设防滑条。", "",
            "【荷塘区医生进村义诊】", f"通讯员{S}胡慧敏", "3月10日，荷塘区卫健局组织20余名医生走进仙庾镇义诊。", "",
            "最赞回应", "", "小蜜蜂", "2026-03-11 09:02:11 湖南", "谢谢楼主，天桥确实好走多了。", "赞(3)  回应"]
    issue = _read("\r\n".join(rows), "douban.txt", "gbk")
    assert titles(issue) == ["市区18座人行天桥完成防滑改造", "荷塘区医生进村义诊"]
    assert issue.articles[1].correspondents == ["胡慧敏"]
    assert issue.articles[1].paragraphs == ["3月10日，荷塘区卫健局组织20余名医生走进仙庾镇义诊。"]
    assert issue.date == "2026-03-11"
    assert_nothing_lost(issue)


def test_a_zhihu_column_repost_keeps_the_stories_and_drops_its_head_and_foot():
    rows = ["# 株洲日报3月12日要闻摘编", "", "[株洲老街坊](https://www.zhihu.com/people/zhuzhou-laojiefang)", "",
            "湘江边长大的株洲人，关注家乡大小事", "", "12 人赞同了该文章", "",
            "> 以下内容转自《株洲日报》2026年3月12日A02版，仅作资料整理。", "",
            "## 中车株洲所新型调车机车下线", "", "株洲日报全媒体记者 曾思远 通讯员 孟凡", "",
            "3月11日，中车株洲电力机车研究所研制的新型调车机车下线。", "",
            "## 田心老厂房变身文化街区", "", "株洲日报全媒体记者 何俊", "", "3月11日，由田心老厂房改造而成的文化街区开街。", "",
            "---", "", "编辑于 2026-03-12 09:18・IP 属地湖南", "", "​赞同 12​​添加评论", "",
            "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"]
    issue = _read("\n".join(rows), "zhihu.md")
    assert titles(issue) == ["中车株洲所新型调车机车下线", "田心老厂房变身文化街区"]
    assert issue.articles[0].correspondents == ["孟凡"]
    assert issue.articles[1].paragraphs == ["3月11日，由田心老厂房改造而成的文化街区开街。"]
    assert issue.date == "2026-03-12"
    assert_nothing_lost(issue)


# --- 8. Org-mode: a logbook drawer and bylines as description items --------------------------------------------

def test_an_org_logbook_is_no_article_and_a_description_list_is_the_byline():
    rows = ["#+TITLE: 株洲日报 A05 区县", "#+DATE: [2026-03-13 Fri 08:40]", "#+OPTIONS: toc:nil", "",
            "* 攸县新装波形护栏120公里                    :区县:", "  :LOGBOOK:", "  - Note taken on [2026-03-13 Fri 08:52] \\\\",
            "    从电子版复制，图片未保存", "  :END:", "  - 记者 :: 株洲日报全媒体记者 贺雨桐", "  - 通讯员 :: 刘家豪", "",
            "  3月10日，攸县完成乡村公路安全生命防护工程。", "",
            "* 炎陵县冬笋上市", "  株洲日报全媒体记者 彭晓岚", "", "  3月11日，炎陵县冬笋陆续上市。", ""]
    issue = _read("\n".join(rows), "a.org")
    assert titles(issue) == ["攸县新装波形护栏120公里", "炎陵县冬笋上市"]
    assert issue.articles[0].reporters == ["贺雨桐"]
    assert issue.articles[0].correspondents == ["刘家豪"]
    assert issue.articles[0].type == "news"
    assert issue.date == "2026-03-13"
    assert_nothing_lost(issue)


# --- 9. A service brief after a short report in a dump of one paragraph a line --------------------------------

def test_an_unsigned_brief_opening_on_a_time_frame_and_giving_a_hotline_is_news_of_its_own():
    rows = [f"株洲日报{S}2026年3月14日{S}星期六", "社区“暖心食堂”再添一家", f"株洲日报全媒体记者{S}许嘉慧",
            "3月13日，芦淞区建宁街道第三家社区“暖心食堂”开业，辖区老人就餐可享受每餐3元补贴。",
            "据了解，全区已建成社区食堂11家。",
            "市自来水公司提醒做好水表防冻",
            "近期气温持续走低，市自来水公司提醒市民，对裸露在外的水表和水管用棉絮包裹，防止冻裂。",
            "如遇水管冻裂，可拨打24小时服务热线0731-28681000报修。"]
    issue = _read("\n".join(rows))
    assert titles(issue) == ["社区“暖心食堂”再添一家", "市自来水公司提醒做好水表防冻"]
    assert issue.articles[1].type == "news"
    assert issue.articles[1].paragraphs[0].startswith("近期气温持续走低")


# --- 10. A forwarded mail's header does not make the page an e-paper scrape ------------------------------------

def test_a_forwarded_page_under_a_mail_header_is_read_as_the_page_it_quotes():
    rows = ["From: \"李明\" <liming@example.com>", "To: <archive@example.com>", "Subject: 转发：今天的株洲日报",
            "Date: Tue, 10 Mar 2026 09:15:32 +0800", "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"gb2312\"", "",
            "各位：", "今天报纸上几篇稿子，你看看能不能入资料库。", "",
            "-------- 原始邮件 --------", "发件人: 株洲日报读者服务 <reader@example.com>", "发送时间: 2026年3月10日 7:30",
            "主题: 株洲日报 A05 民生", "",
            f"> 株洲日报　2026年3月10日　星期二　A05　民生", ">",
            "> 市区30个老旧菜市场完成提质改造", f"> 株洲日报全媒体记者{S}万芳{S}通讯员{S}钟敏", ">",
            "> 3月9日，记者从市商务局获悉，市区30个老旧菜市场提质改造全部完成。", ">",
            "> 家门口的健身圈建成", f"> 本报讯（记者{S}邹杰）3月9日，记者从市体育局了解到，全市新建健身圈156个。"]
    issue = _read("\r\n".join(rows), "a.eml", "gbk")
    assert titles(issue) == ["市区30个老旧菜市场完成提质改造", "家门口的健身圈建成"]
    assert issue.rendition == "plain"
    assert issue.articles[0].correspondents == ["钟敏"]
    assert issue.date == "2026-03-10"


# --- 11. Text from a Word document: bylines spaced with tabs ------------------------------------------------------

def test_a_byline_spaced_with_tabs_is_a_byline_not_a_table_row():
    rows = ["株洲日报\t2026年3月15日\t星期日", "", "全市新能源汽车保有量突破20万辆", "", "株洲日报全媒体记者\t龙文静", "",
            "3月14日，记者从市公安局交警支队获悉，全市新能源汽车保有量达到20.3万辆。", "",
            "株洲首批储备蔬菜投放市场", "", "株洲日报全媒体记者\t刘晓岚\t通讯员\t陈丽君", "",
            "3月14日，全市首批500吨储备蔬菜投放市场。", ""]
    issue = _read("\r\n".join(rows), "a.docx.txt")
    assert titles(issue) == ["全市新能源汽车保有量突破20万辆", "株洲首批储备蔬菜投放市场"]
    assert issue.articles[0].reporters == ["龙文静"]
    assert (issue.articles[1].reporters, issue.articles[1].correspondents) == (["刘晓岚"], ["陈丽君"])
    assert [a.type for a in issue.articles] == ["news", "news"]


# --- 12. A man page as the pager prints it ------------------------------------------------------------------------

def test_a_printed_man_page_with_overstrikes_is_read_with_its_day_and_page():
    def bold(text: str) -> str:
        return "".join(f"{ch}\b{ch}" for ch in text)

    def underline(text: str) -> str:
        return "".join(f"_\b{ch}" for ch in text)

    rows = ["株洲日报(7)" + " " * 20 + "A03 城事" + " " * 20 + "株洲日报(7)", "",
            bold("石峰区老工业区变身科创园"), "       " + underline("株洲日报全媒体记者 邓雅琴 通讯员 黄卫国"), "",
            "       3月15日，记者从石峰区获悉，由清水塘老工业区改造而成的清水塘科创园",
            "       首期开园，已有32家科技型企业签约入驻，涉及新材料、工业软件等领域。", "",
            bold("湘江株洲段开展春季禁渔巡查"), "       " + underline("通讯员 罗志坚"), "",
            "       3月15日起，市农业综合行政执法支队联合公安、海事部门，在湘江株洲段",
            "       开展为期一个月的春季禁渔巡查，重点打击电鱼、地笼捕鱼等违法行为。", "",
            "株洲日报社" + " " * 20 + "2026-03-16" + " " * 20 + "株洲日报(7)"]
    issue = _read("\n".join(rows), "a.txt")
    assert titles(issue) == ["石峰区老工业区变身科创园", "湘江株洲段开展春季禁渔巡查"]
    assert issue.articles[0].correspondents == ["黄卫国"]
    assert issue.articles[0].paragraphs == ["3月15日，记者从石峰区获悉，由清水塘老工业区改造而成的清水塘科创园"
                                            "首期开园，已有32家科技型企业签约入驻，涉及新材料、工业软件等领域。"]
    assert issue.articles[1].section == "城事"
    assert issue.date == "2026-03-16"
    assert_nothing_lost(issue)


def test_an_outlook_mail_whose_only_part_is_html_in_base64_keeps_the_stories_not_the_note():
    import base64

    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>\r\n"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">王老师：<o:p></o:p></p><p class=\"MsoNormal\">附件是今天报纸A06版的文字，"
            "麻烦归档。<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\r\n"
            "<p class=\"MsoNormal\"><b><span style=\"font-size:15.0pt\">渌口区建成3座乡村物流站</span></b></p>\r\n"
            f"<p class=\"MsoNormal\">株洲日报全媒体记者{S}孙晓燕</p>\r\n"
            "<p class=\"MsoNormal\">　　3月16日，记者从渌口区交通运输局获悉，3个镇的乡村物流综合服务站建成投用。</p>\r\n"
            "<p class=\"MsoNormal\"><b><span style=\"font-size:15.0pt\">市区两条道路完成“白改黑”</span></b></p>\r\n"
            f"<p class=\"MsoNormal\">株洲日报全媒体记者{S}周立平</p>\r\n"
            "<p class=\"MsoNormal\">　　3月16日，市区红旗路、建设北路“白改黑”工程完工。</p></div></body></html>")
    head = ("From: zhangxl@example.com\r\nTo: wang@example.com\r\nSubject: =?gb2312?B?" + base64.b64encode("株洲日报".encode("gb2312")).decode()
            + "?=\r\nDate: Tue, 17 Mar 2026 08:05:44 +0800\r\nMIME-Version: 1.0\r\nContent-Type: text/html;\r\n\tcharset=\"gbk\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n")
    data = head.encode("ascii") + base64.encodebytes(page.encode("gbk")).replace(b"\n", b"\r\n")
    issue = parse_bytes(data, "a.eml")
    assert titles(issue) == ["渌口区建成3座乡村物流站", "市区两条道路完成“白改黑”"]
    assert issue.articles[0].reporters == ["孙晓燕"]
    assert issue.date == "2026-03-17"


def test_a_table_flattened_one_cell_a_paragraph_stays_inside_its_notice():
    rows = [f"株洲日报{S}2026年3月18日{S}星期三{S}A08{S}公告", "", "拍卖公告", "",
            "受芦淞区人民法院委托，本公司定于2026年3月28日上午10时公开拍卖下列标的：", "",
            "标的", "", "参考价", "", "保证金", "", "芦淞区建设南路某小区住宅一套（建筑面积96平方米）", "", "52万元", "", "5万元", "",
            "有意竞买者请于3月27日下午5时前到本公司办理竞买手续。", "", "株洲湘通拍卖有限公司", "",
            "地址：天元区长江北路18号　电话：0731-28265507", "", "2026年3月18日", "",
            "遗失声明", "", "株洲市天元区顺发汽修厂遗失开户许可证一份，声明作废。", ""]
    issue = _read("\n".join(rows), "a.docx.txt")
    assert titles(issue) == ["拍卖公告", "遗失声明"]
    assert [a.type for a in issue.articles] == ["notice", "notice"]
    assert_nothing_lost(issue)


def test_an_org_file_dated_only_by_a_bare_date_keyword_takes_that_day():
    rows = ["#+TITLE: 株洲日报 A05 区县", "#+DATE: 2026-03-13", "", "* 攸县新装波形护栏", "  株洲日报全媒体记者 贺雨桐", "",
            "  3月2日，攸县完成乡村公路安全生命防护工程。", "", "* 炎陵县冬笋上市", "  株洲日报全媒体记者 彭晓岚", "", "  3月2日，炎陵县冬笋陆续上市。", ""]
    issue = _read("\n".join(rows), "a.org")
    assert titles(issue) == ["攸县新装波形护栏", "炎陵县冬笋上市"]
    assert issue.date == "2026-03-13"


def test_a_man_page_source_and_a_warc_file_are_read_past_a_margin_and_blank_lines_above():
    """Copies that set every line in from a margin, or add blank lines above, hide no request and no record."""
    rows = ['.TH 株洲日报 7 "2026-03-10" "株洲日报社" "A03 城事"', ".SH 株洲高新区新增两家上市企业", ".B 株洲日报全媒体记者 钟丽萍", ".PP",
            "3月9日，记者从株洲高新区获悉，区内两家企业在创业板上市。", ".SH 市区公园开展春季补植", ".B 株洲日报全媒体记者 龙俊杰", ".PP",
            "连日来，市园林部门在8个公园补植苗木6000余株。"]
    issue = _read("\n".join("    " + row for row in rows), "a.man")
    assert titles(issue) == ["株洲高新区新增两家上市企业", "市区公园开展春季补植"]
    assert issue.date == "2026-03-10"
    page = ["<html><body>", "<div class=\"article-title\">市区新开通3条夜间公交线路</div>",
            "<div class=\"article-meta\">作者：株洲日报全媒体记者 舒雅文　发布时间：2026-03-10</div>",
            "<p>　　3月9日起，市公交集团新开通三条夜间公交线路。</p>", "</body></html>"]
    rows = ["", "", "WARC/1.0", "WARC-Type: response", "WARC-Date: 2026-03-12T03:15:30Z", "Content-Type: application/http; msgtype=response",
            "", "HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", "", *page]
    issue = _read("\n".join(rows), "crawl.warc")
    assert titles(issue) == ["市区新开通3条夜间公交线路"]
