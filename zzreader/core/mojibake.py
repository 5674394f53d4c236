"""Chinese text a Western tool read byte by byte and saved again (mojibake): the text it was.

A UTF-8 file opened as Windows-1252 or Latin-1 and saved as UTF-8 turns '株洲日报'
into 'æ ªæ´²æ—¥æŠ¥'; a GBK file so read turns it into 'ÖêÖÞÈÕ±¨'. Either holds
almost no Han and was refused as Western text. Its characters map back to the
original bytes one to one (Windows-1252, its undefined bytes kept as Latin-1
does), which read as UTF-8 or GB18030 give the text back. Only a reading that is
Chinese text is taken (core/decode.py says so in a warning).
"""

from __future__ import annotations

import re

_LATIN = re.compile(r"[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_HAN = re.compile(r"[\u3400-\u9fff]")
MIN_LATIN = 8  # a few accented letters are a name or a word, not a page read wrong
WARNING = ("已修复乱码：文件曾被当作西文编码读取后另存，已还原为 {codec} 原文 / Repaired mojibake: the file had been read "
           "as a Western encoding and saved again; restored its {codec} text.")


def _cp1252_byte(ch: str) -> int | None:
    """The byte Windows-1252 (or Latin-1, for the bytes 1252 leaves undefined) reads as `ch`."""
    code = ord(ch)
    if code < 0x100:
        return code
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def original_bytes(text: str) -> bytes | None:
    """The bytes a Western reading turned into `text`, or None if some character is no such reading."""
    out = bytearray()
    for ch in text:
        byte = _cp1252_byte(ch)
        if byte is None:
            return None
        out.append(byte)
    return bytes(out)


def repair(text: str) -> tuple[str, str] | None:
    """The text and its codec ('UTF-8', 'GB18030') when `text` is Chinese text read as Western bytes; else None."""
    sample = text[:20000]
    if len(_LATIN.findall(sample)) < MIN_LATIN or len(_HAN.findall(sample)) > len(sample) // 50:
        return None  # a cheap look first: real text has its Han, and Western text no run of such letters
    raw = original_bytes(text)
    if raw is None:
        return None
    for codec, label in (("utf-8", "UTF-8"), ("gb18030", "GB18030")):
        try:
            fixed = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        letters = sum(map(str.isalpha, fixed[:20000]))
        if letters and len(_HAN.findall(fixed[:20000])) >= letters * 0.5:
            return fixed, label
    return None


MIN_LINE_LATIN = 6  # a line's run of such letters: a French or German word has one or two
# Latin-1's own signs and letters, but for the '°', '·' and '×' Chinese text sets itself: a rule of dashes ('————')
# or of middle dots ('······') is none
_LATIN_LETTER = re.compile(r"[\u00a1-\u00af\u00b1-\u00b6\u00b8-\u00d6\u00d8-\u00ff]")
MIN_LINE_KINDS = 3  # different such characters: a run of one repeated sign is a rule, not text read wrong
LINES_WARNING = ("已修复 {count} 行乱码：这些行曾被当作西文编码读取后另存 / Repaired mojibake in {count} line(s) "
                 "read as a Western encoding and saved again.")


def repair_lines(text: str) -> tuple[str, int] | None:
    """(the text, how many lines were mended) when some lines alone are Chinese read as Western bytes; else None.

    A clipping tool or a mail client may garble only the head it wrote itself ('ÖêÖÞÈÕ±¨…' over a story in
    good UTF-8): each such line is mended on its own, and only into Chinese text.
    """
    if len(_LATIN_LETTER.findall(text, 0, 200000)) < MIN_LINE_LATIN:
        return None  # one look over the file first: Chinese text holds almost none of these
    lines = text.split("\n")
    mended = 0
    for k, line in enumerate(lines):
        letters = _LATIN_LETTER.findall(line)
        if len(letters) < MIN_LINE_LATIN or len(set(letters)) < MIN_LINE_KINDS or _HAN.search(line):
            continue
        fixed = repair_line(line)
        if fixed is not None:
            lines[k] = fixed
            mended += 1
    return ("\n".join(lines), mended) if mended else None


def repair_line(line: str) -> str | None:
    """One line's Chinese text when the line is Chinese read as Western bytes, else None."""
    raw = original_bytes(line)
    if raw is None:
        return None
    for codec in ("utf-8", "gb18030"):
        try:
            fixed = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        letters = sum(map(str.isalpha, fixed))
        if len(_HAN.findall(fixed)) >= max(2, letters * 0.5):
            return fixed
    return None
