"""A byline whose role and names a word processor set apart by tabs: one byline, not a row of a table.

Text saved from a Word document keeps the tabs its writer spaced a byline with
(`株洲日报全媒体记者\\t刘晓岚\\t通讯员\\t陈丽君`, a columnist's `□\\t何\\t真`). A line with tabs between its
cells reads as a table row (core/lines.py), so the story lost its byline and became a table.
A tabbed line whose cells, set one wide space apart, read as a credit naming someone is that
credit; a table's rows name no role and stay as they are.
"""

from __future__ import annotations

from ..bylines import parse_credit
from .model import SourceLine

MAX_CELL = 14  # a role ('株洲日报全媒体记者') or a name: a table's sentences are longer
MAX_CELLS = 10  # two roles and their names, padded: a longer row is a table's


def untab(lines: list[SourceLine], warnings: list[str]) -> None:
    """Set the cells of each tabbed byline one wide space apart, in place."""
    joined = 0
    for line in lines:
        text = line.text.strip()
        if "\t" not in text:
            continue
        cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
        if not 2 <= len(cells) <= MAX_CELLS or any(len(cell) > MAX_CELL for cell in cells):
            continue
        spaced = "\u3000".join(cells)
        credit = parse_credit(spaced)
        if credit is not None and (credit.reporters or credit.correspondents or credit.photographers):
            line.text = spaced
            joined += 1
    if joined:
        warnings.append(f"已将 {joined} 行用制表符隔开的署名读作署名 / Read {joined} byline(s) spaced with tabs as bylines.")
