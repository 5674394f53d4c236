"""Subtitles of the paper's video news: SubRip (`.srt`) and WebVTT (`.vtt`) cues, one spoken line each.

The paper's video edition ships its captions: each cue a number or a name, its timing
(`00:00:04,000 --> 00:00:06,500`, WebVTT with `align:`/`line:` settings), then its line of text, a
blank line after it; WebVTT opens with `WEBVTT`, may carry `NOTE` comments (the programme's title and
day) and `STYLE` blocks, and marks its text with voice and class tags (`<v 主持人>`, `<c.title>…</c>`).
Read as text, the numbers and timings stood between every title and its byline and the blank lines
made each cue a paragraph block. The numbers, timings, header and style lines, the host's greeting, day
and sign-off and the caption makers' credits are blanked and kept as unassigned, the tags come off the
text, and the blank lines between cues are no paragraph breaks (renditions/detect.py reads the file as
one cue a line), in the shape timed transcripts take (renditions/lyrics.py).
"""

from __future__ import annotations

import re

_TIMING = re.compile(r"^\s*(?:\d{1,3}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,3}:)?\d{2}:\d{2}[.,]\d{3}(?:\s+\S.*)?$")
_HEADER = re.compile(r"^(?:\ufeff)?WEBVTT\b|^(?:Kind|Language|X-TIMESTAMP-MAP)\s*[:=]")
_BLOCK = re.compile(r"^(?:STYLE|REGION)\s*$")
_NOTE = re.compile(r"^NOTE(?:\s|$)")
_TAGS = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{1,3}(?::\d{2}){1,2}\.\d{3}>|</?font[^>]*>|\{\\an\d\}")
# the programme's own words: the host's greeting, day and sign-off, the caption makers' credits
_PROGRAMME = re.compile(r"^(?:<v\s*(?:主持人|播音员|主播)[^>]*>|(?:各位)?观众朋友们?|大家好|今天是\d{1,2}月\d{1,2}日"
                        r"|(?:字幕|制作|监制|剪辑|字幕制作)[：:])|欢迎收看|感谢(?:您的)?收看|明天(?:同一时间)?再?见")
MIN_CUES = 3
MIN_CUE_SHARE = 0.5  # of the text lines: a timing over every line or two


def unwrap(raw_lines: list[str], warnings: list[str]) -> tuple[list[str], list[int], None] | None:
    """(the cues' text with numbers, timings, headers and tags gone; the blanked lines' numbers, the blank
    lines between cues among them; no date), or None when the file is no subtitle file."""
    timings = [i for i, text in enumerate(raw_lines) if "-->" in text and _TIMING.match(text)]
    texts = sum(1 for text in raw_lines if text.strip()) - 2 * len(timings)
    if len(timings) < MIN_CUES or len(timings) < texts * MIN_CUE_SHARE:
        return None
    out = list(raw_lines)
    blanked: list[int] = []

    def blank(i: int) -> None:
        out[i] = ""
        blanked.append(i + 1)

    for i in timings:
        blank(i)
        if i and raw_lines[i - 1].strip() and (i < 2 or not raw_lines[i - 2].strip()):
            blank(i - 1)  # the cue's number or name, alone above its timing
    skipping = False
    for i, text in enumerate(raw_lines):
        line = text.strip()
        if not line:
            skipping = False
            if i + 1 not in blanked:
                blanked.append(i + 1)  # between two cues: no paragraph break
            continue
        if i < timings[0] and (_HEADER.match(line) or _NOTE.match(line)) or _BLOCK.match(line) or skipping:
            skipping = skipping or bool(_BLOCK.match(line))
            blank(i)
        elif _PROGRAMME.search(line):
            blank(i)
        elif out[i]:
            out[i] = _TAGS.sub("", out[i]).strip()
    warnings.append(f"已按字幕文件读取：去掉 {len(timings)} 条字幕的序号和时间 / Read as subtitles (SubRip or WebVTT): "
                    f"took the numbers and timings off {len(timings)} cue(s).")
    return out, sorted(set(blanked)), None
