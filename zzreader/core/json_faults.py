"""Reading a JSON file from elsewhere strictly, and why it could not be read, in zzreader's words.

Python's `json` says "Expecting value: line 1 column 1 (char 0)" in English
for an empty file as for a stray comma; the W3C annotation and corrections
imports quoted it in both halves of their message. An empty (or blank) file
is told as empty, any other fault by its line and column in both languages.

`strict_loads` is what both imports read with. Python's `json` also takes
what JSON does not allow (`NaN`, `Infinity`) and nesting deep enough to
exhaust Python's stack, and each import used to meet them differently (the
corrections import read NaN, and called a file nested 990 deep "not valid
JSON"); both now refuse them alike, nesting by a scan before parsing. A key
given twice keeps its last value, as Python and browsers read it
(tests/cli/test_hostile_import_files.py).
"""

from __future__ import annotations

import json
from typing import Any

EMPTY = "文件为空 / The file is empty"
MAX_DEPTH = 32  # zzreader's own files nest 6 deep


class JSONFault(ValueError):
    """Why a text is not JSON we read, as "中文 / English" (without the file's name)."""


def is_blank(text: str) -> bool:
    """Nothing but white space (and a byte-order mark) in `text`."""
    return not text.lstrip("\ufeff").strip()


def where(exc: json.JSONDecodeError) -> tuple[str, str]:
    """(Chinese, English) place of the fault: 第 2 行第 3 列 / line 2, column 3."""
    return f"第 {exc.lineno} 行第 {exc.colno} 列", f"line {exc.lineno}, column {exc.colno}"


def strict_loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value of `text`; JSONFault for a blank text, nesting past `max_depth`,
    NaN/Infinity, a number too long for Python, or text that is not JSON (more than
    one document: JSON Lines, two files joined)."""
    if is_blank(text):
        raise JSONFault(EMPTY)
    depth = nesting_depth(text, max_depth)
    if depth > max_depth:
        raise JSONFault(f"JSON 嵌套太深（超过 {max_depth} 层） / JSON nested too deep (more than {max_depth} levels)")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        zh, en = where(exc)
        if exc.msg == "Extra data":  # JSON Lines, or two documents joined
            raise JSONFault(
                f"JSON 之后还有别的内容（{zh}；不读 JSON Lines） / More text after the JSON ({en}; JSON Lines are not read)"
            ) from None
        raise JSONFault(f"不是有效的 JSON（{zh}） / Not valid JSON ({en})") from None
    except (ValueError, RecursionError):  # Python's own limits: say it in our words
        raise JSONFault("不是有效的 JSON（数字太长或常量 NaN/Infinity） / Not valid JSON (a number too long, "
                        "or NaN/Infinity)") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def nesting_depth(text: str, stop_after: int = MAX_DEPTH) -> int:
    """The deepest [ / { nesting outside strings, found without recursion (the scan
    stops once it passes `stop_after`)."""
    depth = deepest = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_after:
                    return deepest  # no need to read on
        elif c in "]}":
            depth -= 1
    return deepest
