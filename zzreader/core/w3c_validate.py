"""Checking a W3C annotation file before anything in it is believed.

A file from elsewhere may be huge, nested 100,000 levels deep, or say
`"items": 5`, `"start": 1e400` or `"modified": "0001-01-01T00:00:00+23:59"`.
The checks run in order, each before the step it protects:

1. size (`file_limits.read_limited`), before the file is read into memory;
2. nesting depth, NaN and keys given twice (core/json_faults.py `strict_loads`);
3. the document's shape (collection → page → items), before it is walked;
4. each annotation's fields, before it is merged: a bad one is skipped with
   its reason and the rest are imported.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any, BinaryIO

from zzreader.core import file_limits, json_faults, one_line, shown, user_text
from zzreader.core.anchors import MAX_QUOTE_CHARS
from zzreader.core.errors import ZZReaderError
from zzreader.core.tags import MAX_TAGS_ON_ONE

MAX_DEPTH = json_faults.MAX_DEPTH
MAX_ITEMS = 1_000_000
MAX_OFFSET = 10**9  # characters; an article is a few thousand
MAX_TEXT = MAX_QUOTE_CHARS  # characters of a quote (what one highlight may cover), note or context
MAX_ID = 1000
MAX_PAGES = 10_000
MAX_TAGS = MAX_TAGS_ON_ONE  # tags on one annotation: what one highlight or article may carry
MAX_TAG = 100  # characters of one tag, as core/tags.py `clean_tag` allows


class W3CFileError(ZZReaderError, ValueError):
    """A file that is not a W3C annotation document we can read as a whole."""


def load_stream(stream: BinaryIO, name: str = "-") -> Any:
    """Read, bound and parse W3C annotations from a stream (standard input): at most the
    file limit is read, so `< /dev/zero` ends with a message instead of exhausting memory."""
    limit = file_limits.MAX_ANNOTATION_BYTES
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise W3CFileError(
            f"{name}: 输入太大（超过 {limit // (1024 * 1024)} MB） / input too big (over {limit // (1024 * 1024)} MB)"
        )
    return _parse(raw, name)


def load_file(path: str | Path) -> Any:
    """Read, bound and parse a W3C annotation file (the CLI and the window use this)."""
    return _parse(file_limits.read_limited(path, file_limits.MAX_ANNOTATION_BYTES), str(path))


def _parse(raw: bytes, path: str) -> Any:
    """The file's JSON, its shape checked; every refusal names the file ("不是 W3C 批注 JSON"
    and "items must be a list" did not, unlike "Not valid JSON … : a.json")."""
    try:
        text = user_text.decode(raw)  # Notepad's "Unicode" (UTF-16) too
    except UnicodeDecodeError as exc:
        raise W3CFileError(f"不是 UTF-8 文本 / Not UTF-8 text: {path}") from exc
    data = loads(text, str(path))
    try:
        annotation_items(data)
    except W3CFileError as exc:
        raise W3CFileError(f"{exc}: {shown.name(path)}") from None
    return data


def loads(text: str, name: str = "") -> Any:
    """The JSON of a W3C file, read strictly (core/json_faults.py); W3CFileError instead of Python's errors."""
    try:
        return json_faults.strict_loads(text, MAX_DEPTH)
    except json_faults.JSONFault as exc:
        kind = None if json_faults.is_blank(text) else _other_export(text)
        if kind:  # our own Markdown or CSV export, picked by mistake: say what to pick instead
            raise W3CFileError(
                f"这是批注的 {kind} 导出，只能导入 JSON（W3C）导出 / This is a {kind} export of annotations; "
                f"only the JSON (W3C) export can be imported back: {name}"
            ) from None
        raise W3CFileError(f"{exc}: {name}") from None


def _other_export(text: str) -> str | None:
    """'Markdown' or 'CSV' when `text` begins as zzreader's annotation exports do (core/export.py)."""
    head = text.lstrip("\ufeff")[:200]
    if head.startswith("id,issue_date,issue_source,"):
        return "CSV"
    if head.startswith("# ") and "\n" in head:
        return "Markdown"
    return None


def _kinds(node: dict[str, Any]) -> list[Any]:
    kind = node.get("type")
    return kind if isinstance(kind, list) else [kind]


def annotation_items(data: Any) -> list[Any]:
    """The annotations of a collection (first page embedded), a page, one annotation
    or a list, walking pages in a loop (no recursion) with checked shapes.

    `todo` is a stack (its end is the next node): taking from its front, as it
    did, moved the whole rest of a list of annotations at every step, and each
    annotation of a plain list counted as a page, so a list of 10,001
    annotations was "too many annotations" (MAX_PAGES is 10,000).
    """
    out: list[dict[str, Any]] = []
    todo: list[Any] = [data]
    pages = 0
    while todo:
        node = todo.pop()
        if isinstance(node, list):
            if len(out) + len(node) > MAX_ITEMS:
                raise W3CFileError("文件中的批注太多 / Too many annotations in one file")
            todo.extend(reversed(node))
            continue
        if not isinstance(node, dict):
            raise W3CFileError("不是 W3C 批注 JSON / Not W3C Web Annotation JSON")
        kinds = _kinds(node)
        if "Annotation" in kinds and not {"AnnotationCollection", "AnnotationPage"} & {*map(str, kinds)}:
            out.append(node)
            if len(out) > MAX_ITEMS:
                raise W3CFileError("文件中的批注太多 / Too many annotations in one file")
            continue
        pages += 1
        if pages > MAX_PAGES or len(out) > MAX_ITEMS:
            raise W3CFileError("文件中的批注太多 / Too many annotations in one file")
        if "AnnotationCollection" in kinds:
            first = node.get("first")
            if first is None:
                continue
            if not isinstance(first, dict):
                raise W3CFileError(
                    "合集的首页不在文件里（需要内嵌） / The collection's first page is not "
                    "embedded in the file"
                )
            todo.append(first)
        elif "AnnotationPage" in kinds:
            items = node.get("items", [])
            if not isinstance(items, list):
                zh, en = json_kind(items)
                raise W3CFileError(f"批注页的 items 应是列表，而不是{zh} / A page's items must be a list, not {en}")
            if isinstance(node.get("next"), dict):
                todo.append(node["next"])  # after this page's items
            out.extend(items)  # an item that is no annotation is skipped with its reason (`problem`)
            if len(out) > MAX_ITEMS:
                raise W3CFileError("文件中的批注太多 / Too many annotations in one file")
        else:
            raise W3CFileError("不是 W3C 批注 JSON / Not W3C Web Annotation JSON")
    return out


def json_kind(value: Any) -> tuple[str, str]:
    """What a JSON value is, in words (Chinese, English): never Python's class name ("dict", "NoneType")."""
    if value is None:
        return "空值 null", "null"
    if isinstance(value, bool):
        return "真假值", "true or false"
    if isinstance(value, int | float):
        return "数字", "a number"
    if isinstance(value, str):
        return "文本", "text"
    if isinstance(value, list):
        return "列表", "a list"
    if isinstance(value, dict):
        return "对象", "an object"
    return "未知的值", "an unknown value"


def problem(item: Any) -> str | None:
    """Why one annotation cannot be imported (its shape, fields' types and ranges), or None."""
    if not isinstance(item, dict):
        zh, en = json_kind(item)
        return f"不是批注（是{zh}） / not an annotation ({en})"
    if item.get("type") is not None and "Annotation" not in _kinds(item):
        return (f"不是批注（type 为 {shown.name(str(item['type']))[:40]}） / not an annotation "
                f"(type {shown.name(str(item['type']))[:40]})")  # fmt: skip
    bad = _lone_surrogate(item)
    if bad is not None:
        return one_line.unstorable_message(("批注", "The annotation"), bad)
    aid = item.get("id")
    if not isinstance(aid, str) or not aid.strip():
        return "没有 id / no id"
    if len(aid) > MAX_ID or _has_control(aid):
        return "id 太长或含控制字符 / id too long or with control characters"
    for target in _list(item.get("target")):
        if not isinstance(target, dict | str):
            zh, en = json_kind(target)
            return f"target 类型不对（是{zh}） / target has the wrong type ({en})"
        if isinstance(target, dict):
            reason = _target_problem(target)
            if reason:
                return reason
    for key in ("created", "modified"):
        if key in item and not _time_ok(item[key]):
            return f"{key} 不是可用的时间 / {key} is not a usable time: {str(item[key])[:40]}"
    if "bodyValue" in item and not _text_ok(item["bodyValue"]):
        return _not_text("bodyValue", item["bodyValue"])
    tagging = [b for b in _list(item.get("body")) if isinstance(b, dict) and "tagging" in _list(b.get("purpose"))]
    if len(tagging) > MAX_TAGS:
        return f"标签太多（{len(tagging)} 个，最多 {MAX_TAGS} 个） / too many tags ({len(tagging)}, at most {MAX_TAGS})"
    for body in _list(item.get("body")):
        if not isinstance(body, dict):
            continue
        if "value" in body and not _text_ok(body["value"]):
            return _not_text("body value", body["value"])
        purposes = _list(body.get("purpose"))
        if "tagging" in purposes and isinstance(body.get("value"), str):
            reason = tag_problem(body["value"])
            if reason:
                return reason
    return None


def _target_problem(target: dict[str, Any]) -> str | None:
    source = target.get("source")
    if source is not None and not isinstance(source, dict | str):
        return "source 类型不对 / source has the wrong type"
    for sel in _list(target.get("selector")):
        if not isinstance(sel, dict):
            return "selector 类型不对 / a selector has the wrong type"
        for key in ("start", "end"):
            if key in sel:
                value = sel[key]
                if isinstance(value, bool) or not isinstance(value, int):
                    return f"{key} 不是整数 / {key} is not a whole number: {str(value)[:20]}"
                if not 0 <= value <= MAX_OFFSET:
                    return f"{key} 超出范围 / {key} is out of range: {str(value)[:20]}"
        for key in ("exact", "prefix", "suffix"):
            if key in sel and not _text_ok(sel[key]):
                return _not_text(key, sel[key])
    for key in ("styleClass",):
        if any(not isinstance(c, str) for c in _list(target.get(key))):
            return f"{key} 不是文本 / {key} is not text"
    return None


def tag_problem(tag: str) -> str | None:
    """A tag of control or format characters (or holding any) is refused."""
    if _has_control(tag):
        return f"标签含控制字符 / a tag holds control characters: {tag.encode('unicode_escape').decode()[:40]}"
    if len(" ".join(tag.split()).lstrip("#").strip()) > MAX_TAG:
        return f"标签太长（最多 {MAX_TAG} 字） / a tag is over {MAX_TAG} characters: {tag[:20]}…"
    return None


def _has_control(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in text)


def _lone_surrogate(value: Any) -> str | None:
    """A lone surrogate in any key or string of `value` (nested at most MAX_DEPTH, checked
    before parsing), or None: a JSON `\\ud800` escape parses to one, and SQLite cannot store it."""
    todo = [value]
    while todo:
        node = todo.pop()
        if isinstance(node, str):
            bad = one_line.lone_surrogate(node)
            if bad is not None:
                return bad
        elif isinstance(node, dict):
            todo.extend(node.keys())
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    return None


def _not_text(key: str, value: Any) -> str:
    """Why a value `_text_ok` refused is refused: a text too long said it was "not text"."""
    if isinstance(value, str):
        return f"{key} 太长（{len(value):,} 字，最多 {MAX_TEXT:,} 字） / {key} is too long ({len(value):,} characters, at most {MAX_TEXT:,})"
    return f"{key} 不是文本 / {key} is not text"


def _text_ok(value: Any) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= MAX_TEXT)


def _time_ok(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        if t.tzinfo is None:
            t = t.replace(tzinfo=dt.UTC)
        t.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return False
    return 1900 <= t.year <= 9999


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
