"""A weather box (`今日天气` over `多云转雷阵雨　23℃～31℃　南风2～3级`): page furniture.

Pages print the day's forecast in a small box between articles. Read as text,
its head became a section label and its forecast line the headline of the
article below (or, in PDF text, the start of that article's headline). It is
no article a reader looks for, so it goes to `unassigned`.
"""

from __future__ import annotations

import re

from .epaper import is_meta
from .model import SourceLine

_HEAD = re.compile(r"^[\s#*■□●◆【\[]*(?:今日|明日|今天|明天|本市|株洲|城区|近期|周末)?天气(?:预报)?[\s*】\]]*[:：]?\s*$")
_FORECAST = re.compile(r"(?:晴|多云|阴|雨|雪|雾|霾)")
_MEASURE = re.compile(r"-?\d{1,2}\s*(?:℃|°C?)|[风]\s*\d|\d\s*级|湿度|空气质量")
MAX_LINE = 40


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> None:
    """Move each weather head and the forecast lines under it from `lines` to `furniture`."""
    gone: set[int] = set()
    for k, line in enumerate(lines):
        if len(line.text) > 12 or line.kind not in ("", "heading", "subhead") or not _HEAD.match(line.text):
            continue
        first = k + 1
        if first + 1 < len(lines) and not lines[first].kind and is_meta(lines[first].text) and _is_forecast(lines[first + 1]):
            first += 1  # '今日天气' / '版次：A05　作者：　日期：…' / the forecast: a scraped page's property line under the box's title
        j = first
        while j < len(lines) and _is_forecast(lines[j]):
            j += 1
        if j > first:
            gone.update(range(k, j))
    if gone:
        furniture.extend(lines[k] for k in sorted(gone))
        lines[:] = [line for k, line in enumerate(lines) if k not in gone]
        warnings.append(f"已移除 {len(gone)} 行天气预报 / Dropped {len(gone)} line(s) of a weather box.")


def _is_forecast(line: SourceLine) -> bool:
    text = line.text.strip()
    return not line.kind and len(text) <= MAX_LINE and "。" not in text and bool(_MEASURE.search(text)) and bool(_FORECAST.search(text) or "℃" in text)
