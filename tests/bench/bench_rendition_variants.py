"""Metamorphic bench: the same test issue as other archives store it must parse the same.

Every test issue under tests/core/renditions/data/ is decoded once, then
rewritten the way real archives rewrite a file without changing what a reader
sees: other line ends, byte-order marks, encodings, trailing blanks, other
indents, doubled blank lines, a last line without its line end, a date-style
file name. Each variant is parsed and scored against the UNCHANGED gold with
the seed scorer (tests/core/test_parse_gold.py); the table counts what each
variant loses against the parse of the file as stored (the baseline).
Nothing is asserted: run `python tests/bench/bench_rendition_variants.py`
(`-v` lists every loss, `-k NAME` runs the variants whose name holds NAME, `--seeds` rewrites the five
seed issues instead, scored against their gold in tests/core/gold/).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.test_parse_gold import load_gold, score_seed
from zzreader.core import mhtml
from zzreader.core.decode import decode
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_bytes
from zzreader.core.renditions import wide_dates

DATA = ROOT / "tests" / "core" / "renditions" / "data"
TEXT_DATES = ("masthead", "front_matter", "content")  # gold dates the text itself gives


@dataclass(frozen=True)
class Source:
    """One test issue: its gold, stored bytes and decoded text."""

    gold: object  # tests.core.test_parse_gold.GoldIssue
    data: bytes
    text: str
    rendition: str = ""  # the gold's class ('epaper', 'pdf_text', …)

    @property
    def suffix(self) -> str:
        return Path(self.gold.source).suffix

    @property
    def container(self) -> bool:
        """An MHTML archive: its decoded text is the page inside it, not the file, so a text rewrite would drop
        the archive's headers (and the address that dates it) and score what no archive holds."""
        return mhtml.looks_like(self.data)


@dataclass(frozen=True)
class Variant:
    """A rewrite of (text, name) that keeps the gold, and the encoding to store it in."""

    name: str
    text: Callable[[str], str] = lambda t: t
    encoding: str = "utf-8"
    rename: Callable[[Source], str | None] | None = None  # None: keep the name; returns None: skip
    gold_text: Callable[[str], str] | None = None  # a rewrite of what the reader sees: the gold's strings rewritten alike


# --------------------------------------------------------------------------
# Text rewrites


_LEAD_SPACES = re.compile(r"(?m)^(?:  |    )(?=[^\s\u3000])")  # a paragraph indent, not a layout's wide margin
_LEAD_IDEO = re.compile(r"(?m)^\u3000\u3000(?=[^\s\u3000])")


def crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def cr(t: str) -> str:
    return t.replace("\n", "\r")


def cr_cr_lf(t: str) -> str:
    """'\r\r\n': a CRLF file passed once more through a converter that writes CRLF for LF."""
    return t.replace("\n", "\r\r\n")


def mixed_eol(t: str) -> str:
    """LF and CRLF line by line: a file pieced together from two sources."""
    lines = t.split("\n")
    ends = ["\r\n" if i % 2 else "\n" for i in range(len(lines) - 1)]
    return "".join(line + end for line, end in zip(lines, ends)) + lines[-1]


def ctrl_z_end(t: str) -> str:
    """A DOS editor's end-of-file mark (0x1A) after the last line."""
    return t + "\x1a"


def trailing_spaces(t: str) -> str:
    """Two spaces after every line, blank ones too, as an extractor pads its lines."""
    return "\n".join(line + "  " for line in t.split("\n"))


def trailing_tabs(t: str) -> str:
    """A tab (after a space on every other line) after every line, as a spreadsheet or editor leaves it."""
    return "\n".join(line + (" \t" if i % 2 else "\t") for i, line in enumerate(t.split("\n")))


def ideo_to_spaces(t: str) -> str:
    """A paragraph indent '　　' becomes four ASCII spaces (two columns each)."""
    return _LEAD_IDEO.sub("    ", t)


def ideo_to_two_spaces(t: str) -> str:
    """A paragraph indent '　　' becomes two ASCII spaces."""
    return _LEAD_IDEO.sub("  ", t)


def spaces_to_ideo(t: str) -> str:
    """A paragraph indent of two or four ASCII spaces becomes '　　'."""
    return _LEAD_SPACES.sub("\u3000\u3000", t)


def nbsp_indents(t: str) -> str:
    """A paragraph indent '　　' as four no-break spaces, as a copy from a web page ('&nbsp;') gives it."""
    return _LEAD_IDEO.sub("\xa0" * 4, t)


def left_margin(t: str) -> str:
    """Two spaces before every line: the left margin of an extractor's page."""
    return re.sub(r"(?m)^(?=.)", "  ", t)


def ideo_all_to_space(t: str) -> str:
    """Every U+3000, indents and the space inside a two-character name alike, as one ASCII space."""
    return t.replace("\u3000", " ")


def indent_tabs(t: str) -> str:
    """A paragraph indent ('　　', two to four spaces) becomes one tab; wider indents (centred lines) stay."""
    return re.sub(r"(?m)^(?:\u3000\u3000| {2,4})(?=[^\s\u3000])", "\t", t)


def doubled_blanks(t: str) -> str:
    return re.sub(r"\n(?=\n)", "\n\n", t)


def no_final_newline(t: str) -> str:
    return t.rstrip("\n")


def form_feed_end(t: str) -> str:
    return t.rstrip("\n") + "\n\f"


def blank_ends(t: str) -> str:
    """Blank lines before the first line and after the last, as a copy from a web page leaves them."""
    return "\n\n" + t + "\n\n\n"


def html_entities(t: str) -> str:
    """Every character beyond ASCII as a numeric entity ('&#26666;'), as an ASCII-safe HTML export writes it."""
    return re.sub(r"[^\x00-\x7f]", lambda m: f"&#{ord(m.group(0))};", t)


def html_only(src: Source) -> str | None:
    """The stored name, for an HTML export only (an entity is text anywhere else)."""
    return src.gold.source if src.text.lstrip().startswith("<") else None


def nbsp_pairs(t: str) -> str:
    """Every U+3000 as two no-break spaces ('&nbsp;&nbsp;'), indents, gaps and names alike, as a web page sets it."""
    return t.replace("\u3000", "\xa0\xa0")


def zero_width(t: str) -> str:
    """Zero-width spaces inside words ('株洲日\u200b报', '记\u200b者'), as some web pages set them against copying."""
    return t.replace("日报", "日\u200b报").replace("记者", "记\u200b者").replace("通讯员", "通\u200b讯员")


_WIDE_FORMS = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


def halfwidth_forms(t: str) -> str:
    """Full-width letters, digits and marks as ASCII ('（记者　王某）' -> '(记者　王某)', '：' -> ':'), as a 全角转半角 cleaner writes them."""
    return t.translate(_WIDE_FORMS)


def no_blank_lines(t: str) -> str:
    """Every blank line dropped: the same page as a single-newline dump."""
    return "\n".join(line for line in t.split("\n") if line.strip()) + "\n"


def no_indents(t: str) -> str:
    """Every line's leading blanks dropped, as a copy from a web page or a cleaner leaves them."""
    return re.sub(r"(?m)^[ \t\u3000\xa0]+", "", t)


WRAP, PARAGRAPH = 22, 40
_COLUMNS = re.compile(r"\S(?: {2,}|\u3000{2,}|\t)\S")


def hard_wrap(t: str) -> str:
    """Every paragraph (a line over 40 characters) cut into lines of 22, its indent on the first, as PDF text sets a
    column; headlines, bylines and meta lines are shorter and stay whole, as a page sets them across columns."""
    out = []
    for line in t.split("\n"):
        body = line.lstrip(" \u3000")
        indent = line[: len(line) - len(body)]
        if len(body) <= PARAGRAPH or _COLUMNS.search(body):  # side-by-side columns are set, not wrapped
            out.append(line)
            continue
        out.append(indent + body[:WRAP])
        out.extend(body[k : k + WRAP] for k in range(WRAP, len(body), WRAP))
    return "\n".join(out)


def wrapped_text_only(src: Source) -> str | None:
    """A plain text file that is not a web page's scrape (a browser does not wrap a page's lines)."""
    return None if src.rendition == "epaper" else text_only(src)


def extracted_text_only(src: Source) -> str | None:
    """A plain text file that is neither a web page's scrape nor Markdown (an extractor writes neither)."""
    return None if src.rendition == "markup" else wrapped_text_only(src)


def copied_text_only(src: Source) -> str | None:
    """A plain text file a web page's copy could be: no PDF extraction's layout, no Markdown."""
    return None if src.rendition in ("markup", "pdf_text") else text_only(src)


def typed_text_only(src: Source) -> str | None:
    """A plain text file that is no Markdown (its marks and front matter are typed half-width)."""
    return None if src.rendition == "markup" else text_only(src)


def text_only(src: Source) -> str | None:
    """The stored name, for a plain text file only (Markdown and HTML read blank lines and indents by their own rules)."""
    return src.gold.source if src.suffix == ".txt" and not src.text.lstrip().startswith("<") else None


def compose(*rewrites: Callable[[str], str]) -> Callable[[str], str]:
    def run(t: str) -> str:
        for rewrite in rewrites:
            t = rewrite(t)
        return t

    return run


# --------------------------------------------------------------------------
# Round AJ: rewrites archives make that the list above lacked


def blank_every_line(t: str) -> str:
    """A blank line after every line, blank ones dropped: a web copy that makes each <br> a paragraph of its own, so
    a headline, its byline and its lead stand as far apart as two stories."""
    return "\n\n".join(line for line in t.split("\n") if line.strip()) + "\n"


LETTER_SPACED = 12  # non-blank characters at most: a headline, a masthead, a section or a short byline
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def letter_spaced(t: str) -> str:
    """A short display line ('秋收忙', '株洲日报', '记者 王某', 'A03 城事') letter-spaced by a PDF extractor that writes
    the tracking of a display face as spaces ('秋 收 忙', '记 者   王 某'); a word's space becomes a wider gap, a column's
    gap and an ideographic space stay. Lines of prose (a comma, a full stop) and longer lines are set tight.

    The gold stays: titles compare without whitespace, and a reader sees the name
    '王某' in '王 某' as in '王　某' (bylines.py joins a name's parts)."""

    def spaced(line: str) -> str:
        body = line.lstrip(" \u3000")
        words = body.split()
        if (sum(map(len, words)) > LETTER_SPACED or len(_HAN_CHAR.findall(body)) < 2 or any(ch in body for ch in "，。；、,")
                or body != body.rstrip()):
            return line
        parts = re.split(r"( {2,}|[\t\u3000]+)", body)  # a column's gap or an ideographic space stays as it is
        return line[: len(line) - len(body)] + "".join(
            part if k % 2 else "   ".join(" ".join(word) for word in part.split(" ")) for k, part in enumerate(parts))

    return "\n".join(map(spaced, t.split("\n")))


_RUNNING_HEAD = re.compile(r"^[ \u3000]*(?:株洲日报.{0,40}?(?:第?[A-D]\d{1,2}版?|第\d{1,2}版)|第\s*\d{1,2}\s*版)(?:\s|$|[|｜·])")


def form_feed_pages(t: str) -> str:
    """A form feed opening every page after the first on its running head ('\\f株洲日报 … A02 要闻'), as pdftotext
    writes a paper's pages, instead of one form feed at the end."""
    lines = t.split("\n")
    heads = [i for i, line in enumerate(lines) if _RUNNING_HEAD.match(line)]
    for i in heads[1:]:
        lines[i] = "\f" + lines[i]
    return "\n".join(lines)


def lossy_gbk(t: str) -> str:
    """Every character GBK lacks ('𠮷', '©', an emoji, a zero-width space) as '?', as a converter to GBK writes it
    when told to go on (Python's errors='replace', Windows' default character)."""
    return t.encode("gbk", errors="replace").decode("gbk")


def word_line_breaks(t: str, mark: str = "\v") -> str:
    """Word's manual line break: inside a block of lines (no blank line between them) a '\\v' ends each line and only
    a blank line is a paragraph mark, as a Word document's text keeps it ('^l' in Word's search)."""
    return re.sub(r"(?<=[^\n])\n(?=[^\n])", mark, t)


def line_separator_breaks(t: str) -> str:
    """U+2028 LINE SEPARATOR in place of a line end inside a block, as a web editor's or JSON export's text keeps it."""
    return word_line_breaks(t, "\u2028")


_NARROW_DIGITS = {cp: cp + 0xFEE0 for cp in range(0x30, 0x3A)}
_PAGE_CODE = re.compile(r"(?<![A-Za-z])[A-H](?=[0-9])")


def fullwidth_figures(t: str) -> str:
    """Every figure full-width, and a page code's letter with it ('２０２４年３月５日', 'Ａ０３', '（记者 王某）１２日'), as a
    typist in a Chinese input method's full-width mode or a 半角转全角 cleaner writes them; other Latin stays."""
    return _PAGE_CODE.sub(lambda m: chr(ord(m.group(0)) + 0xFEE0), t).translate(_NARROW_DIGITS)


def seen_figures(t: str) -> str:
    """A gold string as the reader sees it in the full-width file: its figures full-width, but those of a date, a time
    or a page code in a line of prose or a meta line as ASCII (zzreader/core/renditions/wide_dates.py reads them so)."""
    return wide_dates.fold(fullwidth_figures(t))[0]


def changed_by(rewrite: Callable[[str], str], base: Callable[[Source], str | None]) -> Callable[[Source], str | None]:
    """`base`'s name, for a file the rewrite changes only (the rest would score as the file as stored)."""
    return lambda src: base(src) if rewrite(src.text) != src.text else None


def gbk_keeps_gold(src: Source) -> str | None:
    """A file that GBK loses a character of, but not one of a gold title or name."""
    gold = [a.title for a in src.gold.articles]
    gold += [name for a in src.gold.articles for name in (*a.reporters, *a.correspondents, *a.photographers)]
    return changed_by(lossy_gbk, lambda s: s.gold.source)(src) if all(lossy_gbk(g) == g for g in gold) else None


# --------------------------------------------------------------------------
# Names


def _other_day(src: Source) -> dt.date:
    return src.gold.date + dt.timedelta(days=3)


def named(pattern: str, other_day: bool = False) -> Callable[[Source], str | None]:
    """A date-style name (keeping the extension); `other_day` names a wrong date, only for text-dated gold."""

    def rename(src: Source) -> str | None:
        if other_day and src.gold.date_source not in TEXT_DATES[:2]:
            return None
        day = _other_day(src) if other_day else src.gold.date
        return day.strftime(pattern).replace("{m}", str(day.month)).replace("{d}", str(day.day)) + src.suffix

    return rename


VARIANTS = [
    Variant("utf8_lf (decoded, re-encoded)"),
    Variant("crlf", crlf),
    Variant("cr", cr),
    Variant("cr_cr_lf", cr_cr_lf),
    Variant("mixed_eol", mixed_eol),
    Variant("utf8_bom", encoding="utf-8-sig"),
    Variant("double_bom", lambda t: "\ufeff" + t, "utf-8-sig"),
    Variant("utf16le_bom", encoding="utf-16"),
    Variant("utf16be_bom", encoding="utf-16-be+bom"),
    Variant("gb18030", encoding="gb18030"),
    Variant("gbk", encoding="gbk"),
    Variant("utf16le_nobom", encoding="utf-16-le"),
    Variant("utf16be_nobom", encoding="utf-16-be"),
    Variant("trailing_spaces", trailing_spaces),
    Variant("trailing_tabs", trailing_tabs),
    Variant("ideo_to_spaces", ideo_to_spaces),
    Variant("ideo_to_two_spaces", ideo_to_two_spaces),
    Variant("spaces_to_ideo", spaces_to_ideo),
    Variant("indent_tabs", indent_tabs),
    Variant("nbsp_indents", nbsp_indents),
    Variant("ideo_all_to_space", ideo_all_to_space),
    Variant("zero_width", zero_width),
    Variant("nbsp_pairs", nbsp_pairs),
    Variant("left_margin", left_margin),
    Variant("doubled_blanks", doubled_blanks),
    Variant("no_final_newline", no_final_newline),
    Variant("form_feed_end", form_feed_end),
    Variant("ctrl_z_end", ctrl_z_end),
    Variant("blank_ends", blank_ends),
    Variant("html_entities (HTML exports)", html_entities, rename=html_only),
    Variant("halfwidth_forms", halfwidth_forms, gold_text=halfwidth_forms),
    Variant("no_blank_lines (text files)", no_blank_lines, rename=text_only),
    Variant("no_indents (text files)", no_indents, rename=text_only),
    Variant("hard_wrap (text files but e-paper scrapes)", hard_wrap, rename=wrapped_text_only),
    Variant("blank_every_line (text files but PDF text and Markdown)", blank_every_line, rename=copied_text_only),
    Variant("letter_spaced (PDF and plain text files)", letter_spaced, rename=changed_by(letter_spaced, extracted_text_only)),
    Variant("form_feed_pages (text files with running heads)", form_feed_pages, rename=changed_by(form_feed_pages, text_only)),
    Variant("lossy_gbk (files GBK loses characters of)", lossy_gbk, "gbk", gbk_keeps_gold, gold_text=lossy_gbk),
    Variant("word_line_breaks (text files)", word_line_breaks, rename=text_only),
    Variant("line_separator_breaks (text files)", line_separator_breaks, rename=text_only),
    Variant("fullwidth_figures (text files but Markdown)", fullwidth_figures, rename=changed_by(fullwidth_figures, typed_text_only),
            gold_text=seen_figures),
    Variant("name_cn", rename=named("株洲日报%Y年{m}月{d}日")),
    Variant("name_zzrb", rename=named("ZZRB_%Y%m%d")),
    Variant("name_iso", rename=named("%Y-%m-%d")),
    Variant("name_copy", rename=named("ZZRB_%Y%m%d (1)")),
    Variant("name_wrong_day (text-dated)", rename=named("%Y-%m-%d", other_day=True)),
    Variant("gbk+crlf+trailing_tabs", compose(trailing_tabs, crlf), "gbk"),
    Variant("utf16le+crlf+ideo_to_spaces", compose(ideo_to_spaces, crlf), "utf-16"),
    Variant("gb18030+cr+tabs+name_cn", compose(indent_tabs, cr), "gb18030", named("株洲日报%Y年{m}月{d}日")),
    Variant("bom+doubled+no_final", compose(doubled_blanks, no_final_newline), "utf-8-sig"),
    Variant("gbk+crlf+doubled+ff", compose(doubled_blanks, form_feed_end, crlf), "gbk", named("ZZRB_%Y%m%d")),
    Variant("utf16le_nobom+crcrlf+nbsp+margin", compose(nbsp_indents, left_margin, cr_cr_lf), "utf-16-le"),
    Variant("gbk+blank_ends+doubled+spaces+ctrl_z", compose(doubled_blanks, trailing_spaces, blank_ends, crlf, ctrl_z_end), "gbk",
            named("株洲日报%Y年{m}月{d}日")),
]


def encode(text: str, encoding: str) -> bytes | None:
    """The bytes an archive would store; None when a character has no place in the encoding."""
    try:
        if encoding == "utf-16-be+bom":
            return b"\xfe\xff" + text.encode("utf-16-be")
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


# --------------------------------------------------------------------------
# Scoring


@dataclass
class Losses:
    """What one variant loses (and wins) against the baseline, summed over issues."""

    scored: int = 0
    skipped: int = 0
    articles: int = 0
    bylines: int = 0
    types: int = 0
    dates: int = 0
    spurious: int = 0
    gained: int = 0
    errors: int = 0
    seconds: float = 0.0
    per_file: dict[str, list[str]] = field(default_factory=dict)


def _ok_sets(score) -> tuple[set[int], set[int], set[int]]:
    """Gold indexes found, found with the right bylines, found with the right type."""
    by_gold = {id(g): i for i, g in enumerate(score.gold.articles)}
    found = {by_gold[id(g)] for g, _ in score.found}
    bad_by = {by_gold[id(g)] for g, _ in score.byline_errors}
    bad_type = {by_gold[id(g)] for g, _ in score.type_errors}
    return found, found - bad_by, found - bad_type


def _date_right(score) -> bool:
    return score.issue.date is not None and dt.date.fromisoformat(score.issue.date) == score.gold.date


def compare(base, var, losses: Losses, source: str) -> None:
    """Add what `var` lost against `base` (both scores of the same gold) to `losses`."""
    b_found, b_by, b_type = _ok_sets(base)
    v_found, v_by, v_type = _ok_sets(var)
    notes = [f"MISSED {base.gold.articles[i].label}" for i in sorted(b_found - v_found)]
    notes += [f"BYLINE {base.gold.articles[i].label}" for i in sorted((b_by - v_by) & v_found)]
    notes += [f"TYPE {base.gold.articles[i].label}" for i in sorted((b_type - v_type) & v_found)]
    losses.articles += len(b_found - v_found)
    losses.bylines += len((b_by - v_by) & v_found)
    losses.types += len((b_type - v_type) & v_found)
    losses.gained += len(v_found - b_found)
    extra = len(var.spurious) - len(base.spurious)
    if extra > 0:
        losses.spurious += extra
        notes += [f"SPURIOUS +{extra}"]
    if _date_right(base) and not _date_right(var):
        losses.dates += 1
        notes.append(f"DATE {var.issue.date} ({var.issue.date_source}) want {var.gold.date}")
    if notes:
        losses.per_file[source] = notes


def load_seeds() -> list[Source]:
    """The five seed issues (real pages of the paper) with their gold: the closest thing to a held-out check."""
    from tests.core.test_parse_gold import GOLD_PATHS, SEED_DIR

    out = []
    for gold_path in GOLD_PATHS:
        gold = load_gold(gold_path)
        data = (SEED_DIR / gold.source).read_bytes()
        out.append(Source(gold, data, decode(data).text, "seed"))
    return out


def load_sources() -> list[Source]:
    sources = []
    for gold_path in sorted(DATA.glob("*.json")):
        gold = load_gold(gold_path)
        data = (DATA / gold.source).read_bytes()
        rendition = json.loads(gold_path.read_text(encoding="utf-8")).get("class", "")
        sources.append(Source(gold, data, decode(data).text, rendition))
    return sources


def rewritten(gold, rewrite: Callable[[str], str]):
    """The gold with its titles, body starts and names as the variant's text shows them."""
    articles = tuple(
        dataclasses.replace(a, title=rewrite(a.title), body_start=rewrite(a.body_start),
                            reporters=tuple(map(rewrite, a.reporters)), correspondents=tuple(map(rewrite, a.correspondents)),
                            photographers=tuple(map(rewrite, a.photographers)))
        for a in gold.articles
    )
    return dataclasses.replace(gold, articles=articles)


def run_variant(variant: Variant, sources: list[Source], baseline: dict[str, object]) -> Losses:
    losses = Losses()
    for src in sources:
        data = encode(variant.text(src.text), variant.encoding)
        if src.container:  # only a new name applies to an archive: its stored bytes as they are
            data = src.data if variant.encoding == "utf-8" and data is not None and data.decode("utf-8") == src.text else None
        name = variant.rename(src) if variant.rename else src.gold.source
        if data is None or name is None:
            losses.skipped += 1
            continue
        start = time.perf_counter()
        try:
            issue = parse_bytes(data, name)
        except ParseError as exc:
            losses.errors += 1
            losses.per_file[src.gold.source] = [f"ERROR {exc}"]
            continue
        finally:
            losses.seconds += time.perf_counter() - start
        losses.scored += 1
        gold = rewritten(src.gold, variant.gold_text) if variant.gold_text else src.gold
        compare(baseline[src.gold.source], score_seed(gold, issue), losses, src.gold.source)
    return losses


def main(verbose: bool = False, only: str = "", seeds: bool = False) -> None:
    sources = load_seeds() if seeds else load_sources()
    start = time.perf_counter()
    baseline = {s.gold.source: score_seed(s.gold, parse_bytes(s.data, s.gold.source)) for s in sources}
    print(f"baseline: {len(sources)} issues parsed in {time.perf_counter() - start:.2f} s\n")
    print("| variant | scored | skipped | lost articles | lost bylines | lost types | lost dates "
          "| more spurious | errors | parse s | worst files |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for variant in VARIANTS:
        if only and only not in variant.name:
            continue
        losses = run_variant(variant, sources, baseline)
        worst = sorted(losses.per_file.items(), key=lambda kv: -len(kv[1]))[:3]
        print(f"| {variant.name} | {losses.scored} | {losses.skipped} | {losses.articles} | {losses.bylines} "
              f"| {losses.types} | {losses.dates} | {losses.spurious} | {losses.errors} | {losses.seconds:.2f} "
              f"| {', '.join(f'{k} ({len(v)})' for k, v in worst)} |")
        if verbose:
            for source, notes in sorted(losses.per_file.items()):
                print(f"   == {source}")
                for note in notes:
                    print(f"      {note}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(verbose="-v" in args, only=args[args.index("-k") + 1] if "-k" in args else "", seeds="--seeds" in args)
