"""Find people, places and organisations in an article body, fast.

jieba's part-of-speech tagger (posseg, with its HMM) is too slow for a
ten-year archive, so this is a compatible, faster path: the words jieba's
dictionary tags ns (place) and nt (organisation), plus the user dictionary in
resources/discovery/entity_user_dict.txt (same format, same tags), are
compiled into trie-shaped regular expressions and matched leftmost-
longest in C. People are mostly not in any dictionary (jieba finds them with
its HMM, and its dictionary's nr words are mostly common words such as
阳光), so a person is: a name from the library's bylines or the user
dictionary, or surname + one or two characters
right after a title such as 副市长 or 负责人. Once a name is found in an
article, its other occurrences there count too. The stop list
(resources/discovery/entity_stop.txt) removes known false hits (今天下午).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

KINDS = ("person", "place", "org")
_TAG_KIND = {"nr": "person", "ns": "place", "nt": "org"}
# A jieba ns word counts only when it ends like a place name (湖北省, 洞庭湖).
PLACE_SUFFIXES = frozenset("省市县区镇乡村州山江河湖岛港湾国洲街岭溪")
# Dictionary words rarer than this are mostly mis-tagged (jieba's dict.txt).
MIN_DICT_FREQ = {"ns": 5, "nt": 5, "nr": 50}

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤易文欧阳柳晏左聂谌粟颜凌漆皮佘伍鲁符宁卜"
    "邝洪殷祝俞倪骆庞樊葛邢乔翟詹耿阮柯裴霍涂翁冉靳柴鲍喻祁蒲滕饶牟艾缪娄窦戚岑瞿佟臧闵苟邬卞姬栾隋刁巫寇甄敖巩苑"
)  # the last row: surnames common in Hunan that are seldom the first character of a word
# Titles and roles written right before a name in news copy.
TITLES = (
    "党委书记", "党组书记", "副书记", "书记", "常务副市长", "副市长", "市长", "副县长", "县长", "副区长", "区长",
    "副省长", "省长", "副主任", "主任", "副局长", "局长", "副部长", "部长", "副主席", "主席", "副院长", "院长",
    "副校长", "校长", "总经理", "副总经理", "经理", "总监", "董事长", "理事长", "会长", "秘书长", "委员", "镇长",
    "乡长", "村支书", "支书", "村主任", "厂长", "所长", "队长", "站长", "处长", "科长", "馆长", "社长",
    "教授", "医生", "医师", "护士长", "老师", "教师", "民警", "警官", "律师", "工程师", "技术员", "负责人",
    "记者", "通讯员", "摄影", "村民", "居民", "市民", "志愿者", "网格员", "代表", "专家", "班主任", "讲解员",
    "同志", "师傅", "摊主", "店主", "老板", "菜农", "果农", "农户", "家长", "学生", "患者", "游客", "业主",
    "工人", "职工", "党员", "干部", "队员", "网友", "读者", "市民", "农民", "老人", "大爷", "阿姨", "选手", "运动员", "教练", "作者", "主任医师", "获奖者",
)  # fmt: skip
# After a two-character name, a third character from here starts the next word.
_BREAK_AFTER_NAME = set(
    "在说表指介出称了的和与及等是为到来去将对向就也都已从带率参主讲提要认会同讲透走看作正还把被给让"
    "用以於于向笑哭喊问答道讲、，。：；！？“”（）《》 \n\t0123456789"
)
_NAME_CHAR = r"[\u4e00-\u9fff]"
# 王阿姨, 李某, 张师傅: a form of address, not a name.
_NOT_GIVEN_NAME = set("阿某师老总")
_ADDRESS_ENDS = set("爷姨叔婶哥姐傅妈嫂伯奶")


def _resource(name: str) -> Path:
    from zzreader.resources import resources_dir

    return resources_dir() / "discovery" / name


def _read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(_read_lines(_resource("entity_stop.txt")))


# The lines of jieba's dict.txt read below, kept in resources/discovery/ (written
# by tests/core/data/make_jieba_entity_lines.py, checked against the installed
# jieba by tests/core/test_entities.py): reading the whole 5 MB dict.txt cost
# every import process 0.15 s, for under a tenth of its lines.
JIEBA_LINES = "jieba_entity_lines.txt"
JIEBA_LINES_HEADER = (
    "# jieba's dict.txt lines that zzreader's entity extraction reads: words tagged ns or nt,\n"
    "# and two-character words used 200 times or more. Written by\n"
    "# tests/core/data/make_jieba_entity_lines.py from jieba's own dict.txt (MIT licence).\n"
)
_LINE_END = r"(?=[ \t\r]*(?:\n|\Z))"
_TAGGED = re.compile(r"\n(\S{2,}) (\d+) (n[st])" + _LINE_END)
_PAIRS = re.compile(r"\n(\S\S) ([2-9]\d\d|\d{4,}) (\S+)" + _LINE_END)


def entity_lines(dict_text: str) -> list[str]:
    """The lines of a dict.txt that `_jieba_lines` takes, in their order."""
    return [
        line.rstrip()
        for line in dict_text.split("\n")
        if _TAGGED.match("\n" + line) or _PAIRS.match("\n" + line)
    ]


@functools.lru_cache(maxsize=1)
def _jieba_lines() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(word, freq, tag) of jieba's dict.txt lines tagged ns or nt, and of its two-character
    words used COMMON_WORD_FREQ (200) times or more; read once a process.

    One regex pass in C for each, from a line's `\\n` (a literal `re` looks for first).
    The frequency is in the second pattern already (three digits from 200, or four and
    more), so it yields 16,000 lines instead of all 114,000 two-character words;
    tests/core/test_entities.py compares both lists with the line-by-line reading.
    """
    text = "\n" + _resource(JIEBA_LINES).read_text(encoding="utf-8")
    return _TAGGED.findall(text), _PAIRS.findall(text)


@functools.lru_cache(maxsize=1)
def dictionary() -> dict[str, str]:
    """word -> kind, from jieba's dict.txt (ns/nt) and the user dictionary.

    jieba's nr words are left out: they are mostly common words (阳光, 苏醒).
    """
    words: dict[str, str] = {}
    for word, freq, tag in _jieba_lines()[0]:
        if int(freq) < MIN_DICT_FREQ[tag]:
            continue
        if tag == "ns" and word[-1] not in PLACE_SUFFIXES:
            continue  # 深度, 青春 are tagged ns too; names ending like a place are safe
        if tag == "nt" and len(word) < 3:
            continue
        words[word] = _TAG_KIND[tag]
    for line in _read_lines(_resource("entity_user_dict.txt")):
        parts = line.split()
        if len(parts) >= 3 and parts[2] in _TAG_KIND:
            words[parts[0]] = _TAG_KIND[parts[2]]
    stop = stop_words()
    return {w: k for w, k in words.items() if w not in stop}


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, shaped as a trie so that matching
    costs one pass (an alternation of 20,000 words would try each in turn);
    longer continuations are tried first, so the match is the longest."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [
            re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


# Python's re tries a node's branches one after another, so one trie of
# 9,000 words with ~2,000 first characters is slow (1 M chars/s); eight
# tries split by first character, scanned in turn, run ~8x faster.
_BUCKETS = 8


@functools.lru_cache(maxsize=1)
def _dictionary_regexes() -> tuple[re.Pattern[str], ...]:
    buckets: dict[int, list[str]] = {}
    for word in dictionary():
        buckets.setdefault(ord(word[0]) % _BUCKETS, []).append(word)
    return tuple(
        re.compile(trie_pattern(words)) for _, words in sorted(buckets.items())
    )


def dictionary_spans(text: str) -> list[tuple[int, int, str]]:
    """Dictionary words in `text` as (start, end, word), leftmost-longest, not overlapping.

    The buckets are merged as they scan: each names its next word from where
    the last word taken ends. Merging each bucket's own run of matches lost
    words: a bucket's match that overlapped another's, and was dropped, had
    already hidden the next word of that bucket (人大常委会 after 市人大).
    """
    regexes = _dictionary_regexes()
    heads = [r.search(text) for r in regexes]
    out: list[tuple[int, int, str]] = []
    end = 0
    while True:
        best = None
        for i, m in enumerate(heads):
            if m is not None and m.start() < end:
                m = heads[i] = regexes[i].search(text, end)
            if m is not None and (
                best is None or (m.start(), -len(m[0])) < (best.start(), -len(best[0]))
            ):
                best = m
        if best is None:
            return out
        out.append((best.start(), best.end(), best[0]))
        end = best.end()


def dictionary_words(text: str) -> list[str]:
    return [w for _, _, w in dictionary_spans(text)]


# -- places: administrative chains and organisation names ---------------------------
# A place right before these is part of an organisation's name (茶陵县委,
# 株洲市第二中学, 醴陵市陶瓷博物馆): the organisation is named, not the place.
_ORG_AFTER_PLACE = re.compile(
    r"(?:委(?!员)|政府|人民政府|[^\W\d_的和与、]{0,6}?(?:博物馆|图书馆|纪念馆|中学|小学|医院|大学|学院|学校|公司|集团|"
    r"电视台|日报|银行|法院|检察院|公安局|[^\W\d_]局))"
)
ADMIN_SUFFIXES = ("街道", "社区", "镇", "乡", "村")
_ADMIN_END = ("区", "县", "市", "镇", "乡", "街道")
# Characters that do not occur inside a township or village name.
_NOT_IN_PLACE = set(
    "的地得了是在有和与及等各全本该这那个一不也都就要会说为以年月日天时上下中里外前后来去到每新已将从向把被让给"
)
_CHAIN = re.compile(r"([\u4e00-\u9fff]{2,4}?)(街道|社区|镇|乡|村)")
# A township named after a verb of going (到虎踞镇, 在三门镇) stands alone too.
_GOING_TO = re.compile(
    r"(?:到|在|赴|来到|走进|前往)([\u4e00-\u9fff]{2,3}?(?:街道|镇|乡))"
)


def _could_be_place(stem: str) -> bool:
    return not (set(stem) & _NOT_IN_PLACE) and stem[:2] not in _common_words(
        _PLACE_TAGS
    )


def _chain_after(text: str, end: int) -> tuple[int, int, str] | None:
    """The township or village named right after a county or town (攸县|网岭镇|罗家坪村)."""
    m = _CHAIN.match(text, end)
    if m and _could_be_place(m.group(1)):
        return (m.start(), m.end(), m.group())
    return None


def place_spans(
    text: str, spans: list[tuple[int, int, str]], words: dict[str, str]
) -> list[tuple[int, int, str]]:
    """The dictionary's places, extended by their suffix (建宁 -> 建宁街道), followed
    down administrative chains, without the ones that name an organisation."""
    out: list[tuple[int, int, str]] = []
    starts = {s for s, _, _ in spans}
    covered = 0  # a dictionary word inside a chained name (石岭 in 响石岭街道) is not another place
    for start, end, word in spans:
        if words[word] != "place" or start < covered:
            continue
        suffix = next(
            (
                x
                for x in ADMIN_SUFFIXES
                if text.startswith(x, end) and not word.endswith(x)
            ),
            "",
        )
        if suffix and end + len(suffix) not in starts:
            end, word = end + len(suffix), word + suffix
        if _ORG_AFTER_PLACE.match(text, end):
            continue
        out.append((start, end, word))
        while word.endswith(_ADMIN_END) and end not in starts:
            nxt = _chain_after(text, end)
            if nxt is None:
                break
            out.append(nxt)
            start, end, word = nxt
        covered = max(covered, end)
    for m in _GOING_TO.finditer(text):
        stem = m.group(1)[:-2] if m.group(1).endswith("街道") else m.group(1)[:-1]
        if m.start(1) >= covered and m.start(1) not in starts and _could_be_place(stem):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


@functools.lru_cache(maxsize=1)
def _title_regex() -> re.Pattern[str]:
    titles = "|".join(sorted(TITLES, key=len, reverse=True))
    return re.compile(f"(?:{titles})([{SURNAMES}]{_NAME_CHAR}{{1,2}})")


@dataclass(frozen=True)
class Found:
    kind: str
    name: str
    count: int


def _name_after_title(candidate: str) -> str:
    """Surname + 1-2 characters; the third belongs to the name unless it starts the next word."""
    if len(candidate) == 3 and candidate[2] in _BREAK_AFTER_NAME:
        return candidate[:2]
    return candidate


def _names_by_title(text: str) -> set[str]:
    out = set()
    for m in _title_regex().finditer(text):
        name = _name_after_title(m.group(1))
        if (
            len(name) >= 2
            and name[1] not in _BREAK_AFTER_NAME
            and name[1] not in _NOT_GIVEN_NAME
            and name[-1] not in _ADDRESS_ENDS
        ):
            out.add(name)
    return out


# -- people: names between cues ------------------------------------------------------
# Characters that end a noun for a person (种粮大户, 钢筋工, 设计师, 醴陵人):
# a name often follows one directly.
_PERSON_NOUN_END = "户工员师手兵医匠商农领民人家娘哥姐"
# What follows a name: punctuation or a verb a reporter writes after one.
# A weak cue on one side (的 before, 已经 after: 的黄桃已经) needs a strong one
# on the other (种粮大户 before, 说 after).
_STRONG_AFTER = "[，。、；：！？”）]|说|告诉|介绍|表示|认为|老人|同志|老师|师傅"
_WEAK_AFTER = "是|在|正在|已经|一天|每天|带|把|和|等|也|今年|家|写|被|捐|从|向|到|利用|背着|凌晨|还|笑|讲|的新"
# Characters that are not part of a given name.
_NON_NAME = "的地得了着过们是在有这那个一不也都就要会说和与及对从向把被让给为以等年月日天时上下中里外前后来去到道看已经每今昨市区县镇乡村街路省公司局委会部所队站院校"
# A candidate whose first two characters are a common word (高兴, 文化, 方向) is no name.
COMMON_WORD_FREQ = 200
_PLACE_TAGS = ("ns", "nt", "nz")


@functools.lru_cache(maxsize=2)
def _common_words(proper: tuple[str, ...] = ("nr", "nrt", "nrfg")) -> frozenset[str]:
    """Two-character jieba words used often, except those tagged `proper`
    (a name check keeps place words: 石桥 is no person; a place check keeps names)."""
    return frozenset(word for word, tag in _frequent_pairs() if tag not in proper)


@functools.lru_cache(maxsize=1)
def _frequent_pairs() -> tuple[tuple[str, str], ...]:
    """(word, tag) of jieba's two-character words with a frequency of COMMON_WORD_FREQ or more."""
    return tuple(
        (word, tag)
        for word, freq, tag in _jieba_lines()[1]
        if int(freq) >= COMMON_WORD_FREQ
    )


@functools.lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    name_char = f"[^\\W\\d_{_NON_NAME}A-Za-z]"
    strong_left = f"(?<=[{_PERSON_NOUN_END}])"
    weak_left = "(?:^|(?<=[的，。、；：“（\\s]))"
    name = f"([{SURNAMES}]{name_char}{{1,2}}?)"
    return re.compile(
        f"{strong_left}{name}(?={_STRONG_AFTER}|{_WEAK_AFTER})|{weak_left}{name}(?={_STRONG_AFTER})"
    )


def _names_by_cue(text: str) -> set[str]:
    common = _common_words()
    out = set()
    places = dictionary()
    for m in _cue_regex().finditer(text):
        name = m.group(1) or m.group(2)
        if (
            name[:2] in common
            or name[1] in _NOT_GIVEN_NAME
            or name[-1] in _ADDRESS_ENDS
            or name in places
        ):
            continue
        if (
            m.group(2) and name[1:] in common
        ):  # weak cue: 、周通报、 or “金种子” are words
            continue
        out.add(name)
    return out


class NameMatcher:
    """Many known names (the library's bylines) found in a text in one pass.

    At each character that starts a name it tries that character's name
    lengths, longest first, so it finds what a trie regex of the names would
    (the leftmost, longest name at each place, not overlapping). Unlike the
    regex it takes new names without being rebuilt: compiling a trie of every
    byline name again after each imported issue cost 30 ms an issue, growing
    with the library.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._names: set[str] = set()
        self._lengths: dict[
            str, list[int]
        ] = {}  # first character -> name lengths, longest first
        self.add(names)

    def add(self, names: Iterable[str]) -> None:
        stop = stop_words()
        for name in names:
            if len(name) < 2 or name in stop or name in self._names:
                continue
            self._names.add(name)
            lengths = self._lengths.setdefault(name[0], [])
            if len(name) not in lengths:
                lengths.append(len(name))
                lengths.sort(reverse=True)

    def __len__(self) -> int:
        return len(self._names)

    def findall(self, text: str) -> list[str]:
        found: list[str] = []
        i, n = 0, len(text)
        while i < n:
            step = 1
            for length in self._lengths.get(text[i], ()):
                if text[i : i + length] in self._names:
                    found.append(text[i : i + length])
                    step = length
                    break
            i += step
        return found


class Scan(NamedTuple):
    """What a text says by itself: dictionary words and places with their
    counts, and the names its titles and cues give. Made where the text is
    parsed (an import's worker processes: core/importer.py), finished by
    `extract` with the library's byline names."""

    counts: dict[tuple[str, str], int]
    people: frozenset[str]


def article_body(title: str, subtitle: str, text: str) -> str:
    """The text of an article that is scanned for names: title, subtitle and body."""
    return "\n".join(part for part in (title, subtitle, text) if part)


def scan(text: str) -> Scan:
    stop = stop_words()
    words = dictionary()
    spans = dictionary_spans(text)
    counts: Counter[tuple[str, str]] = Counter()
    for _, _, word in spans:
        if words[word] != "place":
            counts[(words[word], word)] += 1
    for _, _, word in place_spans(text, spans, words):
        if word not in stop:
            counts[("place", word)] += 1
    people = frozenset(
        n for n in _names_by_title(text) | _names_by_cue(text) if n not in stop
    )
    return Scan(dict(counts), people)


def extract(
    text: str,
    known_people: Iterable[str] | NameMatcher | None = (),
    scanned: Scan | None = None,
) -> list[Found]:
    """People, places and organisations mentioned in `text`, with their counts.

    `known_people` is a list of names or a `NameMatcher` built once for many
    calls; `scanned` is `scan(text)` when it was made already.
    """
    stop = stop_words()
    words = dictionary()
    base = scanned if scanned is not None else scan(text)
    counts: Counter[tuple[str, str]] = Counter(base.counts)
    people = set(base.people)
    if isinstance(known_people, NameMatcher):
        people |= set(known_people.findall(text))
    elif known_people:
        people |= {
            n for n in known_people if len(n) >= 2 and n in text and n not in stop
        }
    for name in people:
        n = text.count(name)
        if n:
            counts[("person", name)] = n
            # A dictionary word inside a name (a place called 建宁 in 王建宁) is not a hit.
            for word in dictionary_words(name):
                key = (words[word], word)
                if key in counts and key[0] != "person":
                    counts[key] = max(0, counts[key] - n)
    return [Found(kind, name, c) for (kind, name), c in sorted(counts.items()) if c > 0]
