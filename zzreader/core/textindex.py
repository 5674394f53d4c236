"""How text becomes full-text index tokens, in one place.

Recall must be exact: a reporter who searches 二医院 must get every article
that contains those three characters in a row, wherever a word segmenter would
have cut them. So text is read as runs of word characters: everything that
separates them (spaces, punctuation, line breaks, and the seam between a Latin
and a Chinese run such as 5G|网络) is one BREAK in a term's token list
(`index_tokens`). The index holds each run as its character pairs and an end
mark (`index_pairs`) and a term is the phrase of the same tokens
(`pair_phrase`); a phrase hit then means the characters stand together in the
text, it never leaps over punctuation, and a Latin word's start is visible to
`prefix*` queries.

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
# Marks inside index tokens (core/fts_index.py): a run's last character, a Latin word's first.
RUN_END = "\ue001"
WORD_START = "\ue002"

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
    pairs = [run[i : i + 2] for i in range(len(run) - 1)]
    if char_class(run[0]) == 1:  # a Latin word: its start for `word*`
        return [WORD_START + run[0], *pairs, run[-1] + RUN_END]
    return [*pairs, run[-1] + RUN_END]


def index_pairs(s: str) -> str:
    """`s` as the token string stored in the FTS5 index: each run of word
    characters as its overlapping pairs and then its last character marked as
    the run's end (`株洲市，二医院` -> `株洲 洲市 市⁎ 二医 医院 院⁎`, ⁎ = RUN_END;
    a one-character run is that mark alone); a Latin run also starts with its
    first character marked as a word start (`gdp` -> `˄g gd dp p⁎`).

    A pair's posting list is far shorter than either character's, so a term of
    two characters or more reads a few short lists instead of one long list per
    character (common words 2-3x faster; issue 18). Every character of a run
    starts some token, so a one-character term is the prefix query `"c" *`;
    pairs stand next to each other only inside a run (the end mark comes
    between runs), so a phrase of pairs never leaps over punctuation; and the
    end mark pins a run's end before a break, the next token a run's start.
    One token a character: a separate break token and each run's first
    character (tokenizer version 3) made the index 13% larger for the same
    answers (`pair_phrase` turns a term into the matching phrase).
    """
    return " ".join(" ".join(_run_tokens(run)) for run in WORD_RUN.findall(fold(s)))


def pair_phrase(tokens: list[str], word_start: bool = False) -> str:
    """The FTS5 phrase over `index_pairs` tokens that matches where the character
    tokens `tokens` (`index_tokens` of a term, BREAK between runs) stand together.

    A run before a BREAK ends where a text run ends (its pairs, then its end
    mark); the run after it starts at the next token, so it needs no mark of
    its own, but a Latin one has its word-start token. With `word_start` the
    first run also starts a Latin word (`word*`). A last run of one character
    may be where a run ends or go on, so it is the prefix token `"c" *`, joined
    to the phrase with FTS5's `+`.
    """
    runs: list[str] = [""]
    for tok in tokens:
        if tok == BREAK:
            runs.append("")
        else:
            runs[-1] += tok
    runs = [run for run in runs if run]
    last = len(runs) - 1
    exact: list[str] = []
    for i, run in enumerate(runs):
        if (i > 0 or word_start) and char_class(run[0]) == 1:
            exact.append(WORD_START + run[0])
        exact.extend(run[j : j + 2] for j in range(len(run) - 1))
        if i < last:
            exact.append(run[-1] + RUN_END)
    tail = runs[-1] if runs and len(runs[-1]) == 1 else ""
    if tail and exact[-1:] != [WORD_START + tail]:  # a word start needs no more
        prefix = f'"{tail}" *'  # its own pair or its end mark: any token starting with it
        return f'"{" ".join(exact)}" + {prefix}' if exact else prefix
    return '"' + " ".join(exact) + '"'


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
