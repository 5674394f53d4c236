"""Wiki links of a note app (Obsidian, Logseq, Foam): `[[株洲日报]]`, `[[胡晓岚|胡记者]]`.

A story clipped into a note vault has its names and places linked the way the
app links notes: double brackets round the note's name, an alias after `|`, a
heading after `#`. The app shows the alias, else the name; read raw, the
brackets hid a byline's names and the masthead's paper name.
"""

from __future__ import annotations

import re

_WIKI = re.compile(r"!?\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")


def unlink(text: str) -> str:
    """The text as the note app shows it: each wiki link's alias, else its note's name."""
    return _WIKI.sub(lambda m: (m.group(2) or m.group(1)).strip(), text) if "[[" in text else text
