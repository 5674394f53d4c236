"""Letters a scan's OCR reads in place of figures in a date.

Recognised text of a scanned page confuses the figure 0 with the letter O
(`2O25年1O月13日`, full width `１Ｏ月`, the Chinese zero `1〇月3〇日`) and 1 with l
or I (`l0月`), so no date
pattern matches and the masthead is read as an article. Inside a run of figures that a date mark
(年, 月, 日, 号) closes, such a letter is read as the figure when the run
holds a real figure too; a date in Chinese numerals (`二〇二五年`) holds none
and is left alone. The hour after a part of the day (`中午ll点半`) is read so too. Every other character
stays, so lines keep their lengths.
"""

from __future__ import annotations

import re

# a run of figures and look-alike letters that a date mark closes: '2O25年', '１Ｏ月', 'l3日'
_RUN = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])[0-9０-９OoＯｏlI〇○]{1,4}(?=\s?[年月日号])")
_LOOK_ALIKE = re.compile(r"[0-9０-９][OoＯｏlI〇○]|[OoＯｏlI〇○][0-9０-９]")
_LETTER = str.maketrans({"O": "0", "o": "0", "Ｏ": "０", "ｏ": "０", "〇": "0", "○": "0", "l": "1", "I": "1"})


def _figures(m: re.Match) -> str:
    run = m.group(0)
    if not any(ch.isdigit() for ch in run):
        return run
    return run.translate(_LETTER)


# an hour after the part of the day that names it: '中午ll点半', '上午l0时' (never a word: no Latin word is a clock)
_CLOCK = re.compile(r"(?<=上午|中午|下午|晚上|凌晨|早上|傍晚|清晨|夜里|晚间)[0-9０-９OoＯｏlI]{1,2}(?=[点时])")


# a run of look-alikes only, chained to a date part that holds figures: '2026年12月l日' (the day after a month in
# figures), 'll月30日' (the month before a day in figures); alone ('l日') it may be a word and is left
_AFTER = re.compile(r"(?<=[0-9０-９][年月])[OoＯｏlI〇○]{1,2}(?=[月日号])")
_BEFORE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])[lI]{1,2}(?=月[0-9０-９]{1,2}[日号])")


def _chained(text: str) -> str:
    text = _AFTER.sub(lambda m: m.group(0).translate(_LETTER), text)
    return _BEFORE.sub(lambda m: m.group(0).translate(_LETTER), text)


def fold(text: str) -> tuple[str, int]:
    """(the text with look-alike letters in dates and clock hours read as figures, how many were read)."""
    folded = text
    if _LOOK_ALIKE.search(text):  # a cheap look first: almost no file has a letter next to a figure
        folded = _chained(_RUN.sub(_figures, folded))
    if "点" in text or "时" in text:
        folded = _CLOCK.sub(lambda m: m.group(0).translate(_LETTER), folded)
    if folded == text:
        return text, 0
    return folded, sum(a != b for a, b in zip(folded, text))
