"""A line that closes a sentence, as pass one reads it.

Its stop (。！？), maybe a closing quote, maybe a short bracketed aside after it ('…更加方便。（记者 喻静）'):
a paragraph's last line (zzreader/core/lines.py) and a caption's text (zzreader/core/caption_lines.py) end so.
"""

from __future__ import annotations

import re

CLOSED = re.compile(r"[。！？][”’」]?(?:[（(][^（）()]{1,30}[）)])?$")
