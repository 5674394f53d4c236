"""The CLI's language: the locale's (zh_* -> Chinese, others -> English), or `--lang`.

The core and the CLI write their messages as "中文 / English". Under a
Chinese or an English locale (or with `--lang zh|en`) the CLI shows one
half: its human-readable streams pass through `i18n.pick` line by line.
Under the C/POSIX locale, which says nothing about language (servers, CI),
both halves stay. Data on stdout (`--json`, `export`, `cite`) is never
touched: it is the user's text, not a message.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TextIO

from zzreader import i18n

LOCALE_VARS = ("ZZREADER_LANG", "LC_ALL", "LC_MESSAGES", "LANG")  # the first one set decides
DATA_COMMANDS = ("export", "cite")  # their stdout is data, whatever the language


def choose(flag: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """'zh', 'en', or None for both languages (no flag and a C/POSIX or unset locale)."""
    if flag:
        return i18n.normalise(flag)
    env = os.environ if environ is None else environ
    for var in LOCALE_VARS:
        value = env.get(var, "").strip()
        if value:
            code = value.split(".")[0].split("@")[0].lower()
            if code in ("c", "posix"):
                return None
            return "zh" if code.startswith("zh") else "en"
    return None


class OneLanguageStream:
    """A text stream that writes each finished line through `i18n.pick`."""

    def __init__(self, stream: TextIO, lang: str) -> None:
        self.stream = stream
        self.lang = lang
        self.pending = ""

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            self.stream.write(i18n.pick(line, self.lang) + "\n")
        return len(text)

    def flush(self) -> None:
        if self.pending:
            self.stream.write(i18n.pick(self.pending, self.lang))
            self.pending = ""
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:  # encoding, isatty, fileno ... of the real stream
        return getattr(self.stream, name)


_chosen: str | None = None  # the language `one_language` shows, None for both


def after(prefix: str, message: str) -> str:
    """`prefix` (a mark, a file's name) then a "中文 / English" `message` in the shown language.

    The streams pick each finished line as a whole, and a line that starts
    with anything but the Chinese half lost what came before it: "✗ a.txt:
    文件为空 / The file is empty." showed as "The file is empty.".
    """
    return prefix + (i18n.pick(message, _chosen) if _chosen else message)


def say(zh: str, en: str) -> str:
    """A value written differently in each language ("第23847期", "No. 23847"), which the
    streams cannot pick: it holds digits, and a label pair is words only."""
    return {"zh": zh, "en": en}.get(_chosen or "", f"{zh} / {en}")


def type_name(kind: str) -> str:
    """An article type as the type box names it in Chinese ("通讯"), the keyword in English."""
    # The search path has loaded it already.
    from zzreader.core.query import TYPE_LABELS_ZH

    return say(TYPE_LABELS_ZH.get(kind, kind), kind)


# Where an issue's date was read (`parse --json` "date_source"), as the outline names it.
_DATE_SOURCES_ZH = {"masthead": "报头", "filename": "文件名", "content": "正文", "front_matter": "文档元数据", "none": "无"}


def date_source_name(source: str) -> str:
    return say(_DATE_SOURCES_ZH.get(source, source), source)


@contextmanager
def one_language(lang: str | None, stdout_is_data: bool) -> Iterator[None]:
    """Within the block, messages show in `lang` only (None: leave both)."""
    global _chosen
    if lang is None:
        yield
        return
    before = i18n.language()  # given back after: a caller in the same process keeps its own
    i18n.set_language(lang)
    _chosen = lang
    saved = sys.stdout, sys.stderr
    sys.stderr = OneLanguageStream(sys.stderr, lang)  # type: ignore[assignment]
    if not stdout_is_data:
        sys.stdout = OneLanguageStream(sys.stdout, lang)  # type: ignore[assignment]
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, OneLanguageStream):
                try:
                    stream.flush()
                except (BrokenPipeError, ValueError):
                    pass
        sys.stdout, sys.stderr = saved
        _chosen = None
        i18n.set_language(before)


def stdout_is_data(args: Any) -> bool:
    return bool(getattr(args, "json", False)) or getattr(args, "command", None) in DATA_COMMANDS
