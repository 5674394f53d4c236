"""Where a travelling reporter filed from, after the names of a byline ('记者 彭某 发自广州').

The paper's reporter at a game or a meeting elsewhere signs `作者：记者 彭某某
发自广州` or `本报记者 彭某某（发自北京）`. The place is no name: without this,
`发自广州` was read as a second reporter.
"""

from __future__ import annotations

import re

_FILED_FROM = re.compile(r"[ \u3000]*[（(]?发自[\u4e00-\u9fff]{2,8}[)）]?$")


def drop(text: str) -> str:
    """The byline without its closing '发自…'."""
    return _FILED_FROM.sub("", text) if "发自" in text else text
