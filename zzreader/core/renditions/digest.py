"""A digest box (`今日导读`, `本期目录`, `相关新闻：`) and the headlines it lists: page furniture.

Front pages and e-paper scrapes print the day's headlines in a box: a head
(`导读`, `本版导读`, `本期目录`, `版面导航`) over one line a headline, each with
a bullet (`·全市经济工作会议召开`), a page code (`A02 我市出台促进消费十条措施`, or after dot leaders: `…………A02`)
or under a page line (`第A01版：要闻` / `- 株洲国际会展中心开工`). Read as
text, each listed headline opened an article of its own, or the head became a
headline with the list as its body; a file that is only the table of contents
became articles with no text. The box names what is printed elsewhere, so it
goes to `unassigned` whatever the rendition. `zzreader/core/renditions/epaper.py`
drops a scrape's bulleted navigation the same way; this covers every rendition.
"""

from __future__ import annotations

import re

from .model import SourceLine

_HEAD = re.compile(
    r"^[\s#>*■□●◆【\[]*(?:(?:今日|本期|本版|本刊|要闻|版面|当日|本报)?(?:导读|目录|要目|导航|标题导航)"
    r"|(?:本版|本期|今日)(?:其他)?(?:新闻|文章|稿件|标题)(?:列表|目录|导航)?)"  # '本版新闻' over the page's titles
    r"[\s*】\]]*[:：]?\s*$"
    r"|^[\s#>*■□●◆]*(?:【|\[)?(?:相关新闻|相关阅读|相关报道|推荐阅读|延伸阅读|相关稿件|相关链接|更多阅读)"
    r"(?:[\s*】\]]*[:：]|\s*[】\]])\s*$"  # '延伸阅读：', '【相关阅读】': a colon or a frame says it heads a list
)
# '#### 相关阅读' (a page's '<h3>相关阅读</h3>' over its list): a heading says it heads a list as a colon does
_HEADED_LIST = re.compile(r"^#{1,6}\s*(?:相关新闻|相关阅读|相关报道|推荐阅读|延伸阅读|相关稿件|相关链接|更多阅读)\s*$")
# '石峰区去年改造背街小巷18条（2026-01-05）': a listed headline with the day it ran
_DATED = re.compile(r"^\S.{3,38}?[\s\u3000]*[(（]?\d{4}[-./]\d{1,2}[-./]\d{1,2}[)）]?$")
# '· 标题', '1. 标题', and a linked title led by its source ('[株洲日报] 标题', '【新华社】标题')
_BULLET = re.compile(r"^\s*(?:[·•●◆▪◇○\-*+]|\d{1,2}[.、)）]|\[[^\[\]]{2,8}\]|【[^【】]{2,8}】)\s*(\S.*)$")
_PAGE_CODE = re.compile(r"^\s*(?:第\s*[A-Ha-h]?\d{1,2}\s*版|[A-Ha-h]\d{1,2}\s*版?|\d{1,2}\s*版)\s*[:：·|｜]?\s*(\S.*)$")
# '全市经济工作会议召开…………A02': a contents line, its page code after dot leaders
_LEADER = re.compile(r"^\S.{0,38}?\s*(?:[…⋯]{2,}|[.．·・]{4,})\s*(?:第\s*)?[A-Ha-h]?\d{1,2}\s*版?$")
_SENTENCE = re.compile(r"[。；]|[，,].*[，,].*[，,]")  # a listed headline is no sentence of text
_PAGE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?$")  # '要闻', '评论·社会'
MAX_ENTRY = 40


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move each digest head and the listed headlines under it from `lines` to `furniture`."""
    heads = [k for k, line in enumerate(lines) if len(line.text) <= 16 and line.kind in ("", "heading", "subhead")
             and (_HEAD.match(line.text) or (line.text[:1] == "#" and _HEADED_LIST.match(line.text)))]
    if not heads:
        return
    gone: set[int] = set()
    last = {_bare(line.text): k for k, line in enumerate(lines)}  # where each text is printed last
    for k in heads:
        entries = _entries(lines, k + 1, last)
        if entries:
            gone.update([k, *entries])
    if gone:
        furniture.extend(lines[k] for k in sorted(gone))
        lines[:] = [line for k, line in enumerate(lines) if k not in gone]
        warnings.append(f"已移除 {len(gone)} 行导读或目录 / Dropped {len(gone)} line(s) of a digest or table of contents.")


def _entries(lines: list[SourceLine], start: int, last: dict[str, int]) -> list[int]:
    """Indexes of the listed headlines from `start` on, up to the first line that is none."""
    out: list[int] = []
    k = start
    while k < len(lines) and _is_entry(lines, k, last):
        out.append(k)
        k += 1
    return out


def _is_entry(lines: list[SourceLine], k: int, last: dict[str, int]) -> bool:
    """Whether line `k` is a listed headline; `last` maps each bare text to the last line printing it.

    Looking the text up there, not scanning every later line per entry, keeps a
    list of 10,000 titles printed again below linear (it took about 90 s).
    """
    line = lines[k]
    text = line.text.strip()
    nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
    if line.kind == "section" and line.source:
        return bool(_BULLET.match(nxt))  # the table's page row ('第A01版：要闻', already read as a page line) over its titles
    if line.kind not in ("", "heading", "subhead") or len(text) > MAX_ENTRY or _SENTENCE.search(text):
        return False
    if _BULLET.match(text) or _LEADER.match(text) or _DATED.match(text):
        return True
    if m := _PAGE_CODE.match(text):
        if not _PAGE_NAME.match(m.group(1)):
            return True  # 'A02 我市出台促进消费十条措施'
        return bool(_BULLET.match(nxt))  # a page line over bulleted titles: '第A01版：要闻'
    bare = _bare(text)
    return len(bare) >= 6 and last.get(bare, -1) > k  # listed, then printed


def _bare(text: str) -> str:
    return "".join(re.sub(r"^[\s#*]+", "", text).split())
