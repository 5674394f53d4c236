"""Detect an issue's rendition and run its normaliser, then the common repairs."""

from __future__ import annotations

from . import (
    ad_columns,
    app_share,
    archive_banners,
    asciidoc,
    bbcode,
    blank_runs,
    block_heads,
    box_layout,
    box_tables,
    broken_heads,
    broken_lines,
    cell_lines,
    cell_paragraphs,
    chat_export,
    cms_meta,
    cnki,
    columns,
    community_posts,
    contact_ends,
    cut_lines,
    digest,
    doc_comments,
    emoji,
    enex,
    english_labels,
    epaper,
    feeds,
    founder_comments,
    founder_xml,
    furniture,
    head_dates,
    hexo_tags,
    indents,
    labels,
    latex,
    listings,
    logseq,
    lyrics,
    mail_quotes,
    man_output,
    markup,
    meta_first,
    nav_menus,
    note_properties,
    ocr_layers,
    ocr_spacing,
    ocr_specks,
    onenote,
    org_mode,
    page_columns,
    pandoc_attrs,
    pdf_text,
    phone_runs,
    photo_marks,
    price_lists,
    print_margins,
    quote_boxes,
    reposts,
    results,
    riddles,
    run_on,
    screen_reader,
    single_newline,
    site_bars,
    spaced_tables,
    spaces,
    split_closings,
    split_credits,
    split_leads,
    split_names,
    staff_footer,
    stray_entities,
    subtitles,
    tabbed_bylines,
    telegram,
    text_browsers,
    timelines,
    traditional,
    troff,
    warc,
    weather,
    wechat,
    weibo,
    wikitext,
)
from .model import Normalised, SourceLine, numbered_lines, plain_lines


def detect(raw_lines: list[str]) -> str:
    """The rendition name: markup, epaper, pdf_text, single_newline or plain."""
    if markup.looks_like(raw_lines):
        return "markup"
    if epaper.looks_like(raw_lines):
        return "epaper"
    if pdf_text.looks_like(raw_lines):
        return "pdf_text"
    if single_newline.looks_like(raw_lines):
        return "single_newline"
    return "plain"


def normalise(raw_lines: list[str]) -> Normalised:
    """Detect, normalise to `SourceLine`s with original line numbers, record repairs."""
    warnings: list[str] = []
    original = raw_lines
    # an RSS/Atom feed, an Evernote export, a Logseq outline, a OneNote page, a forum's BBCode, AsciiDoc, Org-mode, a wiki page,
    # LaTeX, a man page's source, a Telegram channel's HTML export, a crawl's WARC records:
    # read as the HTML it carries (or makes), line for line
    bare = indents.without_margin(raw_lines)  # marks read at a line's start: a page margin before each must not hide them
    feed = (feeds.rewrite(raw_lines, warnings) or enex.rewrite(raw_lines, warnings) or logseq.rewrite(raw_lines, warnings)
            or onenote.rewrite(raw_lines, warnings) or bbcode.rewrite(raw_lines, warnings) or wikitext.rewrite(bare, warnings)
            or asciidoc.rewrite(raw_lines, warnings) or org_mode.rewrite(bare, warnings) or latex.rewrite(bare, warnings)
            or troff.rewrite(bare, warnings) or telegram.rewrite(raw_lines, warnings) or warc.rewrite(bare, warnings))
    if feed is not None:
        raw_lines = feed[0]
    manned = man_output.rewrite(indents.without_margin(raw_lines), warnings)  # a man page as the pager prints it: its head and foot, its text wrapped
    if manned is not None:
        raw_lines = manned[0]
    # a Founder XML export, CNKI's full-text records: an e-paper page's lines, each element or field a line
    export = founder_xml.rewrite(raw_lines, warnings) or cnki.rewrite(raw_lines, warnings)
    if export is not None:
        raw_lines = export[0]
    browsed = text_browsers.rewrite(raw_lines, warnings)  # `lynx -dump`: link numbers off, the address list aside
    if browsed is not None:
        raw_lines = browsed[0]
    chat = (chat_export.unwrap(raw_lines, warnings) or lyrics.unwrap(indents.without_margin(raw_lines), warnings)  # a QQ group's exported messages: a story pasted into one; a timed transcript
            or screen_reader.unwrap(raw_lines, warnings)  # a screen reader's speech log: '标题 级别 2  …'
            or subtitles.unwrap(raw_lines, warnings))  # a video's SubRip or WebVTT cues
    if chat is not None:
        raw_lines = chat[0]
    mail = mail_quotes.unquote(raw_lines, warnings)  # a forwarded mail: the story under '> ' marks, the header above it
    if mail is not None:
        raw_lines = mail[0]
    raw_lines = stray_entities.unescape(raw_lines, warnings) or raw_lines  # '&nbsp;&nbsp;1月7日' in a plain scrape
    raw_lines = indents.normalise(raw_lines)  # '\t正文', '\xa0\xa0\xa0\xa0正文': a paragraph indent; a shared margin goes
    raw_lines = english_labels.rewrite(raw_lines, warnings) or raw_lines  # 'Source: … Author: …' as '来源：… 作者：…'
    raw_lines = ocr_spacing.unspace_name(raw_lines)  # '株 洲 日 报' on a masthead that is otherwise not spaced out
    texts = ocr_spacing.unspace(raw_lines, warnings) or raw_lines
    layer = ocr_layers.read(raw_lines, warnings)  # ALTO's '<String CONTENT=…/>', hOCR's word spans: a scan's text lines
    ordered = layer[0] if layer else box_layout.reorder(texts, warnings) or page_columns.reorder(texts, warnings)  # a grid of boxed ads; columns side by side or alternating line by line, page by page
    if ordered is not None:
        texts = [text for _, text in ordered]
    seen = texts if mail is None or ordered is not None else [""] * (mail[1] + 1) + texts[mail[1] + 1:]  # a mail's head is no page
    found = detect(blank_runs.detection_view(seen))  # blank lines doubled by an export count once
    cue_breaks = False  # blank lines between subtitle cues: the export's own, no paragraph breaks
    if chat is not None and found == "plain" and _no_breaks(original, set(chat[1])):
        found = "single_newline"  # the chat's (or the tags') blanked lines are no paragraph breaks of a dump that had none
        cue_breaks = any(not text.strip() for text in "\n".join(original).strip().split("\n"))
    # a page laid out in columns is PDF text; so is a scan's recognised text, though it is only unwrapped when wrapped
    printed = print_margins.printed(raw_lines) or manned is not None  # a browser's print of a web page to PDF: its margins on every sheet
    rendition = "pdf_text" if (texts is not raw_lines or printed) and found in ("plain", "pdf_text", "single_newline") else found
    if export is not None:
        rendition = "epaper"
    result = Normalised(rendition, numbered_lines(ordered) if ordered is not None else plain_lines(texts), warnings=warnings)
    if mail is not None:
        mail_quotes.drop_head(result, mail[1], original)
    if cue_breaks:
        for line in result.lines:
            line.gap = 0
    if chat is not None:
        result.furniture.extend(SourceLine(no, original[no - 1]) for no in chat[1] if original[no - 1].strip())
    if export is not None:
        result.furniture.extend(SourceLine(no, original[no - 1]) for no in export[2])
    if browsed is not None:
        result.furniture.extend(SourceLine(no, original[no - 1]) for no in browsed[1])
    if layer is not None:
        result.furniture.extend(SourceLine(no, original[no - 1]) for no in layer[1])
    blank_runs.squeeze(result.lines, warnings)  # '\n\n\n' for every paragraph break: one blank line
    if rendition != "markup":
        ad_columns.reorder(result.lines, warnings)  # '招聘：…' / '出租：…' / … : two columns of small ads line by line
    traditional.normalise(result.lines, warnings)  # before Markdown/HTML marks a bold line: a traditional byline is one too
    if rendition == "markup":
        archive_banners.drop_toolbar(result.lines, result.furniture)  # a saved Wayback page's toolbar, between its comments
        result.lines = pandoc_attrs.strip(result.lines, result.furniture, warnings)  # '{width=…}', '[词]{.underline}', ':::'
        result.lines = hexo_tags.strip(result.lines, result.furniture, warnings)  # '{% blockquote 作者 %}', '{% asset_img … %}'
        note_properties.drop_html_table(result.lines)  # Notion's '<table class="properties">' in its HTML export
        result.lines = markup.convert(result.lines, raw_lines, warnings, result.furniture)
    else:
        result.lines = run_on.split(result.lines, warnings)
        if rendition == "plain":
            result.lines = cut_lines.join(result.lines, warnings)  # a dump's paragraphs cut at a column's width
        if rendition == "plain" and len(joined := broken_lines.join(result.lines, warnings)) < len(result.lines):
            result.lines, result.rendition = joined, "pdf_text"  # OCR's line ends inside a sentence: a scan's recognised text
            if not any(line.gap for line in joined[1:]):
                single_newline.split_blocks(joined, [])  # and no blank line at all: each joined line is a paragraph of its own
    if mail is not None:
        mail_quotes.drop_note(result.lines, result.furniture)  # '各位：' over a line or two: the sender's, not the paper's
    spaces.normalise(result.lines, warnings, result.furniture)  # a line of only a NUL or a U+200B is kept aside
    tabbed_bylines.untab(result.lines, warnings)  # '株洲日报全媒体记者\t龙文静': a Word document's tabs inside a byline
    if rendition == "plain":  # '标的' / '参考价' / '保证金' / …: docx2txt's table, a cell a paragraph (a blank line after each)
        result.lines = cell_paragraphs.rejoin(result.lines, warnings)
    if rendition != "markup":
        ocr_specks.drop(result.lines, result.furniture, warnings)  # 'i' alone between lines of Chinese: a scan's speck
    emoji.strip(result.lines, warnings)
    archive_banners.drop(result.lines, result.furniture, warnings)  # 'The Wayback Machine - …', '这是 Google 对…的缓存', '百度快照'
    if weibo.looks_like(raw_lines):
        result.lines = weibo.split(result.lines, warnings)  # '#话题# 【标题】正文…': a Weibo post's headline
    if rendition != "markup":
        _unbold(result.lines)
    front_date = (markup.front_matter_date(raw_lines) or head_dates.title_date(raw_lines) or head_dates.time_date(raw_lines)
                  if rendition == "markup" else None)
    site_bars.drop_calendars(result.lines, result.furniture)  # an e-paper's date picker: its month, weekdays and days
    founder_comments.rewrite(result.lines)  # a Founder CMS's property comment over a story that prints no byline: its 作者
    reposted = reposts.drop(result.lines, result.furniture, warnings)  # Baijiahao's and NetEase's head and foot round each story
    reposted = reposted or community_posts.drop(result.lines, result.furniture, warnings)  # a Zhihu column's, a Douban topic's
    posted = app_share.drop_head(result.lines, result.furniture, warnings) or reposted or app_share.source_day(result.lines) or site_bars.source_day(result.lines)  # '2025-07-26 07:45 · …官方账号 湖南'
    app_share.drop_comments(result.lines, result.furniture, warnings)  # '网友热议' over '@荷塘小陈：…': readers' comments
    wechat.prepare(result.lines)  # '文字丨…' credits; '株洲早新闻丨7月18日': a digest post's column
    if rendition == "epaper":
        epaper.page_line_between_links(result.lines)  # the page line without its links, read below for its day and page
    result.date = furniture.mark(result.lines, result.furniture, warnings) or front_date or (feed[1] if feed else None) or (export[1] if export else None) or posted or (chat[2] if chat else None)
    labels.unframe(result.lines, warnings)
    digest.drop(result.lines, result.furniture, warnings)
    wechat.drop_foot(result.lines, result.furniture, warnings)  # '预览时标签不可点', '继续滑动看下一个' …: a WeChat page's foot
    doc_comments.drop(result.lines, result.furniture, warnings)  # '[a]资料室：…' under a Google Docs download
    nav_menus.drop(result.lines, result.furniture, warnings)  # '首页' / '新闻' / '要闻' …: a site's menu, one item a line
    weather.drop(result.lines, result.furniture, warnings)
    listings.mark(result.lines, warnings)  # a TV guide's timed rows: one table, not a headline each
    result.lines = cell_lines.join(result.lines, warnings)  # '学校' / '统招线' / '株洲市第一中学' / '651' …: a raw PDF table, one cell a line
    results.mark(result.lines, warnings)
    riddles.mark(result.lines, warnings)  # '1．一口咬掉牛尾巴（打一字）' under '周末猜谜': the corner's text, no headline
    quote_boxes.mark(result.lines, warnings)  # '赵某　市人大代表、…' over '“希望……”', entry after entry: one box, no headline each
    timelines.mark(result.lines, warnings)  # '2011年9月　进入市业余体校' row after row: a 大事记 box, one table
    price_lists.mark(result.lines, warnings)  # '春笋　4.00元/斤' row after row: the day's prices, one table
    spaced_tables.mark(result.lines, warnings)  # '1　天元区　5　0　10' row after row under a header row
    box_tables.mark(result.lines, warnings)  # '│用人单位│岗位│' between '┌──┬──┐' borders  # '天元队　2∶1　荷塘队' row after row: a table too
    if rendition == "epaper":
        result.lines = text_browsers.unwrap(result.lines, warnings)  # a text browser's dump: paragraphs cut at 79 columns
        meta_first.lift_headlines(result.lines)  # '来源：… 作者：…' above the headline: the headline first
        result.date = epaper.rewrite(result.lines, warnings) or result.date
    elif rendition == "markup":
        meta_first.lift_headlines(result.lines)  # an exported scrape keeps its meta lines where the page set them
        meta_date = epaper.read_meta(result.lines)  # an exported e-paper page's '作者：… 日期：…' line, under a masthead too
        result.date = result.date or meta_date
    elif rendition == "pdf_text" and (found == "pdf_text" or ordered is not None or printed):
        if found == "pdf_text" and pdf_text.blank_blocks(raw_lines):
            result.lines = block_heads.join(result.lines, warnings)  # pdftotext's blocks: a title's two lines are one block
        result.lines = pdf_text.unwrap(staff_footer.drop(result.lines, result.furniture, warnings), warnings)
    elif found == "single_newline":
        result.lines = cut_lines.join(result.lines, warnings)  # '……3月26日，神农公园' / '“智慧跑道”启用，…': a column's cuts
        single_newline.split_blocks(result.lines, warnings)
    result.lines = phone_runs.split(result.lines, warnings)  # '…包吃住。13807331234某某汽修厂招…': two ads
    if rendition in ("plain", "single_newline"):
        contact_ends.split_blocks(result.lines)  # '…电话：0731-28880000' / '钢琴培训': the next small ad's title
    if rendition != "markup":
        result.lines = split_credits.join(result.lines, warnings)  # '株洲日报全媒体记者 汤某 通讯' / '员 罗某某'
        result.lines = split_names.join(result.lines, warnings)  # '…通讯员 邹某某 摄影 唐' / '浩'
        result.lines = split_leads.join(result.lines, warnings)  # '本报讯（记者 廖某 通讯员 蒋云' / '峰）4月1日，…'
        result.lines = split_closings.join(result.lines, warnings)  # '……充电。（通讯员 唐' / '丽）'
        result.lines = photo_marks.join(result.lines, warnings)  # '株洲日报记者 黎某 通讯员/葛某' / '摄'
        result.lines = broken_heads.join(result.lines, warnings)  # '…专精特新“小' / '巨人”企业' over its lead
    result.date = result.date or cms_meta.print_date(result.lines)  # '刊发日期 | 2025-12-05' over each story
    result.lines = cms_meta.rewrite(result.lines, result.furniture)  # a CMS export's table of fields over each story
    result.lines = columns.repair(result.lines, warnings)
    _drop_furniture_kind(result)
    if feed is not None or export is not None or manned is not None:
        for line in result.furniture:
            line.text = original[line.no - 1]  # unassigned shows the feed's own lines, not their rewriting
    return result


def _no_breaks(original: list[str], blanked: set[int]) -> bool:
    """No blank line between the first and last text lines that an unwrapped export did not blank itself."""
    filled = [no for no, text in enumerate(original, 1) if text.strip()]
    return not filled or all(original[no - 1].strip() or no in blanked for no in range(filled[0], filled[-1] + 1))


def _unbold(lines: list[SourceLine]) -> None:
    """A whole line in Markdown bold outside a Markdown export: the words, not the stars."""
    for line in lines:
        text = line.text.strip()
        if len(text) > 4 and text.startswith("**") and text.endswith("**"):
            line.text = text[2:-2].strip()


def _drop_furniture_kind(result: Normalised) -> None:
    keep: list[SourceLine] = []
    for line in result.lines:
        (result.furniture if line.kind == "furniture" else keep).append(line)
    result.lines = keep
