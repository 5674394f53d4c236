"""CNKI's newspaper full-text records (中国重要报纸全文数据库): one labelled field a line per story.

A library's CNKI subscription gives the paper's stories as records:
`【篇名】…`, `【作者】左丹;何涛`, `【机构】株洲日报社`, `【报纸名称】株洲日报`,
`【报纸日期】2026-11-19`, `【版号】第A04版`, `【栏目】经济`, `【DOI】…`,
`【分类号】…`, then `【正文】` (or `【正文快照】`) over the text; a search's
head (`检索结果：3条`) may stand above them. Read as a dump each record's
fields became one headline with the fields as its subtitle, the date was not
found. Each line is rewritten in place, so line numbers stay, into the
labelled-field scrape `epaper.py` reads (`标题：`, `作者：`, `日期：`, `版名：`,
`正文：`); the library's own fields (institution, paper, DOI, class, keywords,
downloads) and the search head become empty lines that stay in `unassigned`.
"""

from __future__ import annotations

import re

from ..bylines import parse_lead

_FIELD = re.compile(r"^\s*【\s*([^【】\s]{2,6})\s*】\s*((?:.*\S)?)\s*$")  # the value ends on its last non-space (one look, not one per space)
_AS = {"篇名": "标题", "题名": "标题", "标题": "标题", "副篇名": "副标题", "副标题": "副标题", "作者": "作者",
       "报纸日期": "日期", "日期": "日期", "栏目": "版名", "正文": "正文", "正文快照": "正文"}
_RECORD = ("篇名", "题名")
_LIBRARY = ("报纸名称", "报纸日期", "版号", "机构", "DOI", "分类号")
_DATE = re.compile(r"((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})")
_NAMES_APART = re.compile(r"[;；,，]")


def looks_like(raw_lines: list[str]) -> bool:
    """A record's title field and at least two of the library's own fields."""
    fields = {m.group(1) for r in raw_lines[:400] if "【" in r and (m := _FIELD.match(r))}
    return bool(fields & set(_RECORD)) and len(fields & set(_LIBRARY)) >= 2


def rewrite(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], str | None, list[int]] | None:
    """The records as a labelled-field scrape, the first record's date and the lines that were only the
    library's (they stay in `unassigned`); None for any other file."""
    if not looks_like(raw_lines):
        return None
    first = next(k for k, r in enumerate(raw_lines) if (m := _FIELD.match(r)) and m.group(1) in _RECORD)
    out: list[str] = []
    date: str | None = None
    for k, raw in enumerate(raw_lines):
        m = _FIELD.match(raw) if "【" in raw else None
        if k < first:
            out.append("")  # the search's head: '中国重要报纸全文数据库', '检索结果：3条'
        elif m is None:
            out.append(raw)  # the story's text under 【正文】
        elif m.group(1) in _AS:
            label, value = _AS[m.group(1)], m.group(2)
            if label == "日期" and (d := _DATE.search(value)) and date is None:
                date = f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
            if label == "作者":
                value = " ".join(_names(value))
            out.append(f"{label}：{value}")
        else:
            out.append("")
    _yield_to_leads(out)
    warnings.append("已按中国知网报纸全文记录解析 / Read as CNKI newspaper full-text records.")
    markup_only = [no for no, (raw, text) in enumerate(zip(raw_lines, out), 1) if raw.strip() and not text.strip()]
    return out, date, markup_only


def _names(value: str) -> list[str]:
    """'左丹 ; 何涛' → ['左丹', '何涛']: split at each separator, the spaces next to it dropped (stripped, not
    matched: a pattern's run of spaces before a separator was read again from each of its spaces)."""
    parts = _NAMES_APART.split(value)
    return [(part.lstrip() if k else part).rstrip() if k < len(parts) - 1 else (part.lstrip() if k else part) for k, part in enumerate(parts)]


def _yield_to_leads(out: list[str]) -> None:
    """An author field whose bare names the story's lead all gives with their roles ('本报讯（记者 左丹 通讯员
    何涛）'): the lead's roles stand, the field is the library's (as `meta_credits.yield_to_story` does for a site)."""
    author: int | None = None
    for k, text in enumerate(out):
        if text.startswith("作者："):
            author = k
        elif author is not None and text.strip() and not re.match(r"^(?:标题|副标题|日期|版名|正文)：", text):
            lead = parse_lead(text.strip())
            names = set(out[author][3:].split())
            if lead is not None and lead.byline and names <= {*lead.byline.reporters, *lead.byline.correspondents}:
                out[author] = ""
            author = None
