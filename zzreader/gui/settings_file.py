"""The settings file looked at before Qt reads it: a value Qt would deserialize is never handed to it.

Qt's INI reader turns any value that reads `@Variant(…)` into an object of whatever type its
bytes name, and does so for every value as soon as the file is first read. A hand-edited,
damaged or planted settings file could so end the window before it opened: a list claiming
2³¹ entries made Qt abort (`std::bad_alloc`, exit 134, no message), a type PySide cannot
convert raised a traceback. zzreader never writes `@Variant` (its values are text, numbers,
booleans, lists of text and `@ByteArray`), so a file holding one, or one bigger than any
settings file it writes, is set aside under a new name (kept for the user, nothing deleted)
and the window starts with default settings, saying so in one line.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from zzreader.core import file_limits, shown

if TYPE_CHECKING:
    from zzreader.gui.qt import QSettings

# A settings file zzreader writes is a few kilobytes (eight recent libraries, thirty recent
# searches, window layout, the last article of each library opened); Qt reads the whole file
# into memory before any value, and the look below reads 1 MB of commas in about 0.7 s.
MAX_SETTINGS_BYTES = 1024 * 1024

# The pieces of Qt's INI text: an escape (Qt's value reader takes \xHHHH… and \OOO… as one
# UTF-16 unit, wrapping past 16 bits; a backslash before a line break continues the line), a
# character that matters to lines, quotes and lists, or a run of others.
_TOKEN = re.compile(rb'\\(?:x[0-9A-Fa-f]+|[0-7]+|\r\n|\n\r|.|$)|["\r\n;=,]|[^\\"\r\n;=,]+', re.DOTALL)
_C_ESCAPES = {b"a": "\a", b"b": "\b", b"f": "\f", b"n": "\n", b"r": "\r", b"t": "\t", b"v": "\v",
              b'"': '"', b"?": "?", b"'": "'", b"\\": "\\"}  # fmt: skip
_DESERIALIZED = "@Variant("  # an item Qt turns into an object of the type its bytes name


def _values(raw: bytes) -> Iterator[list[bytes]]:
    """The pieces of each value, as Qt's INI reader finds them: a line ends at a line break or
    `;` outside quotes, a value starts after its first `=` outside quotes (a section line that
    holds one is looked at too: more than Qt, never less)."""
    value: list[bytes] | None = None
    quoted = comment = False
    for found in _TOKEN.finditer(raw):
        piece = found.group()
        if comment:  # to the line's end; a backslash escapes nothing there
            comment = b"\r" not in piece and b"\n" not in piece
            continue
        if piece in (b"\r", b"\n", b";") and not quoted:
            if value is not None:
                yield value
            value, comment = None, piece == b";"
            continue
        if piece == b'"':
            quoted = not quoted
        if piece == b"=" and value is None and not quoted:
            value = []
        elif value is not None:
            value.append(piece)
    if value is not None:
        yield value


def _items(pieces: list[bytes]) -> list[str]:
    """A value's items as Qt reads them: escapes decoded, quotes only grouping, an unquoted
    comma between items, spaces and tabs before an item skipped."""
    items: list[str] = []
    item: list[str] = []
    quoted, skipping = False, True
    for piece in pieces:
        if skipping:
            piece = piece.lstrip(b" \t") if not piece.startswith(b"\\") else piece
            if not piece:
                continue
            skipping = False
        if piece == b'"':
            quoted = not quoted
            skipping = not quoted
        elif piece == b"," and not quoted:
            items.append("".join(item))
            item, skipping = [], True
        elif piece.startswith(b"\\"):
            item.append(_escaped(piece[1:]))
        else:
            item.append(piece.decode("latin-1"))
    items.append("".join(item))
    return items


def _escaped(code: bytes) -> str:
    """What Qt reads for one escape (the bytes after its backslash)."""
    if code[:1] == b"x" and len(code) > 1:
        return chr(int(code[1:], 16) & 0xFFFF)
    if code[:1] in (b"0", b"1", b"2", b"3", b"4", b"5", b"6", b"7"):
        return chr(int(code, 8) & 0xFFFF)
    return _C_ESCAPES.get(code, "")  # a line continuation or an unknown escape reads as nothing


def unsafe_reason(raw: bytes) -> tuple[str, str] | None:
    """Why Qt must not read a settings file of these bytes (Chinese, English), or None."""
    if any(item.startswith(_DESERIALIZED) for value in _values(raw) for item in _items(value)):
        return "含有 zzreader 从不写入的 @Variant 值", "it holds a @Variant value, which zzreader never writes"
    return None


def check(path: str, *, in_session: bool = False) -> bool:
    """Set the settings file at `path` aside if Qt must not read it; True when Qt may use `path`.

    A file that is missing, no regular file or unreadable is left to the caller and to Qt (which
    makes a new one). False when the file could not be set aside: the caller then keeps the
    settings for the session only.
    """
    try:
        st = os.stat(path)
    except OSError:
        return True
    if not stat.S_ISREG(st.st_mode):
        return True
    mb = MAX_SETTINGS_BYTES // (1024 * 1024)
    reason = (f"超过 {mb} MB", f"over {mb} MB") if st.st_size > MAX_SETTINGS_BYTES else None
    if reason is None:
        try:
            reason = unsafe_reason(file_limits.read_limited(path, MAX_SETTINGS_BYTES))
        except file_limits.FileRefused:
            return True  # it changed under us; Qt reads what is there
    if reason is None:
        return True
    aside = f"{path}.unreadable-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}"
    name, (zh, en) = shown.name(path), reason
    try:
        os.replace(path, aside)
    except OSError as exc:
        _say(f"设置文件无法读取（{zh}），本次不用也不改动它：{name} / The settings file cannot be read ({en}); "
             f"this session leaves it alone: {name}: {shown.os_reason(exc)}")  # fmt: skip
        return False
    kept = shown.name(Path(aside).name)
    if in_session:  # the window's own values are written anew (guard)
        _say(f"设置文件被其他程序改得无法读取（{zh}），已另存为 {kept}，窗口的设置照常保存：{name} / Another "
             f"program made the settings file unreadable ({en}); kept as {kept}, the window's settings "
             f"saved as before: {name}")  # fmt: skip
    else:
        _say(f"设置文件无法读取（{zh}），已另存为 {kept}，本次用默认设置：{name} / The settings file cannot be "
             f"read ({en}); kept as {kept}, default settings used: {name}")  # fmt: skip
    return True


# What each settings file was when last found safe: (inode, size, modification time).
_LOOKED: dict[str, tuple[int, int, int]] = {}


def _signature(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def guard(settings: QSettings) -> None:
    """Look at the settings file again if another program changed it since: before Qt writes
    the settings it reads the file again, and a @Variant written there meanwhile made the
    running window abort on its next save (a recent search, the layout on closing)."""
    path = settings.fileName()
    seen = _signature(path)
    if seen is None or _LOOKED.get(path) == seen:
        return
    check(path, in_session=True)
    now = _signature(path)
    if now is None:  # set aside: Qt would now write only the values changed since its last save
        for key in settings.allKeys():  # what Qt holds in memory; the file is not read again
            settings.setValue(key, settings.value(key))
    elif now == seen:
        _LOOKED[path] = now


def put(settings: QSettings, key: str, value: object) -> None:
    """`settings.setValue`, after `guard`: every value the window saves goes through here."""
    guard(settings)
    settings.setValue(key, value)


def sync(settings: QSettings) -> None:
    """`settings.sync()`, after `guard`."""
    guard(settings)
    settings.sync()


def _say(line: str) -> None:
    print(shown.message(line), file=sys.stderr)
