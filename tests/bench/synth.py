"""Deterministic synthetic archive of 株洲日报-like issues for benchmarks.

Words are drawn from jieba's own dictionary with its corpus frequencies, so
common characters and words are as common as in real Chinese news text and the
posting lists of the full-text index have a realistic shape. Person names,
local places, numbers, dates and a few Latin acronyms are mixed in because
reporters search for exactly those. The same seed always gives the same
archive, byte for byte.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import jieba

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力斌宇浩凯鹏飞燕俊峰亮林琳婷雪慧晶欣"
    "嵩喜昕逸胜萌炜嘉昆信婷曹耀毅任卫安湘晖凌洁轶瑞龙江雯倩颖璐瑶蕾露怡佳琪思源晨阳子涵梓轩宏志"
)
PLACES = (
    "株洲", "芦淞区", "荷塘区", "石峰区", "天元区", "渌口区", "醴陵市", "攸县", "茶陵县", "炎陵县",
    "云龙示范区", "神农城", "湘江", "长株潭", "株洲西站", "田心", "白关镇", "王十万", "枫溪", "龙头铺",
    "洣水", "酒埠江", "神农谷", "株洲经开区", "董家塅", "栗雨", "马家河", "仙庾岭", "株洲火车站", "建宁",
)
ORGS = (
    "中车株机", "株冶集团", "株洲所", "株硬集团", "湖南工业大学", "市二医院", "市中心医院", "市中医伤科医院",
    "市委", "市政府", "市人大常委会", "市政协", "市公安局", "市教育局", "市卫健委", "市医保局", "市税务局",
    "株洲日报社", "知株侠", "市慈善总会", "市直机关工委", "中国动力谷", "湖南华菱", "株洲高新区",
)
LATIN = (
    "GDP", "5G", "APP", "AI", "PM2.5", "CPI", "IPO", "WiFi", "LED", "ETC", "CRRC", "iPhone", "VR", "IGBT",
    "CEO", "NBA", "CBA", "USB", "QQ", "Wi-Fi", "5A", "3D", "MBA", "ICU", "CT", "Python", "App",
)
SECTIONS = ("要闻", "要闻", "时政", "经济", "社会", "民生", "县域", "文体", "评论", "专题", "副刊", "广告")
TYPES = (("news", 70), ("feature", 10), ("commentary", 6), ("notice", 5), ("caption", 5), ("ad", 2), ("table", 1), ("other", 1))
CLAUSE_PUNCT = ",,,,,、、;:"
END_PUNCT = "。。。。。。。!?"


@dataclass
class SynthArticle:
    title: str
    subtitle: str
    section: str
    type: str
    reporters: list[str]
    correspondents: list[str]
    photographers: list[str]
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class SynthIssue:
    date: str
    number: int
    source: str
    articles: list[SynthArticle] = field(default_factory=list)

    def raw_text(self) -> str:
        """The issue as a plain dump prints it (the seeds' layout), so that the
        parser reads back exactly these articles: a section label with its
        editor line where the section changes, the title, the subtitle under
        a dash, a lead with the byline (株洲日报讯(全媒体记者/… 通讯员/…
        摄影/…), as news items print it), body paragraphs between blank lines."""
        day = dt.date.fromisoformat(self.date)
        weekday = "一二三四五六日"[day.weekday()]
        parts = [f"株洲日报 {day.year}年{day.month}月{day.day}日 星期{weekday} 第{self.number}期"]
        section = None
        for a in self.articles:
            if a.section != section:
                section = a.section
                parts += ["", f"{section}·新闻", "", "责任编辑:胡 乐"]
            parts += ["", a.title]
            if a.subtitle:  # the paper sets it off with a dash under the title
                parts += ["", f"——{a.subtitle}"]
            first, *rest = a.paragraphs
            if first.startswith(LEAD) and ") " in first:  # the generator's own lead (a planted copy may have cut it)
                first = first.split(") ", 1)[1]
            parts += ["", _lead(a) + first]
            for p in rest:
                parts += ["", p]
        return "\n".join(parts) + "\n"


LEAD = "株洲日报讯"
_HEADLINE_NOISE = re.compile(r"[“”A-Za-z]|记者|通讯员|摄影|特此")
# A subtitle keeps words only: figures and Latin in a short line under a
# headline read as a table row, a caption or a new piece.
_SUBTITLE_NOISE = re.compile(r"[“”A-Za-z0-9.%]|记者|通讯员|摄影|特此")


def _lead(a: SynthArticle) -> str:
    """The lead's byline: 株洲日报讯(全媒体记者/… 通讯员/… 摄影/…), or 株洲日报讯 alone."""
    roles = (("全媒体记者", a.reporters), ("通讯员", a.correspondents), ("摄影", a.photographers))
    names = " ".join(f"{role}/{' '.join(people)}" for role, people in roles if people)
    return f"{LEAD}({names}) " if names else f"{LEAD} "


class Vocabulary:
    """jieba's dictionary words with cumulative weights for fast sampling."""

    def __init__(self, limit: int = 120_000) -> None:
        path = Path(jieba.__file__).with_name("dict.txt")
        rows: list[tuple[str, int]] = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                word, freq, *_ = line.split()
                if all("\u4e00" <= c <= "\u9fff" for c in word):
                    rows.append((word, int(freq)))
        rows.sort(key=lambda r: (-r[1], r[0]))
        rows = rows[:limit]
        self.words = [w for w, _ in rows]
        self.cum = list(itertools.accumulate(f for _, f in rows))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        total = self.cum[-1]
        cum, words = self.cum, self.words
        return [words[bisect.bisect(cum, rng.random() * total)] for _ in range(k)]


class ArchiveGenerator:
    """Makes issues one by one; `issues(n)` is deterministic for a seed."""

    def __init__(self, seed: int = 20240101, start: str = "2015-01-01", mean_body: int = 545) -> None:
        self.rng = random.Random(seed)
        self.vocab = Vocabulary()
        self.start = dt.date.fromisoformat(start)
        self.mean_body = mean_body
        rng = random.Random(seed + 1)
        self.people = sorted(
            {rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2)))) for _ in range(6000)}
        )
        self.type_names = [t for t, _ in TYPES]
        self.type_weights = [w for _, w in TYPES]

    # -- pieces -------------------------------------------------------------
    def _special(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.30:
            return rng.choice(self.people)
        if r < 0.55:
            return rng.choice(PLACES)
        if r < 0.72:
            return rng.choice(ORGS)
        if r < 0.80:
            return rng.choice(LATIN)
        if r < 0.90:
            return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        if r < 0.95:
            return f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}亿元"
        return f"{rng.randint(1, 100)}%"

    def _clause(self) -> str:
        rng = self.rng
        words = self.vocab.sample(rng, rng.randint(2, 7))
        if rng.random() < 0.45:
            words.insert(rng.randrange(len(words) + 1), self._special())
        if rng.random() < 0.06:
            i = rng.randrange(len(words))
            words[i] = f"“{words[i]}”"
        return "".join(words)

    def _sentence(self) -> str:
        rng = self.rng
        clauses = [self._clause() for _ in range(rng.randint(1, 4))]
        out = clauses[0]
        for c in clauses[1:]:
            out += rng.choice(CLAUSE_PUNCT) + c
        return out + rng.choice(END_PUNCT)

    def _paragraph(self, budget: int) -> str:
        out = ""
        while len(out) < budget:
            out += self._sentence()
        return out

    def _title(self) -> str:
        """One or two clauses of at most 14 characters, as a headline prints them:
        no quotation marks (a cut could leave one open), no number at either end,
        no Latin letters and no byline or notice words (记者, 通讯员, 摄影, 特此)
        that would make it read as a byline or a notice's end."""
        rng = self.rng
        parts = [self._clause() for _ in range(rng.choice((1, 1, 2)))]
        cut = [_HEADLINE_NOISE.sub("", p[:14]).strip("0123456789.%月日亿元") for p in parts]
        title = " ".join(p for p in cut if p)
        return title if len(title) >= 4 else title + "工作会议召开"

    def article(self) -> SynthArticle:
        rng = self.rng
        kind = rng.choices(self.type_names, self.type_weights)[0]
        length = max(40, int(rng.lognormvariate(0, 0.6) * self.mean_body * 0.84))
        if kind in ("caption", "notice", "ad"):
            length = max(30, length // 4)
        paragraphs: list[str] = []
        remaining = length
        while remaining > 0:
            p = self._paragraph(min(remaining, rng.randint(60, 220)))
            paragraphs.append(p)
            remaining -= len(p)
        if len(paragraphs) > 1 and len(paragraphs[-1]) < 40:  # a closing sentence joins its paragraph
            closing = paragraphs.pop()
            paragraphs[-1] += closing
        # A paragraph opening with an agency's name would read as a wire lead (新华社…电).
        paragraphs = [f"据{p}" if p.startswith(("新华社", "中新社", "人民日报")) else p for p in paragraphs]
        if paragraphs[-1][-1] in "!?":  # a report ends with a full stop
            paragraphs[-1] = paragraphs[-1][:-1] + "。"
        reporters = [rng.choice(self.people) for _ in range(rng.choice((0, 1, 1, 1, 2)))]
        if reporters and kind == "news":
            paragraphs[0] = f"株洲日报讯(全媒体记者/{' '.join(reporters)}) " + paragraphs[0]
        return SynthArticle(
            title=self._title(),
            subtitle=_SUBTITLE_NOISE.sub("", self._clause())[:20] if rng.random() < 0.15 else "",
            section=rng.choice(SECTIONS),
            type=kind,
            reporters=reporters,
            correspondents=[rng.choice(self.people) for _ in range(rng.choice((0, 0, 1, 2)))],
            photographers=[rng.choice(self.people)] if rng.random() < 0.1 else [],
            paragraphs=paragraphs,
        )

    def issue(self, index: int) -> SynthIssue:
        date = (self.start + dt.timedelta(days=index)).isoformat()
        n = self.rng.randint(13, 25)
        issue = SynthIssue(date=date, number=20000 + index, source=f"zzrb-{date}.txt")
        issue.articles = [self.article() for _ in range(n)]
        return issue

    def issues(self, count: int):
        for i in range(count):
            yield self.issue(i)


if __name__ == "__main__":
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    gen = ArchiveGenerator()
    chars = arts = 0
    for iss in gen.issues(n):
        for a in iss.articles:
            arts += 1
            chars += len(a.title) + len(a.subtitle) + len(a.text)
    print(f"{n} issues, {arts} articles, {chars} chars ({chars / max(arts, 1):.0f}/article)")
    print(gen.issue(n).articles[0])
