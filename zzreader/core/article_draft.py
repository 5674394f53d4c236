"""An article while pass two (core/parse.py) assembles it, and what the pass asks of it and of a line.

A draft holds the article with what is known about how it was signed and
set; the questions here (did a notice sign off, does an ad end on its
contact line, does a line break a sentence) are the ones core/parse.py and
core/headline_runs.py both ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bylines import Byline
from .date_lines import is_date_line
from .lines import CONTACT, DATE_ONLY, HAN, TERMINAL, Line
from .models import Article, Block, Unassigned
from .notice_lines import SIGNER as _SIGNER
from .speeches import is_speaker_line
from .three_line_heads import place_title, place_title_under_kicker
from .type_rules import AD_WORDS, NOTICE_WORDS

COLUMN_LETTER = re.compile(r"^[A-Za-z0-9]\s+\S")
# '12345热线回音', '市民来信', '民生信箱': the name of a column of letters or of a hotline's replies, over each item's headline
REPLY_COLUMN = re.compile(r"^[\w\u4e00-\u9fff]{0,8}(?:回音|回复|来信|信箱|热线|直通车|回音壁|留言板)$")


@dataclass
class Draft:
    """An article while it is being assembled."""

    article: Article
    lines: list[int] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    own_byline: bool = False  # a byline on its own line: features and reports
    has_lead: bool = False
    join_next: bool = False
    retitled: bool = False
    subheads: int = 0
    opinion: bool = False  # signed by a 评论员: a commentary whatever its column is called
    columnist: bool = False  # signed with a boxed name and no role ('□ 高　远')
    roleless: bool = False  # signed on its own line by a name with no staff role ('◎ 宁晓梅', '龚如月')
    contributed: bool = False  # signed '文/易某某' with no role: a contributor's essay, not a staff report
    signed_after: bool = False  # a reporter's credit closes the text ('（记者 习某）'), no news lead over it: signed as a feature is
    closed: bool = False  # a closing credit ('（记者 某某）') ended its text: a caption after it is a photo of its own
    photo_first: bool = False  # a photographer's credit over the text ('通讯员 某某 摄' under the title, an e-paper's 作者 field)
    wire_photo: bool = False  # an agency's photographer credits its photo ('新华社记者 某某 摄'): a caption's credit, no one of the paper's
    pictures_credited: bool = False  # the credit names its photographer apart ('文/记者 汤某 图/记者 谭某'): core/picture_sets.py
    title_level: int = 0  # the Markdown level its headline was set at (0: none): a heading as high is a sibling
    title_mark: str = ""  # the box mark its headline wore ('■'): `box_dress.same_dress`

    @property
    def empty(self) -> bool:
        return not self.article.title and not self.article.blocks

    @property
    def feature_like(self) -> bool:
        a = self.article
        return self.own_byline or dressed(a) or a.continued_from is not None or self.subheads > 0

    def last_text_block(self) -> Block | None:
        for block in reversed(self.article.blocks):
            if block.kind in ("p", "item"):
                return block
            if block.kind != "caption":
                return None
        return None


def dressed(article: Article) -> bool:
    """A headline with a kicker over it or a '——' deck under it: set out as more than a brief."""
    return bool(article.kicker) or "——" in article.subtitle


def signed_off(draft: Draft) -> bool:
    """A notice that ended on its date line, 特此公告 or its signer is finished: a headline after it opens a new article."""
    last = draft.article.blocks[-1] if draft.article.blocks else None
    if last is None or last.kind != "p":
        return False
    if DATE_ONLY.match(last.text) or last.text.startswith("特此"):
        return True
    signer = len(last.text) <= 30 and _SIGNER.search(last.text) is not None and len(draft.article.blocks) > 1
    return signer and bool(NOTICE_WORDS.search(draft.article.title) or AD_WORDS.search(draft.article.title))


def ends_with_contact(draft: Draft) -> bool:
    """An address or phone line closes its ad: what follows is the next article."""
    last = draft.last_text_block()
    if last is None or last is not draft.article.blocks[-1] or last.text.rstrip()[-1:] in (":", "："):
        return False  # '报名地址：' announces the address on the next line: the ad goes on
    if _BARE_ADDRESS.match(last.text):
        return False  # a feed item's link (renditions/feeds.py), no label before it: not an ad's contact line
    return bool(CONTACT.search(last.text) or _CONTACT_TAIL.search(last.text))


_BARE_ADDRESS = re.compile(r"^\s*https?://\S+\s*$")
# '…火热报名中。地址：天元区某某路88号': a contact field closing the paragraph, after its text
# '…月租1500元。13973356789': a whole phone number alone after the last sentence, as a tight classified column sets it
_CONTACT_TAIL = re.compile(r"[。！!；;，,\s](?:地址|联系地址|电话|联系电话|报名电话|联系人|热线|手机|邮箱)\s*[:：][^。；;：:]{2,40}$"
                           r"|[。！!](?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})$")


def gives_contact(line: Line) -> bool:
    """A paragraph with a phone or an address: an ad's text, not a feature's next section ('暑期学车优惠季' over '…报名电话：…')."""
    return line.kind == "p" and bool(CONTACT.search(line.text))


def classified(draft: Draft) -> bool:
    """A notice or small ad with text: a news lead after it ('株洲日报讯（记者…）') opens the next report."""
    title = draft.article.title
    return not draft.byline and draft.last_text_block() is not None and bool(NOTICE_WORDS.search(title) or AD_WORDS.search(title))


def split_labels(run: list[Line]) -> tuple[list[Line], list[Line]]:
    """Column labels (新春走基层, 学习微党课, N 创建…) stand above the headline."""
    last_label = -1
    for k, line in enumerate(run[:-1]):
        following = run[k + 1]
        if line.text.startswith("——") or following.text.startswith("——"):
            break  # the line over a '——' deck is the title ('石峰区：老工业基地焕新颜'), never a label
        bare = line.text.replace(" ", "")
        parts = line.text.split()
        if (
            (len(bare) <= 6 and len(following.text.replace(" ", "")) > len(bare) and not following.text.startswith("——"))
            or (len(parts) >= 3 and all(len(p) <= 4 for p in parts))
            or COLUMN_LETTER.match(line.text)
            or (len(bare) <= 12 and REPLY_COLUMN.match(bare))
            or (re.match(r"^[^:：]{2,8}[:：]", line.text) and not place_title_under_kicker(run, k) and not _place_title_over_one(run, k))
        ):
            last_label = k
    return run[: last_label + 1], run[last_label + 1 :]


def _place_title_over_one(run: list[Line], k: int) -> bool:
    """'醴陵：瓷博会签约项目38个' over one more headline line: the title, and the line under it its subtitle, not a label over it."""
    return k == len(run) - 2 == 0 and place_title(run[k].text)


def unspaced(title: str) -> str:
    """'减 资 公 告', a title set out letter by letter, reads '减资公告'."""
    if " " not in title:
        return title
    parts = title.split()
    return "".join(parts) if len(parts) >= 2 and all(len(p) == 1 and HAN.match(p) for p in parts) else title


def sentence_like(text: str) -> bool:
    """A comma and an open end: the start of a broken sentence, not a headline."""
    return any(ch in text for ch in ",，") and unterminated(text) and len(text) >= 12


def unterminated(text: str) -> bool:
    """Ends mid-sentence: on a character or a comma, not on 。！？”：…"""
    text = text.rstrip()
    if not text or text[-1] in TERMINAL or text[-1] in ":：" or is_date_line(text):  # '2026年3月5日' alone ends its line
        return False
    if is_speaker_line(text):
        return False  # '市委书记　向某某' over '同志们：': a speech's credit line ends there (core/speeches.py)
    if not (text[-1].isalnum() or text[-1] in ",，、"):
        return False
    return len(text) >= 8 or any(ch in text for ch in ",，、")


def continues(text: str) -> bool:
    """The start of a line that could carry on a broken sentence."""
    return bool(text) and not text.startswith(("——", "●", "■", "◆")) and not DATE_ONLY.match(text) and not is_date_line(text)


def norm(text: str) -> str:
    return "".join(text.split())


def merge_unassigned(items: list[Unassigned]) -> list[Unassigned]:
    """Unassigned lines within two of each other as one item; each item's texts joined once at the end.

    Growing the item's text line by line copied it at every line: an unclosed `<!--` of 80,000 lines took 16 s
    (hardening round 33).
    """
    merged: list[Unassigned] = []
    texts: list[list[str]] = []
    for item in items:
        if merged and item.line_start - merged[-1].line_end <= 2:
            texts[-1].append(item.text)
            merged[-1].line_end = max(merged[-1].line_end, item.line_end)  # an item may span lines past the next
        else:
            merged.append(item)
            texts.append([item.text])
    for item, parts in zip(merged, texts):
        item.text = "\n".join(parts)
    return merged
