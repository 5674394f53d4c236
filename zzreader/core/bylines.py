"""Read the bylines the paper prints, in all their forms.

Seen in the archive:
  株洲日报讯(全媒体记者/沈全华 通讯员/尹胜科 程萌) 10月28日,……   (inline lead)
  株洲日报全媒体记者/谭昕吾   /   株洲日报记者 刘琼   /   通讯员/朱卫健   (own lines)
  全媒体记者 陈彦珩   /   株洲日报见习记者 周兴海
  记者 谭筱筱 摄   /   通讯员/田婧杨 廖婕 供图   /   株洲日报记者 任远 通讯员/任晓磊 摄   (photo credits)
Roles map to reporters (记者…), correspondents (通讯员…) and photographers
(摄影…, or any credit that ends in 摄/供图).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import filed_from, unknown_chars
from .discovery.entity_extract import SURNAMES

_OUTLET = r"(?:株洲日报社?(?:[·・]掌上株洲)?|掌上株洲|本报|湖南日报|株洲晚报)"  # '株洲日报·掌上株洲讯': the paper's app too
_ROLE_WORDS = {
    "全媒体记者": "reporters",
    "见习记者": "reporters",
    "特约记者": "reporters",
    "首席记者": "reporters",
    "特派记者": "reporters",  # '株洲日报特派记者 某某': a reporter sent to cover an event away from the city
    "全媒体首席记者": "reporters",  # '（株洲日报社全媒体首席记者 某某）'
    "全媒体见习记者": "reporters",
    "融媒体记者": "reporters",  # '株洲日报融媒体记者 某某': the desk's newer name
    "融媒体首席记者": "reporters",
    "融媒体见习记者": "reporters",
    "融媒体中心记者": "reporters",  # '株洲日报融媒体中心记者 某某': the desk as a newsroom centre
    "融媒体中心首席记者": "reporters",
    "融媒体中心见习记者": "reporters",
    "融媒体中心摄影记者": "photographers",
    "记者": "reporters",
    "实习生": "correspondents",
    "通讯员": "correspondents",
    "特约通讯员": "correspondents",
    "评论员": "reporters",  # '株洲日报特约评论员 刘某某': the writer of a commentary
    "特约评论员": "reporters",
    "撰文": "reporters",  # '撰文：胡某　摄影：邓某': a feature's writer; only with a mark after it (`_MARKED_ROLE`)
    "撰稿": "reporters",
    "摄影记者": "photographers",
    "摄影": "photographers",
    "全媒体摄影记者": "photographers",
    "融媒体摄影记者": "photographers",
}
ROLE_WORDS = tuple(_ROLE_WORDS)  # renditions/split_credits.py: a role word a line end broke
# '株洲日报醴陵记者站 某某': a county station of the paper signs as its reporter
_STATION_PLACE = r"(?:醴陵|攸县|茶陵|炎陵|渌口|株洲县|荷塘|芦淞|石峰|天元|云龙|长沙|北京)"
_STATION = rf"驻?{_STATION_PLACE}记者站|驻{_STATION_PLACE}记者"  # '株洲日报驻醴陵记者 某某': the station's reporter by its place
# '新华社记者 某某': another agency's reporter; the line is a credit, but the paper credits no one of its own
_WIRE_NAMES = ("新华社", "中新社", "人民日报")
_WIRE = "|".join(_WIRE_NAMES)
_MARKED_ROLE = r"撰[文稿](?=[:：/／ \u3000])"  # '撰稿人…' opens a headline: these two words are roles only before a mark
_ROLE = "|".join([*sorted((re.escape(w) for w in _ROLE_WORDS if not w.startswith("撰")), key=len, reverse=True), _MARKED_ROLE, _STATION])
_ROLE_RE = re.compile(rf"(?:{_OUTLET}|{_WIRE})?({_ROLE})\s*[/:：／]?\s*")
# '阿依努尔·吐尔逊': a minority name's parts joined by a middle dot run past five characters
_NAME = r"(?:[\u3400-\u9fff\U00020000-\U0003134f]{1,5}(?:[·・][\u3400-\u9fff]{1,6})+|[\u3400-\u9fff\U00020000-\U0003134f·]{1,5})"
_NAMES_RE = re.compile(rf"{_NAME}(?:[ \u3000、,，]+{_NAME})*")
# (?<!\s): tried from a run's first space only, as each later space was tried again over the whole run
_PHOTO_END = re.compile(r"(?<!\s)\s*(摄影报道|摄影?|供图|图|报道|整理)\s*$")
_PAIR_MARK = r"\s*[/、／·・|｜]\s*"  # '文/图', '图／文' (full width), '文·图', '文｜图'
_WORDS_AND_PICTURES = re.compile(rf"^\s*(?:文{_PAIR_MARK}图|图{_PAIR_MARK}文|图文|文图)\s*[/:：／]?\s*")  # '文/图/记者 汤某', '图文：汤某'
# '记者 汤某 文/图', '记者 汤某 文 图', '记者 汤某 图文'
_WORDS_AND_PICTURES_END = re.compile(rf"(?<!\s)\s+(?:文{_PAIR_MARK}图|图{_PAIR_MARK}文|文\s+图|图\s+文|文图|图文)\s*$")
_PICTURES_BY = re.compile(r"^\s*图(?:片)?\s*[/:：／]\s*")  # '图/记者 谭某': the photographer
# an app's credits: '文字｜…', '摄影｜…', '图片｜…'; the pictures' credit after the words' too ('文 | 记者 某　图 | 通讯员 某')
_PIPE_ROLE = re.compile(r"(?:^|(?<=[\s\u3000]))(文字|文|图片|图|摄影)\s*[|｜]\s*")
_SCHOLAR = re.compile(r"^[\u4e00-\u9fff（）()]{2,20}?(?:党校|大学|学院|研究院|研究所|研究中心|社会科学院|社科院|研究会|研究室)[\s\u3000]+"
                      rf"([{SURNAMES}](?:[\s\u3000]{{0,2}}[\u4e00-\u9fff]){{1,2}})$")  # a surname and one or two characters
_COLON_ROLE = re.compile(r"(?:^|(?<=[\s\u3000]))(文字|摄影|图片)\s*[:：]\s*")  # '文字：记者 某某　摄影：记者 某某'
_WORDS_BY = re.compile(r"^\s*文\s*[/:：／]\s*(?!图)")  # '文/记者 汤某': the writer
# A name between marks: '(.+?)' less the tries that never win (a shorter or later one, next to the same space, wins
# first), so a long run of spaces is no longer read again from each of its spaces
_BETWEEN = r"([^\S\n](?![^\S\n])|\S(?:.*?\S)??)"
_WORDS_THEN_PICTURES = re.compile(r"^\s*文\s*[/:：／]\s*" + _BETWEEN + r"\s+图(?:片)?\s*[/:：／]\s*" + _BETWEEN + r"\s*$")  # '文/记者 汤某 图/谭某'
# '文 汤某 图 谭某', '文·汤某 图·谭某': the marks set apart by a space or a dot, names only
_WORDS_THEN_PICTURES_SPACED = re.compile(
    r"^\s*文\s*[·・ \u3000]\s*([\u3400-\u9fff]{2,4}(?:[、 ][\u3400-\u9fff]{2,4})?)\s+图(?:片)?\s*[·・ \u3000]\s*"
    r"([\u3400-\u9fff]{2,4}(?:[、 ][\u3400-\u9fff]{2,4})?)\s*$"
)
# '文　株洲日报全媒体记者 谭某　图　刘某': the writers with their roles, the marks set apart by spaces only
_WORDS_THEN_PICTURES_ROLED = re.compile(
    r"^\s*文[ \u3000]+(\S*?(?:记者|通讯员|实习生)[ \u3000/:：]*[\u3400-\u9fff\U00020000-\U0003134f]{2,4}(?:[ \u3000、]+(?!图[ \u3000])\S{2,}?)*?)"
    r"[ \u3000]+图(?:片)?[ \u3000]+(\S.*?)\s*$"
)
_WORDS_THEN_PICTURES_AFTER = re.compile(r"^\s*" + _BETWEEN + r"\s*[/／]\s*文\s+" + _BETWEEN + r"\s*[/／]\s*图\s*$")  # '汤某/文 谭某/图'
_NAMES_ONLY = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f·]{2,4}(?:[ \u3000、,，]+[\u3400-\u9fff\U00020000-\U0003134f·]{2,4}){0,2}")
_ROLE_IN = re.compile(rf"{_OUTLET}|{_ROLE}")
_BOX_MARK = re.compile(rf"^[□■◎●◆◇○]\s*(?=(?:{_OUTLET})?(?:{_ROLE}))")  # '○株洲日报…记者' too
# '株洲日报全媒体记者' or '通讯员' alone, its names on the line below ('记者' alone is too often an interview's speaker)
ROLE_ONLY = re.compile(rf"^[□■◎●◆◇]?\s*(?:(?:{_OUTLET})(?:{_ROLE})|通讯员|特约通讯员|实习生|见习记者|全媒体记者|融媒体记者)\s*[/:：／]?$")
_ROLE_FIRST = re.compile(rf"^(?:{_OUTLET})?(?:{_ROLE})")  # '■记者 甲某': a role after the box, no columnist called 记者甲某
_SNAP_SEP = r"(?:[ \u3000]+|[ \u3000]*[/／][ \u3000]*)"  # '谭某 摄', '谭某/摄'
_NAMES_SNAPPED = re.compile(rf"^([\u3400-\u9fff\U00020000-\U0003134f·]{{2,4}}(?:[ \u3000、]+[\u3400-\u9fff\U00020000-\U0003134f·]{{2,4}}){{0,2}}){_SNAP_SEP}摄$")  # '大家拍摄' is no credit
# '谭某摄' with no space: only a surname and one or two more characters (not '拍'/'航'…) read as a name, so '正在拍摄' stays text
_BARE_NAME = rf"[{SURNAMES}][\u3400-\u9fff\U00020000-\U0003134f]?[\u3400-\u9fff\U00020000-\U0003134f](?<![拍航所偷抓补跟再在])"
_NAME_SNAPPED_CLOSE = re.compile(rf"^({_BARE_NAME})摄$")
_COLUMNIST = re.compile(
    rf"^(?:[□■◎]\s*([\u3400-\u9fff\U00020000-\U0003134f·](?:[ \u3000]?[\u3400-\u9fff\U00020000-\U0003134f·]){{1,3}})|[□■◎]?\s*((?:{_OUTLET})?(?:特约)?评论员)(?:\s*[/:：]?\s*([\u3400-\u9fff\U00020000-\U0003134f·]{{2,4}}))?)$"
)
# '■ 简讯', '□ 链接': a boxed column label, not a columnist's name after the mark
# '■ 招聘岗位', '■ 联系方式': the boxed sub-heads of an ad or a notice, no one's name either
_BOX_LABEL_WORD = re.compile(
    r"[讯闻息态示接录语说览递评论点谈线观察]$|^(?:聚焦|数字|声音|图说|提醒|关注|现场)"
    r"|(?:岗位|待遇|方式|条件|要求|须知|流程|说明|地点|时间|简介|概况|范围|对象|材料|办法|标准|项目)$"
)
# a boxed name of four characters without a space is a name only with a two-character surname ('□ 欧阳晓峰')
_COMPOUND_SURNAME = re.compile(r"^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|司徒|夏侯|令狐|长孙|宇文|轩辕|端木|独孤|南宫|西门|呼延|闻人|赫连|澹台|申屠|太史|钟离)")


def _box_label(name: str) -> bool:
    """What follows a box mark is a label, not a columnist's name."""
    return bool(_BOX_LABEL_WORD.search(name)) or (len(name) == 4 and not _COMPOUND_SURNAME.match(name))
# '攸县讯（通讯员 刘某）', '醴陵讯（…）': a county or district desk's lead; only with its byline in brackets
_LOCAL_OUTLET = r"(?:株洲|醴陵|攸县|茶陵|炎陵|渌口|天元|芦淞|荷塘|石峰|云龙|高新)[市县区]?讯(?=\s*[(（])"
# '本报讯', '本报12月10日讯', '本报株洲12月10日讯' (the desk's place and day), '株洲日报客户端讯', '株洲日报全媒体讯';
# a reporter away from home files '本报北京3月5日电' (the lead pattern below)
_LEAD_OUTLET = rf"{_OUTLET}(?:全媒体|客户端|融媒体|新媒体)?(?:[\u4e00-\u9fff]{{2,4}}?\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}月\d{{1,2}}日)?"
_LEAD_RE = re.compile(
    rf"^\s*(?P<outlet>[【\[〔]{_LEAD_OUTLET}讯[】\]〕]|{_LEAD_OUTLET}讯|{_OUTLET}[\u4e00-\u9fff]{{2,4}}?\d{{1,2}}月\d{{1,2}}日电|{_LOCAL_OUTLET}|据?(?:新华社|中新社|人民日报)[^\s(（]{{0,14}}?电)?\s*"
    r"(?:[(（](?P<inner>[^()（）]{1,80})[)）])?\s*"
)
# ('【本报讯】（记者 …）…': the outlet framed as a label, as some pages set it)
# A dateline opens the lead or follows a scene-setting sentence ("……2月8日,");
# "将于11月8日举行" is a future event, not a dateline.
_DATELINE_RE = re.compile(r"(?:^|[。…!?！？;；”])\s*(\d{1,2}月\d{1,2}日)(?=[,，、上下中晚凌早傍夜]|\s)")
_DATELINE_MD = re.compile(r"\d{1,2}月\d{1,2}日")
_LUNAR_RE = re.compile(r"^[^。]{0,20}?农历([正一二三四五六七八九十冬腊]{1,2}月[初十廿二三]?[一二三四五六七八九十]{1,2})")


@dataclass
class Byline:
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)

    def extend(self, other: Byline) -> None:
        for role in ("reporters", "correspondents", "photographers"):
            mine = getattr(self, role)
            mine.extend(n for n in getattr(other, role) if n not in mine)

    def __bool__(self) -> bool:
        return bool(self.reporters or self.correspondents or self.photographers)


_NAME_SEP = re.compile(r"[ \u3000、,，]+")


def split_names(text: str) -> list[str]:
    """Names separated by spaces or 、; a name padded with a space (胡 乐) stays one.

    Two-character names are padded to the width of three ('邝　勇 朱　琳'), so a run
    of single characters pairs up into names; an odd run stays one name.
    """
    parts = [p for p in _NAME_SEP.split(text.strip()) if p]
    if all(len(p) > 1 for p in parts):
        return parts  # most bylines: whole names (a cheap look first)
    if all(len(p) == 1 for p in parts):
        return _paired(parts) if len(parts) % 2 == 0 and len(parts) > 2 else ["".join(parts)]
    out: list[str] = []
    k = 0
    while k < len(parts):
        if len(parts[k]) == 1 and k + 1 < len(parts) and len(parts[k + 1]) == 1:
            out.append(parts[k] + parts[k + 1])  # '王　伟 李小明': a padded name among whole ones
            k += 2
        elif len(parts[k]) == 2 and _COMPOUND_SURNAME.match(parts[k]) and k + 1 < len(parts) and len(parts[k + 1]) == 1:
            out.append(parts[k] + parts[k + 1])  # '欧阳 帆': a two-character surname padded from its given name
            k += 2
        else:
            out.append(parts[k])
            k += 1
    return out


def _paired(chars: list[str]) -> list[str]:
    return [chars[k] + chars[k + 1] for k in range(0, len(chars), 2)]


def is_columnist(text: str) -> bool:
    """A boxed name and no role ('□ 高　远'): a columnist signing a commentary or an essay."""
    m = _COLUMNIST.match(text.strip())
    return bool(m and m.group(1) and not _box_label(m.group(1)))


# '■ 记者手记', '记者观察': a box's label that starts with a role word, no one's byline
_REPORTER_BOX = re.compile(r"^[□■◎●○]?\s*(?:记者|编辑)(?:手记|观察|札记|调查|感言|点评|追踪|探访|体验|日记|随笔|视角|笔记)[:：]?$")


def parse_credit(text: str) -> Byline | None:
    """Parse a text made only of roles and names ('株洲日报记者 任远 通讯员/任晓磊 摄').

    Returns None when anything else is in the text, so callers can use it as
    a test for "this line is a byline".
    """
    text = text.strip()
    if (hidden := unknown_chars.hide(text)) != text:  # '本报记者 曾 ?': a rare character its charset wrote '?'
        byline = parse_credit(hidden)
        return byline and Byline(*(unknown_chars.show(names) for names in (byline.reporters, byline.correspondents, byline.photographers)))
    if "\ue000" <= max(text, default="") and (private := unknown_chars.hide_private(text))[1]:  # '通讯员 李\ue000华': a typesetter's own character
        byline = parse_credit(private[0])
        return byline and Byline(*(unknown_chars.show_private(names, private[1]) for names in (byline.reporters, byline.correspondents, byline.photographers)))
    if (text[1:3] in ("｜", "|", "字｜", "字|", "片｜", "片|", "影｜", "影|") or "|" in text[:5] or "｜" in text[:5]) and (m := _PIPE_ROLE.match(text)):
        text = _PIPE_ROLE.sub(lambda r: "文/" if r.group(1).startswith("文") else "图/", text)  # '文字｜记者 某某', '摄影｜记者 某某'
    if text[:2] in ("文字", "摄影", "图片") and _COLON_ROLE.match(text):
        text = _COLON_ROLE.sub(lambda m: "文/" if m.group(1) == "文字" else "图/", text)  # the words' and the pictures' credits by label
    wire = text.lstrip("□■◎●◆◇○ （(").startswith(_WIRE_NAMES)
    if len(text) <= _CREDIT_MAX and ("视频" in text or "海报" in text or "制图" in text or "剪辑" in text) and (other := _OTHER_CREDITS.search(text)) and other.start():
        text = text[: other.start()]  # '… 通讯员 彭某 视频 刘某': who made the video or the poster, none of the three roles
    if text[-1:] in "记察调查言评踪访验志笔角：:" and _REPORTER_BOX.match(text):
        return None
    if text[-1:] in "道文" and (m := _SIGNED.match(text)) and (signed := _bare_writers(m.group(1))):
        return signed  # '周某某 报道', '张某 李某 文': known surnames, then what they did
    if text[-1:] != "：" and (m := _SCHOLAR.match(text)):
        return Byline(reporters=["".join(m.group(1).split())])  # '中共株洲市委党校 陈晓明': a theory page's writer by their institution
    if text.endswith("评论员文章"):
        return None  # '评论员文章': the label of a leading article, no writer called 文章
    if (m := _COLUMNIST.match(text)) and not (m.group(1) and (_box_label(m.group(1)) or _ROLE_FIRST.match(m.group(1)))):
        name = "".join((m.group(1) or m.group(3) or m.group(2)).split())  # '□ 李　为': a padded name is one name
        return Byline(reporters=[name])  # '□ 谭某' / '□ 本报评论员 某某' / '株洲日报评论员'
    if "文" in text and "图" in text and (split := _WORDS_THEN_PICTURES.match(text) or _WORDS_THEN_PICTURES_AFTER.match(text)
                                          or _WORDS_THEN_PICTURES_SPACED.match(text)
                                          or (len(text) <= _CREDIT_MAX and _WORDS_THEN_PICTURES_ROLED.match(text))):
        return _words_and_pictures(*split.groups())
    text = _BOX_MARK.sub("", text)  # '□株洲日报全媒体记者 汤某 通讯员 刘某': a mark before the roles
    if text.endswith("摄") and (m := _NAMES_SNAPPED.match(text)) and not _ROLE_IN.search(text) and len(names := split_names(m.group(1))) <= 3:
        return Byline(photographers=names)  # '谭某 摄': names and 摄, no role
    if text.endswith("摄") and (m := _NAME_SNAPPED_CLOSE.match(text)):
        return Byline(photographers=[m.group(1)])  # '谭某摄'
    text = filed_from.drop(text)  # '记者 彭某 发自广州': where the reporter filed from, no name
    both = _WORDS_AND_PICTURES_END.search(text)
    text = text[: both.start()] if both else text
    photo_report = text.endswith("摄影报道")  # '记者 邓某 摄影报道': the reporter wrote the story and took its pictures
    is_photo = bool(_PHOTO_END.search(text)) and not text.endswith(("报道", "整理"))  # '记者 廖某 整理': who compiled the text
    text = _PHOTO_END.sub("", text)
    both = both or photo_report or _WORDS_AND_PICTURES.match(text)  # 文/图: the writer took the pictures too
    text = _WORDS_AND_PICTURES.sub("", text)
    if both and _NAMES_ONLY.fullmatch(text) and not _ROLE_IN.search(text):
        names = split_names(text)  # '文/图：汤某', '汤某 文/图': no role, the marks say what they did
        return Byline(reporters=names, photographers=list(names))
    if pictures := _PICTURES_BY.match(text):
        is_photo, text = True, text[pictures.end():]
        if named := _bare_writers(text):
            return Byline(photographers=named.reporters)  # '图/龙某', '图片/邹某': the photographer, named without a role
    text = _WORDS_BY.sub("", text)
    byline = Byline()
    pos = 0
    found = False
    cut = _PICTURES_AFTER_NAMES.search(text) if not is_photo and "图" in text else None
    tail = _pictures_after(text[cut.end():]) if cut else None
    text = text[: cut.start()] if tail else text  # '记者 谭某 图/通讯员 李某': who took the pictures, after the writers
    while pos < len(text):
        m = _ROLE_RE.match(text, pos)
        if not m:
            return None
        names_m = _NAMES_RE.match(text, m.end())
        if not names_m:
            return None
        # the next role may begin inside the greedy run ('刘某 株洲日报记者 凌霄': '株洲日报记' reads as a name): look past its end
        names = _names_before_next_role(text[m.end():names_m.end() + _ROLE_REACH])[:len(names_m.group(0))]
        names = _glued_name(text, m.end()) or names
        if not names:
            return None
        role = "photographers" if is_photo else _ROLE_WORDS.get(m.group(1), "reporters")  # a station: reporters
        getattr(byline, role).extend(n for n in split_names(names) if n not in getattr(byline, role))
        found = True
        pos = m.end() + len(names)
        while pos < len(text) and text[pos] in " \u3000、,，":
            pos += 1
    if found and tail:
        byline.photographers.extend(n for n in tail if n not in byline.photographers)
    if found and both:
        # '图/文 记者 何某 通讯员 杨某': the paper's reporter took the pictures, the correspondent helped with the words
        writers = byline.reporters or byline.correspondents
        byline.photographers.extend(n for n in writers if n not in byline.photographers)
    if wire and not _OWN_AFTER_WIRE.search(text):
        return Byline() if found else None  # a wire reporter: no one of the paper's
    return byline if found else None  # '新华社记者 王某 株洲日报全媒体记者 李某': a joint report, both its reporters


# the paper's own reporter signing beside a wire's: the report is the paper's too
_OWN_AFTER_WIRE = re.compile(rf"[ \u3000、](?:{_OUTLET})(?:{_ROLE})")
_PICTURES_AFTER_NAMES = re.compile(r"(?<![ \u3000])[ \u3000]++图(?:片)?\s*[/:：／]\s*")  # '… 图/…' after the names (from a run's start only)


def _pictures_after(rest: str) -> list[str] | None:
    """'通讯员 李某', '李某' after a closing '图/': who took the pictures, with a role or under a known surname."""
    credit = parse_credit(rest) if _ROLE_FIRST.match(rest.strip()) else _bare_writers(rest)
    names = [*credit.reporters, *credit.correspondents, *credit.photographers] if credit else []
    return names or None


_GLUED_RUN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f·]{3,14}")


def _glued_name(text: str, pos: int) -> str:
    """A name run straight into the next role word ('谭雅文通讯员李红', as OCR or a PDF leaves it), or ''."""
    run = _GLUED_RUN.match(text, pos)
    if not run or len(run.group(0)) <= 5:
        return ""
    name = _names_before_next_role(run.group(0))
    return name if name != run.group(0) and 2 <= len(name) <= 4 else ""


# a credit for the video, the poster or a chart after the writers': no name for the three roles, and no name at all
_OTHER_NAME = r"(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \u3000]{1,2}[\u3400-\u9fff](?![\u3400-\u9fff]))"  # '易 帆' padded too
_OTHER_CREDITS = re.compile(rf"(?<=\S)[ \u3000]+(?:视频|海报|制图|剪辑)\s*[/:：／]?\s*{_OTHER_NAME}(?:[ \u3000、]+{_OTHER_NAME})*$")
_CREDIT_MAX = 80  # a byline line is short; the video credit is looked for only in one
_ROLE_REACH = 16  # an outlet and a role word together ('株洲日报社全媒体首席记者') are no longer


def _names_before_next_role(names: str) -> str:
    """`_NAMES_RE` is greedy; stop where the next role word begins."""
    m = re.search(rf"(?<![ \u3000、,，])[ \u3000、,，]*(?:{_OUTLET})?(?:{_ROLE})", names)  # from a run's first space only
    return names[: m.start()] if m else names


_WRITER = re.compile(r"^(?:[□■◎●◆◇]\s*)?文\s*[/／:：]\s*([\u3400-\u9fff\U00020000-\U0003134f·]{2,4}(?:[ 、][\u3400-\u9fff\U00020000-\U0003134f·]{2,4})*)$")
_PADDED_WRITER = re.compile(r"^(?:[□■◎●◆◇]\s*)?文\s*[/／:：]\s*([\u3400-\u9fff])[ \u3000]{1,2}([\u3400-\u9fff])$")  # '文／易　梅': two set as three


def writer_credit(text: str) -> Byline | None:
    """'文/李某某' (or '□ 文/李某某', a box mark first) under a commentary: its writer, named without a role."""
    if m := _PADDED_WRITER.match(text.strip()):
        return Byline(reporters=[m.group(1) + m.group(2)])
    m = _WRITER.match(text.strip())
    return Byline(reporters=split_names(m.group(1))) if m else None


@dataclass
class Lead:
    """What the opening of a news paragraph tells: outlet, byline, dateline."""

    byline: Byline
    dateline: str
    lunar: str
    rest: str  # the paragraph with the outlet/byline prefix removed


_REPORTED_BY = re.compile(r"\s*([^，。,；;:：（）()]{3,40}?报道)(?![\u4e00-\u9fff]{0,2}[，。])\s*[:：]?\s*")  # '…报道：12月8日，…' too


def parse_lead(paragraph: str) -> Lead | None:
    """Recognise '株洲日报讯(记者/A 通讯员/B) 10月28日,……' at a paragraph start."""
    m = _LEAD_RE.match(paragraph)
    if not m or not (m.group("outlet") or m.group("inner")):
        return None  # a bare '(全媒体记者/汤某)' lead counts too: PDF text drops the outlet
    byline = Byline()
    end = m.end()
    if m.group("inner"):
        credit = parse_credit(m.group("inner"))
        if credit is None:
            return None
        byline = credit
    elif m.group("outlet") and (told := _REPORTED_BY.match(paragraph, end)) and (credit := parse_credit(told.group(1))):
        byline, end = credit, told.end()  # '本报讯 记者尹某 通讯员方某报道 6月17日，……': no brackets, '报道' closes the credit
    elif m.group("outlet") and (spaced := _spaced_credit(paragraph, end)) is not None:
        byline, end = spaced  # '本报讯　记者　滕某　通讯员　殷某某　12月10日，……': no brackets, a space closes the credit
    if m.group("inner") and (more := _SECOND_CREDIT.match(paragraph, end)) and (credit := parse_credit(more.group(1))):
        byline.extend(credit)  # '本报讯（记者 龚某）（通讯员 甘某某）12月10日，……': each role in its own brackets
        end = more.end()
    rest = paragraph[end:].strip()
    dateline, lunar = find_dateline(rest)
    if not dateline and (wire := _DATELINE_MD.search(m.group("outlet") or "")):
        dateline = wire.group(0)  # 新华社北京3月14日电
    return Lead(byline, dateline, lunar, rest)


_SECOND_CREDIT = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]\s*")
_CREDIT_GAP = re.compile(r"[ \u3000]+")


def _spaced_credit(paragraph: str, start: int) -> tuple[Byline, int] | None:
    """Roles and names right after the outlet, closed by a space before the text: the longest such run that is a credit."""
    head = paragraph[start:start + 48]
    if not _ROLE_FIRST.match(head.lstrip(" \u3000")):
        return None
    for gap in reversed(list(_CREDIT_GAP.finditer(head))):
        credit = parse_credit(head[: gap.start()])
        if credit is not None and (credit.reporters or credit.correspondents) and head[gap.end():][:1] not in ("", "：", ":"):
            return credit, start + gap.end()
    return None


def opens_lead(text: str) -> bool:
    """The line starts a news lead: an outlet ('本报讯…'), or a bracketed byline with the report after it.

    A wrapped line of a paragraph never starts so, whatever width the line above has;
    a bracketed credit alone ('（通讯员 王某 摄）') closes a caption instead.
    """
    m = _LEAD_RE.match(text)
    if not m or not (m.group("outlet") or m.group("inner")):
        return False
    if m.group("outlet"):
        return True
    return parse_credit(m.group("inner")) is not None and bool(text[m.end():].strip())


def find_dateline(text: str) -> tuple[str, str]:
    """The '10月28日' a lead starts with, and a lunar date right after it."""
    m = _DATELINE_RE.search(text[:120])
    if not m:
        return "", ""
    lunar = _LUNAR_RE.match(text[m.end():])
    return m.group(1), lunar.group(1) if lunar else ""


_SENTENCE_THEN_NAMES = re.compile(
    rf"[。！？”]\s*([\u3400-\u9fff\U00020000-\U0003134f·]{{2,4}}(?:[ \u3000、][\u3400-\u9fff\U00020000-\U0003134f·]{{2,4}}){{0,2}}{_SNAP_SEP}摄|{_BARE_NAME}摄)$"
)
_PICTURES_TAIL = re.compile(r"[。！？”\s](图(?:片)?\s*[/:：／][^。！？]{2,30})$")
_PHOTOGRAPHER_TAIL = re.compile(rf"[。！？”\s]((?:{_OUTLET})?(?:全媒体)?摄影(?:记者)?(?:\s*[/:：／]\s*|\s+)[\u3400-\u9fff\U00020000-\U0003134f·][^。！？]{{1,30}})$")  # '……休闲。摄影：谭某'
_BRACKETED_TAIL = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")


# '文　静' is a name of two set to the width of three ('文 易某某' has the mark): one character alone after the gap
_WORDS_MARK = re.compile(r"\s*(?:[□■◎●◆◇]\s*)?文(?:[\s\u3000/:：／、·]|$)(?![\s\u3000]*[\u4e00-\u9fff]\s*$)")


def words_mark(text: str) -> bool:
    """'文/易某某', '文 易某某': the credit opens on the mark 文 (words by), not on a name whose surname is 文 ('文东升')."""
    return bool(_WORDS_MARK.match(text))


# how much of a caption's end can be its photo credit: every pattern below is bounded well inside it
CREDIT_WINDOW = 200


def split_trailing_credit(text: str) -> tuple[str, Byline | None]:
    """A caption that ends with its photo credit: '……的温暖。记者 谭筱筱 摄', '……。（记者/谭某 摄）', '……。图/记者 谭某'.

    Only the last `CREDIT_WINDOW` characters are read: a paragraph of 20,000
    '记者' ending in '摄' tried a credit from each of them (over 30 s).
    """
    cut = max(len(text) - CREDIT_WINDOW, 0)
    rest, credit = _split_credit_at_end(text[cut:])
    return ((text[:cut] + rest).rstrip(), credit) if credit is not None else (text, None)


def _split_credit_at_end(text: str) -> tuple[str, Byline | None]:
    if (m := _BRACKETED_TAIL.search(text)) and (_PHOTO_END.search(m.group(1)) or _PICTURES_BY.match(m.group(1))) and (
        credit := parse_credit(m.group(1))
    ) and credit.photographers:  # '（记者 邹某 通讯员 彭某 报道）' closes a report: no photo credit
        return text[: m.start()].rstrip(), credit
    if (m := _PICTURES_TAIL.search(text)) and (credit := parse_credit(text[m.start(1):])) and credit.photographers:
        return text[: m.start(1)].rstrip(), credit  # '……看书。图/记者 谭某'
    if "摄影" in text and (m := _PHOTOGRAPHER_TAIL.search(text)) and (credit := parse_credit(m.group(1))) and credit.photographers:
        return text[: m.start(1)].rstrip(), credit
    if not _PHOTO_END.search(text):
        return text, None
    for m in re.finditer(rf"(?:{_OUTLET})?(?:{_ROLE})", text):
        credit = parse_credit(text[m.start():])
        if credit and credit.photographers:
            return text[: m.start()].rstrip(), credit
    if (m := _SENTENCE_THEN_NAMES.search(text)) and (credit := parse_credit(m.group(1))):
        return text[: m.start(1)].rstrip(), credit  # '……觅食。谭某某 摄'
    return text, None


_CLOSING = re.compile(r"[(（]([^()（）]{3,40})[)）]\s*$")
_SIGNED = re.compile(r"^([\u3400-\u9fff][\u3400-\u9fff \u3000、]{1,16}?)[ \u3000]+(?:报道|文)$")
# a sentence's end: a full stop, or OCR's half-width one after a character ('…余件.(记者 王 强)')
_SENTENCE_END = re.compile(r"(?:[。！？”…]|(?<=[\u4e00-\u9fff）)”])\.)$")
# '…缩短。株洲日报全媒体记者 夏 雨' with no brackets: the paper's name and a role after the last sentence
_CLOSING_OUTLET = re.compile(r"(?:[。！？”]|(?<=[\u4e00-\u9fff])\.)\s*((?:株洲日报|本报)(?:全媒体|融媒体|特约)?(?:记者|通讯员)[\s\u3000]*[^。！？，,.]{2,30})$")


# '……参加。（周文博 李欣怡）': a brief signed with its writers' bare names, no role
_CLOSING_BARE = re.compile(r"[(（]([\u3400-\u9fff][\u3400-\u9fff \u3000、]{0,12}[\u3400-\u9fff])[)）]\s*$")
# what a bracketed word is when it is no name: '（完）', '（待续）', '（组图）', '（据新华社）', '（节选）' (core/pen_names.py too)
NOT_A_NAME = re.compile(r"[完续图摘编转载据社版稿待附接见题报讯电供下上本省市县区节选删注按译网视]")
_NOT_A_WRITER = re.compile(NOT_A_NAME.pattern[:-1] + "镇村记者员]")  # inline, a village or a role word is no signature either


def _bare_writers(text: str) -> Byline | None:
    """The writers a bracket of one to three bare names gives, each under a known surname; else None.

    A single name must be two or three characters (a four-character word in
    brackets is more often a place or a phrase than a name)."""
    names = split_names(text)
    longest = 4 if len(names) > 1 else 3
    if not 1 <= len(names) <= 3 or any(
        not 2 <= len(n) <= longest or n[0] not in SURNAMES or _NOT_A_WRITER.search(n) for n in names
    ):
        return None
    return Byline(reporters=names)


def split_closing_byline(text: str) -> tuple[str, Byline | None]:
    """'……达成就业意向630人。（记者 谭某某）': the byline printed after the last sentence."""
    if (m := _CLOSING_OUTLET.search(text)) and (credit := parse_credit(m.group(1))) and not credit.photographers:
        return text[: m.start(1)].rstrip(), credit  # '……明显缩短。株洲日报全媒体记者 夏 雨': the outlet's name marks it a credit
    if text.rstrip()[-1:] not in ")）":
        return text, None
    if (m := _CLOSING_BARE.search(text)) and _SENTENCE_END.search(text[: m.start()].rstrip()) and (bare := _bare_writers(m.group(1))):
        return text[: m.start()].rstrip(), bare
    m = _CLOSING.search(text)
    if not m or not _SENTENCE_END.search(text[: m.start()].rstrip()):
        return text, None
    credit = parse_credit(m.group(1))
    both = _WORDS_AND_PICTURES.match(m.group(1)) or _WORDS_AND_PICTURES_END.search(m.group(1))
    if credit is None or (credit.photographers and not both):
        return text, None  # a photo credit is a caption's (split_trailing_credit); '（文/图 某某）' closes a photo story
    return text[: m.start()].rstrip(), credit


def _people(text: str) -> Byline | None:
    """Roles and names ('记者 汤某'), or names alone ('汤某 刘某') read as reporters."""
    if (credit := parse_credit(text)) is not None:
        return credit
    names = split_names(text)
    if names and len(names) <= 3 and all(re.fullmatch(r"[\u3400-\u9fff\U00020000-\U0003134f·]{2,4}", n) for n in names) and not _ROLE_IN.search(text):
        return Byline(reporters=names)
    return None


def _words_and_pictures(words: str, pictures: str) -> Byline | None:
    """'文/记者 汤某 图/记者 谭某': the writers' byline and the photographers' apart."""
    writers, shooters = _people(words), _people(pictures)
    if writers is None or shooters is None or writers.photographers:
        return None
    photographers = [*shooters.reporters, *shooters.correspondents, *shooters.photographers]
    return Byline(writers.reporters, writers.correspondents, list(dict.fromkeys(photographers)))
