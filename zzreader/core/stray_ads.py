"""A small ad set between stories with no headline of its own: '某某开锁　公安备案　24小时上门　电话：139…'.

Pages fill the foot of a column with a one-line ad: a business's name and a
few words of what it offers, set apart by spaces, then its phone number. No
sentence, no headline. Read after a finished report it was glued onto the
report as its last paragraph; it is a piece of its own, an ad (core/parse.py
opens an untitled article for it). A line that only names a contact
('咨询电话：0731-…') stays the report's: a report may close on it.
"""

from __future__ import annotations

import re

from .notice_lines import BULLET

_CONTACT_END = re.compile(r"(?:电话|热线|手机|联系电话|咨询电话|订购电话|预约电话|Tel|TEL)\s*[:：]?\s*[\d\-－—()（）\s]{7,24}$"
                          r"|(?<=[。！!])(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})$")  # '…月租1500元。13973356789': the phone alone
_MARKED = re.compile(r"^\s*[【\[［〔(（]\s*广告\s*[】\]］〕)）]|^\s*广告\s*[:：]")  # '【广告】…', '广告：…'
_GAP = re.compile(r"[\s\u3000]+")
MAX_CHARS = 60
_CHEAP = re.compile(r"广告|电话|热线|手机|Tel|TEL")


def is_stray_ad(text: str) -> bool:
    """A one-line ad: marked '【广告】', or two or more spaced phrases and no sentence before a closing phone number."""
    if not _CHEAP.search(text):
        return False  # a cheap look first: most lines name no phone and no ad
    text = text.strip()
    if _MARKED.match(text):
        return True
    if len(text) > MAX_CHARS or "。" in text or "，" in text or not (m := _CONTACT_END.search(text)):
        return False
    phrases = [p for p in _GAP.split(text[: m.start()]) if p]
    fields = any(":" in p or "：" in p for p in phrases)  # '报名地点：市体育馆　报名电话：…': a report's closing details
    return len(phrases) >= 2 and all(len(p) <= 12 for p in phrases) and not fields


def stands_apart(blocks: list, has_lead: bool, dated: bool) -> bool:
    """The draft is a report that finished its last sentence, or another such ad: an ad line after it is no part of it."""
    last = blocks[-1] if blocks else None
    if last is None or last.kind != "p":
        return False
    if len(blocks) == 1 and is_stray_ad(last.text):
        return True  # ads one a line, one after another
    return (has_lead or dated) and last.text.rstrip()[-1:] in "。！？”）)"


# a phone number alone: a mobile ('139…') or a landline with its area code ('0731-2220…')
_PHONE = re.compile(r"^(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8})$")
_FIELD_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")  # '联系人：…', '地址：…': an ad's own closing field, not a new ad
MAX_AD_CHARS = 90
# a street address alone: '(湖南省)(株洲市)芦淞区某某大道118号(3栋201室)'
STREET_ADDRESS = re.compile(
    r"^(?:地址[:：])?(?:湖南省)?(?:株洲市)?[\u4e00-\u9fff]{0,8}?[区县市镇][\u4e00-\u9fff]{1,12}(?:路|街|大道|大街|巷)\d{1,5}号"
    r"(?:附?\d{1,4}(?:号|栋|楼|层|室)|[A-Z]座|[东西南北]门)*$"
)


def is_contact_ad(text: str) -> bool:
    """A whole small ad on one line after another ad's contact line: what it offers, then its phone.

    '某某三房出售，128平方米…电话：138…' (a sentence or two before a closing phone), or a few spaced
    phrases one of which is a phone ('开锁换锁　139…　芦淞区人民中路12号', '管道疏通　0731-…'), or a bare street
    address that opens an ad of an address and phones only. A field
    line ('联系人：刘先生　电话：…', '地址：…') belongs to the ad above it, and so does a list item ('●门面转让…电话：…'
    under '分类广告': the items of one list are one piece).
    """
    text = text.strip()
    if len(text) > MAX_AD_CHARS or _FIELD_FIRST.match(text) or BULLET.match(text):
        return False
    if text[-1:] in "号室层楼座栋" and STREET_ADDRESS.match(text.replace(" ", "")):
        return True  # '株洲市芦淞区某某大道118号' over its phones: the ad above gave its own address already
    if (m := _CONTACT_END.search(text)) and len(text[: m.start()].strip()) >= 8:
        return True
    phrases = [p for p in _GAP.split(text) if p]
    return 2 <= len(phrases) <= 4 and all(len(p) <= 16 and ":" not in p and "：" not in p for p in phrases) and (
        "。" not in text and any(_PHONE.match(p) for p in phrases)
    )



# a small ad's kind label opening its text: '招聘：某某物业公司招保安6名，', '【出租】荷塘区…'
KIND_OPENER = re.compile(r"^[\s\u3000]*(?:【(?:招聘|诚聘|求职|出租|求租|出售|求购|转让|招租|家教|征婚|搬家|维修)】"
                         r"|(?:招聘|诚聘|求职|出租|求租|出售|求购|转让|招租|家教|征婚|搬家|维修)\s*[:：])")


def opens_with_kind(text: str) -> bool:
    """A paragraph led by a small ad's kind label: after a finished notice or another ad's contact line, an ad of its own."""
    return bool(KIND_OPENER.match(text))
