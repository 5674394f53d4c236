"""Small hand-made libraries for the discovery tests (original text)."""

from __future__ import annotations

import hashlib

from zzreader.core.models import Article, Block, Issue

FLOOD = (
    "株洲日报讯(全媒体记者/罗晓燕) 连日来，渌口区组织三百余名干部群众加固湘江大堤，沿江十二个村的防汛物资已全部到位。"
    "区防汛办负责人介绍，今年汛期来得早，湘江渌口水位站昨日水位超过警戒线零点八米，全区启动防汛四级应急响应。"
    "在南洲镇的堤段上，村民们扛着沙袋来回奔走，镇里的干部分成六个小组，日夜守在险段旁边。"
    "退休教师陈德明带着孙子送来两箱矿泉水，他说，四十年前那场大水他还记得，如今堤修得结实多了，大家心里踏实。"
    "区应急管理局提醒沿江居民，密切关注水位变化，不要到河边钓鱼游泳，遇到险情及时拨打值班电话。"
)
MARKET = (
    "天元区栗雨街道新建的农贸市场本周开门迎客，三百多个摊位摆满了时令蔬菜、湘江鱼和炎陵黄桃。"
    "市场采用明厨亮灶和电子秤溯源，顾客扫码就能查到每一斤菜的来历。摊主谭桂英在这里卖了二十年豆腐，"
    "她笑着说，新市场宽敞亮堂，冷库也大，夏天不怕东西坏了。街道工作人员介绍，市场还设了便民服务点，"
    "可以修伞、配钥匙、量血压，周边六个小区的居民步行十分钟就能到。开业当天，不少老人一早就来排队，"
    "把新鲜的辣椒和茄子装满了菜篮子，市场里一片热闹。"
)


def article(title: str, text: str, reporters: tuple[str, ...] = (), correspondents: tuple[str, ...] = ()) -> Article:
    return Article(
        title=title,
        reporters=list(reporters),
        correspondents=list(correspondents),
        blocks=[Block("p", p, 0, 0) for p in text.split("\n")],
    )


def issue(date: str, articles: list[Article], number: int | None = None, pages: int | None = None) -> Issue:
    raw = date + "\n" + "\n".join(a.title + a.text for a in articles)
    return Issue(
        source=f"zzrb-{date}.txt",
        sha256=hashlib.sha256(raw.encode()).hexdigest(),
        encoding="utf-8",
        text=raw,
        date=date,
        date_source="masthead",
        number=number,
        pages=pages,
        articles=articles,
    )
