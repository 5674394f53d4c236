"""Why a JSON file could not be read, in zzreader's words.

Python's `json` says "Expecting value: line 1 column 1 (char 0)" in English
for an empty file as for a stray comma; the W3C annotation and corrections
imports quoted it in both halves of their message. An empty (or blank) file
is told as empty, any other fault by its line and column in both languages.
"""

from __future__ import annotations

import json

EMPTY = "文件为空 / The file is empty"


def is_blank(text: str) -> bool:
    """Nothing but white space (and a byte-order mark) in `text`."""
    return not text.lstrip("\ufeff").strip()


def where(exc: json.JSONDecodeError) -> tuple[str, str]:
    """(Chinese, English) place of the fault: 第 2 行第 3 列 / line 2, column 3."""
    return f"第 {exc.lineno} 行第 {exc.colno} 列", f"line {exc.lineno}, column {exc.colno}"
