"""Where a headline met after an article's text belongs: a kicker, a preface, the next piece, a sub-heading.

The rules pass two (zzreader/core/parse.py) asks when it meets a headline
line; they read only the lines and the article being assembled, so they live
apart from the walk itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import box_dress
from .article_draft import dressed
from .three_line_heads import place_title
from .type_rules import DATED_OPENING, SOURCED_OPENING
from .wire_credits import wire_closed

if TYPE_CHECKING:
    from .lines import Line
    from .models import Block
    from .parse import _Draft

SUBHEAD_STYLE = re.compile(r"^(?:[●■◆▲★◎○□]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、]|[\u4e00-\u9fff]{1,6}[:：]\s*\S)")
# '编者按：…', '编者的话：…': the editor's note over an article or a column, part of what follows it
# ('【编者按】…': framed, with or without a colon)
_NOTE_WORD = r"(?:编者按|编者的话|编前语|编前|编者注)"
EDITORS_NOTE = re.compile(rf"^(?:[【\[]{_NOTE_WORD}[】\]]\s*[:：]?|{_NOTE_WORD}\s*[:：])")
# a series or campaign name, two parts joined by a middle dot, quoted or not ('“办实事·解民忧”'): the kicker over the
# title; a quoted phrase alone ('“爱心营养餐”' over '温暖快递小哥与环卫工') is the first line of a title
SERIES_NAME = re.compile(r"^“?[\u4e00-\u9fff]{2,6}[·・][\u4e00-\u9fff]{2,6}”?$")

_KICKER_WORDS = re.compile(
    r"^(?:聚焦|关注|直击|探访|走进|喜迎|奋进|决胜|践行|深入学习|学习贯彻|奋力|争创|锚定|唱响|打好|打赢|推进|加快|守护|护航|筑牢|擦亮|点亮|赋能|绘就)"
    r"|(?:观察|系列报道|纪实|巡礼|进行时|在基层|在一线|在行动|在身边|系列之[一二三四五六七八九十]+|之[一二三四五六七八九十]+)$"
)

# a four-character call and a fresh start ('凝心聚力开新局', '踔厉奋发启新程'): the rhetoric of a kicker (引题), never the news
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{4}(?:开新局|启新程|谱新篇|开新篇|展新颜|建新功|创佳绩|再出发|再启航|谱华章|绘新篇|谋新篇|显担当|勇争先|当先锋)$")

# a column's name in quotes after its topic ('两会“株洲好声音”', '新春“走基层”'): a rubric, the kicker of a longer title
_QUOTED_RUBRIC = re.compile(r"^[\u4e00-\u9fff]{1,3}“[\u4e00-\u9fff]{2,6}”$")  # ('我市启动“城市更新三年行动”' is a title)


# a slogan of two phrases set apart ('坚持“项目为王” 扩大有效投资'): the kicker (引题) of a three-part headline
_TWO_PHRASES = re.compile(r"^[^\s，,。]{2,14}(?:[ \u3000]+|[，,])[^\s，,。]{2,14}$")


# two matched halves of four to seven characters, set apart by a space ('工匠同台竞技 技能点亮匠心')
_COUPLET = re.compile(r"^([\u4e00-\u9fff]{4,7})[ \u3000]+([\u4e00-\u9fff]{4,7})$")


def _couplet(text: str) -> bool:
    m = _COUPLET.match(text.strip())
    return m is not None and len(m.group(1)) == len(m.group(2))


# a time frame the news happened in ('…第十轮战罢', '世界读书日来临之际', '春耕生产关键期'): a clause that cannot stand
# as a headline on its own, so it is the kicker (引题) of the line under it, which says what happened
_RUBRIC = re.compile(r"【[^【】]{2,14}】|〖[^〖〗]{2,14}〗|「[^「」]{2,14}」|［[^［］]{2,14}］")  # '「新春走基层」': corner brackets too
_TIME_FRAME_END = re.compile(
    r"(?:战罢|鸣金|之际|前夕|期间|之时|来临|到来|过后|以来|时节|关键期|攻坚期|高峰期|窗口期|农忙期|冲刺期)$"
)


# a district, county or town named alone over the headline that goes on from it ('天元区' / '新增公共自行车站点')
# (the city's districts and counties by name, any town by its ending: '科技强市' ends on 市 and names no place)
_BARE_PLACE = re.compile(r"^(?:(?:天元|芦淞|荷塘|石峰|渌口|云龙|高新)区|(?:醴陵|株洲)市|(?:攸|茶陵|炎陵)县|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))$")
# a landmark named alone ('湘江风光带', '神农公园', '建设路'): the subject the headline under it goes on from
_LANDMARK = re.compile(r"(?:风光带|公园|广场|大道|大桥|古镇|老街|片区|园区|新区|[路街村湖江河桥港岭])$")
_SHORT_LINE = 8  # a title line in a narrow column: three such lines are one title, not a title and a subtitle of two


def place_over_title(labels: list[Line], head: list[Line]) -> bool:
    """A bare place or landmark name over a one-line headline that does not name it: the headline's first words, not its section."""
    if len(labels) != 1 or len(head) != 1:
        return False
    place = labels[0].text.replace(" ", "")
    named = bool(_BARE_PLACE.match(place) or (3 <= len(place) <= 6 and _LANDMARK.search(place)))
    return named and place not in head[0].text and not head[0].text.startswith("——")


# a county, district or town named alone: the tag a page of briefs sets over each one ('醴陵', '攸县', '渌口区')
_PLACE_TAG = re.compile(r"^(?:(?:醴陵|株洲)市?|攸县|(?:茶陵|炎陵)县?|(?:天元|芦淞|荷塘|石峰|渌口|云龙)区?|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))$")


def place_tag(text: str) -> bool:
    return bool(_PLACE_TAG.match(text.replace(" ", "")))


def narrow_title(head: list[Line]) -> bool:
    """Two or three short lines, none a deck: one headline broken by a narrow column ('老旧小区改造' / '今年启动' / '六十三个').

    Two lines only under a place tag (core/headline_runs.py): alone, two short lines are as often a title and its subtitle.
    """
    texts = [line.text.replace(" ", "") for line in head]
    if texts and (_KICKER_WORDS.search(texts[0]) or _TIME_FRAME_END.search(texts[0])):
        return False  # '守护一江碧水' over its title: the kicker (引题), not the title's first line
    return len(texts) in (2, 3) and all(0 < len(t) <= _SHORT_LINE and not t.startswith("——") for t in texts) and not any(
        t[-1] in "。！？!?，,：:" for t in texts)


def campaign_words(text: str) -> bool:
    """'守护一江碧水', '聚焦城市更新', '汛期来临之际': a campaign's call or the news's time frame, which a kicker (引题) is and a column's name is not."""
    return bool(_KICKER_WORDS.search(text) or _TIME_FRAME_END.search(text))


def kicker_over_title(first: Line, second: Line, has_deck: bool) -> bool:
    """Two headline lines: is the first the kicker (引题) of the second rather than the title over its subtitle?

    A kicker names a campaign or a series ('聚焦优化营商环境', '一季度经济观察') or the time
    frame of the news ('…第十轮战罢', '…来临之际'); with a
    '——' deck under the pair, the deck is the subtitle, so the first line is the kicker.
    """
    a, b = first.text.replace(" ", ""), second.text.replace(" ", "")
    if b.startswith("——"):
        return False
    if has_deck and _TWO_PHRASES.match(first.text.strip()) and not _TWO_PHRASES.match(second.text.strip()):
        return True  # '坚持人民至上 全力以赴保障群众温暖过冬' over '供暖保障专项行动启动' and its deck: a slogan over the news, however long
    if _couplet(first.text) and not _TWO_PHRASES.match(second.text.strip()) and len(b) > len(a) // 2:
        return True  # '工匠同台竞技 技能点亮匠心' over '产业工人技能比武在醴陵开赛': a couplet's two matched halves are a kicker's rhetoric
    if len(a) > 16:
        return False
    if _RUBRIC.fullmatch(a):
        return True  # '【聚焦“三高四新”】' over a headline: a column's rubric in brackets, whatever its words
    return bool(_KICKER_WORDS.search(a) or _TIME_FRAME_END.search(a) or _SLOGAN.match(a)) or (has_deck and len(a) < len(b)) or (bool(SERIES_NAME.match(a) or (_QUOTED_RUBRIC.match(a) and "，" not in b)) and len(a) < len(b))


def editors_note_only(draft: _Draft) -> bool:
    """An untitled, unsigned piece that is only an editor's note ('编者按：…'): the preface of the next article."""
    a = draft.article
    return (not a.title and not draft.byline and len(a.blocks) == 1 and a.blocks[0].kind == "p"
            and bool(EDITORS_NOTE.match(a.blocks[0].text)))


def has_content(draft: _Draft) -> bool:
    """Text of its own, or a photo's caption last (a photo piece: '▲谷雨时节茶飘香' over its caption and credit)."""
    blocks = draft.article.blocks
    return draft.last_text_block() is not None or (bool(blocks) and blocks[-1].kind == "caption")


def take_closing_note(draft: _Draft | None) -> list[Block]:
    """An editor's note after an article's own text, just over the next headline: the next article's preface.

    A dump prints '【编者按】…' above the headline it introduces, so it comes last in
    the article before; it is taken out of that article (its lines too) and returned.
    """
    if draft is None:
        return []
    blocks = draft.article.blocks
    if len(blocks) < 2 or blocks[-1].kind != "p" or not EDITORS_NOTE.match(blocks[-1].text) or "编者注" in blocks[-1].text[:5]:
        return []  # '编者注：' closes the piece it notes (the author's post, a source)
    note = blocks.pop()
    draft.lines = [n for n in draft.lines if not note.line_start <= n <= note.line_end]
    return [note]


# the label of a column of letters or of the paper's follow-up ('读者来信', '记者调查'), set over an editor's note
_NOTE_COLUMN = re.compile(r"^(?:读者来信|读者来电|来信选登|编读往来|读者之声|民生热线|记者调查|记者追踪|问政|民声)$")


def labelled_note_only(draft: _Draft) -> bool:
    """A column's label over nothing but an editor's note: the label is a section, the note the next article's preface."""
    a = draft.article
    return (bool(a.title) and bool(_NOTE_COLUMN.match(a.title.replace(" ", ""))) and not draft.byline and len(a.blocks) == 1
            and a.blocks[0].kind == "p" and bool(EDITORS_NOTE.match(a.blocks[0].text)))


# a time frame a brief opens on ('春节期间，', '当前，', '连日来，', '近期气温持续走低，'): a story's section may open so too, so it takes a
# short dated report before it to mark the next piece
_TIMED_OPENING = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}期间|当前|目前|连日来|眼下|入冬以来|入夏以来|日前|\d{1,2}月"
                            r"|(?:近期|近来|最近)[^，,。]{0,8})[，,]")  # '近期气温持续走低，…' too


_DAY_FIRST = re.compile(r"^(?:\d{1,2}月\d{1,2}日|日前|近日|昨[天日]|记者[^，。,；]{0,24}获悉)")  # '2月17日是正月初一，…' too


def opens_dated_report(headline: Line, nxt: Line) -> bool:
    """A plain headline over a paragraph that opens on the day's date ('3月6日，…') or its source: a report's headline.

    A feature's sub-heading goes on with the story; a report opens on its dateline.
    """
    return (nxt.kind == "p" and nxt.lead is None and not _subhead_styled(headline.text)
            and bool(DATED_OPENING.match(nxt.text) or SOURCED_OPENING.match(nxt.text)))


def after_short_report(draft: _Draft, headline: Line, nxt: Line, ahead: list[str] | None = None) -> bool:
    """A plain headline over a timed opening ('春节期间，…') after a short dated or sourced report: the next brief.

    A dated report of a few paragraphs carries no sub-headings; a feature's
    section may open on a time frame, so the article before must be such a report.
    """
    blocks = draft.article.blocks
    texts = [b for b in blocks if b.kind == "p"]
    short = draft.subheads == 0 and not dressed(draft.article) and 0 < len(texts) <= 3 and len(texts) == len(blocks)
    # after a report opened by the paper's or a wire's lead ('本报讯', '新华社…电'), a paragraph closed by a wire's
    # credit ('…（据新华社电）') is a whole report of its own under its own headline
    ahead = ahead or [nxt.text]  # the text lines under the headline, a PDF paragraph not yet joined
    led = draft.has_lead and any(wire_closed("".join(ahead[:k])) for k in range(1, len(ahead) + 1))
    # an unsigned brief carries no sub-headings at all: a plain headline after one opens the next, however it opens
    unsigned = bool(texts) and not draft.byline and not draft.article.dateline and bool(_DAY_FIRST.match(texts[0].text))
    return (nxt.kind == "p" and nxt.lead is None and not _subhead_styled(headline.text) and short
            and ((bool(_TIMED_OPENING.match(nxt.text)) and _reported(texts[0].text)) or led or unsigned))


def _reported(text: str) -> bool:
    """A paragraph that opens on the day or on its source: a report's lead."""
    return bool(DATED_OPENING.match(text) or SOURCED_OPENING.match(text))


def brief_after_brief(draft: _Draft, headline: Line) -> bool:
    """A piece of one paragraph (no byline of its own line), then a plain headline: the next piece, not a sub-heading.

    Sub-headings follow a signed feature's intro or are styled ('一、', '■'); a
    headline after a single paragraph of news or an unsigned brief opens the next one.
    """
    blocks = draft.article.blocks
    sibling = box_dress.same_dress(draft.title_mark, headline.text)
    return len(blocks) == 1 and blocks[0].kind == "p" and not draft.own_byline and (sibling or not _subhead_styled(headline.text))


def report_after_report(draft: _Draft, headline: Line, ahead: list[str]) -> bool:
    """A plain headline after an unsigned dated report with no sub-headings, over text dated in its first two paragraphs: the next report.

    A page of short reports with no blank lines ('11月2日，记者从…获悉' … then
    '快递小哥有了“暖心驿站”' over '天冷了，…' and '11月1日，…'): a report of a
    few paragraphs carries no sub-headings, and the text under this one is a report of its own.
    """
    prose = [b.text for b in draft.article.blocks if b.kind == "p"]
    if draft.byline or draft.subheads or not prose or len(prose) > 6 or _subhead_styled(headline.text):
        return False
    if not (DATED_OPENING.match(prose[0]) or SOURCED_OPENING.match(prose[0])):
        return False
    return any(_DAY_FIRST.match(text) for text in ahead[:2])


def _subhead_styled(text: str) -> bool:
    """Set as a section's head ('保障基本盘：…', '一、…'); a place and a colon over a whole headline ('茶陵：…研学季启动') is a title."""
    return bool(SUBHEAD_STYLE.match(text)) and not place_title(text)
