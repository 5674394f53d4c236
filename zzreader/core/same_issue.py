"""Whether a file with a stored issue's date and number is that issue again or another part of it.

Archives keep an issue in one file, or one file a page (e-paper scrapes,
PDF text cut by page: `zzrb_20251205_A01.txt`, `…_A02.txt`), and each page
repeats the running head with the issue's date and number. A file whose
date and number match a stored issue's is that issue again (another
rendition of it, a corrected dump: a `duplicate`, core/issue_import.py) when
it holds the same text; a file whose articles the stored issue does not hold
is another page of the issue and is imported beside it. Every page after the
first was refused as a duplicate before.

The test reads the articles' text only (page furniture repeats on every
page): the share of the new file's character runs that the stored issue's
articles also hold, or of the stored issue's that the new file holds (a
whole issue after one of its pages is that issue again: `--replace` takes
it whole, instead of doubling that page's articles). Another rendition of an
issue keeps almost all of them whatever the layout did to its lines; another
page shares only a teaser or a caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SHINGLE = 6  # characters: long enough that two different stories rarely share one
SAME_TEXT_MIN = 0.5  # of the new file's runs found in the stored issue
# Bounds: an issue is some 40,000 characters; a 64 MB file (core/file_limits.py) must not
# become a set of 64 million strings. One run in SAMPLE is kept, chosen by its content
# (the same runs on both sides, wherever the layout put them).
MAX_CHARS = 400_000
SAMPLE = 4
_NOT_TEXT = re.compile(r"[\W_]+")


def shingles(texts: Iterable[str]) -> set[str]:
    """A content-chosen sample of the runs of SHINGLE characters in `texts`, spaces and
    punctuation left out (a line wrapped elsewhere or re-punctuated reads the same)."""
    out: set[str] = set()
    left = MAX_CHARS
    for text in texts:
        if not isinstance(text, str):
            continue  # a value another tool stored in a library is no text to compare
        part = text[:left]
        left -= len(part)  # every character read counts: 400,000 dashes in each of 200 stored texts took 1.5 s
        flat = _NOT_TEXT.sub("", part)
        runs = (flat[i : i + SHINGLE] for i in range(len(flat) - SHINGLE + 1))
        out.update(run for run in runs if _chosen(run))
        if left <= 0:
            break
    return out


def _chosen(run: str) -> bool:
    """One run in SAMPLE, by its characters: the same choice in every process (Python's
    `hash` of a string changes from one process to the next, and so did borderline answers)."""
    return (ord(run[0]) + 3 * ord(run[2]) + 7 * ord(run[5])) % SAMPLE == 0


def same_text(stored: Iterable[str], new: Iterable[str]) -> bool:
    """Whether the articles `new` are mostly the articles `stored`, or these mostly those
    (the same issue again, in part or whole).

    A file with no article text to compare is taken to be the same issue, as
    its date and number say.
    """
    mine, theirs = shingles(new), shingles(stored)
    if not mine or not theirs:
        return True
    shared = len(mine & theirs)
    return shared >= SAME_TEXT_MIN * min(len(mine), len(theirs))
