"""Names and one-line fields a user types or a file brings: one clean line, or a reason why not.

A title, a collection's name or a person's alias is shown in lists, window
titles and exported files. Runs of whitespace (newlines and tabs included)
become one space, so it is always one line; format characters (U+202E, which
reverses the text around it, U+200B…) are removed, as they may come along
with text copied from a web page; a control character (an escape that
recolours a terminal, a NUL that cuts the text short in other programs) is
refused with its code, as `core/tags.py` refuses it in tags; and there is a
length limit.
"""

from __future__ import annotations

import unicodedata

_REFUSED = ("Cc", "Cs")  # control characters, lone surrogates


def control_character(text: str, allowed: str = "") -> str | None:
    """The first control character or lone surrogate in `text` (besides those `allowed`), or None."""
    for ch in text:
        if ch not in allowed and unicodedata.category(ch) in _REFUSED:
            return ch
    return None


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in `text` (a byte that was not UTF-8 in an argument or a
    JSON `\\ud800` escape), or None. SQLite cannot store one: saving it raised
    UnicodeEncodeError, a traceback, so free text (a note) is checked for it first."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return text[exc.start]
    return None


def unstorable_message(what: tuple[str, str], ch: str) -> str:
    """The one-line reason a text holding lone surrogate `ch` is refused."""
    return (
        f"{what[0]}含无法保存的字符（U+{ord(ch):04X}，孤立的代理码位） / {what[1]} holds a character "
        f"that cannot be stored (U+{ord(ch):04X}, a lone surrogate: a byte that is not UTF-8 or a JSON escape)"
    )


def clean(value: object, what: tuple[str, str], limit: int, error: type[Exception]) -> str:
    """`value` as one NFC line (may be empty); `error` for a control character or over `limit`.

    `what` names the field in Chinese and English, for the message.
    """
    line = " ".join(unicodedata.normalize("NFC", str(value)).split())
    line = "".join(ch for ch in line if unicodedata.category(ch) != "Cf").strip()
    bad = control_character(line)
    if bad is not None:
        raise error(
            f"{what[0]}不能含控制字符（U+{ord(bad):04X}） / {what[1]} cannot hold control characters "
            f"(U+{ord(bad):04X})"
        )
    if len(line) > limit:
        raise error(f"{what[0]}太长（最多 {limit} 字） / {what[1]} is at most {limit} characters")
    return line


def visible(text: str) -> str:
    """`text` as one line without control or format characters: a title made from a text's first line."""
    line = " ".join(text.split())
    return "".join(ch for ch in line if unicodedata.category(ch) not in ("Cc", "Cf", "Cs")).strip()
