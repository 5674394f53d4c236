"""A story forwarded by e-mail and saved as text: the paper's page under `> ` marks.

People pass a page on by mail and keep the mail: a note from the forwarder,
the mail client's header of the original (`-----原始邮件-----`, `发件人:`,
`发送时间:`, `收件人:`, `主题:`, or Outlook's and Gmail's English ones), then
the forwarded text, with `> ` before every line or (Outlook) without. Read as it is, the quote marks
hid the headlines and bylines and the forwarder's note became an article. Here
the marks come off (the line numbers stay) and the note and the header above
the quoted page go to `unassigned`: neither is the paper's text.
"""

from __future__ import annotations

import re

from .model import Normalised, SourceLine

_SEPARATOR = re.compile(
    r"^\s*-{3,}\s*(?:原始邮件|转发邮件|转发的邮件|Original Message|Forwarded message)\s*-{3,}\s*$", re.IGNORECASE
)
_FIELD = re.compile(r"^\s*(?:发件人|收件人|抄送|发送时间|日期|时间|主题|From|To|Cc|Sent|Date|Subject"
                    r"|MIME-Version|Content-[A-Za-z-]+|Message-ID|Reply-To|Return-Path|Received|X-[A-Za-z-]+)\s*[:：]",
                    re.IGNORECASE)  # a saved .eml's own fields run on into its MIME ones
_SENDER = re.compile(r"^\s*(?:发件人|From)\s*[:：]", re.IGNORECASE)
_ADDRESSED = re.compile(r"^\s*(?:收件人|主题|To|Subject)\s*[:：]", re.IGNORECASE)
_RULE = re.compile(r"^\s*_{10,}\s*$")  # Outlook's rule over a forwarded message's fields
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_SALUTATION = re.compile(r"^\s*[^\s，。：:]{1,8}(?:[，,]\s*(?:你|您)们?好)?\s*[：:]\s*$")  # '各位：', '周老师，您好：'
MAX_NOTE_LINES = 3
_SENTENCE_END = re.compile(r"[。！!？?…~～]$")
MIN_QUOTED = 3


def unquote(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], int] | None:
    """(the lines without quote marks, the index of the header's last line), or None for no forwarded mail.

    A line that is only a quote mark becomes blank (a paragraph break); `drop_head` keeps it visible as unassigned.
    Outlook forwards without quote marks, and a mail that carries the page as its own text has none: then the
    lines stay as they are and only the header goes (and the sender's note under it: `drop_note`).
    """
    head = _spaced_header_end(raw_lines)
    if head is None:
        return None
    quoted = sum(1 for line in raw_lines[head + 1 :] if line.lstrip().startswith(">"))
    if quoted >= MIN_QUOTED:
        head = _last_header_over_quote(raw_lines, head)
    if quoted < MIN_QUOTED:
        warnings.append("已按转发邮件读取：邮件头不算正文 / Read as a forwarded mail: its header is no article.")
        return list(raw_lines), head
    out = raw_lines[: head + 1] + [_QUOTE.sub("", line) if line.lstrip().startswith(">") else line for line in raw_lines[head + 1 :]]
    warnings.append(f"已按转发邮件读取：去掉 {quoted} 行引用符 / Read as a forwarded mail: took the quote marks off {quoted} line(s).")
    return out, head


def _last_header_over_quote(raw_lines: list[str], head: int) -> int:
    """The end of the last header above the first quoted line: a saved mail's own fields ('From:', 'MIME-Version:'),
    the forwarder's note, then the original's ('-------- 原始邮件 --------'): all of it is above the paper's text."""
    first_quote = next(k for k in range(head + 1, len(raw_lines)) if raw_lines[k].lstrip().startswith(">"))
    while (later := _spaced_header_end(raw_lines[head + 1 : first_quote])) is not None:
        head += 1 + later
    return head


def _header_end(raw_lines: list[str]) -> int | None:
    """The last line of the first mail header: fields naming a sender and a recipient or subject, under a separator or not."""
    run_end, sender, addressed = _field_runs(raw_lines)
    for k, line in enumerate(raw_lines):
        named = bool(_SEPARATOR.match(line))
        first = k + 1 if named or _RULE.match(line) else k
        if sender[first] and addressed[first]:
            return run_end[first] - 1
        if named and run_end[first] == first:
            return k  # '-----原始邮件-----' over the quoted text with no fields kept
    return None


def _spaced_header_end(raw_lines: list[str]) -> int | None:
    """`_header_end` with a blank line under a field or a separator and over a field read as none: a web copy that
    makes each line a paragraph sets a header's fields apart."""
    keep = [k for k, line in enumerate(raw_lines) if line.strip() or not _between_fields(raw_lines, k)]
    if len(keep) == len(raw_lines):
        return _header_end(raw_lines)
    end = _header_end([raw_lines[k] for k in keep])
    return None if end is None else keep[end]


def _between_fields(raw_lines: list[str], k: int) -> bool:
    above, below = raw_lines[k - 1] if k else "", raw_lines[k + 1] if k + 1 < len(raw_lines) else ""
    return bool(_FIELD.match(below)) and bool(_FIELD.match(above) or _SEPARATOR.match(above) or _RULE.match(above))


def _field_runs(raw_lines: list[str]) -> tuple[list[int], list[bool], list[bool]]:
    """From each line: where the run of header fields it opens ends, and whether the run names a sender, and a recipient or subject.

    Read once from the bottom up: following the run from every line of it made
    10,000 'date:' lines in a note's front matter quadratic (over a minute).
    """
    n = len(raw_lines)
    run_end, sender, addressed = list(range(n + 1)), [False] * (n + 1), [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        if _FIELD.match(raw_lines[i]):
            run_end[i] = run_end[i + 1]
            sender[i] = sender[i + 1] or bool(_SENDER.match(raw_lines[i]))
            addressed[i] = addressed[i + 1] or bool(_ADDRESSED.match(raw_lines[i]))
    return run_end, sender, addressed


def drop_head(result: Normalised, head: int, raw_lines: list[str]) -> None:
    """The forwarder's note and the mail header (original lines 1..head+1) go to furniture, as do bare quote marks."""
    result.furniture.extend(line for line in result.lines if line.no <= head + 1)
    result.furniture.extend(
        SourceLine(k, line.strip()) for k, line in enumerate(raw_lines[head + 1 :], head + 2) if line.strip() and not _QUOTE.sub("", line).strip()
    )
    result.lines = [line for line in result.lines if line.no > head + 1]


def drop_note(lines: list[SourceLine], furniture: list[SourceLine]) -> None:
    """The sender's own note opening a mail that carries the page as its text ('王老师：' over '附件是今天报纸A06版的
    文字，麻烦归档。'): a salutation and the sentences under it, up to the page's first label or headline, go to furniture."""
    if not lines or not _SALUTATION.match(lines[0].text):
        return
    end = 1
    while end < len(lines) and end <= MAX_NOTE_LINES and lines[end].kind != "heading" and _SENTENCE_END.search(lines[end].text.strip()):
        end += 1
    furniture.extend(lines[:end])
    del lines[:end]
