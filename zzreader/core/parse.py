"""Turn a raw issue dump into an `Issue` of articles a reader would recognise.

Pass one (`lines.py`) says what each line is; this pass two walks the lines
with the article context: it decides whether a headline opens a new article
or is a sub-heading, attaches bylines, captions and tables, repairs broken
sentences and duplicated paragraphs, and keeps every non-blank source line
either inside an article's line range or in an explicit unassigned block.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .article_draft import Draft, classified, continues, ends_with_contact, merge_unassigned, signed_off, unterminated
from .bylines import find_dateline, is_columnist, words_mark
from .date_lines import on_dateline
from .dates import either_way, find_date, masthead_date, posted_date, real_day
from .decode import decode, without_surrogates
from .errors import ParseError
from .headline_rules import EDITORS_NOTE
from .headline_runs import SECTION_HEAD, HeadlineRuns
from .lines import CONTACT, DOC_NUMBER, ContactMemo, Line, classify, heading_like, is_table_separator
from .models import Article, Block, Issue, Unassigned
from .notice_lines import INLINE_AD, INLINE_NOTICE, INLINE_NOTICE_FIRST
from .renditions import (
    Normalised,
    compat_ideographs,
    joplin,
    letter_spacing,
    line_tails,
    lost_marks,
    normalise,
    note_properties,
    ocr_dates,
    ocr_marks,
    pdf_glyphs,
    radicals,
    spaced_dates,
    spaces,
    wide_dates,
)
from .type_rules import article_type
from . import ad_copy, dated_folders, footnotes, name_dates, page_titles, pen_names, photo_news, stray_ads, title_marks, title_numbers, wire_credits

__all__ = ["parse_file", "parse_bytes", "parse_text", "ParseError"]

MAX_LINE_WARN = 20_000
_PAPER_HEAD = re.compile(r"^\s*株洲[日晚][报報](?:[\s\u3000·・|｜]|$)")  # '株洲日报 A05 民生', not '株洲日报社举办…' 
_STAFF_ROLE = re.compile(r"记者|通讯员|实习生|评论员|摄影|编辑")

# A sentence broken across lines is joined into a paragraph of at most this many characters. The
# longest paragraph of the seeds and test issues has 388; 3,000 unterminated lines of a hostile
# Markdown file ('> > > …') made one block that each join copied and searched again, for minutes.
MAX_JOINED_CHARS = 4_000


def parse_file(path: str | Path) -> Issue:
    """Parse the dump at `path`; the file name is the issue's identity."""
    path = Path(path)
    from zzreader.core import file_limits

    try:
        data = file_limits.read_limited(path, file_limits.MAX_ISSUE_BYTES)
    except file_limits.FileRefused as exc:
        raise ParseError(str(exc)) from exc
    return parse_bytes(data, dated_folders.dated_name(list(path.absolute().parent.parts), path.name))  # as an import names it


def parse_bytes(data: bytes, name: str) -> Issue:
    """Decode and parse one dump. Raises ParseError for what is not an issue."""
    decoded = decode(data)
    issue = parse_text(decoded.text, name, encoding=decoded.encoding, address=decoded.address)
    issue.sha256 = hashlib.sha256(data).hexdigest()
    issue.warnings[:0] = decoded.warnings
    return issue


def parse_text(text: str, name: str, encoding: str = "utf-8", address: str = "") -> Issue:
    """Parse already decoded text (newlines normalised to '\\n'); `address`: where a saved page came from."""
    _refuse_too_many_lines(text)
    text, surrogates = without_surrogates(text)  # '\ud800' from a caller: neither hashed nor stored as it is
    read, glyphs_read = pdf_glyphs.fold(text)  # '(cid:27)', a symbol font's bullet: glyphs with no character
    read, radicals_read = radicals.fold(read)  # '2025年8⽉14⽇' from a PDF font: the ordinary characters
    read, compat_read = compat_ideographs.fold(read)  # '2026年' (U+F98E) from a Hanja font: the ordinary character
    read, ocr_read = ocr_dates.fold(read)  # '2O25年1O月' from a scan's OCR
    read, wide_read = wide_dates.fold(read)  # '２０２６-０４-１８', '４月１７日' typed full-width
    read, spaced_read = spaced_dates.fold(read)  # '6 月 26 日' from pdftotext: a Latin font's figures spaced out
    read, ocr_marked = ocr_marks.fold(read)  # '2 0 2 5 年', '…自动化 |': a scan's spaced figures and column rules
    raw_lines = line_tails.clean(spaces.raw_spaces(read.split("\n")))  # blank lines of spaces are blank
    raw_lines = lost_marks.read(letter_spacing.unspace(raw_lines))  # '秋 收 忙' letter-spaced; '?攸县…' from a lossy GBK copy
    _refuse_overlong_line(raw_lines)
    warnings = [
        f"第 {n} 行很长（{len(s)} 字），可能不是正常的版面文本 / Line {n} is {len(s)} characters long; "
        "the dump may not be a normal page."
        for n, s in enumerate(raw_lines, 1)
        if len(s) > MAX_LINE_WARN
    ]
    normalised = normalise(raw_lines)
    if surrogates:
        warnings.append(f"已将 {surrogates} 个孤立代理码位替换为 � / Replaced {surrogates} lone surrogate(s) with �.")
    if ocr_read:
        warnings.append(f"已将日期中 {ocr_read} 个形近字母读作数字 / Read {ocr_read} OCR look-alike letter(s) in dates as figures.")
    if wide_read:
        warnings.append(f"已将 {wide_read} 处全角日期、时间或版次读作半角数字 / Read {wide_read} full-width date(s), time(s) or page code(s) as ASCII figures.")
    if ocr_marked:
        warnings.append(f"已整理 {ocr_marked} 行扫描识别的拆开数字或栏线 / Joined spaced figures or took column rules off {ocr_marked} OCR line(s).")
    if spaced_read:
        warnings.append(f"已将 {spaced_read} 处拆开的日期读作完整日期 / Read {spaced_read} spaced-out date(s) whole.")
    if radicals_read:
        warnings.append(f"已将 {radicals_read} 个部首字符读作常用汉字 / Read {radicals_read} radical code point(s) as ordinary characters.")
    if compat_read:
        warnings.append(f"已将 {compat_read} 个兼容汉字读作常用汉字 / Read {compat_read} compatibility ideograph(s) as ordinary characters.")
    if glyphs_read:
        warnings.append(f"已整理 {glyphs_read} 个 PDF 无字符字形 / Took out or read {glyphs_read} PDF glyph(s) with no character.")
    warnings.extend(normalised.warnings)
    builder = _Builder(classify(normalised.lines), warnings)
    builder.unassigned.extend(_furniture_lines(normalised))
    articles, unassigned = builder.build()
    ad_copy.join_ad_copy(articles)  # an ad's slogans one a line: its copy, not headlines
    if numbered := title_numbers.strip_list_numbers(articles):
        warnings.append(f"已去掉 {numbered} 个标题前的序号 / Took the list numbers off {numbered} headlines.")
    if marked := title_marks.strip_media_marks(articles):
        warnings.append(f"已去掉 {marked} 个标题后的图片或视频标记 / Took the picture or video marks off {marked} headlines.")
    date = find_date(raw_lines, name, builder.datelines, address)
    if date.source != "masthead" and normalised.rendition == "markup" and (
        day := masthead_date([line.text for line in normalised.lines])
    ):
        date.date, date.source = day, "masthead"  # a masthead set in tags and entities
    elif date.source != "masthead" and normalised.rendition == "markup" and (
        day := posted_date([line.text for line in sorted(normalised.furniture, key=lambda line: line.no)])
    ):
        date.date, date.source = day, "masthead"  # a WeChat post's account line, set in links and italics
    if (day := real_day(normalised.date)) and date.source != "masthead":
        date.date, date.source = day, "masthead"
    if date.date is None and (day := real_day(note_properties.created_date(raw_lines) or joplin.created_date(raw_lines))):
        date.date, date.source = day, "front_matter"  # a note app's 'Created: July 17, 2025': the page names no day of its own
    if date.source not in ("masthead", "filename") and (either := name_dates.either_way_warning(either_way(name))):
        warnings.append(either)  # '08-07-2026.txt' and nothing in the text to say which: no silent guess
    if date.date is None:
        warnings.append("无法确定出版日期 / Could not determine the issue date.")
    for seq, article in enumerate(articles):
        article.seq = seq
    return Issue(
        source=name,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        text=text,
        date=date.date,
        date_source=date.source,
        number=date.number,
        pages=date.pages,
        warnings=warnings,
        articles=articles,
        unassigned=unassigned,
        rendition=normalised.rendition,
    )


def _refuse_too_many_lines(text: str) -> None:
    """ParseError for more lines than file_limits.MAX_LINES, before any work on them."""
    from zzreader.core.file_limits import too_many_lines

    if (reason := too_many_lines(text)) is not None:
        raise ParseError(reason)


def _refuse_overlong_line(lines: list[str]) -> None:
    """ParseError for a line longer than file_limits.MAX_LINE_CHARS, before any work on it."""
    from zzreader.core.file_limits import MAX_LINE_CHARS

    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    if len(lines[longest]) > MAX_LINE_CHARS:
        raise ParseError(
            f"第 {longest + 1} 行有 {len(lines[longest])} 字（最多 {MAX_LINE_CHARS} 字），不是报纸版面 / "
            f"Line {longest + 1} has {len(lines[longest])} characters (at most {MAX_LINE_CHARS}): "
            "not a page of the paper."
        )


def _furniture_lines(normalised: Normalised) -> list[Line]:
    """Page chrome the rendition pass dropped: kept visible as unassigned lines."""
    return [Line(src.no, src.text.strip(), raw=src.text, kind="furniture", end=src.end) for src in normalised.furniture]


class _Builder(HeadlineRuns):
    """Pass two: walk the classified lines and assemble articles."""

    def __init__(self, lines: list[Line], warnings: list[str]):
        self.lines = lines
        # '#'/'##' headlines: '###' heads a section; '# 株洲日报 A05 民生' over '## …' titles names the page, no headline
        self.md_titles = any(line.md and line.md_level <= 2 and not _PAPER_HEAD.search(line.text) for line in lines)
        self.warnings = warnings
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.unassigned: list[Line] = []
        self.pending: list[Line] = []  # labels and editor lines waiting for their article
        self.at = 0  # the index of the line being read (build)
        self.ahead: list[str] = []  # the text lines under the headline being placed (core/headline_runs.py)
        self.signed_below: list[str] = []  # who signs the text under that headline at its end
        self.section = ""
        self.editor = ""
        self.datelines: list[tuple[str, str]] = []
        self.contacts = ContactMemo()  # CONTACT on a paragraph that grows by joins (core/lines.py)
        self.staff_over = ""  # the role word of a staff line set over the page's first story ('责编：…'): over each, then
        self.new_page = False  # a page header just passed: the next headline opens an article (pages jump only by 下转)
        self.ends: dict[int, int] = {}
        # the table a run of rows is filling: its text is joined once the run ends, its rows kept in a set to find a
        # repeat (each row joined all the rows again and searched them: 8,000 rows took 7 s)
        self.table: Block | None = None
        self.table_rows: dict[int, set[tuple[str, ...]]] = {}
        for line in lines:
            self.ends[line.no] = max(self.ends.get(line.no, 0), line.end)

    _on_dateline = on_dateline  # '2026年3月5日' alone under a headline or a byline (core/date_lines.py)
    # -- the walk -------------------------------------------------------
    def build(self) -> tuple[list[Article], list[Unassigned]]:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if line.kind != "table":
                self._join_table()
            if line.kind == "heading":
                i = self._heading_run(i)
                self.new_page = False
                continue
            self.at = i
            getattr(self, f"_on_{line.kind}")(line)
            self.new_page = line.kind == "section" or (self.new_page and line.kind in ("editor", "furniture", "masthead"))
            i += 1
        self._join_table()
        self.unassigned.extend(self.pending)
        return self._finish()

    def _on_masthead(self, line: Line) -> None:
        self.unassigned.append(line)

    def _on_section(self, line: Line) -> None:
        """A page header or page line from the rendition pass: the section of what follows."""
        draft = self.current
        if draft is not None and not draft.article.blocks and not draft.byline and page_titles.names_a_page(draft.article.title):
            self._drop_current_to_unassigned()  # '【剪报】株洲日报 A02 要闻' over the page's masthead: the export's title
        if line.text:
            self.section, self.editor = line.text, line.editor
            if self.current is not None and (self.current.empty or not self.current.article.blocks and not self.current.article.section):
                self.current.article.section = line.text  # '版次：A03 城事' under '标题：…': the page of the headline above
        self.unassigned.append(line)

    def _on_rule(self, line: Line) -> None:
        """A rule printed between small ads ends the one above: what follows is another."""
        self.unassigned.append(line)
        self._close()

    def _next_kind(self) -> str:
        return self.lines[self.at + 1].kind if self.at + 1 < len(self.lines) else ""

    def _on_subhead(self, line: Line) -> None:
        nxt = self.lines[self.at + 1] if self.at + 1 < len(self.lines) else None
        if nxt is not None and nxt.kind == "caption" and photo_news.opens_photo(self.current, nxt.text, self._credited_below(nxt)):
            self._new_article(line, title=line.text)  # '**初冬采橘忙**' over a news photo's caption: the photo's title
            return
        draft = self.current or self._new_article(line, title="")
        self._add_subheading(draft, [line])

    def _on_furniture(self, line: Line) -> None:
        self.unassigned.append(line)

    def _on_editor(self, line: Line) -> None:
        draft = self.current
        heads = self._next_kind() == "heading"
        if draft is None or draft.last_text_block() is None:
            self.staff_over = self.staff_over or (_role(line.text) if heads else "")
        elif heads and self.staff_over and _role(line.text) == self.staff_over:
            self._close()  # the page set its first staff line over its story: each one heads the story under it
        if self.current is not None and draft.last_text_block() is not None and not self.new_page:
            draft.article.editor = line.editor or draft.article.editor  # '编辑：吴某' after the body signs off its article
            draft.lines.append(line.no)
            self._close()
            return
        self.editor = line.editor
        self.pending.append(line)

    def _on_marker(self, line: Line) -> None:
        if self.current and self.current.empty and self.current.article.continued_from:
            self._drop_current_to_unassigned()
        titled = self.current is not None and self.current.article.title and not self.current.article.blocks and not self.current.byline
        draft = self.current if titled else self._new_article(line, title="")  # a continued page repeats its headline over '（上接A01版）'
        draft.lines.extend([line.no] if titled else [])
        draft.article.continued_from = line.marker
        if line.text:
            self._add_block(draft, "p", line.text, line)

    def _on_byline(self, line: Line) -> None:
        if self.current is not None and self.current.last_text_block() is not None and _over_headline(self.lines, self.at):
            self._close()  # '本报评论员' over '为孩子们办好事办实事': the next piece's signature, set above its title
        draft = self.current or self._new_article(line, title="")
        draft.byline.extend(line.byline)
        draft.own_byline = not line.forced  # an e-paper meta line is not a printed feature byline
        draft.photo_first = draft.photo_first or (bool(line.byline.photographers) and draft.last_text_block() is None)
        draft.opinion = draft.opinion or "评论员" in line.text
        draft.columnist = draft.columnist or is_columnist(line.text)
        draft.contributed = words_mark(line.text) and not (_STAFF_ROLE.search(line.text) or line.byline.photographers)  # 文/图: a photo story
        draft.roleless = not (line.forced or _STAFF_ROLE.search(line.text) or line.text.endswith("报道") or line.byline.photographers or line.byline.correspondents)
        self._credits_pictures(draft, line.byline)
        draft.lines.append(line.no)

    def _on_credit(self, line: Line) -> None:
        draft = self.current or self._new_article(line, title="")
        draft.byline.extend(line.byline)
        draft.wire_photo = draft.wire_photo or wire_credits.wire_photo(line.text)
        if draft.last_text_block() is None:
            self._credits_pictures(draft, draft.byline)  # '文/记者 冉某' over '图/记者 鲍某': the two credits of a photo story
        draft.lines.append(line.no)

    def _on_caption(self, line: Line) -> None:
        titled = photo_news.titled_scene(line.text)
        if photo_news.opens_photo(self.current, titled[1] if titled else line.text, self._credited_below(line)):
            self._close()  # '5月12日，…。' and its credit after a story: a news photo of its own (core/photo_news.py)
        title = ""
        if titled and self.current is None:
            title, line.text = titled  # '春耕备耕忙 3月1日，…': the photo's title run into its caption
        draft = self.current or self._new_article(line, title=title)
        if line.byline:
            draft.byline.extend(line.byline)
        last = draft.article.blocks[-1] if draft.article.blocks else None
        if last and last.kind == "caption" and not line.block_first:
            last.text += "\n" + line.text
            last.line_end = max(last.line_end, line.end)
            draft.lines.append(line.no)
        else:
            self._add_block(draft, "caption", line.text, line)

    def _credited_below(self, line: Line) -> list[str]:
        """The photographers of a caption: on its own line, or on the credit line right under it."""
        if line.byline:
            return list(line.byline.photographers)
        nxt = self.lines[self.at + 1] if self.at + 1 < len(self.lines) else None
        return list(nxt.byline.photographers) if nxt is not None and nxt.kind == "credit" and nxt.byline else []

    def _on_item(self, line: Line) -> None:
        draft = self.current or self._new_article(line, title="")
        if self._join_broken(draft, line):
            return
        self._add_block(draft, "item", line.text, line)

    def _on_table(self, line: Line) -> None:
        draft = self.current
        if is_table_separator(line):
            if draft:
                draft.lines.append(line.no)
            else:
                self.unassigned.append(line)
            return
        cells = line.cells
        single = len([c for c in cells if c]) == 1
        last = draft.article.blocks[-1] if draft and draft.article.blocks else None
        in_table = last is not None and last.kind == "table"
        waiting = draft is not None and draft.article.title and not draft.article.blocks and not draft.byline  # a title over its table
        if single and not in_table and heading_like(cells[0]) and not waiting:
            self._join_table()
            draft = self._new_article(line, title=cells[0])
            draft.article.type = "table"
            return
        if last is not self.table:
            self._join_table()
        if draft is None:
            draft = self._new_article(line, title="")
        if not in_table:
            last = self._add_block(draft, "table", "", line)
            last.rows = []
        seen = self.table_rows.setdefault(id(last), set())
        if tuple(cells) in seen:
            self.warnings.append(f"第 {line.no} 行与表格中已有一行重复，已去重 / Line {line.no} repeats a table row; kept once.")
        else:
            seen.add(tuple(cells))
            last.rows.append(cells)
        self.table = last
        last.line_end = max(last.line_end, line.end)
        draft.lines.append(line.no)

    def _join_table(self) -> None:
        """The text of the table the last rows filled: its rows joined by tabs and newlines."""
        if self.table is not None:
            self.table.text = "\n".join("\t".join(r) for r in self.table.rows)
            self.table = None

    def _on_p(self, line: Line) -> None:
        if not line.lead and line.text[:1] in INLINE_NOTICE_FIRST and (m := INLINE_NOTICE.match(line.text) or INLINE_AD.match(line.text)
                                                                       or INLINE_NOTICE.match(line.raw.strip())):
            draft = self._new_article(line, title=m.group(1))  # '遗失声明：某某遗失…，声明作废。': a notice on one line
            self._add_block(draft, "p", m.group(2) if m.string == line.text else line.text[len(m.group(1)):].strip(), line)
            return
        draft = self.current
        text = line.text
        if line.lead and line.lead.byline and not line.lead.rest and draft is not None:
            self._closing_credit(draft, line)  # '（记者 谭某某）' alone: the byline of the article it closes
            return
        if line.lead:
            if draft is None or (draft.has_lead and draft.last_text_block() is not None) or classified(draft):
                draft = self._new_article(line, title="")
            draft.has_lead = True
            draft.byline.extend(line.lead.byline)
            text = line.lead.rest or text
            if line.lead.dateline and not draft.article.dateline:
                draft.article.dateline = line.lead.dateline
                self.datelines.append((line.lead.dateline, line.lead.lunar))
            if not (line.lead.rest or line.lead.byline or line.lead.dateline):
                draft.lines.append(line.no)  # '本报讯' alone over '（记者 甘某某）' and the text: the lead's outlet, no paragraph
                return
        elif draft is None or (stray_ads.is_stray_ad(text) and (
            stray_ads.stands_apart(draft.article.blocks, draft.has_lead, bool(draft.article.dateline)) or signed_off(draft) or ends_with_contact(draft)
        )) or (ends_with_contact(draft) and stray_ads.is_contact_ad(text)) or (
            stray_ads.opens_with_kind(text) and (signed_off(draft) or ends_with_contact(draft))  # '招聘：…' after a notice's date
        ):
            draft = self._new_article(line, title="")  # '某某开锁　24小时上门　电话：…' after a report: an ad of its own
        elif not draft.article.dateline and draft.own_byline and (draft.last_text_block() is None or _noted_only(draft)):
            dateline, lunar = find_dateline(text)
            if dateline:
                draft.article.dateline = dateline
                self.datelines.append((dateline, lunar))
        if line.byline:
            draft.byline.extend(line.byline)  # a closing '（记者 谭某某）'
        if not line.lead and self._join_broken(draft, line):
            return
        self._add_block(draft, "p", text, line)

    def _closing_credit(self, draft: Draft, line: Line) -> None:
        """'（记者 谭某某）' alone after the text closes it; over the text it is the article's own byline in brackets."""
        draft.byline.extend(line.lead.byline)
        if draft.last_text_block() is None:
            draft.own_byline = True  # '（文/记者 冉某 图/通讯员 鲍某）' under the headline: a byline, not a news lead
            self._credits_pictures(draft, line.lead.byline)
        elif not draft.has_lead and line.lead.byline.reporters:
            draft.signed_after = True  # the story's reporter signs it at its end (core/type_rules.py)
            draft.columnist = draft.columnist or pen_names.name_of(line.text) is not None  # '（晓  明）': a pen name, no role
            draft.contributed = draft.contributed or pen_names.placed_name(line.text) is not None  # '（株洲县 易国平）': a reader
        draft.closed = draft.last_text_block() is not None
        draft.lines.append(line.no)

    @staticmethod
    def _credits_pictures(draft: Draft, byline) -> None:
        """The credit names a photographer apart from the writers ('文/记者 汤某 图/记者 谭某'): core/picture_sets.py."""
        writers, photographers = {*byline.reporters, *byline.correspondents}, set(byline.photographers)
        draft.pictures_credited = draft.pictures_credited or bool(writers and photographers and photographers - writers)

    # -- blocks -------------------------------------------------------------
    def _add_block(self, draft: Draft, kind: str, text: str, line: Line) -> Block:
        block = Block(kind, text, line.no, line.end)
        draft.article.blocks.append(block)
        draft.closed = False
        draft.lines.append(line.no)
        return block

    def _join_broken(self, draft: Draft, line: Line) -> bool:
        """Join a sentence the dump broke across a blank line (or a photo)."""
        last = draft.last_text_block()
        if last is None or (not draft.join_next and (last.kind == "item" or line.kind == "item")):
            return False  # a list item is never glued to its neighbours
        if len(last.text) + len(line.text) > MAX_JOINED_CHARS:
            return False  # no paragraph is this long: each join scanned the whole block again (quadratic)
        if self.contacts.found(last) or CONTACT.search(line.text) or DOC_NUMBER.match(last.text) or SECTION_HEAD.match(last.text):
            return False  # address and phone lines, a notice's document number, a section head ('一、项目概况'), stand alone
        if draft.join_next or (line.gap >= 1 and not line.verse and unterminated(last.text) and continues(line.text)):
            draft.join_next = False
            last.text += line.text
            last.line_end = max(last.line_end, line.end)
            draft.lines.append(line.no)
            return True
        return False

    # -- articles -----------------------------------------------------------
    def _new_article(self, line: Line, title: str) -> Draft:
        self._close()
        article = Article(title=title, section=self.section, editor=self.editor)
        draft = Draft(article)
        draft.lines.extend(p.no for p in self.pending)
        draft.lines.append(line.no)
        self.pending = []
        self.current = draft
        self.drafts.append(draft)
        return draft

    def _close(self) -> None:
        self.current = None

    def _drop_current_to_unassigned(self) -> None:
        draft = self.drafts.pop()
        for no in draft.lines:
            self.unassigned.append(next(line for line in self.lines if line.no == no))
        self.current = None

    def _finish(self) -> tuple[list[Article], list[Unassigned]]:
        articles = []
        footnotes.gather(self.drafts)  # '[^1]: …' at a note app's page foot: the end of the article that marks it
        for draft in self.drafts:
            article = draft.article
            self._dedupe(article)
            article.reporters = list(draft.byline.reporters)
            article.correspondents = list(draft.byline.correspondents)
            article.photographers = list(draft.byline.photographers)
            article.line_start = min(draft.lines)
            article.line_end = max(self.ends.get(no, no) for no in draft.lines)
            article.type = article_type(draft)
            articles.append(article)
        unassigned = [
            Unassigned(line.raw.strip() or line.text, line.no, line.end)
            for line in sorted(self.unassigned, key=lambda l: l.no)
        ]
        return articles, merge_unassigned(unassigned)

    def _dedupe(self, article: Article) -> None:
        seen: dict[str, int] = {}
        kept = []
        for block in article.blocks:
            key = block.text
            if block.kind in ("p", "item") and len(key) >= 8 and key in seen:
                self.warnings.append(
                    f"第 {block.line_start} 行的段落与第 {seen[key]} 行重复，已去重 / "
                    f"The paragraph on line {block.line_start} repeats line {seen[key]}; kept once."
                )
                continue
            seen.setdefault(key, block.line_start)
            kept.append(block)
        article.blocks = kept


# the paper's commentator signs above the title on older pages ('本报评论员' / '为孩子们办好事办实事')
_COMMENTATOR = re.compile(r"^(?:本报|株洲日报|本报特约|特约)?评论员$")


def _noted_only(draft: Draft) -> bool:
    """Under the byline so far only the editor's note ('编者按：…本报今起推出…系列报道'): the story's own first
    paragraph, which may open on its date, is still to come."""
    blocks = draft.article.blocks
    return len(blocks) == 1 and blocks[0].kind == "p" and bool(EDITORS_NOTE.match(blocks[0].text))


def _role(text: str) -> str:
    """The first word of a staff line ('责编' in '责编：易　丹　审核：陈国平'): lines of one form credit alike."""
    return text.strip().lstrip("【[").split("：")[0].split(":")[0].split()[0] if text.strip() else ""


def _over_headline(lines: list[Line], i: int) -> bool:
    """A commentator's signature line right over a headline: it opens the piece below, not the one above."""
    return (_COMMENTATOR.match("".join(lines[i].text.split())) is not None
            and i + 1 < len(lines) and lines[i + 1].kind == "heading")
