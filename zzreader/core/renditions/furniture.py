"""Page furniture common to every rendition: page headers, chrome, QR prompts.

A running page header or an e-paper page line (read by zzreader/core/renditions/page_heads.py)
names the date and the section of what follows; `mark` turns it into a section line. Chrome
(`【打印】`, `上一篇 下一篇`, QR prompts, ad hotlines) belongs to no article.
"""

from __future__ import annotations

import re

from . import (
    app_share,
    closing_dates,
    framed_kinds,
    imprint,
    print_margins,
    site_bars,
    special_pages,
    wechat,
    weibo,
)
from .body_lines import opens_body, wraps_on
from .chrome_links import CHROME
from .cn_dates import to_figures, yearless_figures
from .model import SourceLine
from .page_heads import (
    BARE_DATE,
    CRUMB_HINT,
    EDITOR_OF,
    MASTHEAD_DATE,
    MASTHEAD_ROWS,
    YEARLESS_HEAD,
    breadcrumb,
    flat,
    is_header,
    iso,
    label_line,
    page_header,
    page_label,
    page_name,
    unnamed,
    wide,
)
from .site_notices import is_chrome as is_site_chrome



_RULE = re.compile(r"^(?:[\u2500-\u257f＝～~*＊★☆]{4,}|[*＊★☆◆◇]{3}|[-=]{8,}|[—－]{6,})$")  # '————————' too: no '——记…' deck is all dashes; '* * *' a break
_RULE_START = set("～~*＊★☆◆◇-=＝—－") | {chr(c) for c in range(0x2500, 0x2580)}
# an app's or a site's reaction bar: '点赞(12) 收藏 阅读原文', '本文共有0条评论 | 我要评论'; a bare '评论' may name a column,
# and a WeChat post ends on '阅读原文' too, so none of it tells a scraped e-paper page (`is_scrape_chrome`)
_REACTION = r"(?:(?:点赞|在看|收藏|转发|分享|评论|赞)\s*[(（]\s*\d{1,7}\s*[)）]|点赞|在看|收藏|转发|阅读原文|我要评论|(?:本文)?共有?\s*\d{1,7}\s*条评论)"
_REACTION_FIRST = set("点在收转分评赞阅我本共")  # a cheap look before the pattern
_REACTIONS = re.compile(r"^" + _REACTION + r"(?:[\s|｜·]*" + _REACTION + r")*$")
# '浏览次数：1286', '阅读量 402', '分享到：微信 微博 QQ空间': a web page's counters and share links
# '阅读：1.2万' too; each run of spaces read once ('阅读' and 20,000 spaces split the run around the colon: 15 s)
_COUNTER = re.compile(r"^[【\[]?\s*+(?:浏览次数|浏览量|阅读次数|阅读量|阅读数|点击数|点击量|点击率|访问量|访问次数|阅读|浏览)\s*+(?:[:：]\s*+)?\d{1,9}(?:\.\d{1,2})?\s*+[万千]?\+?\s*+次?\s*+[】\]]?$")
_WORD_COUNT = re.compile(r"^[【\[]?\s*(?:本文共|全文共?|共)\s*\d{1,6}\s*字\s*[】\]]?$")  # '本文共 312 字': the page's word count
# (the spaces before and after a colon are one run when there is no colon: '分享' and 16,000 spaces ran past 60 s)
_SHARE = re.compile(r"^(?:[【\[][^【】\[\]]{0,12}[】\]]\s*)*分享[到至]?\s*(?:[:：]\s*)?(?:(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|豆瓣|人人网|复制链接|更多)[\s、|｜]*)*$")
# '声明：本文版权归株洲日报所有，转载请注明出处。', '未经授权，禁止转载': a site's rights notice under each story
# (only a line that opens on it: a report may say '未经许可擅自转载…' in its text)
# 'Copyright © 2025 株洲新闻网 All Rights Reserved', '© 2025 株洲日报社': a site's footer
# (each run of spaces read once: 'copyright', tabs and '。' split the tabs three ways, each split read 60 characters on)
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*+(?:(?:©|\(c\))\s*+)?|©\s*+)(?:(?:19|20)\d{2}(?:\s*+[-–]\s*+(?:19|20)\d{2})?)?[^。，]{0,60}$", re.IGNORECASE
)
_RIGHTS = re.compile(
    r"^[【\[（(]?(?:(?:版权|免责)?声明[】\]]?\s*[:：]\s*)?"
    r"(?:本(?:文|报|网|站|稿)?[^。，]{0,12}版权(?:归|属于?)[^。，]{1,20}所有|未经[^。]{0,8}(?:授权|许可)[^。]{0,10}(?:转载|使用|摘编)|转载请注明(?:出处|来源))"
)
_NEIGHBOUR = re.compile(r"^\s*[【\[]?(?:上一篇|下一篇)[】\]]?\s*[:：]\s*\S.{0,60}$")
_MARKS = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$")  # a dateline set as a Markdown heading or in bold
_PAPER = re.compile(r"^(?:株洲日报|株洲晚报)\s*(?:数字报|电子版|数字报刊|网络版|电子报)(?:平台)?$")
_PAGE_NO = re.compile(r"^(?:[-—–－]+\s*[A-Za-z]?\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,3}\s*页)?)$")  # PDF page footers
# "手机扫码阅读本版", "扫描二维码 关注株洲日报", "扫描下方二维码下载客户端" too
_QR = re.compile(r"^\W*(?:(?:用|请用|使用)?(?:手机|微信))?(?:扫一扫|扫码|扫描(?:下方|上方|左侧|右侧|左边|右边|图中)?二维码|长按识别|长按二维码).{0,24}$")
# '本版由株洲市生态环境局协办': the strip naming who sponsors a special page (专版)
_SPONSOR_STRIP = re.compile(r"^[（(【\[]?本(?:版|专版|栏目?)由.{2,30}(?:协办|主办|承办|联办|冠名|支持|独家赞助|赞助)[）)】\]]?$")
_PHONE_ONLY = re.compile(r"^[\d\-—、，, ]{7,40}$")
# The name of a classified page set on a line of its own: the section of the ads and notices under it; and the
# name of a group of its ads ('招聘求职', '房屋租售', '生活服务'), which names no one ad
_CLASSIFIED = re.compile(r"^(?:(?:株洲日报|株洲晚报)[·・]?)?(?:分类广告|分类信息|广告专版|公告专版|广告公告|公告广告|便民信息|信息超市|公告栏"
                         r"|招聘求职|求职招聘|人才招聘|房屋租售|房产租售|商铺租售|生活服务|招生培训)$")
# '- 12月8日起，…', '1. …', '• …': an item of a list, which a classified label over it titles as one box
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·●■□◆◇▲]\s*|\d{1,2}[.、．)）]\s*)\S")


def _listed_under(lines: list, idx: int) -> bool:
    """A classified label ('便民信息') over a list of untitled items is that box's headline, not a page's section:
    the items are no part of the article above it."""
    nxt = next((line.text for line in lines[idx + 1 : idx + 3] if line.text.strip()), "")
    return bool(_LIST_ITEM.match(nxt))


# a web address alone on its line ('http://epaper…/content_2201.htm'); three or more in a row are a scraper's
# list of where the pages were, no one's text (one alone may be a feed item's only text, or the page's own address)
_ADDRESS_ONLY = re.compile(r"^(?:https?://|www\.)[^\s\u4e00-\u9fff]+$", re.IGNORECASE)
MIN_ADDRESS_RUN = 3


def _address_runs(lines: list[SourceLine]) -> set[int]:
    """Indexes of the lines in runs of at least MIN_ADDRESS_RUN lines that are each a web address alone."""
    out: set[int] = set()
    run: list[int] = []
    for idx, line in enumerate([*lines, SourceLine(0, "")]):
        text = line.text.strip()
        if text[:1] in "hHwW" and _ADDRESS_ONLY.match(text):
            run.append(idx)
            continue
        if len(run) >= MIN_ADDRESS_RUN:
            out.update(run)
        run = []
    return out
# '分类广告热线：…' too, a number masked ('0731-2882××××'), and the desk's address after the number ('广告热线：0731-28812345　地址：株洲日报社一楼广告部');
# each run of spaces is read once: the spaces before the address may be the number's own (a look behind says so),
# since '\s*[:：]?\s*[\d ]*[\s]+地址' split a run four ways ('广告热线' and 50,000 spaces ran past 20 s)
_HOTLINE = re.compile(r"^\s*(?:分类|夹缝|房产|招聘)?(?:广告接待热线|广告热线|新闻热线|发行热线|订报热线)\s*+(?:[:：]\s*+)?[\d×＊*\-—、，, ]*+"
                      r"(?:(?:[\s\u3000]+|(?<=\s))地址\s*[:：]\s*[^\s。，]{2,30})?$")




def is_scrape_chrome(text: str) -> bool:
    """Chrome only a scraped web page has (print, close, paging links); footers, QR prompts and hotlines are in print too."""
    bare = text.strip().lstrip("#").strip()
    return bool(CHROME.match(bare) or _NEIGHBOUR.match(bare) or _web_counter(bare) or app_share.is_chrome(bare) or site_bars.is_bar(bare))


def _web_counter(bare: str) -> bool:
    return bool(("次" in bare or "量" in bare or "数" in bare or "阅读" in bare or "浏览" in bare) and _COUNTER.match(bare) or "分享" in bare and _SHARE.match(bare)
                or bare.endswith("字") and _WORD_COUNT.match(bare)
                or len(bare) <= 80 and ("版权" in bare or "转载" in bare) and _RIGHTS.search(bare)
                or len(bare) <= 80 and bare[:1] in "Cc©" and _COPYRIGHT.match(bare) is not None)


# Where a scrape or an export left a picture: '[图片]', '【图片】', '【图】', '[图片：市场内人头攒动]', '图片：夜景.jpg'
_IMAGE_SLOT = re.compile(
    r"^[\[【〔<(（]\s*(?:图片|图像|照片|组图|视频|图|image|img|photo)\s*(?:[:：][^\]】〕>)）]{0,40})?[\]】〕>)）]$"
    r"|^(?:图片|图像|照片)\s*[:：]\s*[\w\-.（）()]{1,40}\.(?:jpe?g|png|gif|webp|bmp)$",
    re.IGNORECASE,
)


# a browser's window title a saved page keeps on its first line: the headline, then the paper and the site
# ('渌口古镇春节民俗活动安排出炉 - 株洲日报 - 株洲新闻网', '…_株洲新闻网'); the headline follows in the page
# (株洲新闻网 is one of the 2 to 8 characters before 网: named twice, a title of 30 sites tried 2^30 ways to end on one)
_SITE = r"(?:株洲日[报報]|株洲晚[报報]|株洲新聞網|[\u4e00-\u9fff]{2,8}网|数字报|电子版)"
_WINDOW_TITLE = re.compile(rf"^[^\s|｜_]\S.{{2,58}}?(?:\s*[-_|｜–—]\s*{_SITE}){{2,}}$|^[^\s|｜_]\S.{{2,58}}?\s*[-_|｜–—]\s*[\u4e00-\u9fff]{{2,8}}(?:网|網)$")
_WEEKDAY_ONLY = re.compile(r"^\s*(?:星期|周)[一二三四五六日天]\s*$")
_SHARE_TARGET = re.compile(r"^(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|微信朋友圈|豆瓣|人人网|复制链接|更多)$")


def _share_item(text: str, line: SourceLine, furniture: list[SourceLine]) -> bool:
    """'微信', '朋友圈', '微博' one a line right under '分享到：' (or under another of them): the share bar's links."""
    if not _SHARE_TARGET.match(text) or not furniture or furniture[-1].end != line.no - 1 - line.gap:
        return False
    above = furniture[-1].text.strip()
    return "分享" in above or bool(_SHARE_TARGET.match(above))


def is_chrome(text: str) -> bool:
    """Page chrome, page footers ('— 2 —', '第2页 共4页'), QR prompts, ad hotlines, sponsor strips and picture slots: no article's text."""
    bare = text.strip().lstrip("#").strip()
    return bool(
        CHROME.match(bare) or _PAGE_NO.match(bare) or _NEIGHBOUR.match(bare) or _PAPER.match(bare) or _QR.match(bare)
        or _HOTLINE.match(bare) or imprint.is_imprint(bare) or (bare[:1] in "本（(【[" and _SPONSOR_STRIP.match(bare)) or special_pages.is_furniture(bare) or _web_counter(bare) or (bare[:1] in "[【〔<(（图" and _IMAGE_SLOT.match(bare))
        or app_share.is_chrome(bare) or site_bars.is_bar(bare) or weibo.is_chrome(bare) or is_site_chrome(bare) or (len(bare) <= 20 and wechat.CHROME.match(bare) is not None) or wechat.is_post_line(bare) or (bare[:1] in _REACTION_FIRST and len(bare) <= 40 and _REACTIONS.match(bare) is not None)
    )


_BARE_PAGE_NO = re.compile(r"^\s*[-—–－]?\s*[0-9０-９]{1,3}\s*[-—–－]?\s*$")


def _between_stories(above: str, below: str) -> bool:
    """A finished sentence above, a headline's first character below: a folio a PDF viewer's copy kept between columns."""
    above, below = above.rstrip(), below.strip()
    return above[-1:] in ("。", "！", "？", "”") and bool(below) and "\u4e00" <= below[0] <= "\u9fff"


def _page_numbers(kept: list[SourceLine], furniture: list[SourceLine]) -> int:
    """A page number alone on its line ('３', '12') next to a running head, over a form feed, after a story's last
    sentence, or first or last in the file: a folio."""
    drop = [
        k for k, line in enumerate(kept)
        if not line.kind and len(bare := line.text.strip()) <= 12 and _BARE_PAGE_NO.match(bare)  # centred: its margin counts not
        and (k == 0 or k == len(kept) - 1 or kept[k - 1].kind == "section" or kept[k + 1].kind == "section"
             or kept[k + 1].text.startswith("\f")  # the last line of a page, the next opening on a form feed
             or _between_stories(kept[k - 1].text, kept[k + 1].text))
    ]
    for k in reversed(drop):
        furniture.append(kept.pop(k))
    furniture.sort(key=lambda line: line.no)
    return len(drop)


def _footers_first(kept: list[SourceLine]) -> None:
    """Running heads printed at the FOOT of each page name the page above them: move each to its page's top.

    Footer mode: the file ends on a running head and the first one comes after
    an article's text. Only the order pass two reads changes; line numbers stay.
    """
    heads = [k for k, line in enumerate(kept) if line.kind == "section" and line.source]
    if not heads or heads[-1] != len(kept) - 1 or kept[-1].kind != "section":
        return
    above = [line.text.strip() for line in kept[: heads[0]] if not line.kind]
    if len(above) < 5 or sum(map(len, above)) < 60:
        return  # a masthead, not a page of text, stands above the first head
    out: list[SourceLine] = []
    page: list[SourceLine] = []
    k = 0
    while k < len(kept):
        if kept[k].kind == "section" and kept[k].source:
            group = [kept[k]]
            while k + 1 < len(kept) and kept[k + 1].kind == "section" and kept[k + 1].source:
                k += 1
                group.append(kept[k])  # a foot set over two lines: date line, page label
            out.extend(group + page)
            page = []
        else:
            page.append(kept[k])
        k += 1
    kept[:] = out + page


def _beside_page(lines: list[SourceLine], idx: int) -> bool:
    """A lone date line after a story has begun dates the issue only beside the rest of a running head (page label, header, paper name).

    Alone, '2026年3月8日（星期日）' may be a date the story announces, which must not outrank the file name's.
    """
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(lines):
            text = to_figures(_MARKS.sub("", lines[j].text.strip()))
            if lines[j].kind == "section" or "株洲日" in text or "株洲晚" in text or is_header(text) or page_label(text) is not None:
                return True
    return False


def _head_beside(text: str) -> bool:
    """A running head, a page label or the paper's name: what a date line beside it belongs to."""
    text = to_figures(_MARKS.sub("", text))
    return "株洲日" in text or "株洲晚" in text or is_header(text) or page_label(text) is not None


def _timed_chrome(text: str) -> bool:
    return ":" in text and (app_share.is_chrome(text) or weibo.is_chrome(text) or wechat.is_post_line(text))


_MARGIN_FIRST = set(" \t0123456789hf")


def mark(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> str | None:
    """Turn headers into section lines and move chrome to `furniture`; return the first header date."""
    date = None
    kept: list[SourceLine] = []
    dropped = headers = 0
    body_seen = False
    crumbed: list[SourceLine] = []  # the site's path lines read so far
    addresses = _address_runs(lines)
    framing: bool | None = None  # whether the page frames titles: read once, when a framed kind first asks
    for idx, line in enumerate(lines):
        text = to_figures(_MARKS.sub("", line.text.strip()))  # '二〇二五年九月五日 星期五' reads as '2025年9月5日 星期五'
        if idx in addresses or (line.text[:1] in _MARGIN_FIRST and print_margins.is_margin(line.text)) or _timed_chrome(line.text) or (
            idx < 2 and _WINDOW_TITLE.match(line.text.strip())
        ):
            furniture.append(line)  # print margins, an app's or Weibo's time line: read before the time is folded away
            dropped += 1
        elif line.kind not in ("", "heading", "subhead"):
            kept.append(line)
        elif CRUMB_HINT.search(text) and (crumb := breadcrumb(text)) is not None:
            date = date or crumb[1]
            line.kind, line.source, line.text = "section", line.text, crumb[0]
            crumbed.append(line)
            kept.append(line)
            headers += 1
        elif date is None and crumbed and kept[-1] is crumbed[-1] and crumbed[-1].end >= line.no - 1 - line.gap and (m := BARE_DATE.match(text)):
            date = iso(*m.groups())  # '2014年11月05日' alone under the site's path, which gave no day: the page's day
            line.kind, line.source, line.text = "section", line.text, ""
            kept.append(line)
            headers += 1
        elif is_header(text):
            day, section = page_header(text)
            section = "" if _WEEKDAY_ONLY.match(section) else section  # '…第3版　星期四': the weekday names no section
            date = date or day
            line.kind, line.source, line.text = "section", line.text, section
            line.editor = "".join(m.group(2).split()) if (m := EDITOR_OF.search(flat(text))) else ""
            kept.append(line)
            headers += 1
        elif line.kind:
            kept.append(line)
        elif text[:1] in _RULE_START and _RULE.match(text.replace(" ", "")):
            line.kind = "rule"  # a rule between small ads: pass two closes the ad above it
            kept.append(line)
        elif (label := label_line(text)) is not None:
            after_header = bool(kept) and kept[-1].kind == "section" and kept[-1].end >= line.no - 1 - line.gap
            line.kind, line.source, line.editor = "section", line.text, label[1]
            line.text = "" if after_header and " " not in label[0] else page_name(label[0])  # '第5版' under its header adds no name
            kept.append(line)
            headers += 1
        elif (dated := len(text) <= 24 and ("星期" in text or "周" in text)) and (body_seen or line.no > MASTHEAD_ROWS) and MASTHEAD_DATE.match(wide(text)) and (
            closing_dates.closes_story(lines, idx, _head_beside)
        ):
            kept.append(line)  # '2025年12月6日 星期六' after a story's last paragraph, once: the story's date
        elif dated and line.no > MASTHEAD_ROWS and (m := MASTHEAD_DATE.match(wide(unnamed(text)))):
            line.kind, line.source, line.text = "section", line.text, ""  # a running head's date line: '2025年3月8日 星期六'
            date = date or (iso(*m.groups()) if not body_seen or _beside_page(lines, idx) else None)
            kept.append(line)
            headers += 1
        elif dated and line.no <= MASTHEAD_ROWS and body_seen and (m := MASTHEAD_DATE.match(wide(unnamed(text)))):
            line.kind, line.source, line.text = "section", line.text, ""  # a short first page: the next page's running head
            date = date or (iso(*m.groups()) if _beside_page(lines, idx) else None)
            kept.append(line)
            headers += 1
        elif line.no <= MASTHEAD_ROWS and (m := MASTHEAD_DATE.match(text)):
            date = date or iso(*m.groups())  # a masthead date an export set apart from its page line
            kept.append(line)
        elif line.no <= MASTHEAD_ROWS and not body_seen and (m := YEARLESS_HEAD.match(yearless_figures(flat(text)))):
            line.kind, line.source, line.text = "section", line.text, m.group(1) or ""  # '3月6日　星期五　第4版': the year is the name's
            kept.append(line)
            headers += 1
        elif len(text) <= 14 and _CLASSIFIED.match(text.replace(" ", "")) and not _listed_under(lines, idx):
            line.kind = "section"
            kept.append(line)
        elif len(text) <= 12 and text[:1] in "【[〔" and (m := framed_kinds.AD_CATEGORY.match(text)) and not framed_kinds.titles_an_ad(
            lines, idx, framing if framing is not None else (framing := framed_kinds.frames_titles(lines))
        ):
            line.kind, line.source, line.text = "section", line.text, m.group(1)  # '【房产】' over a classified page's ads: their kind
            kept.append(line)
        elif (is_chrome(text) and not (kept and not kept[-1].kind and _QR.match(text) and wraps_on(kept[-1].text))) or (_PHONE_ONLY.match(text) and furniture and furniture[-1].end == line.no - 1 - line.gap) or _share_item(text, line, furniture):
            furniture.append(line)
            dropped += 1
        else:
            kept.append(line)
            body_seen = body_seen or opens_body(text)  # an article's text has begun: no masthead from here on
    dropped += _page_numbers(kept, furniture)
    _footers_first(kept)
    lines[:] = kept
    if headers:
        warnings.append(f"已识别 {headers} 行页眉（日期、版次、版名） / Read {headers} page header line(s) as date, page and section.")
    if dropped:
        warnings.append(f"已移除 {dropped} 行版面元素（打印、翻页、二维码、热线） / Dropped {dropped} page-chrome line(s) (print, paging, QR prompts, hotlines).")
    return date
