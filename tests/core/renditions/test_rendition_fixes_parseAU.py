"""Focused checks for round AU: exports and dumps no earlier file showed (Org-mode, HZ, a mojibake head,
WeChat's chat export, a timed TTS transcript) and a lost-and-found notice.

Each test feeds a few lines of original text in a form a held-out issue of the round showed
(tests/core/renditions/data/*_420..*_423) and asserts what a reader sees.
"""

from __future__ import annotations

from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(data: bytes, name: str = "x.txt"):
    return parse_bytes(data, name)


def _mojibake(text: str) -> str:
    """GBK bytes read as Windows-1252 (its undefined bytes kept as C1 code points) and saved again."""
    out = []
    for b in text.encode("gbk"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def test_an_hz_encoded_page_is_read_as_chinese():
    """'~{VjV^HU1(~}': GB2312 in seven-bit ASCII (old mail archives) is read, not refused as Western text."""
    page = "\r\n".join([
        f"株洲日报{S}2026年12月13日{S}星期日{S}A02{S}要闻", "",
        "渌口区农村公路安防工程完工",
        f"本报讯（通讯员{S}谢{S}勇）12月12日，渌口区今年实施的农村公路安全生命防护工程全部完工，共整治急弯陡坡路段136处。", "",
        "市中心血站冬季献血告急",
        f"株洲日报全媒体记者{S}王{S}琳", "",
        f"{S}{S}入冬以来，市中心血站库存持续偏紧，O型、A型血库存仅能满足5天用量。", "",
    ]) + "\r\n"
    issue = _read(page.encode("hz"))
    assert issue.date == "2026-12-13"
    assert [a.title for a in issue.articles] == ["渌口区农村公路安防工程完工", "市中心血站冬季献血告急"]
    assert issue.articles[1].reporters == ["王琳"]


def test_a_head_garbled_by_a_western_reading_is_mended_line_by_line():
    """'ÖêÖÞÈÕ±¨…' over a story in good UTF-8: the masthead and headline are read back as Chinese."""
    page = "\n".join([
        _mojibake(f"株洲日报{S}2026年12月14日{S}星期一{S}A04{S}教育"),
        _mojibake("全市中小学课后服务实现全覆盖"),
        f"株洲日报全媒体记者{S}贺{S}兰", "",
        f"{S}{S}12月13日，记者从市教育局获悉，全市596所义务教育学校已全部开展课后服务，学生参与率达到93%。", "",
        "——————————", "······························", "",
    ]) + "\n"
    issue = _read(page.encode("utf-8"))
    assert issue.date == "2026-12-14"
    story = issue.articles[0]
    assert (story.title, story.reporters) == ("全市中小学课后服务实现全覆盖", ["贺兰"])
    assert {"——————————", "······························"} <= set(issue.lines)  # rules of one sign are no garbled text


def test_a_wechat_chat_export_keeps_only_the_forwarded_stories():
    """'与“…”的聊天记录', a day's rule and '2026-12-08 07:41 李建国' stamps are the chat's; a short caption with its credit is the paper's."""
    page = "\n".join([
        "与“株洲老乡群”的聊天记录",
        "————— 2026-12-08 —————",
        "2026-12-08 07:41 李建国",
        "早上好，今天的报纸转给大家看看",
        "2026-12-08 07:42 李建国",
        "株洲火车站至西站公交专线开通",
        "本报讯（记者 袁 媛）12月7日，株洲火车站至株洲西站公交专线正式开通，全程约40分钟，每15分钟一班。",
        "专线首班车6时30分发车，末班车22时30分发车，票价2元。",
        "2026-12-08 07:46 赵小勇",
        "这个方便了",
        "2026-12-08 07:50 李建国",
        "12月7日，市民在石峰公园观赏盛开的山茶花。株洲日报全媒体记者 黄 晨 摄",
    ]) + "\n"
    issue = _read(page.encode("utf-8"))
    assert issue.rendition == "single_newline"
    assert [a.title for a in issue.articles] == ["株洲火车站至西站公交专线开通", ""]
    assert issue.articles[1].photographers == ["黄晨"]


def test_a_timed_tts_transcript_reads_without_its_times():
    """'[00:04.20]标题' lines under '[ti:…]' tags: the headlines and bylines behind the times are read."""
    page = "\n".join([
        "[ti:株洲日报 2026年12月11日 A02 要闻]",
        "[by:讯飞配音]",
        "[00:00.00]株洲日报 2026年12月11日 星期五 A02 要闻",
        "[00:04.20]全市重点项目建设年度目标提前完成",
        "[00:08.35]株洲日报全媒体记者 罗 斌",
        "[00:11.80]12月10日，记者从市发改委获悉，今年全市186个重点建设项目累计完成投资1126亿元。",
        "[00:27.45]湘江四桥拓宽改造工程通过验收",
        "[00:31.60]本报讯（记者 沈 琳）12月10日，湘江四桥拓宽改造工程通过竣工验收。",
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "x.lrc")
    assert issue.date == "2026-12-11"
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("全市重点项目建设年度目标提前完成", ["罗斌"]), ("湘江四桥拓宽改造工程通过验收", ["沈琳"])]


def test_a_lost_and_found_notice_is_a_notice():
    """'失物招领' with the police station's phone is a notice, not an ad."""
    page = "\n".join([
        f"株洲日报{S}2026年12月16日{S}星期三{S}B04{S}便民", "",
        "失物招领",
        "12月14日下午，市民在中心广场公交站拾到黑色钱包一个。请失主携带有效证件到建设中路派出所认领。",
        "联系电话：0731-28688110", "",
    ]) + "\n"
    [notice] = _read(page.encode("utf-8")).articles
    assert (notice.title, notice.type) == ("失物招领", "notice")


def test_an_org_mode_file_reads_its_outline_headings_as_titles():
    """'#+TITLE:' settings, '* 标题' headings, a ':PROPERTIES:' drawer and a quote block: one story a heading."""
    page = "\n".join([
        "#+TITLE: 株洲日报 2026年12月3日 A02 要闻",
        "#+DATE: <2026-12-03 Thu>",
        "#+OPTIONS: toc:nil num:nil", "",
        "* 株洲高新区新增3家国家级专精特新“小巨人”",
        "  :PROPERTIES:",
        "  :版面: A02",
        "  :END:",
        "  株洲日报全媒体记者 谢 婷", "",
        "  12月2日，工业和信息化部公布第七批专精特新“小巨人”企业名单，株洲高新区3家企业入选。", "",
        "* 市一医院开通“一站式”出院结算",
        "  本报讯（记者 郑 凯 通讯员 文 倩）自12月1日起，市第一医院在住院部各楼层设立床旁结算点。", "",
        "  #+BEGIN_QUOTE",
        "  “以前办出院要跑三个窗口，现在护士拿着平板就办好了。”患者家属唐先生说。",
        "  #+END_QUOTE", "",
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "x.org")
    assert issue.date == "2026-12-03"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("株洲高新区新增3家国家级专精特新“小巨人”", ["谢婷"], []),
        ("市一医院开通“一站式”出院结算", ["郑凯"], ["文倩"])]
    assert not any("PROPERTIES" in p or "BEGIN_QUOTE" in p for a in issue.articles for p in a.paragraphs)


def test_a_name_dated_day_month_name_two_digit_year_gives_the_date():
    """'株洲日报 9-Dec-26.txt' (a database's DD-MON-YY) over a page that prints no date: 9 December 2026."""
    page = "\n".join([
        "A05 城事",
        "市区首批智慧停车泊位投用",
        "本报讯（记者 陶 磊）12月8日，市区首批1200个智慧停车泊位正式投用，车主可通过小程序查询空位、在线缴费。",
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "株洲日报 9-Dec-26.txt")
    assert (issue.date, issue.date_source) == ("2026-12-09", "filename")


def test_a_screen_readers_speech_log_reads_its_headings_as_titles():
    """'标题 级别 2  …' lines under NVDA's window title, with links, a picture and a list: one story a heading."""
    page = "\n".join([
        "株洲日报数字报 - 第A06版：区县 - Google Chrome",
        "文档",
        "链接  首页",
        "标题 级别 1  株洲日报 2026年12月9日 星期三 第A06版：区县",
        "标题 级别 2  “茶陵米”获评国家地理标志保护产品",
        "本报讯（记者 谭 雅）12月8日，国家知识产权局发布公告，“茶陵米”获批国家地理标志产品保护。",
        "列表 2 项",
        "项目符号  保护范围涉及茶陵县16个乡镇",
        "项目符号  种植面积约42万亩",
        "退出列表",
        "标题 级别 2  炎陵县森林防火进入紧要期",
        "本报讯（通讯员 黄 灿）进入冬季，炎陵县森林防火进入紧要期，全县设立防火检查站86个。",
        "链接  上一篇",
    ]) + "\n"
    issue = _read(page.encode("utf-8"))
    assert issue.date == "2026-12-09"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("“茶陵米”获评国家地理标志保护产品", ["谭雅"], []), ("炎陵县森林防火进入紧要期", [], ["黄灿"])]
    assert not any("项目符号" in p or "链接" in p for a in issue.articles for p in a.paragraphs)


def test_a_wiki_page_reads_its_sections_bylines_and_links():
    """'== 标题 ==' sections, a byline in '''bold''' or ''italics'', [[links]], a template and categories."""
    page = "\n".join([
        "{{报纸信息|报名=株洲日报|日期=2026年12月2日|版次=A03}}",
        "'''株洲日报''' 2026年12月2日 星期三 第A03版：城事",
        "== 神农城冬季灯会12月18日开幕 ==",
        "''株洲日报全媒体记者 石 磊 通讯员 贺 芸''", "",
        "本报讯 12月1日，记者从[[天元区]]文旅部门获悉，第三届神农城冬季灯会将于12月18日开幕。<ref>天元区文旅局</ref>", "",
        "== 石峰区老旧小区加装电梯提速 ==",
        "'''株洲日报全媒体记者 龙 娟'''", "",
        "截至11月底，[[石峰区|石峰]]今年已完成老旧小区加装电梯62台，另有28台正在施工。", "",
        "== 参考资料 ==",
        "<references />",
        "[[分类:株洲日报]]",
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "x.wiki")
    assert issue.date == "2026-12-02"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("神农城冬季灯会12月18日开幕", ["石磊"], ["贺芸"]), ("石峰区老旧小区加装电梯提速", ["龙娟"], [])]
    assert issue.articles[1].paragraphs[0].startswith("截至11月底，石峰今年")


def test_a_saved_mail_keeps_its_fields_and_the_forwarders_note_out_of_the_stories():
    """An .eml's own 'From:' … 'MIME-Version:' fields, the forwarder's note, then the original's header over '> ' lines."""
    page = "\r\n".join([
        'From: "李明" <liming@example.com>',
        "To: <archive@example.com>",
        "Subject: =?GB2312?B?16q3os/C?=",
        "Date: Thu, 10 Dec 2026 09:15:32 +0800",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="gb2312"',
        "Content-Transfer-Encoding: 8bit", "",
        "老张：",
        "今天报纸上几篇稿子，你看看，存进资料库。", "",
        "-------- 原始邮件 --------",
        "发件人: 株洲日报读者服务 <reader@example.com>",
        "发送时间: 2026年12月10日 7:30",
        "主题: 株洲日报 A05 民生", "",
        f"> 株洲日报{S}2026年12月10日{S}星期四{S}A05{S}民生",
        ">",
        "> 家门口的“15分钟健身圈”建成",
        f"> 本报讯（记者{S}邹{S}杰）12月9日，记者从市体育局了解到，今年全市新建和改造社区健身场地156处。",
        ">",
        "> 冬季用电高峰将至",
        f"> 株洲日报全媒体记者{S}肖{S}静",
        ">",
        f"> {S}{S}随着气温下降，我市用电负荷持续攀升。国网株洲供电公司提醒市民注意安全用电。",
    ]) + "\r\n"
    issue = _read(page.encode("gb18030"), "x.eml")
    assert issue.date == "2026-12-10"
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("家门口的“15分钟健身圈”建成", ["邹杰"]), ("冬季用电高峰将至", ["肖静"])]


def test_a_converted_documents_data_table_and_footnotes_stay_with_their_story():
    """mammoth's '<td><p>3260</p></td>' cells are one table row, and its footnote list is no part of the last story."""
    page = "".join([
        "<h1>株洲日报 2026年12月7日 星期一 A05 民生</h1>",
        "<h2>芦淞区开展燃气安全入户检查</h2>",
        "<p>本报讯（通讯员 彭 飞）12月5日，芦淞区燃气安全入户检查工作结束，共检查居民用户3260户<sup>",
        '<a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>。</p>',
        "<table><tr><td><p>检查户数</p></td><td><p>发现隐患</p></td><td><p>已整改</p></td></tr>",
        "<tr><td><p>3260</p></td><td><p>87</p></td><td><p>81</p></td></tr></table>",
        "<h2>外卖骑手有了“暖心驿站”</h2>",
        "<p>12月5日，在天元区泰山路一家“暖心驿站”，外卖骑手们在休息区充电、喝热水。</p>",
        "<p>株洲日报全媒体记者 陈 鹏 摄</p>",
        '<ol><li id="footnote-1"><p> 含商铺用户。 <a href="#footnote-ref-1">↑</a></p></li></ol>',
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "x.html")
    assert [(a.title, a.type) for a in issue.articles] == [("芦淞区开展燃气安全入户检查", "news"), ("外卖骑手有了“暖心驿站”", "caption")]
    [table] = [b for b in issue.articles[0].blocks if b.kind == "table"]
    assert table.text.split("\n") == ["检查户数\t发现隐患\t已整改", "3260\t87\t81"]
    assert not any("含商铺用户" in p for p in issue.articles[1].paragraphs)


def test_two_columns_of_small_ads_flattened_line_by_line_are_read_ad_by_ad():
    """'招聘：…' over '出租：…', their lines alternating to their phones, under notices signed and dated: four ads."""
    page = "\n".join([
        f"株洲日报{S}2026年12月17日{S}星期四{S}B02{S}公示", "",
        "2026年度市级优秀志愿服务组织名单公示",
        "株洲市蓝天救援队",
        "醴陵市瓷城义工联合会",
        "公示期间如有异议，请与市文明办联系，电话：0731-28661025。",
        "株洲市精神文明建设办公室",
        "2026年12月17日", "",
        "司法拍卖公告",
        "株洲市天元区人民法院将于2027年1月10日在阿里拍卖平台公开拍卖房产一套，起拍价98万元。",
        "咨询电话：0731-22851023",
        "株洲市天元区人民法院",
        "2026年12月17日", "",
        "分类广告",
        "招聘：某某物业公司招保安6名，",
        "出租：荷塘区文化路两室一厅，",
        "男性55岁以下，月薪3800元。",
        "家电齐全，月租1300元。",
        "电话：13307336281",
        "电话：15973317720",
        "招聘：某某餐饮公司招洗碗工2名，",
        "出售：天元区珠江北路临街商铺，",
        "包吃住，月薪3500元。",
        "80平方米，产权清晰。",
        "电话：18673325509",
        "电话：13517331488",
    ]) + "\n"
    issue = _read(page.encode("utf-8"))
    assert [(a.title, a.type) for a in issue.articles[1:]] == [("司法拍卖公告", "notice")] + [("", "ad")] * 4
    assert [a.paragraphs[0][:5] for a in issue.articles[2:]] == ["招聘：某某", "出租：荷塘", "招聘：某某", "出售：天元"]
    assert issue.articles[3].paragraphs[1:] == ["家电齐全，月租1300元。", "电话：15973317720"]


def test_a_hexo_posts_quote_tag_gives_the_byline_and_its_tag_lines_are_no_text():
    """'{% blockquote 株洲日报全媒体记者 … %}' over the lead, '{% asset_img … %}', '{% note %}' blocks in a Hexo post."""
    page = "\n".join([
        "---",
        "title: 株洲日报12月18日A03版剪报",
        "date: 2026-12-19 21:30:00",
        "---", "",
        "株洲日报 2026年12月18日 星期五 A03 城事", "",
        "## 全市首条智轨线路开通试运营", "",
        "{% blockquote 株洲日报全媒体记者 龙 飞 通讯员 胡 悦 %}",
        "12月17日上午，株洲首条智轨线路——神农大道智轨示范线开通试运营，全长12.6公里，设站16座。",
        "{% endblockquote %}", "",
        "{% asset_img zhigui.jpg 12月17日，市民在神农大道站乘坐智轨列车。 %}", "",
        "## 石峰区新增3处“15分钟便民生活圈”", "",
        "本报讯（记者 邹 萌）12月17日，石峰区响石岭、田心、井墈3处“15分钟便民生活圈”建成。", "",
        "{% note info %}",
        "便民生活圈服务清单可在“石峰发布”公众号查询。",
        "{% endnote %}",
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "x.md")
    assert issue.date == "2026-12-18"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("全市首条智轨线路开通试运营", ["龙飞"], ["胡悦"]), ("石峰区新增3处“15分钟便民生活圈”", ["邹萌"], [])]
    assert not any("{%" in p for a in issue.articles for p in a.paragraphs)


def test_a_confluence_pages_title_and_metadata_are_furniture():
    """Confluence's export: the space's page title and '由 … 创建, 最终由 … 修改于 …' are no story; the stories are."""
    page = "\n".join([
        "<html><head><title>资料室 : 株洲日报2026-12-17 A04剪报</title></head><body>",
        '<div id="main-header"><div id="breadcrumb-section"><ol id="breadcrumbs"><li class="first"><span><a href="index.html">资料室</a></span></li></ol></div>',
        '<h1 id="title-heading" class="pagetitle"><span id="title-text">资料室 : 株洲日报2026-12-17 A04剪报</span></h1></div>',
        '<div class="page-metadata">由 <span class=\'author\'> 周晓燕</span>创建, 最终由 <span class=\'editor\'> 周晓燕</span>修改于 十二月 19, 2026</div>',
        '<div id="main-content" class="wiki-content group">',
        "<p>株洲日报 2026年12月17日 星期四 A04 经济</p>",
        "<h2>株洲外贸进出口总额突破600亿元</h2>",
        "<p><em>株洲日报全媒体记者 潘 洁 通讯员 谢 敏</em></p>",
        "<p>12月16日，记者从株洲海关获悉，今年1至11月，株洲外贸进出口总额达到612.3亿元。</p>",
        '<div class="confluence-information-macro confluence-information-macro-information"><div class="confluence-information-macro-body"><p>资料室注：数据以海关最终公布为准。</p></div></div>',
        "<h2>天元区新增两家上市后备企业</h2>",
        "<p>本报讯（通讯员 罗 平）12月16日，天元区两家企业入选湖南省上市后备企业名单。</p>",
        "</div></body></html>",
    ]) + "\n"
    issue = _read(page.encode("utf-8"), "x.html")
    assert issue.date == "2026-12-17"
    assert [a.title for a in issue.articles] == ["株洲外贸进出口总额突破600亿元", "天元区新增两家上市后备企业"]
    assert not any("资料室注" in p for a in issue.articles for p in a.paragraphs)


def test_marks_read_at_a_lines_start_survive_a_page_margin():
    """A wiki page, a timed transcript and a WeChat export with two spaces before every line (and blank lines round the
    export) read as without them."""
    wiki = "\n".join("  " + line if line else "" for line in [
        "'''株洲日报''' 2026年12月2日 星期三 第A03版：城事",
        "== 石峰区老旧小区加装电梯提速 ==",
        "'''株洲日报全媒体记者 龙 娟'''", "",
        "截至11月底，[[石峰区]]今年已完成老旧小区加装电梯62台。", "",
        "== 渌口区冬修水利全面开工 ==",
        "本报讯（通讯员 钟 亮）12月1日，[[渌口区]]冬修水利集中开工。",
    ]) + "\n"
    assert [(a.title, a.reporters) for a in _read(wiki.encode("utf-8"), "x.wiki").articles] == [
        ("石峰区老旧小区加装电梯提速", ["龙娟"]), ("渌口区冬修水利全面开工", [])]
    lrc = "\n".join("  " + line for line in [
        "[ti:株洲日报 2026年12月11日 A02 要闻]",
        "[00:00.00]株洲日报 2026年12月11日 星期五 A02 要闻",
        "[00:04.20]全市重点项目建设年度目标提前完成",
        "[00:08.35]株洲日报全媒体记者 罗 斌",
        "[00:11.80]12月10日，记者从市发改委获悉，今年全市186个重点建设项目累计完成投资1126亿元。",
    ]) + "\n"
    assert [(a.title, a.reporters) for a in _read(lrc.encode("utf-8"), "x.lrc").articles] == [("全市重点项目建设年度目标提前完成", ["罗斌"])]
    chat = "\n".join("  " + line for line in [
        "与“株洲老乡群”的聊天记录",
        "2026-12-08 07:41 李建国",
        "早上好，今天的报纸转给大家看看",
        "2026-12-08 07:42 李建国",
        "株洲火车站至西站公交专线开通",
        "本报讯（记者 袁 媛）12月7日，株洲火车站至株洲西站公交专线正式开通，全程约40分钟，每15分钟一班。",
        "专线首班车6时30分发车，末班车22时30分发车，票价2元。",
    ]) + "\n"
    assert [a.title for a in _read(chat.encode("utf-8")).articles] == ["株洲火车站至西站公交专线开通"]
    assert [a.title for a in _read(("\n\n" + chat + "\n\n").encode("utf-8")).articles] == ["株洲火车站至西站公交专线开通"]
