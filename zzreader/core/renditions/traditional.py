"""Reprints set in traditional characters: the paper's role words read as the simplified ones.

Reprints for readers in Hong Kong, Macao and Taiwan, and some library
scans, give the paper in traditional characters (`株洲日報訊（全媒體記者/何志剛
通訊員/羅文靜）`). The byline, lead and page patterns (`zzreader/core/bylines.py`,
`zzreader/core/lines.py`, `furniture.py`) know the simplified words only, so
those reports lost their bylines and a headline naming a job fair read as an
ad. Only the fixed words of the paper's furniture and bylines are mapped, one
character for one, so names and text keep the characters they were printed
in, and the issue's text stays as it was.
"""

from __future__ import annotations

import re

from .model import SourceLine

_WORDS = {
    "株洲日報訊": "株洲日报讯", "株洲晚報訊": "株洲晚报讯", "株洲日報": "株洲日报", "株洲晚報": "株洲晚报", "本報訊": "本报讯", "日報訊": "日报讯", "本報": "本报",
    "全媒體記者": "全媒体记者", "見習記者": "见习记者", "首席記者": "首席记者", "記者": "记者", "通訊員": "通讯员",
    "實習生": "实习生", "評論員": "评论员", "攝影": "摄影", "責任編輯": "责任编辑", "本版編輯": "本版编辑",
    "美術編輯": "美术编辑", "責編": "责编", "編輯": "编辑", "校對": "校对", "審核": "审核", "終審": "终审", "初審": "初审",
    "瀏覽次數": "浏览次数", "閱讀量": "阅读量", "點擊數": "点击数", "發佈時間": "发布时间", "發布時間": "发布时间",
    "報導": "报道", "報道": "报道", "新華社": "新华社", "來源": "来源", "要聞": "要闻", "城事": "城事", "區縣": "区县", "時評": "时评", "讀者來信": "读者来信",
}
# a site's menu and chrome in traditional characters ('首頁', '數字報', '【打印本頁】'): read only where a line is all menu
_MENU = {
    "首頁": "首页", "新聞": "新闻", "時政": "时政", "數字報": "数字报", "電子報": "电子报", "電子版": "电子版", "報紙": "报纸",
    "視頻": "视频", "圖片": "图片", "專題": "专题", "評論": "评论", "財經": "财经", "經濟": "经济", "體育": "体育",
    "國內": "国内", "國際": "国际", "區縣": "区县", "縣市區": "县市区", "問政": "问政", "登錄": "登录", "註冊": "注册",
    "讀報": "读报", "打印本頁": "打印本页", "關閉窗口": "关闭窗口", "打印": "打印", "關閉": "关闭", "沒有了": "没有了",
}
_MENU_WORD = "|".join(sorted(_MENU, key=len, reverse=True))
_MENU_LINE = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,8}}\s+)?(?:{_MENU_WORD})$|^(?:[【\[](?:{_MENU_WORD})[】\]]\s*)+$")
_PATTERN = re.compile("|".join(sorted((w for w, s in _WORDS.items() if w != s), key=len, reverse=True)))
_WIRE_DAY = re.compile(r"^(\s*新华社[\u4e00-\u9fff]{2,12}?日)電")  # '新華社長沙五日電': the wire's dateline ends on 电
_CREDIT_END = re.compile(r"(\S)\s*攝\s*([)）]?)\s*$")  # '記者 何志剛 攝': the photo credit's last character
_TRIGGER = re.compile("[報記訊員編輯攝來聞區評讀發實對頁數電視圖專財經體國問錄註關沒華導責審瀏閱點]")  # a character no simplified text holds: a cheap look first


def normalise(lines: list[SourceLine], warnings: list[str]) -> None:
    """Rewrite the traditional role words of each line to simplified ones (same length, same places)."""
    changed = 0
    for line in lines:
        if not _TRIGGER.search(line.text):
            continue
        if _MENU_LINE.match(line.text.strip()):
            line.text = re.sub(_MENU_WORD, lambda m: _MENU[m.group(0)], line.text)
            changed += 1
            continue
        text = _CREDIT_END.sub(r"\1 摄\2", _PATTERN.sub(lambda m: _WORDS[m.group(0)], line.text))
        text = _WIRE_DAY.sub(r"\1电", text)
        if text != line.text:
            line.text = text
            changed += 1
    if changed:
        warnings.append(f"已按简体读出 {changed} 行繁体的署名与版面用语 / Read traditional-character role words on {changed} line(s) as simplified.")
