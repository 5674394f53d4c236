"""The rules that say what kind of piece an article is, read from its text.

The kinds themselves are core/article_types.py. The parser (core/parse.py)
calls `article_type` once an article is complete; the words that mark
notices and ads also tell it where a new piece opens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dialogue import interview, office_answers
from .letter_signers import is_letter_signer
from .lines import HAN
from .models import Block
from .photo_groups import photo_group
from .photo_news import dated_scene
from .picture_sets import numbered_pictures
from .reader_messages import message_column
from .signer_heads import signed_and_dated
from .speeches import addresses_audience
from .story_genres import commentary_headline, profile_headline, scene_feature, serial_part, urging_view
from .stray_ads import is_stray_ad
from .title_marks import split_series_tag
from .wire_credits import wire_closed

if TYPE_CHECKING:
    from .parse import _Draft

NOTICE_WORDS = re.compile(r"公告|通告|声明|启事|通知|作废|遗失|公示|告知书|讣告|讣闻|^沉痛悼念|寻亲|寻人|失物招领|招领启事|拍卖|招标|注销|^(?:交通|出行|停水|停电|温馨|安全|便民)提示\s*$|^便民(?:信息|服务信息|告示)\s*$|^[【\[〔［]?(?:更正|勘误)[】\]〕］]?(?:\s|$)")  # '更正', '【勘误】': the paper's own correction
AD_WORDS = re.compile(r"广告|热线|招募|招聘(?![会月季周])|诚聘|急聘|急招|招工|志喜|酬宾|盛大开业|开业大吉|开业庆典|隆重开业|喜报|恭贺|招租|出租|出售|转让|招商|招生|优惠|扫一扫|扫码|二维码|报名电话|联系电话|促销|特价")
_COMMENT_WORDS = re.compile(r"评|论|观点|言论|时评|社论|观察|视点|手记|札记")  # '记者手记' over a piece of its own: the reporter's view
_LETTER = re.compile(r"^\s*(?:尊敬的)?(?:编辑同志|编辑部|编辑老师|记者同志)[:：，,]")  # a reader's letter opens on its salutation

DATED_OPENING = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚|凌晨|起|[至到-]\d{1,2}日)?"
    r"|日前|近日|近期|昨[天日]|今[天日]|前不久|今年(?:以来)?|上半年|入[春夏秋冬]以来|开春以来|入汛以来|连日来|\d{1,2}月(?:以来|上旬|中旬|下旬|初|底)"  # '今年，…' opens a brief too
    r"|截至(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末))[，,]"  # '截至7月20日，…': a report's day too
)
# an address in the paper's own voice or an institution's ('新春寄语', '新年献词', '致全市人民的慰问信'): a piece of its
# own wherever it stands, neither news nor commentary
GREETING = re.compile(r"(?:寄语|贺词|献词|贺信|慰问信|感谢信|公开信|致辞)$")
# a dateline that is the day alone ('3月12日，…' opens the text): an interview may set the scene so, a wire or '本报讯' lead may not
_DAY_ONLY = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日$")
# how a report's first paragraph names its source ('据市气象台消息，', '记者1月7日从市人社局获悉，', '即日起，'):
# no sub-section of a story opens so
SOURCED_OPENING = re.compile(r"^(?:据[^，。,；]{1,16}(?:消息|报道|通报|预报)|记者[^，。,；]{0,24}获悉|即日起[^，。,；]{0,12})[，,]")


def article_type(draft: _Draft) -> str:
    """The type of a finished draft's article, by the first rule that holds."""
    a = draft.article
    kinds = [b.kind for b in a.blocks]
    head = f"{a.title} {a.subtitle}"
    body = a.text
    tabular = kinds and kinds.count("table") * 2 >= len(kinds) and "table" in kinds
    job_ad = bool(_JOB_AD.search(head)) and not re.search(r"公告|通告|公示|通知", head) and not draft.byline
    # '…开奖公告' over the draw's rows and a sentence of its own: the notice the table is set in (a schedule of
    # tables with one warning between them, '检修停电安排(公告)', stays a table)
    worded_notice = bool(NOTICE_WORDS.search(head)) and kinds.count("table") * 2 <= len(kinds) and any(b.kind == "p" and b.text.rstrip()[-1:] in "。！" for b in a.blocks)
    if a.type == "table" or (tabular and not (draft.byline or draft.has_lead or job_ad or worded_notice)):
        return "table"  # a table under '…招聘信息' is the job ad it is set in (a power-cut schedule '(公告)' stays a table)
    if kinds and all(k == "caption" for k in kinds) and (a.title or draft.byline.photographers):
        return "caption"  # a photo with its caption and credit, titled or not (core/photo_news.py)
    if _photographed_scene(draft):
        return "caption"  # '作者：通讯员 某某 摄' over one dated scene: a news photo whose credit the meta line gave
    if _titled_photo(draft):
        return "caption"  # '迎五一 着盛装' over one scene and '记者 某某 摄': the photo's own words, gap or none
    if photo_group(draft):
        return "caption"  # '【组图】…' over '作者：记者 某某 摄' and '①…', '②…': the photographer's group (core/photo_groups.py)
    if job_ad:
        return "ad"  # 招聘启事 is an ad, 招租公告 a notice, and so is 招聘…拟聘用人员公示
    if (NOTICE_WORDS.search(head) and not (_reported(draft) or _reports_issuing(a.title, a.blocks))) or re.search(r"特此(公告|通告|声明|通知)", body):
        return "notice"  # '…交通管制公告发布' over a reporter's dated story reports the notice
    if not (draft.byline or draft.has_lead) and signed_and_dated([b.text for b in a.blocks if b.kind == "p"]):
        return "notice"  # '国网株洲供电公司提醒：…' closed by the issuer's name and the day: the company's notice, not news
    if draft.opinion or any("评论员" in name for name in draft.byline.reporters):
        return "commentary"
    series = split_series_tag(a.title)[0] if any(bar in a.title for bar in "｜|丨") else ""  # '县域观察｜…': a column's name before a bar
    column = a.section if _COMMENT_WORDS.search(a.section) else series if len(series) <= 6 else ""
    if (_COMMENT_WORDS.search(column) and not (a.dateline or draft.has_lead or _LETTER.match(body))) or re.search(r"评论|时评|快评|社论|观点|^(?:记者|编辑)(?:手记|札记)[:：]", head):  # '记者手记：…' titles the reporter's view
        return "commentary"  # a dated report on a page called '评论·社会' is still a report; a reader's letter there is a letter
    if not draft.byline and message_column([b.text for b in a.blocks if b.kind in ("p", "item")]):
        return "other"  # a column of readers' messages ('@荷塘区王女士：…'), neither news nor commentary
    if not draft.has_lead and addresses_audience([b.text for b in a.blocks if b.kind == "p"]):
        return "other"  # a speech or a work report printed in full ('同志们：', '各位代表：'), not news about it
    if _verse(a.blocks):
        return "other"  # a poem on a literary page, whoever signs it
    paragraphs = [b.text for b in a.blocks if b.kind == "p"]
    if (draft.columnist or draft.roleless) and not (a.dateline or draft.has_lead) and serial_part(a.title, paragraphs, a.section):
        return "feature"  # '长篇连载' / '湘江船工（第十二章）' / '□ 龙　启': an instalment of a serial, not the writer's column
    urging = draft.byline.reporters and not draft.byline.correspondents and urging_view(a.title, paragraphs) and not (a.dateline or draft.has_lead or _dated_report(a.blocks) or _LETTER.match(body))
    if urging:
        return "commentary"  # '文/彭某' over '文化惠民要久久为功' and a closing call: a signed view (core/story_genres.py)
    if draft.roleless and not (a.dateline or draft.has_lead or draft.opinion or draft.columnist or _dated_report(a.blocks) or commentary_headline(a.title)):
        return "other"  # a bare name over an undated essay ('龚如月'): the writer's own piece ('□ 高　远' signs a column)
    if draft.columnist and not (a.dateline or draft.has_lead or draft.contributed or _LETTER.match(body) or (draft.signed_after and _dated_report(a.blocks))):
        return "commentary"  # '□ 高　远' over an undated piece: the paper signs its columns so; '12月9日，…（谭　敏）' is a brief signed at its end
    if (draft.contributed or _LETTER.match(body) or a.section.endswith("来信") or GREETING.search(a.title) or _signed_by_reader(a.blocks)) and not (a.dateline or draft.has_lead):
        return "other"  # '文/易某某' over an essay, or a reader's letter ('编辑同志：…'): neither news nor commentary
    if commentary_headline(a.title) and not (a.dateline or draft.has_lead or _dated_report(a.blocks)):
        return "commentary"  # '农忙时节话“机手”', '…之我见', '也谈…': the headline gives a view, no column needed
    stray_ad = not a.title and bool(a.blocks) and is_stray_ad(a.blocks[0].text)  # '【广告】…　电话：23456' between stories
    if not draft.byline and a.continued_from is None and ((AD_WORDS.search(head) and not (_dated_report(a.blocks) or draft.has_lead)) or (_phone_heavy(body) and not draft.has_lead) or stray_ad
                                                          or (_shop_contact(a.blocks) and not (_dated_report(a.blocks) or draft.has_lead or a.dateline))):
        return "ad"  # '…开展春季促销月' over '即日起至4月30日，…': the paper reports a sale; an ad gives its phone (a report's jumped end may too; '本报讯' over a hotline is the paper's)
    if not a.title and not draft.byline and all(k == "item" for k in kinds) and NOTICE_WORDS.search(body):
        return "notice"
    deck = any(_FEATURE_DECK.match(part) for part in f"{a.kicker} {a.subtitle} {_title_deck(a.title)}".split())
    if draft.byline and not (draft.has_lead or (a.dateline and not _DAY_ONLY.match(a.dateline))) and interview(a.blocks):
        return "feature"  # a forum or interview set as its exchange, signed, under no news lead (core/dialogue.py)
    if draft.pictures_credited and numbered_pictures(a.blocks) >= 2:
        return "feature"  # words and pictures credited apart over a numbered set of pictures: a photo story (core/picture_sets.py)
    signed = draft.own_byline or draft.signed_after or (a.continued_from is not None and not draft.byline)  # signed on its first page
    if (deck and draft.byline) or _chapters(draft) or (signed and (deck or _scene_story(draft) or _reporters_notes(a.blocks)
                                                                   or _profile_page(draft) or _profile_headed(draft))):
        return "feature"  # '——记某某': the deck of a profile (通讯); another deck explains a report
    if draft.byline and not (draft.has_lead or a.dateline) and serial_part(a.title, [b.text for b in a.blocks if b.kind == "p"]):
        return "feature"  # '…（连载三）' or a '系列报道' the editor's note announces, signed: a serial's part (core/story_genres.py)
    if draft.byline and not draft.has_lead and _reporters_notes(a.blocks):
        return "feature"  # a '记者手记' box closes it, however it is signed (an e-paper's '作者：' too)
    if draft.byline and _opens_on_scene(draft):
        return "feature"  # the text opens on a scene and quotes the people in it, whatever form its byline takes (an e-paper's '作者：')
    if draft.byline or a.dateline or draft.has_lead:
        return "news"
    if a.continued_from is not None or (not a.title and _opens_mid_sentence(a.blocks)):
        return "news"  # the rest of a report from an earlier page, marked '（上接第1版）' or opening mid-sentence
    question = a.title.rstrip().endswith(("?", "？"))
    answered = question and office_answers(a.blocks)  # a hotline's reply: the office answers the question the headline asks
    wired = any(b.kind == "p" and wire_closed(b.text) for b in a.blocks)  # '…（据新华社电）': a reprinted report
    if a.title and (not question or answered or (_dated_report(a.blocks) and not _scan_teaser(a.blocks))) and (_reports(a.blocks) or _dated_brief(a.blocks) or wired):
        return "news"  # an unsigned brief (简讯, a short item under its headline); a question heads a Q&A unless a report answers it
    if a.title and _link_only(a.blocks):
        return "news"  # a feed's item that only links to its report (renditions/feeds.py): the headline is all there is
    return "other"


# '地址:中山路1号　电话:22516' closing the piece: a shop's address and phone, however a scan garbled the figures
_SHOP_CONTACT = re.compile(r"(?:地址|厂址|店址)\s*[:：]\s*\S.{0,30}?(?:电话|热线)\s*[:：]")


# what an old ad prints under its address: its bank, account and cable address ('开户银行：…　帐号：…', '电挂：5512')
_ACCOUNT_FIELD = re.compile(r"^\s*(?:开户银?行|[帐账]号|电挂|电报挂号|邮政编码)\s*[:：]")
# '售楼电话：8886523' alone on the last line of a short piece: whom to call, the piece's only contact
_PHONE_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}电话\s*[:：]\s*[\d０-９\-－—]{5,14}\s*$")


def _shop_contact(blocks: list) -> bool:
    """The piece ends on its address and phone number, labelled on one line (its bank and cable address may follow),
    or a short piece on a phone number alone: an advertiser's contact."""
    texts = [b.text for b in blocks if b.kind in ("p", "item") and b.text.strip()]
    while len(texts) > 1 and _ACCOUNT_FIELD.match(texts[-1]):
        texts.pop()
    last = texts[-1] if texts else ""
    return 0 < len(last) <= 80 and bool(_SHOP_CONTACT.search(last) or (len(texts) <= 3 and _PHONE_FIELD.match(last)))


def _signed_by_reader(blocks: list) -> bool:
    """The last line signs a reader's letter ('读者　王立新'): the piece is the reader's, no report."""
    last = next((b for b in reversed(blocks) if b.kind == "p" and b.text.strip()), None)
    return last is not None and is_letter_signer(last.text)


# no sentence opens on these: a structural particle, a conjunction, a comma or a closing mark ('的新能源汽车零部件项目，…')
_MID_SENTENCE = re.compile(r"^[的了着地得之和与及或并而等，、。；：）)”’]")


def _opens_mid_sentence(blocks: list) -> bool:
    """An untitled piece whose text starts inside a sentence: a page that opens on the rest of a story, no marker."""
    first = next((b for b in blocks if b.kind == "p" and b.text.strip()), None)
    return first is not None and first is blocks[0] and bool(_MID_SENTENCE.match(first.text.strip()))


def _photographed_scene(draft: _Draft) -> bool:
    """Only a photographer credited above the text, over one or two paragraphs the first of which is a dated scene.

    Titled or not; a titled photo credited under its text is `_titled_photo`."""
    byline, blocks = draft.byline, draft.article.blocks
    if not byline.photographers or byline.reporters or byline.correspondents or draft.has_lead or not draft.photo_first:
        return False
    return 1 <= len(blocks) <= 2 and all(b.kind == "p" for b in blocks) and dated_scene(blocks[0].text)


TITLED_PHOTO_CHARS = 400  # a news photo's words: a scene in a sentence or three (the seeds' longest is 250)


def _titled_photo(draft: _Draft) -> bool:
    """A headline over one or two short paragraphs (and a '图为…' line) whose only credit names photographers.

    The seeds' gold types it the photo's caption whether or not the page kept the
    picture's gap (seeds/003_99c44b28628ffb80.txt); a lead, a dateline or any
    writer makes it a report with a picture."""
    a, byline = draft.article, draft.byline
    if not (a.title and (byline.photographers or draft.wire_photo)) or byline.reporters or byline.correspondents:
        return False
    if draft.has_lead or a.dateline or a.continued_from is not None:
        return False
    if not 1 <= len(a.blocks) <= 3 or any(b.kind not in ("p", "caption") for b in a.blocks):
        return False  # its scene, and maybe a '图为…' line under it
    return sum(b.kind == "p" for b in a.blocks) <= 2 and sum(len(b.text) for b in a.blocks) <= TITLED_PHOTO_CHARS


# '一、', '（二）', '3.', '4、': the numbers a report's points go under ('（一）就业', '（二）教育')
_NUMBERED_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d))")


def _chapters(draft: _Draft) -> bool:
    """Two sub-headings or more under the writer's signature: a feature's chapters, unless they number a report's points.

    A feature (通讯) names its parts ('老厂房里的新故事'), signed at its top or at its
    end ('（记者 习某）'); it may number them too ('一、守住老味道') under its byline,
    opening on a scene. A report that opens on its day or source
    ('12月8日，市政府召开新闻发布会…') and numbers every sub-heading ('（一）就业'),
    or a listing that numbers its items ('1. 看展览') and is signed only at its end,
    sets out points and stays a report.
    """
    if draft.subheads < 2 or not (draft.own_byline or draft.signed_after or draft.article.continued_from):
        return False  # a piece continued from another page ('（上接A01版）') left its byline there
    heads = [b.text for b in draft.article.blocks if b.kind == "heading"]
    if not all(_NUMBERED_HEAD.match(h) for h in heads):
        return True
    return draft.own_byline and not _dated_report(draft.article.blocks)


def _dated_brief(blocks: list[Block]) -> bool:
    """One whole sentence that opens on its day or source ('即日起，市图书馆…延长至晚上9点。'): a brief, however short."""
    prose = [b.text.strip() for b in blocks if b.kind == "p"]
    return _dated_report(blocks) and len(prose) >= 1 and prose[-1][-1:] in "。！”"


_JOB_AD = re.compile(r"招聘(?![会月季周])|诚聘|急聘|急招|招工(?!作)|招租|出租|出售")  # '招工启事' is a job ad as 招聘启事 is


# '市住建局昨日起对…进行公示': the day named after the subject, a report's first clause
_SUBJECT_THEN_DAY = re.compile(r"^[^，。,；]{2,12}?(?:昨[天日]|今[天日]|日前|近日|\d{1,2}月\d{1,2}日)")


def _reported(draft: _Draft) -> bool:
    """A reporter's dated story: a notice is never signed by the paper's reporters."""
    a = draft.article
    if not draft.byline.reporters:
        return False
    prose = next((b.text.strip() for b in a.blocks if b.kind == "p"), "")
    return bool(a.dateline or draft.has_lead or _dated_report(a.blocks) or _SUBJECT_THEN_DAY.match(prose))


# '我市发布秋冬季森林防火通告': a headline that says someone issued a notice ('关于发布…的公告' is the notice's own title)
_ISSUED = re.compile(r"^(?!关于)[^，。]{0,14}(?:发布|印发|出台|公布|下发|发出)[^，。]{0,20}(?:公告|通告|通知|公示)")


def _reports_issuing(title: str, blocks: list[Block]) -> bool:
    """An unsigned report of a notice: its headline says the notice was issued and its text opens on the day."""
    return bool(_ISSUED.match(title.strip())) and _dated_report(blocks)


_ADDRESS = re.compile(r"^\s*https?://\S+\s*$")


def _link_only(blocks: list[Block]) -> bool:
    return bool(blocks) and all(b.kind == "p" and _ADDRESS.match(b.text) for b in blocks)


def _scene_story(draft: _Draft) -> bool:
    """A signed story under a two-part headline (a deck or a second title line) that opens on a scene, not a date.

    A report states its day in the first words ('7月16日，…'); a feature
    ('——清水塘生态科技新城建设见闻', '“株洲工匠”王某某：' / '三十年磨一把“钻头”')
    sets a scene ('盛夏时节，走进…') and runs to several paragraphs.
    """
    a = draft.article
    prose = [b for b in a.blocks if b.kind == "p"]
    if a.dateline or draft.has_lead or len(prose) < 3 or not (a.kicker or a.subtitle):
        return False
    return not DATED_OPENING.match(prose[0].text)


# '——记某某' (a profile), '——访某某' (an interview), '——…见闻', '——…侧记', '——…纪实': the deck of a feature (通讯), not of a report
_FEATURE_DECK = re.compile(r"^——(?:记|访|专访|.*(?:见闻|纪实|素描|速写|探访|走笔|故事|(?<!书)记)$)")  # '——…十年转型记' too


def _title_deck(title: str) -> str:
    """'…怎么做？——访市民政局负责人': the deck an e-paper sets on the headline's own line, after the headline."""
    head, dash, deck = title.partition("——")
    return dash + deck if head.strip() and deck.strip() else ""


def _verse(blocks: list[Block]) -> bool:
    """Four lines or more, all short and hardly any ending a sentence: a poem's lines, not paragraphs."""
    prose = [b.text.strip() for b in blocks if b.kind == "p"]
    if len(prose) < 4 or any(len(t) > 20 for t in prose):
        return False
    return sum(1 for t in prose if t[-1:] in "。！？") * 2 < len(prose)


_NOTES_BOX = re.compile(r"^[□■◎●]?\s*(?:记者|采访|编辑)(?:手记|札记|笔记|观察)[:：]?$")


def _reporters_notes(blocks: list[Block]) -> bool:
    """A '记者手记' box closes a feature (通讯), never a plain report."""
    return any(b.kind == "heading" and _NOTES_BOX.match(b.text.strip()) for b in blocks)


# a page or column of profiles and reportage ('A05 人物', '新春走基层', '蹲点日记'): its signed stories are features
# 'A03 要闻·深读': in-depth pieces; '通　讯' over an old page's story names its genre (a reported feature), as '社论' does;
# so are those of a special edition's pages ('第T03版：特刊', '特刊·城市记忆'), which look back rather than report a day's news
_FEATURE_COLUMN = re.compile(r"(?:人物|走基层|蹲点|蹲点日记|见闻|侧记|纪实|深读|深度|特稿|^通讯|报告文学|特写)$|特刊|特辑")


def _profile_headed(draft: _Draft) -> bool:
    """A signed story under a headline naming its subject by an honour ('纺纱能手向红梅'), opening on no date or lead."""
    a = draft.article
    prose = [b for b in a.blocks if b.kind == "p"]
    return profile_headline(a.title) and len(prose) >= 2 and not (a.dateline or draft.has_lead or DATED_OPENING.match(prose[0].text))


def _profile_page(draft: _Draft) -> bool:
    """A signed story on a page or under a column of profiles or reportage that opens on a scene, not a date."""
    a = draft.article
    prose = [b for b in a.blocks if b.kind == "p"]
    column = any(_FEATURE_COLUMN.search(name.replace(" ", "")) for name in (a.section, a.kicker) if name)
    return (column and len(prose) >= 2 and not a.dateline and not draft.has_lead
            and not DATED_OPENING.match(prose[0].text))


def _opens_on_scene(draft: _Draft) -> bool:
    """A signed story with no dateline that opens on a scene or a person at work and quotes them (core/story_genres.py)."""
    a = draft.article
    return not (a.dateline or draft.has_lead) and scene_feature([b.text for b in a.blocks if b.kind == "p"])


def _dated_report(blocks: list[Block]) -> bool:
    """The first paragraph opens on the day or the source ('1月20日，记者从…获悉'): a report, whatever its headline asks."""
    prose = [b.text.strip() for b in blocks if b.kind == "p"]
    return bool(prose) and bool(DATED_OPENING.match(prose[0]) or SOURCED_OPENING.match(prose[0]))


_SCAN = re.compile(r"扫描二维码|扫码|扫一扫")


def _scan_teaser(blocks: list[Block]) -> bool:
    """The last paragraph sends the reader to a QR code ('扫描二维码，学习本期微党课'): a question
    headline over it teases a lesson or a video elsewhere, it does not head a report."""
    prose = [b.text for b in blocks if b.kind == "p"]
    return bool(prose) and bool(_SCAN.search(prose[-1]))


_DAY_IN = re.compile(r"\d{1,2}月\d{1,2}日")


def _reports(blocks: list[Block]) -> bool:
    """Prose that tells something: paragraphs of whole sentences, not a list or a label."""
    prose = [b.text for b in blocks if b.kind == "p"]
    # '…将于9月6日在茶陵县开幕，持续一周。', '市图书馆本周新上架图书1200余册。': one whole sentence of a brief, however short
    least = 20 if any(_DAY_IN.search(t) for t in prose) or (len(prose) == 1 and prose[0].rstrip()[-1:] == "。") else 30
    return sum(map(len, prose)) >= least and any(t.rstrip()[-1:] in "。！？”" for t in prose)  # one sentence of a brief may do


def _phone_heavy(text: str) -> bool:
    """A phone number in a short piece: an advertiser's; not a service line a brief tells readers to call ('可拨打…热线0731-…报修')."""
    phones = [m for m in _PHONE.finditer(text) if "拨打" not in text[max(0, m.start() - _CALL_REACH):m.start()]]
    return bool(phones) and len(HAN.findall(text)) < 400


# a mobile or a city number, or one printed with its last figures masked ('0731-2888××××', '139××××6621')
_PHONE = re.compile(r"(?<!\d)1\d{10}(?!\d)|(?<!\d)\d{8}(?!\d)|(?<!\d)(?:0\d{2,3}-)?\d{3,4}[×＊*]{3,4}(?![\d×＊*])|(?<!\d)1\d{2}[×＊*]{4}\d{4}(?!\d)")
_CALL_REACH = 16  # '可拨打24小时服务热线0731-': how far before the number the brief's '拨打' stands
