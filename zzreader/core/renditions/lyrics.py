"""A text-to-speech app's timed transcript (an LRC file): '[00:11.80]12月10日，…', one spoken line each.

Audio editions of the paper come with their text timed for the player, each line under its time
('[mm:ss.xx]') and the file under tags for its title, voice and maker ('[ti:…]', '[ar:…]', '[by:…]').
Read as text, the time tags hid every headline and byline behind a bracket. The times come off each
line and the tag lines are blanked and kept as unassigned, before the rendition is detected, in the
shape chat exports take (renditions/chat_export.py).
"""

from __future__ import annotations

import re

_TIME = re.compile(r"^(?:\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\])+")
_TAG = re.compile(r"^\[(?:ti|ar|al|au|by|re|ve|offset|length|#)\s*:[^\]]*\]\s*$", re.IGNORECASE)
MIN_TIMED_SHARE = 0.8  # of the non-blank lines: a page quoting one time stamp is no transcript
MIN_TIMED = 3


def unwrap(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], list[int], None] | None:
    """(the lines without their times and the tag lines blanked, the tag lines' numbers, no date), or None."""
    filled = [text for text in raw_lines if text.strip() and not (text[:1] == "[" and _TAG.match(text))]
    timed = sum(1 for text in filled if text[:1] == "[" and _TIME.match(text))
    if timed < MIN_TIMED or timed < len(filled) * MIN_TIMED_SHARE:
        return None
    out: list[str] = []
    tags: list[int] = []
    for no, text in enumerate(raw_lines, 1):
        if text[:1] == "[" and _TAG.match(text):
            out.append("")
            tags.append(no)
        else:
            out.append(_TIME.sub("", text))
    warnings.append(f"已去掉朗读稿每行的时间标记，{len(tags)} 行标签不算正文 / Read as a timed transcript (LRC): "
                    f"took the times off each line; {len(tags)} tag line(s) are no article.")
    return out, tags, None
