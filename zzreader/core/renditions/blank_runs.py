"""Blank lines doubled by an export: read a file's shortest blank run as one blank line.

Some exporters and editors write two (or more) blank lines wherever the paper
had one, so every paragraph break looks like the run of blank lines pass one
reads as an empty photo slot (`lines.SLOT_BLANKS`), and the rendition tests
(pdf_text.py, single_newline.py) count twice the blank lines they expect.
When no run of blank lines between two text lines is shorter than two, that
shortest run is the file's paragraph break: it counts as one, longer runs
stay longer. The run under the masthead parts it from the page however long
it is, so the rendition tests see it as one blank line; blank lines before the
page or after it part nothing and they do not see them.
"""

from __future__ import annotations

from .model import SourceLine

MIN_RUNS = 2  # one long gap alone may be a photo slot; two or more, every one long, are the paragraph breaks
MASTHEAD_LINES = 4  # a blank run starting among the first lines parts the masthead from the page


def _unit(runs: list[int]) -> int:
    """The shortest blank run, when there are enough runs and every one is at least two; else 1."""
    return max(1, min(runs)) if len(runs) >= MIN_RUNS else 1


def squeeze(lines: list[SourceLine], warnings: list[str]) -> None:
    """Shift every gap down so the file's shortest blank run counts as one; the masthead's run counts as one,
    and blank lines before the first line count as none."""
    step = _unit([line.gap for line in lines[1:] if line.gap])
    for line in lines[:1]:
        line.gap = 0  # blank lines before the page part it from nothing
    top = lines[0].no if lines else 1
    for line in lines[1:MASTHEAD_LINES]:
        if line.gap:
            if line.no - top - line.gap < MASTHEAD_LINES:
                line.gap = 1  # the run under a masthead of a line or two
            break
    if step == 1:
        return
    for line in lines:
        if line.gap:
            line.gap = max(1, line.gap - (step - 1))
    warnings.append(f"文件以 {step} 个空行分段，已按一个空行读取 / The file parts paragraphs with {step} blank lines; "
                    "read them as one.")


def detection_view(raw_lines: list[str]) -> list[str]:
    """The lines as the rendition tests should count them: no blank lines before the first text line or after
    the last, each inner blank run shortened by the file's paragraph break less one, the run under the masthead
    cut to one blank line."""
    first = next((i for i, raw in enumerate(raw_lines) if raw.strip()), len(raw_lines))
    last = next((i for i in range(len(raw_lines) - 1, -1, -1) if raw_lines[i].strip()), -1)
    trimmed = raw_lines[first : last + 1] + [""]  # one empty line after the last: the file's last line end
    runs = _inner_runs(trimmed)
    step = _unit([length for _, length in runs])
    cuts = {start: (1 if start < MASTHEAD_LINES else max(1, length - (step - 1))) for start, length in runs}
    if all(cuts[start] == length for start, length in runs):
        return trimmed
    lengths = dict(runs)
    out: list[str] = []
    i = 0
    while i < len(trimmed):
        if i in cuts:
            out.extend(trimmed[i : i + cuts[i]])
            i += lengths[i]
        else:
            out.append(trimmed[i])
            i += 1
    return out


def _inner_runs(raw_lines: list[str]) -> list[tuple[int, int]]:
    """(start, length) of each run of blank lines with text before and after it."""
    runs: list[tuple[int, int]] = []
    start = None
    seen_text = False
    for i, raw in enumerate(raw_lines):
        if raw.strip():
            if start is not None and seen_text:
                runs.append((start, i - start))
            start, seen_text = None, True
        elif start is None:
            start = i
    return runs
