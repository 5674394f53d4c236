"""A story typeset in LaTeX (`ctexart`, `ctexbook`): the source, read line for line as the Markdown it stands for.

A newspaper's layout desk or an archivist retypesets a page with ctex: a preamble
(`\\documentclass{ctexart}`, `\\usepackage`, `\\title{…}`, `\\date{2026年12月23日 …}`), then
`\\section*{标题}` over a `flushright` byline and paragraphs a blank line apart, with `%` comments,
font switches (`{\\kaishu 株洲时评}`), `\\quad` spaces, `\\textbf{…}` and escapes (`9.6\\%`).
Read raw, the commands hid every headline and the preamble became an article. Each line is
rewritten in place, as Org-mode's are (renditions/org_mode.py): the title a `#` title, the date
its own line, sections `##` headings, a `quote` environment `> ` quotes, commands and
environments with no text of their own empty tags kept visible as unassigned.
"""

from __future__ import annotations

import re

from .feeds import EMPTY

_CLASS = re.compile(r"^\s*\\documentclass(?:\[[^\]]*\])?\{[^}]*\}")
_SECTION = re.compile(r"^\s*\\(section|subsection|subsubsection|paragraph)\*?\{(.*)\}\s*$")
_FIELD = re.compile(r"^\s*\\(title|date|author)\{(.*)\}\s*$")
_ENVIRONMENT = re.compile(r"^\s*\\(begin|end)\{(\w+\*?)\}(?:\[[^\]]*\])?\s*$")
_COMMENT = re.compile(r"(?<!\\)%.*$")
_WORDS = {r"\quad": "\u3000", r"\qquad": "\u3000\u3000", r"\ ": " ", r"\%": "%", r"\&": "&", r"\$": "$", r"\#": "#",
          r"\_": "_", r"\{": "{", r"\}": "}", r"\textcelsius": "℃", r"\LaTeX": "LaTeX", r"\,": "", r"\\": "", "~": " ",
          "---": "—", "--": "–", "``": "“", "''": "”"}
_WORD = re.compile("|".join(re.escape(word) + (r"(?![A-Za-z]) ?" if word[-1].isalpha() else "") for word in _WORDS))
_BOLD = re.compile(r"\\textbf\{([^{}]*)\}")
_NOTE = re.compile(r"\\footnote\{[^{}]*\}")
# commands whose arguments are lengths, names or files, no words of the page
_NO_TEXT = re.compile(r"\\(?:rule|[vh]space|includegraphics|label|ref|setlength|addtolength|geometry|usepackage"
                      r"|pagestyle|thispagestyle|setcounter|ctexset)\*?(?:\[[^\]]*\])?(?:\{(?:[^{}]|\{[^{}]*\})*\})*")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?\s?")
MIN_SECTIONS = 2


def looks_like(texts: list[str]) -> bool:
    """A document class (or `\\begin{document}`) and two or more sectioning commands."""
    head = texts[:200]
    opened = any(_CLASS.match(t) or t.strip() == r"\begin{document}" for t in head)
    return opened and sum(1 for t in texts if "\\" in t and _SECTION.match(t)) >= MIN_SECTIONS


def rewrite(texts: list[str], warnings: list[str]) -> tuple[list[str], None] | None:
    """(the lines rewritten as Markdown, line for line; no date of its own) for a LaTeX source, else None."""
    if not looks_like(texts):
        return None
    out: list[str] = []
    quoting = False
    for text in texts:
        line = _COMMENT.sub("", text).strip()
        if not line:
            out.append(EMPTY if text.strip() else text)
            continue
        if m := _ENVIRONMENT.match(line):
            quoting = m.group(1) == "begin" and m.group(2) in ("quote", "quotation", "verse")
            out.append(EMPTY)
            continue
        if m := _SECTION.match(line):
            level = {"section": "##", "subsection": "###", "subsubsection": "####"}.get(m.group(1))
            words = _inline(m.group(2))
            out.append(f"{level} {words}" if level else f"**{words}**")
            continue
        if m := _FIELD.match(line):
            words = _inline(m.group(2))
            out.append({"title": f"# {words}", "date": words}.get(m.group(1), EMPTY) if words else EMPTY)
            continue
        words = _inline(line)
        out.append((f"> {words}" if quoting else words) if words else EMPTY)
    warnings.append("已按 LaTeX 源文件读取 / Read a LaTeX source file.")
    return out, None


def _inline(text: str) -> str:
    """A line's words without commands: bold kept as Markdown bold, a footnote dropped, groups opened."""
    text = _NO_TEXT.sub("", _NOTE.sub("", text))
    text = _BOLD.sub(r"**\1**", text)
    text = _WORD.sub(lambda m: _WORDS[m.group() if m.group() in _WORDS else m.group()[:-1]], text)  # a command eats one space
    text = _COMMAND.sub("", text)
    return text.replace("{", "").replace("}", "").strip()
