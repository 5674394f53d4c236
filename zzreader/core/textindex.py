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
# (below U+2E80) and CJK-like scripts (above) form separate runs.
_ALPHA_RUN = r"[^\W_\u2e80-\U0010ffff]+"
_CJK_RUN = r"[^\W_\x00-\u2e7f]+"
WORD_RUN = re.compile(f"{_ALPHA_RUN}|{_CJK_RUN}")
ALPHA_CHAR = re.compile(r"[^\W_\u2e80-\U0010ffff]")
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


def index_pairs(s: str) -> str:
    """`s` as the token string stored in the FTS5 index: for each run of word
    characters its overlapping pairs, then its last character on its own
    (`株洲市` -> `株洲 洲市 市`); one BREAK between runs.

    A pair's posting list is far shorter than either character's, so a term of
    two characters or more reads a few short lists instead of one long list per
    character (common words, and phrases of common characters, 2-3x faster;
    issue 18). Every character of a run still starts a token (a pair, or the
    run's last character), so a one-character term is the prefix query `"c" *`
    and recall stays exact; `pair_phrase` turns a term into the matching phrase.
    """
    runs = WORD_RUN.findall(fold(s))
    return f" {BREAK} ".join(
        " ".join([*(run[i : i + 2] for i in range(len(run) - 1)), run[-1]]) for run in runs
    )


def pair_phrase(tokens: list[str]) -> str:
    """The FTS5 phrase over `index_pairs` tokens that matches where the character
    tokens `tokens` (`index_tokens` of a term, BREAK between runs) stand together.

    A run followed by another run must end where the text's run ends, so it
    takes its last character's token too; the last run may be the start of a
    longer run (pairs only, or a prefix token when it is one character).
    """
    runs: list[str] = [""]
    for tok in tokens:
        if tok == BREAK:
            runs.append("")
        else:
            runs[-1] += tok
    out: list[str] = []
    prefix = False
    for i, run in enumerate(runs):
        last = i == len(runs) - 1
        if i:
            out.append(BREAK)
        if not run:  # a leading BREAK (a `word*` term's word start)
            continue
        out.extend(run[j : j + 2] for j in range(len(run) - 1))
        if not last or len(run) == 1:
            out.append(run[-1])
        prefix = last and len(run) == 1
    return '"' + " ".join(out) + '"' + (" *" if prefix else "")


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
        pattern = rf"(?<!{ALPHA_CHAR.pattern}){pattern}"
        if char_class(tokens[-1]) == 1:
            pattern += rf"{ALPHA_CHAR.pattern}*"
    return pattern
