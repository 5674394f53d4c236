"""Two texts compared character by character, in work bounded by their length.

The reprints view and an article's history put two texts side by side with
the changed characters marked. difflib's character diff costs about the
product of the two lengths: two 50,000-character articles took 25 s, on the
window's thread. Texts that small stay a plain character diff; longer ones
are compared sentence by sentence first (a unit ends after 。！？；, a line
break, or 200 characters), and only the changed sentences are refined by
character while a total budget lasts; a longer changed run is marked whole.
"""

from __future__ import annotations

import difflib
import re

Opcode = tuple[str, int, int, int, int]  # difflib's (tag, i1, i2, j1, j2) over the whole texts

CHAR_BUDGET = 10_000_000  # len(old) * len(new) compared character by character (about 0.1 s)
UNIT_CHARS = 200
_UNIT = re.compile(rf"[^。！？；!?;\n]{{1,{UNIT_CHARS}}}[。！？；!?;\n]?|[。！？；!?;\n]")


def opcodes(old: str, new: str) -> list[Opcode]:
    """difflib opcodes turning `old` into `new`; exact by character for short texts."""
    if len(old) * len(new) <= CHAR_BUDGET:
        return difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    head = _common_head(old, new)
    tail = _common_head(old[head:][::-1], new[head:][::-1])
    a_end, b_end = len(old) - tail, len(new) - tail
    out: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    out.extend(_middle(old, new, head, a_end, b_end))
    if tail:
        out.append(("equal", a_end, len(old), b_end, len(new)))
    return out


def _middle(old: str, new: str, head: int, a_end: int, b_end: int) -> list[Opcode]:
    """Opcodes of old[head:a_end] against new[head:b_end], sentence by sentence."""
    a_units, b_units = _units(old[head:a_end]), _units(new[head:b_end])
    a_at, b_at = _starts(a_units, head), _starts(b_units, head)
    budget = CHAR_BUDGET
    out: list[Opcode] = []
    # autojunk: a unit repeated through the text (one sentence printed 5,000 times) is not
    # matched against every copy, which would be quadratic again
    for tag, i1, i2, j1, j2 in _runs(difflib.SequenceMatcher(None, a_units, b_units).get_opcodes()):
        a1, a2, b1, b2 = a_at[i1], a_at[i2], b_at[j1], b_at[j2]
        cost = (a2 - a1) * (b2 - b1)
        if tag == "replace" and cost <= budget:
            budget -= cost
            sm = difflib.SequenceMatcher(None, old[a1:a2], new[b1:b2], autojunk=False)
            out.extend((t, a1 + x1, a1 + x2, b1 + y1, b1 + y2) for t, x1, x2, y1, y2 in sm.get_opcodes())
        else:
            out.append((tag, a1, a2, b1, b2))
    return out


def _runs(ops: list[Opcode]) -> list[Opcode]:
    """Neighbouring changes (a delete beside an insert) joined into one, to be refined together."""
    out: list[Opcode] = []
    for op in ops:
        if op[0] != "equal" and out and out[-1][0] != "equal":
            _, i1, _, j1, _ = out[-1]
            a2, b2 = op[2], op[4]
            out[-1] = ("replace" if a2 > i1 and b2 > j1 else op[0], i1, a2, j1, b2)
        else:
            out.append(op)
    return out


def _units(text: str) -> list[str]:
    return _UNIT.findall(text)


def _common_head(a: str, b: str) -> int:
    """Length of the common start of `a` and `b` (compared in blocks, then by character)."""
    n, step = 0, 4096
    limit = min(len(a), len(b))
    while step:
        while n + step <= limit and a[n : n + step] == b[n : n + step]:
            n += step
        step //= 8
    return n


def _starts(units: list[str], first: int) -> list[int]:
    """Offset of each unit in the whole text, and where the last one ends."""
    starts = [first]
    for unit in units:
        starts.append(starts[-1] + len(unit))
    return starts
