"""A wrapped page set with half-width stops ('……上旬.', '(记者 王某摄)'): a sentence still ends there.

GBK dumps and OCR often carry ASCII punctuation. Unwrapping PDF text read '.' as no end, so a
caption closed by its photo credit was glued across a blank line to the headline under it.
Original text; titles and credits read from it by eye. Found by the hard-wrap rewrite of
`tests/bench/bench_rendition_variants.py`.
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

PAGE = """株洲日报
2026年4月9日 星期四

炎陵黄桃花开满山坡

株洲日报讯(记者 宋某)4月8日,炎陵县中村瑶族乡
的万亩黄桃花竞相开放,吸引周边游客前来踏青赏
花.

图为游客在中村瑶族乡桃园拍照.(记者 宋某摄)

石峰区启动老旧管网改造

株洲日报讯(通讯员 欧某)4月8日,石峰区启动202
6年老旧供水管网改造,计划改造管网18公里,惠
及居民1.2万户.
"""


def test_a_caption_closed_by_its_credit_after_a_half_width_stop_ends_before_the_next_headline() -> None:
    issue = parse_text(PAGE, "zzrb-2026-04-09.txt")
    assert [(a.title, a.reporters, a.correspondents, a.photographers) for a in issue.articles] == [
        ("炎陵黄桃花开满山坡", ["宋某"], [], ["宋某"]),
        ("石峰区启动老旧管网改造", [], ["欧某"], []),
    ]
    assert issue.articles[1].paragraphs[0].startswith("4月8日,石峰区启动2026年老旧供水管网改造")
