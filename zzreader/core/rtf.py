"""Rich text (`.rtf`) as Word and WordPad save it: the text of its paragraphs, one a line.

Archivists keep clippings as `.rtf`: WordPad writes the Chinese as the code page's bytes
(`\\'d6\\'ea`, under `\\ansicpg936`), Word as Unicode escapes (`\\u26666?`, the `?` a fallback
to skip), with font, colour and style tables and a document summary in groups of their own.
Such a file was refused as an Office document. Its paragraphs are read here: each `\\par` ends one,
set on the line of the file where its text starts (the tables' lines stay empty), so a story
keeps its place, as an HTML paragraph (`<p>`) of its own; one in a heading style or all bold in
large type is a heading (`<h2>`), as a word processor's HTML is read (renditions/markup.py).
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field

WARNING = "已读取 RTF 富文本中的文字 / Read the text of a rich-text (RTF) document."
_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\r\n|\n|\r)|([^\\{}\r\n]+)", re.DOTALL)
# groups that hold no text of the document: tables, the summary, pictures, the theme
_SKIPPED = frozenset(
    "fonttbl colortbl stylesheet info pict header headerl headerr headerf footer footerl footerr footerf footnote "
    "object themedata datastore latentstyles listtable listoverridetable rsidtbl generator xmlnstbl mmathPr "
    "fldinst pgdsctbl revtbl filetbl colorschememapping".split()
)
_SYMBOLS = {"emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
            "bullet": "•", "tab": "\t", "cell": "\t"}
HEADING_SIZE = 28  # half-points: a paragraph all bold in 14pt type or larger is a headline


@dataclass
class _State:
    skip: bool = False
    uc: int = 1
    bold: bool = False
    size: int = 24
    outline: bool = False


@dataclass
class _Paragraph:
    parts: list[str] = field(default_factory=list)
    start: int = 0  # the file's line where its text starts
    plain: bool = False  # some text outside bold
    large: bool = False  # some text at a heading's size, or in an outline level


def looks_like(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def to_text(data: bytes) -> str:
    """The document's paragraphs, each on the line of the file where it starts."""
    codec = _codec(data)
    out: list[str] = []
    stack: list[_State] = []
    state = _State()
    para = _Paragraph()
    pending = bytearray()  # code-page bytes of '\\'xx' escapes, decoded together
    line = 1
    skip_chars = 0
    new_group = False

    def flush_bytes() -> None:
        if pending:
            _add(para, pending.decode(codec, errors="replace"), state, line)
            pending.clear()

    for m in _TOKEN.finditer(data):
        word, arg, hexa, symbol, brace, newline, text = m.groups()
        if newline:
            line += 1
            continue
        if brace == b"{":
            flush_bytes()
            stack.append(state)
            state = _State(state.skip, state.uc, state.bold, state.size, state.outline)
            new_group = True
            continue
        if brace == b"}":
            flush_bytes()
            state = stack.pop() if stack else _State()
            new_group = False
            continue
        starts_group, new_group = new_group, False
        if skip_chars and (hexa or text or symbol):
            if text and len(text) > skip_chars:
                text = text[skip_chars:]
                skip_chars = 0
            else:
                skip_chars -= 1
                continue
        if symbol is not None:
            if symbol == b"*" and starts_group:
                state.skip = True
            elif symbol in (b"\\", b"{", b"}"):
                flush_bytes()
                _add(para, symbol.decode(), state, line)
            elif symbol == b"~":
                _add(para, "\u00a0", state, line)
            elif symbol in (b"\n", b"\r"):
                line += 1
                flush_bytes()
                _end(para, out)
                para = _Paragraph()
            continue
        if hexa:
            if not state.skip:
                pending.append(int(hexa, 16))
            continue
        if text:
            flush_bytes()
            if not state.skip:
                _add(para, text.decode(codec, errors="replace"), state, line)
            continue
        flush_bytes()
        name = word.decode()
        if name in _SKIPPED:
            state.skip = True
        elif state.skip:
            continue
        elif name == "u" and arg:
            _add(para, chr(int(arg) % 65536), state, line)
            skip_chars = state.uc
        elif name == "uc" and arg:
            state.uc = int(arg)
        elif name in ("par", "sect", "page", "row"):
            _end(para, out)
            para = _Paragraph()
        elif name == "line":
            _add(para, "\n", state, line)
        elif name in _SYMBOLS:
            _add(para, _SYMBOLS[name], state, line)
        elif name == "b":
            state.bold = arg != b"0"
        elif name == "fs" and arg:
            state.size = int(arg)
        elif name == "plain":
            state.bold, state.size = False, 24
        elif name == "pard":
            state.outline = False
        elif name == "outlinelevel":
            state.outline = True
    flush_bytes()
    _end(para, out)
    return "\n".join(out) + "\n"


def _codec(data: bytes) -> str:
    """The code page the '\\'xx' escapes are in (GBK and GB2312 read as GB18030)."""
    m = re.search(rb"\\ansicpg(\d+)", data[:2000])
    name = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return "cp1252"
    return "gb18030" if name in ("gbk", "cp936", "gb2312") else name


def _add(para: _Paragraph, text: str, state: _State, line: int) -> None:
    if not para.parts:
        para.start = line
    para.parts.append(text)
    if text.strip():
        para.plain = para.plain or not state.bold
        para.large = para.large or state.size >= HEADING_SIZE or state.outline


def _end(para: _Paragraph, out: list[str]) -> None:
    """The paragraph as a line (or lines, at '\\line'), on the file's line where it starts when that is still free."""
    text = "".join(para.parts).strip(" ")
    if not text.strip():
        out.append("")
        return
    while len(out) < para.start - 1:
        out.append("")
    tag = "h2" if not para.plain and para.large else "p"
    out.extend(f"<{tag}>{html.escape(piece.strip(), quote=False)}</{tag}>" for piece in text.split("\n"))
