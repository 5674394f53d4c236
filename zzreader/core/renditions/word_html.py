"""Two things a page Word saves as HTML writes in its own way: list bullets and footnotes.

Word sets a list's bullet as text inside `<![if !supportLists]>…<![endif]>`,
in a symbol font (`<span style='font-family:Wingdings'>l</span>` is a round
bullet): the letter 'l' opened every brief of a list. The bullet is read as
'●' (a numbered list keeps its number). A footnote is a link to `#_ftn1`
in the text and a link back to `#_ftnref1` at the page's foot; they are read
as the Markdown footnote's marker and definition (`[^1]`, `[^1]: …`), which
zzreader/core/footnotes.py already moves to the article that marks it (the
note closed the page as an article of its own).
"""

from __future__ import annotations

import re

_LIST_MARK = re.compile(r"<!\[if !supportLists\]>(.*?)<!\[endif\]>", re.IGNORECASE | re.DOTALL)
_SYMBOL_FONT = re.compile(r"font-family:\s*[\"']?(?:Wingdings|Symbol|Webdings)", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_NOTE_BACK = re.compile(r"<a\b[^<>]*\bhref=[\"']?#_(ftn|edn)ref(\d{1,4})[\"']?[^<>]*>.*?</a>\s*", re.IGNORECASE | re.DOTALL)
_NOTE_MARK = re.compile(r"<a\b[^<>]*\bhref=[\"']?#_(ftn|edn)(\d{1,4})[\"']?[^<>]*>.*?</a>", re.IGNORECASE | re.DOTALL)


def rewrite(text: str) -> str:
    """The line's Word list marks and footnote links as plain bullets and Markdown footnotes."""
    if "supportLists" in text:
        text = _LIST_MARK.sub(_bullet, text)
    if "#_ftn" in text or "#_edn" in text:
        text = _NOTE_BACK.sub(lambda m: f"[^{m.group(2)}]: ", text)
        text = _NOTE_MARK.sub(lambda m: f"[^{m.group(2)}]", text)
    return text


def _bullet(m: re.Match) -> str:
    inner = m.group(1)
    if _SYMBOL_FONT.search(inner):
        return "● "
    mark = _TAG.sub("", inner).replace("&nbsp;", " ").strip()
    return f"{mark} " if mark else ""
