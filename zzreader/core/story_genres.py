"""Signs in a headline or an opening that tell commentary and features from news, with no column or page to say so.

The type rules (core/type_rules.py) ask these once the page, the column and
the byline have said nothing: a headline that talks about a subject
('农忙时节话“机手”', '…之我见', '漫谈…', '也谈…') heads an opinion piece; a
signed story that opens on a scene or a person at work and lets someone speak
is a feature (通讯), where a report opens on its day and its source.
"""

from __future__ import annotations

import re

from .discovery.entity_extract import SURNAMES

# '…话“农机”', '…之我见', '…随想', '…杂谈', '…有感': the writer talks about a subject
_TALKS_ABOUT = re.compile(
    r"话[“\"][^”\"]{1,10}[”\"]$"
    r"|(?:之我见|随想|随感|杂感|断想|感言|有感|杂谈|漫谈|闲谈|笔谈|刍议|浅议|小议|絮语|观后感?|读后感?)$"  # '花鼓戏《渡口》观后': a review
)
# '漫谈…', '也谈…', '说说…', '再说…': the same, set before the subject
_TALKS_FIRST = re.compile(r"^(?:漫谈|也谈|浅谈|再谈|闲谈|杂谈|漫话|闲话|说说|也说|再说|刍议|浅议|小议|读《|看《|评《)")  # '读《…》': a review
# '…谈' alone ('青年创业谈'); a meeting or a visit ('座谈', '会谈', '约谈', '访谈') is news
_TALK_END = re.compile(r"(?<![座会恳洽商访交面约晤和畅对])谈$")


# '文化惠民要久久为功', '乡村振兴要“接地气”': a subject and what it ought to do ('要求', '要闻', '重要' say no such thing)
_URGES = re.compile(r"^[\u4e00-\u9fff“”\"]{2,12}(?<![重需主必只紧想])(?:要|应|须|当)(?![求闻素点事件案紧员])[\u4e00-\u9fff“”\"]{2,12}$")
# a closing paragraph that calls for something: '…要多站在群众角度想问题', '希望相关部门…', '需要常态长效'
_TOLD = re.compile(r"提醒|表示|介绍|据悉|获悉|记者从")  # the text reports what someone said or found
_CALLS = re.compile(r"要|应当|应该|需要|必须|希望|期待|期盼|只有|关键")


def urging_view(title: str, paragraphs: list[str]) -> bool:
    """A headline that says what a subject ought to do, over text that ends on a call: a view, not a report or an essay."""
    bare = re.sub(r"\s+", "", title)
    if any(_TOLD.search(text) for text in paragraphs):
        return False  # '医生提醒，进补要…': a report of someone's advice
    return bool(_URGES.match(bare)) and bool(paragraphs) and bool(_CALLS.search(paragraphs[-1]) or len(paragraphs) > 1 and _CALLS.search(paragraphs[-2]))


def commentary_headline(title: str) -> bool:
    """The headline's own words say the piece gives a view: commentary, whatever page it is on."""
    bare = re.sub(r"\s+", "", title)
    return len(bare) >= 4 and bool(_TALKS_ABOUT.search(bare) or _TALKS_FIRST.match(bare) or _TALK_END.search(bare))


# a time of day or of the year, or the weather, opening a scene ('凌晨两点，', '秋分将至，', '腊月里，', '盛夏时节，', '初冬的午后，', '寒风中，')
_SCENE_TIME = re.compile(
    r"^(?:(?:清晨|凌晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|深夜|夜里|入夜)(?:[一二两三四五六七八九十\d]{1,3}[点时](?:多|半|许)?)?"
    r"|[腊正冬][月日]里|(?:[初早仲暮][春夏秋冬]|盛夏|深秋|深冬|晚秋|隆冬|寒冬|冬日|夏日|秋日|春日)[\u4e00-\u9fff]{0,4}"
    r"|[\u4e00-\u9fff]{1,4}(?:时节|时分)"
    r"|(?:立春|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|冬至|小寒|大寒)(?:将至|已至|刚过|过后|前后)"
    r"|(?:[一二三四五六七八九十几数\d]{1,3}年前|当年|昔日|过去)(?:的[\u4e00-\u9fff]{1,8})?"  # '十年前的田心，': then, to set against now
    r"|(?:寒风|冷风|北风|细雨|春雨|秋雨|冬雨|风雨|大雪|风雪|飞雪|晨光|晨曦|晨雾|夜色|暮色|月色|烈日|骄阳)(?:中|下|里)"
    r"|(?:清晨|凌晨|早晨|中午|午后|傍晚|夜晚|深夜)的[\u4e00-\u9fff]{2,10})[，,]"  # '傍晚的攸县老街，': the hour and the place
)
# a place the scene is set in
# ('在湘江株洲段，', '在攸县皇图岭镇，', '在刘某某的办公桌抽屉里，'); a meeting is no scene
# ('在全市经济工作会议上，' opens a report); the reader walked into it ('走进醴陵市状元洲老街，', '漫步…，')
_PLACE_SCENE = re.compile(
    r"^在(?![^，,。]*(?:会议|大会|会上|仪式|发布会|座谈|活动上|典礼))[^，,。“”]{2,18}"
    r"(?:里|中|旁|边|前|段|街|巷|镇|村|乡|社区|车间|工地|厂房|田间|地头|江边|河边|山上|基地|企业|工厂|市场|码头|车站|校园)[，,]"
    r"|^(?:走进|走在|漫步|步入|穿行在)(?![^，,。]*(?:会议|大会|会场|发布会))[^，,。“”]{2,18}[，,]"
)
# a person, by name or as neighbours call them ('周德顺', '老周', '李师傅'), and what they are doing
# ('周德顺把竹篙往河底一撑', '老周把三轮车停在村口', '王秀英蹲在田埂上')
_PERSON = (rf"(?:[老小][{SURNAMES}]|[{SURNAMES}](?:师傅|大爷|大妈|大姐|阿姨|奶奶|爷爷|婆婆|老汉)"
           rf"|[{SURNAMES}][\u4e00-\u9fff]{{1,2}})")
_PERSON_ACTING = re.compile(
    rf"^{_PERSON}(?:把|将|正|蹲|站|坐|推|拿|握|弯|抬|踩|拎|扛|捧|揉|戴|搓|熟练地|小心翼翼地|一边|已经|早早)"
)
# somebody speaks: a quotation closed and credited ('……。”王秀英一边打包一边说。', '“…”组织者邓阿姨说')
# or announced before it ('老住户刘大爷说：“做梦也没想到…”'), or tells in their own words, reported
# ('文师傅说，他做糖画已经45年了')
_QUOTED_SPEECH = re.compile(r"[。！？!?]”[^“”。]{1,30}(?:说|笑道|介绍|告诉记者|感慨)|(?:说|笑道|告诉记者|感慨地说)[:：]“"
                            r"|(?:^|[。！？，,])[\u4e00-\u9fff]{1,6}(?:说|笑着说|感慨地说|回忆说)[，,](?!“)")


def scene_feature(paragraphs: list[str]) -> bool:
    """A story of two paragraphs or more opening on a scene or a person at work, in which someone speaks.

    A report opens on its date and its source ('3月7日，记者从…获悉'); a
    feature sets a scene first and quotes the people in it.
    """
    if len(paragraphs) < 2:
        return False
    first = paragraphs[0].strip()
    if not (_SCENE_TIME.match(first) or _PERSON_ACTING.match(first) or _PLACE_SCENE.match(first)):  # never a date: a report's
        return False
    return any(_QUOTED_SPEECH.search(p) for p in paragraphs)


# '纺纱能手向红梅', '湘江边上的养猪能手': a headline naming its subject by the honour of their work (a profile, 人物通讯)
_HONOUR = r"(?:能手|标兵|模范|劳模|红旗手|带头人|铁姑娘|老黄牛|好管家|女将)"
_PROFILE_TITLE = re.compile(rf"{_HONOUR}[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$|的[\u4e00-\u9fff]{{0,4}}{_HONOUR}$")
_MANY = re.compile(r"[\d０-９]|[名位批群们]")  # '表彰100名岗位能手': many people, a report of an award


def profile_headline(title: str) -> bool:
    """The headline names one person by what their work earned them ('纺纱能手向红梅', '湘江边上的养猪能手'): a profile."""
    bare = re.sub(r"\s+", "", title)
    return bool(_PROFILE_TITLE.search(bare)) and not _MANY.search(bare)


# '（连载三）', '（连载之三）', '连载⑤': a part of a serial; '系列报道' or '连载' in the editor's note over it names the series
# '（第十二章）', '第3回': a novel's chapter over its instalment; '长篇连载' over the title names the serial as its column
_SERIAL_PART = re.compile(r"[(（]?连载(?:之)?(?:[一二三四五六七八九十\d①-⑳]{1,3}|完)[)）]?|[(（]第[一二三四五六七八九十百\d]{1,4}[章回节][)）]|^第[一二三四五六七八九十百\d]{1,4}[章回]")
_SERIAL_COLUMN = re.compile(r"连载")
_SERIES_NOTE = re.compile(r"^(?:【?编者按】?|编者的话)\s*[:：].{0,120}?(?:系列报道|系列通讯|系列(?:专栏|策划|稿件|文章)?[，,。；]|连载)")  # '推出“寻味老株洲”系列，…' too


# '（未完待续）', '（待续）', '（全文完）' closing an instalment under a numbered title ('湘江儿女（二十三）')
_TO_BE_CONTINUED = re.compile(r"[(（](?:未完待续|待续|未完|续完|全文完)[)）]\s*$")
_PART_NUMBER = re.compile(r"[(（][一二三四五六七八九十百\d]{1,4}[)）]\s*$")


def serial_part(title: str, paragraphs: list[str], column: str = "") -> bool:
    """A part of a serial (连载) or of a series the editor's note announces: the paper's reportage, a feature."""
    if _SERIAL_PART.search(title) or _SERIAL_COLUMN.search(column) or any(_SERIES_NOTE.match(p.strip()) for p in paragraphs[:2]):
        return True
    closing = paragraphs[-1] if paragraphs else ""
    return bool(_TO_BE_CONTINUED.search(closing)) and (bool(_PART_NUMBER.search(title)) or "全文完" in closing)
