"""Classify each source line of a raw dump: heading, byline, body, caption, table…

This is the first of the parser's two passes (the second, `parse.py`, groups
lines into articles). Decisions here look only at a line, its block and its
near neighbours; anything that needs the article context waits for pass two.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

from . import bare_writers, caption_lines, circled_items, credit_lines, cut_tails, deck_lines, english_mastheads, old_mastheads, pen_names, qr_prompts, quoted_heads, repeated_mastheads, rubric_lines, short_year_mastheads, stray_ads, wire_credits, yearless_mastheads
from .bylines import Byline, Lead, parse_credit, parse_lead, split_names
from .date_lines import drop_trailing_date, heads_a_story, is_date_line, mark_closing_dates, mark_date_lines
from .dates import MASTHEAD_LINES, MASTHEAD_MAX_CHARS, PAGE_TAIL, masthead_length
from .letter_signers import is_letter_signer
from .notice_lines import FIELD, NOTICE_TITLE, SIGNER, SIGNER_END
from .picture_sets import mark_numbered_pictures
from .reader_messages import is_message
from .sentence_ends import CLOSED
from .speeches import is_speaker_line
from .renditions import SourceLine
from .renditions.cn_dates import to_figures
from .renditions.model import plain_lines
from .verse_lines import closing_bylines, mark_poem_runs, mark_verse, verse_signed_after
from .bylines import writer_credit  # noqa: I001 (kept on its own line)

HAN = re.compile(r"[\u3400-\u9fff]")
TERMINAL = set("。!?！？…”’」』)）】》;；.")
BREAK_ENDS = set(",，、：:;；")
MAX_HEADING = 60
SLOT_BLANKS = 2  # two or more blank lines: an empty photo slot in the dump

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s++((?:[^\s#]|#++|[^\S\n]++)*?)(?>\s*#*\s*)$")  # as renditions/markup.py's _HEADING
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_ITEM = re.compile(r"^\s*(?:[-*+•]\s+|[·・]\s*)(.*)$")
# (each run of spaces is read one way: the quotes' run whole, one run around a bracket or '第'; a quote and 2,000
# ideographic spaces took 5.7 s, split three ways)
_MARKER = re.compile(
    r"^([“\"‘'\s]*)(?![“\"‘'\s])[←<]*\s*(?:(?:[(（]\s*)?上接|[(（]\s*紧?接)\s*(?:第\s*)?([A-Za-zＡ-Ｚａ-ｚ]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*([①-⑳])?\s*[)）]?\s*(.*)$"  # '（上接第一版）' too
)
_EDITOR_ROLE = r"(?:责任编辑|本版责任编辑|本版责编|本版美编|本版编辑|美术编辑|美编|责编|校对|版式设计|编辑|审核|终审|复审|初审|二审|三审|审校)"  # a post's 三审 credits too
_EDITOR = re.compile(rf"^\s*(?:[【（(]\s*)?({_EDITOR_ROLE})\s*(?:[:：|｜]|】)\s*(.+?)\s*[】）)]?$")  # '编辑｜邓　雯' in an app's credits; '【责任编辑：毛晴】', '【责任编辑】毛晴', '（责任编辑：陶　然）
# A line of editors' credits with or without colons: '责任编辑 易某 美术编辑 罗某'.
_EDITOR_NAME = rf"([\u3400-\u9fff·]{{2,4}}?)(?=\s*{_EDITOR_ROLE}|\s*$)"
_EDITOR_CREDITS = re.compile(rf"^\s*(?:{_EDITOR_ROLE}(?:\s*[:：]\s*|\s+)(?:[\u3400-\u9fff][ \u3000]{{1,2}}[\u3400-\u9fff](?=\s|$)|[\u3400-\u9fff·]{{2,4}}?)\s*)+$")  # a colon or a space; '周 琳' padded
_EDITOR_CREDIT = re.compile(rf"({_EDITOR_ROLE})\s*[:：]?\s*{_EDITOR_NAME}")
_MORE_ROLES, _PADDED = re.compile(rf"{_EDITOR_ROLE}\s*[:：]"), re.compile(r"(?<=[\u3400-\u9fff])[ \u3000](?=[\u3400-\u9fff](?:[ \u3000]|$))")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEP = re.compile(r"^[\s|:\-—\t]+$")
# A signed date on its own line, in figures (half- or full-width) or in Chinese numerals (二〇二五年七月二日).
# The signer may stand in front of it on the same line ('某某有限公司清算组 2026年3月19日').
DATE_ONLY = re.compile(
    r"^\s*(?:[\u4e00-\u9fff()（）·]{2,28}" + SIGNER_END + r"[ \u3000]+)?"
    r"(?:(?:19|20|１９|２０)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[一二〇○零]{1}[〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$"
)
# An address or phone line ends an ad; it is never a headline or a section.
_FIELD_START = re.compile(r"[\u4e00-\u9fff]{0,4}(?:地址|[厂店社校]址|电话|电挂|电报挂号|开户银?行|[帐账]号|邮政编码|联系人?|热线|手机|邮箱)\s*[:：]")  # '看房电话：', '联系：'; an old ad's '厂址：', '电挂：', '帐号：'
# A phone number in half- or full-width digits; the first digit is matched first so the scan stays fast.
_PHONE = re.compile(r"[1１0０](?<!\d[1１0０])(?:(?<=[1１])[3-9３-９]\d{9}|(?<=[0０])\d{2,3}[-－]?\d{7,8})(?!\d)")
_WEB = re.compile(r"(?<=[A-Za-z0-9])@[A-Za-z0-9-]+\.[A-Za-z]|(?:www\.|https?://)[A-Za-z0-9]")  # e-mail, web address


class _Contact:
    """`CONTACT.search(text)`: a phone, address field, e-mail or web address (the last two looked for only when hinted)."""

    def search(self, text: str):
        found = _FIELD_START.match(text) or _PHONE.search(text)
        return found or (_WEB.search(text) if "@" in text or "www." in text or "http" in text else None)


CONTACT = _Contact()


class ContactMemo:
    """`CONTACT.search(block.text)` for a block that grows by joins, scanning only what each join added.

    A paragraph the parser glues together line by line (core/parse.py `_join_broken`) was searched
    whole after every join: 3,000 unterminated lines took minutes. The start of the text never
    changes (the anchored address field is looked for once), a block with a contact is never joined
    again, and a phone number is a few characters long, so a look from a little before the old end
    finds what the whole search would (an e-mail address longer than the overlap split across the
    join aside). `re.search(text, pos)` still sees the characters before `pos` for look-behinds.
    """

    OVERLAP = 64

    def __init__(self) -> None:
        self._seen: dict[int, tuple[object, int, bool]] = {}  # id -> (the block, kept alive; length looked at; found)

    def found(self, block) -> bool:
        text = block.text
        seen = self._seen.get(id(block))
        if seen is None or seen[0] is not block or seen[1] > len(text):
            hit = CONTACT.search(text) is not None
        elif seen[1] == len(text) or seen[2]:
            hit = seen[2]
        else:
            pos = max(0, seen[1] - self.OVERLAP)
            hint = text.find("@", pos) >= 0 or text.find("www.", pos) >= 0 or text.find("http", pos) >= 0
            hit = _PHONE.search(text, pos) is not None or (hint and _WEB.search(text, pos) is not None)
        self._seen[id(block)] = (block, len(text), hit)
        return hit
COLUMN_LABEL = re.compile(r"^.{0,4}(?:时评|快评|短评|评论|论坛|观察|视点|杂谈|随笔|社论|观点|热评|锐评|评论员文章)$")
_STARTS_WITH_DATE = re.compile(r"^\d{1,2}月\d{1,2}日")
_MASTHEAD_HINT = re.compile(
    r"(?:19|20|１９|２０)\d{2}年\d{1,2}月\d{1,2}日[\s·・|｜,，/]*(?:星期|周)|(?<![\d.])(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}[\s·・|｜,，]*(?:星期|周)[一二三四五六日天]|第\s*\d{3,6}\s*期(?!\s*(?:开奖|中奖|兑奖|销售))|今日\s*\d{1,3}\s*版|CN\s*\d{2}-\d{4}|主管.{0,4}主办|^掌上株洲|^株洲日[报報](?:\s*(?i:zhuzhou\s+daily))?$|^株洲日[报報](?:[\s\u3000]*[·・|｜—\-][\s\u3000]*|[\s\u3000]+)[\u4e00-\u9fff]{2,6}$"
    r"|(?i:^ZHUZHOU\s*DAILY$)|(?i:^ZZRB[\s_\-]*(?:19|20)\d{2}[-_./]?\d{1,2}[-_./]?\d{1,2})|(?:星期|周)[一二三四五六日天][\s·・|｜,，/]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|^《?(?:株洲日报|株洲晚报|(?i:zhuzhou\s+daily))》?\s*+(?:(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報)\s*+)?(?:[|｜·\-—]\s*+)?(?:第\s*+\d{1,6}\s*+期\s*+)?(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|([-/.])\d{1,2}\2\d{1,2})(?:\s*+第\s*+\d{1,6}\s*+期)?" + PAGE_TAIL + "$"  # '# 株洲日报 2025年8月8日', '株洲日报 | 2025-08-12': the paper and its date (each run of spaces read once: the paper's name and 20,000 spaces ran past 20 s)
    r"|(?<![\d./])\d{2}([/.])\d{1,2}\3\d{2}(?![\d./])\s*(?:星期|周)[一二三四五六日天]|" + short_year_mastheads.HINT + "|" + english_mastheads.HINT  # '26/01/24 星期六', '88.7.5 星期二': by the weekday
    + "|" + yearless_mastheads.HINT  # '【株洲日报】12月6日 周日 A03·城事': no year, the weekday gives it
    + "|" + old_mastheads.HINT  # '中共株洲市委机关报', '今日四版', '（第二四一八号）': an old masthead's small print
)

# The masthead's date and weekday set on lines of their own ('2025年10月3日' / '星期五　农历八月十二'), or in figures
# ('2025-10-06 星期一'): only right under the paper's name or another masthead line (a notice is signed with a date too).
# (each part takes the spaces after it: spaces around a missing part were split four ways)
_MASTHEAD_PART = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|([-/.])\d{1,2}\1\d{1,2}(?!\d))\s*)?"
    r"(?:(?:星期|周)[一二三四五六日天]\s*)?(?:(?:农历|農曆)\s*\S{2,12}?\s*)?(?:(?:星期|周)[一二三四五六日天]\s*)?$"  # '農曆九月十三　星期四' too
)


@dataclass
class Line:
    """One non-blank source line and what pass one made of it."""

    no: int  # 1-based line number in the source
    text: str  # stripped, markdown heading marks removed
    raw: str = ""
    kind: str = "p"  # masthead heading byline credit editor marker table item p caption
    gap: int = 0  # blank lines before it
    block_first: bool = True
    hard_break: bool = False  # markdown two-space line end
    verse: bool = False  # a line of a poem: a line of its own, never glued to the one above
    md: bool = False
    md_level: int = 0  # 1 for "#", 2 for "##"…; "###" and deeper are sub-headings
    lead: Lead | None = None
    byline: Byline | None = None
    cells: list[str] = field(default_factory=list)
    marker: str = ""
    editor: str = ""

    first: bool = False  # the first non-blank line of the file
    end: int = 0  # the last source line it covers (a rendition may join wrapped lines)
    forced: str = ""  # a kind the rendition pass already knew
    kicker: bool = False  # a headline line the rendition named the kicker ('引题：…'): never the title

    def __post_init__(self) -> None:
        self.end = self.end or self.no

    @property
    def slot_before(self) -> bool:
        return self.gap >= SLOT_BLANKS and not self.first


def classify(source: list[str] | list[SourceLine]) -> list[Line]:
    """Pass one: every non-blank line with a kind (raw lines or the rendition pass's lines)."""
    if source and isinstance(source[0], str):
        source = plain_lines(source)  # type: ignore[arg-type]
    lines = _collect(source)  # type: ignore[arg-type]
    _mark_masthead(lines)
    field_tops: dict[int, int] = {}  # where each run of 'label：value' lines starts (`_notice_field`)
    for i, line in enumerate(lines):
        if line.forced and not (line.kind == "masthead" and line.forced in ("heading", "subhead") and _masthead_text(line.text)):
            line.kind = _forced_kind(line)  # a heading or a bold line of the paper's name and date ('**株洲日报**') stays the masthead
        elif line.kind != "masthead":
            line.kind = _kind_of(line, lines, i, field_tops)
    repeated_mastheads.mark(lines)  # '株洲日报' over a date line further down: the next page's masthead
    rubric_lines.mark(lines)  # '**【新春走基层】**' over '# 标题': the headline's kicker
    credit_lines.credit_for_next_photo(lines)  # '图/某某' over the next titled photo, the one above credited already
    caption_lines.mark(lines)
    qr_prompts.mark(lines)  # '微信公众号二维码' under a code's picture: its caption
    mark_numbered_pictures(lines)
    _mark_labels(lines)
    bare_writers.mark(lines)  # '刘某某' alone under a headline: its writer
    deck_lines.mark(lines)  # '新建…14所，新增…1.8万个' over the byline: the headline's subtitle
    closing_bylines(lines)
    pen_names.mark(lines)  # '（晓  明）' alone after the last sentence: a short piece's signature
    mark_verse(lines)
    mark_poem_runs(lines)  # '荷塘的水又涨了，' under '□ 周某': a poem whose lines end on commas
    verse_signed_after(lines)
    _first_section_heads(lines)
    mark_date_lines(lines)
    mark_closing_dates(lines)
    return lines


# '一、项目概况': the first numbered section head of a notice's (or a report's) text
_FIRST_SECTION_HEAD = re.compile(r"^一、\S.{0,14}$")


def _first_section_heads(lines: list[Line]) -> None:
    """A '一、…' head right under a headline opens the text: it is neither part of the title nor the title.

    The short headline over it ('招标公告') was read as a label and the
    section head as the headline; the heads after it already read as text.
    """
    step = 1 if all(line.gap >= 1 for line in lines[1:]) else 0  # one paragraph a line: every line after a break
    for prev, line in pairwise(lines):
        if line.kind == "heading" and prev.kind == "heading" and line.gap <= step and not line.md and _FIRST_SECTION_HEAD.match(line.text):
            line.kind = "p"


def _collect(source: list[SourceLine]) -> list[Line]:
    lines: list[Line] = []
    for src in source:
        raw, gap = src.text, src.gap
        stripped = raw.replace("\u3000", " ").replace("\xa0", " ").strip()
        if not stripped and src.kind != "section":
            continue  # a page header without a section name ('2025年7月17日 星期四 A02') is still kept
        md = _MD_HEADING.match(stripped)
        text = md.group(1).strip() if md else stripped
        if md and not text:
            text = stripped
        lines.append(
            Line(src.no, text, raw=src.source or raw, gap=gap, block_first=gap > 0 or not lines or lines[-1].forced == "section", md=bool(md and md.group(1).strip()),
                 md_level=len(stripped) - len(stripped.lstrip("#")) if md else 0,
                 hard_break=raw.endswith("  "), first=not lines, end=src.end, forced=src.kind, editor=src.editor)
        )
    return lines


def _forced_kind(line: Line) -> str:
    """A kind the rendition pass knew: page sections, meta-line bylines, bold headings, listing rows."""
    if line.forced == "table":
        line.cells = _cells(line.raw.strip(" \n")) if _is_table_row(line) else [line.text]
        return "table"
    if line.forced == "kicker":
        line.kicker = True
        return "heading"
    if line.forced == "byline":
        names = [n for n in split_names(line.text) if re.fullmatch(r"[\u3400-\u9fff\U00020000-\U0003134f·]{2,4}", n)]
        line.byline = parse_credit(line.text) or Byline(reporters=names)  # '作者：汤某 邓海峰'
        if not line.byline:
            return "p"
        return "byline"
    return line.forced


def _masthead_text(text: str) -> bool:
    return masthead_length(text) <= MASTHEAD_MAX_CHARS and bool(_MASTHEAD_HINT.search(to_figures(text)))


PARAGRAPH_MIN_CHARS = 30


def _is_paragraph(text: str) -> bool:
    """A paragraph of text: long, with a comma, ending a sentence (a closing byline after it or not).

    On a short page (PDF text of a few lines once unwrapped) the running head
    at the page foot is still among the first lines; the text above it is no masthead.
    """
    return len(text) > PARAGRAPH_MIN_CHARS and "，" in text and bool(CLOSED.search(text))


def _sentence(text: str) -> bool:
    """'如今，沿街的老厂房被改造成书店。': a short page's text ends its sentences; no masthead line does."""
    return len(text) >= 12 and "，" in text and text.rstrip()[-1:] in "。！？"


def _past_masthead(text: str) -> bool:
    """A reporter's credit or a line of text too long for a masthead: the page's running head repeated below is no masthead."""
    return masthead_length(text) > MASTHEAD_MAX_CHARS or ("记者" in text or "通讯员" in text) and parse_credit(text) is not None


def _mark_masthead(lines: list[Line]) -> None:
    """Lines up to the last masthead hint among the first lines are the masthead."""
    last = -1
    hints: list[int] = []
    skipped = lines[0].no - 1 if lines else 0  # lines of chrome above it (a scraper's addresses) are no page's lines
    for i, line in enumerate(lines[:MASTHEAD_LINES]):
        if (line.no - skipped > MASTHEAD_LINES * 2 or parse_lead(line.text) or _is_paragraph(line.text)
                or _past_masthead(line.text) or _sentence(line.text)):
            break  # an article's lead ('株洲日报讯（记者…）') or text is past the masthead, whatever dated line follows
        if _masthead_text(line.text) or (last == i - 1 and _MASTHEAD_PART.match(to_figures(line.text))):
            last = i  # a date or weekday line right under the paper's name or date: the masthead goes on
            hints.append(i)
    above = hints[-2] if len(hints) >= 2 else -1
    if last > 0 and above < last - 1 and lines[last - 1].kind == "p" and is_date_line(lines[last].text) and heads_a_story(lines, last):
        last = above  # '2025年12月12日 星期五' under a headline and over its byline: the story's date line, no masthead
    for line in lines[: last + 1]:
        line.kind = "masthead"


# A document number (发文字号): issuer's abbreviation, the year in brackets, the number ('株自然资告字〔2025〕第12号')
DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔［\[（(【]\s*(?:19|20|１９|２０)[\d０-９]{2}\s*[〕］\]）)】]\s*第?\s*[\d０-９]{1,5}\s*号$"
    r"|^[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*[\u4e00-\u9fff]{1,2}\d{2,6}\s*[\u4e00-\u9fff]{1,6}\s*\d{1,6}\s*号$"  # a court's case: '（2026）湘0211民初1288号'
)


_QA = re.compile(r"^(?:问|答|记者|主持人|网友|读者)\s*[:：]\s*\S")
_QA_FIRST = "问答记主网读"


def _kind_of(line: Line, lines: list[Line], i: int, field_tops: dict[int, int]) -> str:
    text = line.text
    if _is_table_row(line):
        line.cells = _cells(line.raw.strip(" \n"))
        return "table"
    if m := _MARKER.match(text):
        line.marker = unicodedata.normalize("NFKC", m.group(2)) + "版" + (m.group(3) or "")  # 'Ｂ０３': the page B03
        rest = m.group(4).strip()
        line.text = (m.group(1).strip() + rest) if rest else ""
        return "marker"
    if _EDITOR_CREDITS.match(text):
        line.editor = _page_editor(_PADDED.sub("", text))
        return "editor"
    if m := _EDITOR.match(text):  # '责编：易　丹　审核：陈国平': a padded name, then another role
        line.editor = _page_editor(_PADDED.sub("", text)) if _MORE_ROLES.search(m.group(2)) else "".join(m.group(2).split())
        return "editor"
    if _PHOTO_SOURCE.match(text):
        return "caption"  # '（图片由攸县融媒体中心提供）': whose photo, no one's byline
    # '作者：株洲日报全媒体记者 罗某', read only on a byline's length: '来源：' + a million spaces tried the source from each space (hours)
    if (len(text) <= 40 or len(text) <= 56 and "源" in text) and (credit := credit_lines.any_credit(drop_trailing_date(_AUTHOR_LABEL.sub("", _SOURCE_TAIL.sub("", text) if "源" in text else text)))) is not None:
        line.byline = credit
        writers = credit.reporters or credit.correspondents  # '文/图 记者 某某': a writer's byline, not a photo credit
        return "credit" if (credit.photographers or wire_credits.wire_photo(text)) and not writers else "byline"  # '新华社记者 某某 摄' too
    if line.md:
        return "heading"
    if text.lstrip("□■◎●◆◇ ")[:1] == "文" and (writer := writer_credit(text)):
        line.byline = writer  # '文/李某某': a commentary's writer, named without a role
        return "byline"
    if m := _ITEM.match(text):
        line.text = m.group(1).strip()
        return "item" if line.text else "p"
    if text[:1] in _CIRCLED and circled_items.is_item(lines, i):
        return "item"  # '① 新增社区菜市场12个' / '② …': a numbered list, no headlines
    if lead := parse_lead(text):
        line.lead = lead
        return "p"
    if _after_notice_closing(lines, i) or _is_signer(lines, i) or CONTACT.search(text) or DOC_NUMBER.match(text):
        return "p"  # '株自然资告〔2025〕18号': a notice's document number is its text, never part of its title
    if text[:1] in _QA_FIRST and _QA.match(text):
        return "p"  # '问：今年养老金调整的标准是什么？': a question of a Q&A, no sub-heading
    if stray_ads.is_stray_ad(text):
        return "p"  # '【广告】某某服装厂　…　电话：23456' between stories: a one-line ad, no headline (core/stray_ads.py)
    if FIELD.match(text) and _notice_field(lines, i, field_tops):
        return "p"  # '姓名：李某某', '项目编号：…' under '寻人启事', '…招标公告': the notice's fields, no headlines
    if (heading_like(text, first_in_run=_first_in_run(lines, i)) or quoted_heads.over_credit(lines, i)) and _can_start_heading(lines, i) and not cut_tails.carries_on(lines, i):
        return "heading"
    if _deck_under_headline(lines, i):
        return "heading"
    return "p"


def _deck_under_headline(lines: list[Line], i: int) -> bool:
    """'——计划建成30个，均匀分布在五个城区' right under a headline: its deck, commas and all, never body text."""
    text = lines[i].text
    return (
        i > 0 and text.startswith("——") and lines[i - 1].kind == "heading" and not lines[i].slot_before
        and len(text) <= MAX_HEADING and "。" not in text and text[-1] not in BREAK_ENDS and _balanced(text)
    )


# '记者 李某 通讯员 文某某 来源：株洲日报': an export's meta spans joined; the source names no one
# '作者：' an export sets before a byline that names its roles ('作者：株洲日报全媒体记者 罗某')
_AUTHOR_LABEL = re.compile(r"^\s*作者\s*[:：]\s*(?=(?:株洲日报|本报)?(?:全媒体|见习|首席|特约)?(?:记者|通讯员|实习生))")
_SOURCE_TAIL = re.compile(r"[\s|｜]+(?:来源|稿源|稿件来源)\s*[:：]\s*\S{2,12}\s*$")


def heading_like(text: str, first_in_run: bool = True) -> bool:
    """Could this line be printed as a headline (or label, or sub-heading)?"""
    bare = text.replace(" ", "")
    if len(bare) == 1:
        return bare in _ONE_CHARACTER_HEADS  # '春' over an essay or a brief: a head of one character, as papers set them
    if not 2 <= len(bare) <= MAX_HEADING or "。" in bare or bare[-1] in BREAK_ENDS or bare[-1] in ".;":
        return False
    if bare[-1] in "号室层楼座栋" and stray_ads.STREET_ADDRESS.match(bare):
        return False  # '株洲市芦淞区某某大道118号': where an ad's shop is, over its phone; no headline
    if DATE_ONLY.match(text) or _STARTS_WITH_DATE.match(bare) or bare.startswith("特此") or is_letter_signer(text) or is_speaker_line(text) or is_message(text) or qr_prompts.is_prompt(bare):
        return False
    if len(bare) >= 2 and bare[-1] in "”’\"" and bare[-2] in "。！？!?…":
        return False  # a quoted sentence on its own line is body text
    if not _balanced(bare):
        return False
    if bare[0] in "(（" and bare[-1] in ")）" and _ASIDE_ONLY.match(bare):
        return False  # '（数据来源：市住房保障中心）', '（本报综合）': a note in brackets, never a headline
    commas = bare.count(",") + bare.count("，") + bare.count("!") + bare.count("！")
    if bare[-1] in "!！" and bare[-2:-1] not in ("!", "！"):
        commas -= 1  # one closing '！' ends a headline ('祖国，生日快乐！'); '主场!!' is a slogan
    if commas > 1 or (commas and not first_in_run) or (commas and bare[-1] == "…"):
        return False  # '…，曲目包括《浏阳河》……': a sentence trailing off, not a headline
    han = len(HAN.findall(bare))
    return han >= 2 and han >= 0.4 * len(_ASCII_RUN.sub("0", bare))  # 'CPI', '0.6%': a figure or an acronym is one word


# a character a head of one is set as ('春', '雪', '家'): a Han character, none of the marks that stand alone in credits
_ONE_CHARACTER_HEADS = frozenset(chr(c) for c in range(0x4E00, 0x9FA6)) - set("图文摄据讯记者编审校版页续转接上下")
_ASCII_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%‰+\-]*")


_ASIDE_ONLY = re.compile(r"^[(（][^()（）]+[)）]$")


def _over_credit(lines: list[Line], i: int) -> bool:
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return ("记者" in nxt or "通讯员" in nxt) and parse_credit(nxt) is not None


def _balanced(text: str) -> bool:
    """A headline does not open a bracket or quote it does not close."""
    return all(text.count(a) == text.count(b) for a, b in ("()", "（）", "“”", "《》", "【】"))


def _first_in_run(lines: list[Line], i: int) -> bool:
    if i > 0 and lines[i - 1].kind == "heading" and COLUMN_LABEL.search(lines[i - 1].text.replace(" ", "")):
        return True  # under a column label (株洲时评): the real headline may carry a comma
    if i > 0 and lines[i - 1].kind == "heading" and len(lines[i - 1].text) <= 8 and _over_credit(lines, i):
        return True  # '新春走基层' over '除夕夜，他们坚守在岗位上' over its byline: a label, then the headline
    return i == 0 or lines[i - 1].kind not in ("heading",) or lines[i].slot_before


def _can_start_heading(lines: list[Line], i: int) -> bool:
    """A headline opens a block, or continues a block of headline lines."""
    line = lines[i]
    if line.block_first:
        return True
    prev = lines[i - 1]
    # the masthead closes its own block, blank line or not; so does a story's date line ('2026年3月6日') under its text
    return prev.kind in ("heading", "masthead") or (prev.kind == "p" and is_date_line(prev.text)) or _under_label(lines, i)


def _under_label(lines: list[Line], i: int) -> bool:
    """'重阳节专题：' opening a block over this line, a byline or a lead under it: a label over a headline (`_mark_labels`)."""
    prev, nxt = lines[i - 1], (lines[i + 1] if i + 1 < len(lines) else None)
    if not (prev.kind == "p" and prev.block_first and not prev.lead and _PLACE_LABEL.match(prev.text)) or nxt is None or nxt.gap:
        return False  # a cheap look first: only a short line ending on a colon, then this line right under it
    return parse_credit(nxt.text.strip()) is not None or parse_lead(nxt.text) is not None


SIGNER_ROWS = 3  # a notice signed by several parties: '株洲某某科技有限公司' / '株洲某某电子有限公司' / date


def _is_signer(lines: list[Line], i: int) -> bool:
    """'株洲市某某有限公司' right above '2024年5月31日' (or above the other signers over it): a signature, not a headline."""
    if lines[i].md or len(lines[i].text) > 30:
        return False
    for j in range(i + 1, min(i + 1 + SIGNER_ROWS, len(lines))):
        nxt = lines[j]
        if DATE_ONLY.match(nxt.text):
            return bool(SIGNER.search(lines[i].text)) or not heads_a_story(lines, j)  # a headline over its story's date
        if nxt.gap or nxt.md or len(nxt.text) > 30 or not (SIGNER.search(nxt.text) or FIELD.match(nxt.text)):
            return False  # only more signers ('拍卖人：湖南某某拍卖有限公司') stand between a signer and its date
    return False


def _notice_field(lines: list[Line], i: int, tops: dict[int, int]) -> bool:
    """A 'label：value' line in a run of them right under a notice's or an ad's title.

    `tops` keeps, for each field line walked over, where its run starts: pass one judges the lines in order and never
    changes an earlier line's kind, so a run is walked once, not once for each of its lines (30,000 ad lines ran past
    40 s).
    """
    j = i - 1
    walked: list[int] = []
    while j >= 0 and lines[j].kind == "p" and FIELD.match(lines[j].text):
        if j in tops:
            j = tops[j]
            break
        walked.append(j)
        j -= 1
    tops.update(dict.fromkeys(walked, j))
    return j >= 0 and lines[j].kind == "heading" and bool(NOTICE_TITLE.match("".join(lines[j].text.split())))


def _after_notice_closing(lines: list[Line], i: int) -> bool:
    """The signature block after '特此公告。' is part of the notice, not a headline."""
    return i > 0 and lines[i - 1].kind == "p" and lines[i - 1].text.startswith("特此")


def _is_table_row(line: Line) -> bool:
    return "\t" in line.raw.strip() or bool(_PIPE_ROW.match(line.text))  # a trailing tab makes no cells


def _cells(text: str) -> list[str]:
    if _PIPE_ROW.match(text):
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
    else:
        cells = [c.strip() for c in text.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def is_table_separator(line: Line) -> bool:
    return line.kind == "table" and bool(_TABLE_SEP.match(line.text)) and "-" in line.text


_PHOTO_SOURCE = re.compile(r"^[(（]?\s*(?:图片|照片|图)\s*(?:由|来源\s*[:：]?|来自|提供\s*[:：])\s*[^()（）。]{2,30}?(?:提供|供图)?\s*[)）]?$")
_PLACE_LABEL = re.compile(r"^[^\s。，,；;！？]{2,16}[:：]$")


def _mark_labels(lines: list[Line]) -> None:
    """'醴陵：' or '“株洲工匠”王某某：' on its own line right above a headline: part of that headline, not text."""
    for line, nxt, after in zip(lines, lines[1:], lines[2:]):
        opens = after.lead is not None or after.kind == "byline"  # the headline opens a signed article
        if line.kind == "p" and not line.lead and nxt.kind == "heading" and not nxt.slot_before and opens and _PLACE_LABEL.match(line.text):
            line.kind = "heading"


def _page_editor(text: str) -> str:
    """The page's editor in a line of credits: the 责任编辑 (or 本版编辑, 编辑), else the first name."""
    credits = _EDITOR_CREDIT.findall(text)
    for role, name in credits:
        if role in ("责任编辑", "本版编辑", "编辑"):
            return name
    return credits[0][1] if credits else ""
