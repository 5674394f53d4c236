"""How text becomes full-text index tokens, in one place.

Recall must be exact: a reporter who searches 二医院 must get every article
that contains those three characters in a row, wherever a word segmenter would
have cut them. So every word character is its own token and a query term is a
phrase of the same tokens; a phrase hit then means the characters stand
together in the text. Everything that separates word characters (spaces,
punctuation, line breaks, and the seam between a Latin and a Chinese run such
as 5G|网络) becomes one BREAK token, so a phrase can never leap over
punctuation and a Latin word's start is visible to `prefix*` queries.

Python does all tokenising; SQLite's `ascii` tokenizer then only splits on the
spaces we put in (every non-ASCII character is a token character for it). So
recall does not depend on the Unicode tables compiled into the user's SQLite,
and the brute-force oracle in the tests uses these same functions.
"""

from __future__ import annotations

import re
import unicodedata

# Private-use code point: never produced by `fold` (private-use characters in
# the text are not word characters), so it cannot collide with real text.
BREAK = "\ue000"

# Word characters are what Python calls alphanumeric. Latin-like scripts
# (below U+2E80) and CJK-like scripts (above) form separate runs. A Latin-like
# word character is written as a lookahead for the range plus `[^\W_]`: the
# same set as `[^\W_\u2e80-\U0010ffff]`, which `re` takes 8 ms to compile
# (a charset map over all of Unicode) on every start of the CLI and the window.
ALPHA = r"(?:(?=[\x00-\u2e7f])[^\W_])"
_CJK_RUN = r"[^\W_\x00-\u2e7f]+"
WORD_RUN = re.compile(f"{ALPHA}+|{_CJK_RUN}")
NON_WORD = re.compile(r"[\W_]+")


class _FoldTable(dict):
    """Lazy `str.translate` table: one character in, one character out.

    NFKC turns full-width Latin, digits and CJK compatibility forms into their
    plain form; lower-casing makes Latin case-insensitive. A mapping that
    would change the length (ß, ﬁ, ㈠) is skipped so offsets in the folded
    text are offsets in the original text.
    """

    def __missing__(self, cp: int) -> str:
        c = chr(cp)
        if 0x4E00 <= cp <= 0x9FFF:  # CJK unified ideographs fold to themselves: most text, no lookups
            self[cp] = c
            return c
        n = unicodedata.normalize("NFKC", c)
        if len(n) != 1:
            n = c
        low = n.lower()
        out = low if len(low) == 1 else n
        if unicodedata.category(out) == "Co":
            out = " "  # private use: not text we can search
        self[cp] = out
        return out


_FOLD = _FoldTable()


def fold(s: str) -> str:
    """Case- and width-fold `s`, keeping its length (offsets stay valid)."""
    return s.translate(_FOLD)


def index_tokens(s: str) -> list[str]:
    """The token list of `s`: one per word character, BREAK between runs."""
    out: list[str] = []
    for i, run in enumerate(WORD_RUN.findall(fold(s))):
        if i:
            out.append(BREAK)
        out.extend(run)
    return out


def index_text(s: str) -> str:
    """`s` as the space-separated token string stored in the FTS5 index."""
    return f" {BREAK} ".join(" ".join(run) for run in WORD_RUN.findall(fold(s)))


def _run_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[0], *(run[i : i + 2] for i in range(len(run) - 1)), run[-1]]


def index_pairs(s: str) -> str:
    """`s` as the token string stored in the FTS5 index: each run of word
    characters as its first character, its overlapping pairs and its last
    character (`株洲市` -> `株 株洲 洲市 市`; a one-character run is itself);
    one BREAK between runs.

    A pair's posting list is far shorter than either character's, so a term of
    two characters or more reads a few short lists instead of one long list per
    character (common words 2-3x faster; issue 18). The first and last
    characters let a phrase pin a run's start or end after or before a BREAK
    with one exact token, and every character of a run starts some token, so a
    one-character term is the prefix query `"c" *` and recall stays exact;
    `pair_phrase` turns a term into the matching phrase.
    """
    runs = WORD_RUN.findall(fold(s))
    return f" {BREAK} ".join(" ".join(_run_tokens(run)) for run in runs)


def pair_phrase(tokens: list[str], run_start: bool = False) -> str:
    """The FTS5 phrase over `index_pairs` tokens that matches where the character
    tokens `tokens` (`index_tokens` of a term, BREAK between runs) stand together.

    A run after a BREAK starts where a text run starts (its first character's
    token), a run before a BREAK ends where the text run ends (its last
    character's token); the pairs in between. Only a term of one character
    alone needs a prefix query. With `run_start` the first run also starts a
    text run (for a column's first token: `^` in FTS5).
    """
    runs: list[str] = [""]
    for tok in tokens:
        if tok == BREAK:
            runs.append("")
        else:
            runs[-1] += tok
    last = len(runs) - 1
    if last == 0 and len(runs[0]) == 1 and not run_start:
        return f'"{runs[0]}" *'
    out: list[str] = []
    for i, run in enumerate(runs):
        if i:
            out.append(BREAK)
        if not run:  # a leading BREAK (a `word*` term's word start)
            continue
        if len(run) == 1:
            out.append(run)
            continue
        if i > 0 or run_start:
            out.append(run[0])
        out.extend(run[j : j + 2] for j in range(len(run) - 1))
        if i < last:
            out.append(run[-1])
    return '"' + " ".join(out) + '"'


def char_class(c: str) -> int:
    """0 for a non-word character, 1 for Latin-like, 2 for CJK-like (of a folded char)."""
    if not (c.isalnum()):
        return 0
    return 1 if c < "\u2e80" else 2


def phrase_regex(tokens: list[str], word_start: bool = False) -> str:
    """A regex over *folded* text that matches exactly where the FTS phrase of
    `tokens` matches, so hits can be marked at their offsets in the original.

    A BREAK between two runs of the same class stands for punctuation or
    space; between a Latin and a CJK run it may also be the bare seam.
    With `word_start`, the match must not be preceded by a Latin-like
    character (the `prefix*` reading) and it extends to the end of the word.
    """
    parts: list[str] = []
    for i, tok in enumerate(tokens):
        if tok != BREAK:
            parts.append(re.escape(tok))
            continue
        before, after = char_class(tokens[i - 1]), char_class(tokens[i + 1])
        parts.append(r"[\W_]+" if before == after else r"[\W_]*")
    pattern = "".join(parts)
    if word_start and tokens and char_class(tokens[0]) == 1:
        pattern = rf"(?<!{ALPHA}){pattern}"
        if char_class(tokens[-1]) == 1:
            pattern += rf"{ALPHA}*"
    return pattern
