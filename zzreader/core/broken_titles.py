"""A headline a column broke in two with nothing to show it, told from a title over its subtitle.

Two plain headline lines are as often a title and its subtitle ('我市新增3家国家级绿色工厂' /
'累计达到27家') as one headline broken by a narrow column. A subtitle stands under a title that is
a clause of its own; a broken headline's first line is not one: it is a bare subject that only
the second line gives a predicate ('株洲西站综合交通枢纽' / '下月投入使用', '荷塘区28个老旧小区' /
'加装电梯集中开工'), or it ends on a verb whose object is the second line ('市中心医院开设' /
'夜间便民门诊'). core/headline_runs.py asks this before it splits a headline into its parts.
"""

from __future__ import annotations

import re

from .traditional_heads import fold

# a subject named alone: a place, a site, a body or a count of things, ending on the noun that heads it
_SUBJECT_END = re.compile(
    r"(?:枢纽|小区|社区|都市圈|经济圈|[东南西北]站|高铁站|火车站|机场|码头|医院|学校|中学|小学|幼儿园|大学|公司|集团|企业|工程|项目|"
    r"学生|师生|教师|村民|市民|居民|农户|职工|志愿者|团队|选手|运动员|"
    r"园区|产业园|科技园|工业园|物流园|景区|片区|老街|古镇|大桥|隧道|公园|广场|场馆|体育馆|图书馆|博物馆|市场|商圈|[\d一二三四五六七八九十百千万]+个[\u4e00-\u9fff]{1,6}|"
    r"[\u4e00-\u9fff]{1,6}(?:区|县|市|镇|乡|街道|社区|村)“[^“”]{2,10}”)$"  # a named thing after its place ('荷塘区“邻里食堂”'), no verb's object
)
# what makes a line a clause: a verb or a copula anywhere in it ('我市有7个社区', '攸县建成…')
_PREDICATE = re.compile(
    r"[有是为将已在获让把被]|新增|新建|建成|开设|开通|启动|开工|完工|投用|投入|推出|举办|举行|召开|发布|出台|实施|开展|"
    r"完成|实现|迎来|获得|入选|上榜|达到|突破|增长|下降|提升|加装|改造|上线|成立|开放|开业|亮相|签约|"
    r"开幕|闭幕|落幕|施工|开进|走进|进村|进社区"
)
# a verb whose object is where it went or what it joined ('我市企业亮相' / '中国国际进口博览会')
_PLACE_VERB = re.compile(r"(?:亮相|落户|走进|登陆|入驻|进驻|扎根|来到|走上|登上|现身|闪耀|唱响|牵手|携手|挺进|入围|入选|跻身)$")
# a verb that needs its object: the line ending on it goes on in the next one
_OPEN_VERB = re.compile(r"(?:新增|新建|建成|开设|增设|开通|启动|推出|举办|举行|出台|发布|实施|开展|迎来|获评|打造|设立|上线|成立|引进|签下|斩获)$")
# a count or a batch that waits for its noun ('石峰区公布第二批' / '“家门口”便民服务点', '我市新增3家' / '国家级绿色工厂')
_OPEN_COUNT = re.compile(r"(?:第[一二三四五六七八九十\d]+批|首批|[\d一二三四五六七八九十百千万两]+[个座条家所项名户批处])$")
# a line that opens on what a subject must do ('要算长远账', '更要护树'): the subject is the line above ('水利建设')
# ('别让…', '莫把…' open a title of their own; a column's name over a title ('株洲时评', '短评') is no subject)
_MODAL_OPEN = re.compile(r"^(?:更|还|也|都|就|仍)?(?:要|须|需|应|该|不能|不宜|不可)")
_COLUMN_NAME = re.compile(r"(?:评|论|观察|视点|视角|手记|札记|随笔|漫谈|杂谈|热议|走笔)$")
_LONGEST = 24  # both lines together: a headline, not a title and a subtitle of two clauses


def broken_in_two(first: str, second: str) -> bool:
    """Is the pair one headline broken by the column (see the module's docstring)?"""
    a, b = fold(first.replace(" ", "").replace("\u3000", "")), fold(second.replace(" ", "").replace("\u3000", ""))
    if not a or not b or b.startswith("——") or len(a) + len(b) > _LONGEST:
        return False
    if any(t[-1] in "。！？!?，,：:；;、" for t in (a, b)) or any(ch in f"{first.strip()}{second.strip()}{a}{b}" for ch in " \u3000，,"):
        return False  # a sentence, or two phrases set apart ('筑牢保障根基 护航幸福株洲'): a slogan, never broken
    if a.count("“") > a.count("”") and b.count("”") > b.count("“"):
        return True  # '石峰区“共享菜园' / '开进老旧小区”': the quote the first line opens closes on the second
    if (_OPEN_VERB.search(a) or _OPEN_COUNT.search(a)) and not _PREDICATE.search(b[:2]):
        return True  # '市中心医院开设' / '夜间便民门诊', '石峰区公布第二批' / '“家门口”便民服务点'
    if _PLACE_VERB.search(a) and not _PREDICATE.search(b):
        return True  # '我市企业亮相' / '中国国际进口博览会': where it happened, no clause of its own'
    return bool(_SUBJECT_END.search(a)) and not _PREDICATE.search(a) and bool(_PREDICATE.search(b))


def subject_then_modal(first: str, second: str) -> bool:
    """'水利建设' / '要算长远账' under a column's label: a commentary's subject, then what it must do, one title.

    Asked only of the two lines under a label already read (a label over one line, '读者来信' / '应当…', is
    no subject of it)."""
    a, b = first.replace(" ", "").replace("\u3000", ""), second.replace(" ", "").replace("\u3000", "")
    return (bool(a) and len(a) + len(b) <= _LONGEST and bool(_MODAL_OPEN.match(b)) and not _PREDICATE.search(a)
            and not _COLUMN_NAME.search(a) and not any(ch in a for ch in "。！？!?，,：:；;、"))
