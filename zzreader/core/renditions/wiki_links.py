"""Wiki links of a note app (Obsidian, Logseq, Foam): `[[株洲日报]]`, `[[胡晓岚|胡记者]]`.

A story clipped into a note vault has its names and places linked the way the
app links notes: double brackets round the note's name, an alias after `|`, a
heading after `#`. The app shows the alias, else the name; read raw, the
brackets hid a byline's names and the masthead's paper name.
"""

from __future__ import annotations

import re

_WIKI = re.compile(r"!?\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")


# '![[a03-1.jpg]]': an embedded picture or file, which the app shows as the picture: no words of the text
_EMBEDDED_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|svg|heic|pdf|mp4|mov|mp3|m4a)$", re.IGNORECASE)


def unlink(text: str) -> str:
    """The text as the note app shows it: each wiki link's alias, else its note's name; an embedded file nothing."""
    return _WIKI.sub(_shown, text) if "[[" in text else text


def _shown(m: re.Match) -> str:
    if m.group(0).startswith("!") and not m.group(2) and _EMBEDDED_FILE.search(m.group(1).strip()):
        return ""
    return (m.group(2) or m.group(1)).strip()
