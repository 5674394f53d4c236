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
from dataclasses import dataclass, field
from pathlib import Path

from . import box_dress
from .type_rules import AD_WORDS, GREETING, NOTICE_WORDS, article_type
from .bylines import Byline, find_dateline, is_columnist, words_mark
from .dates import find_date, masthead_date
from .decode import decode
from .headline_rules import SUBHEAD_STYLE as _SUBHEAD_STYLE, after_short_report, brief_after_brief, editors_note_only, kicker_over_title, labelled_note_only, opens_dated_report
from .notice_lines import BRACKET_LABEL as _BRACKET_LABEL, BRACKETED as _BRACKETED, BULLET as _BULLET  # noqa: I001
from .notice_lines import DECORATED as _DECORATED, FIELD as _FIELD, SIGNER as _SIGNER
from .notice_lines import INLINE_AD, INLINE_NOTICE, INLINE_NOTICE_FIRST
from .errors import ParseError
from .lines import COLUMN_LABEL, CONTACT, DATE_ONLY, ContactMemo, DOC_NUMBER, HAN, TERMINAL, Line, classify, heading_like, is_table_separator
from .models import Article, Block, Issue, Unassigned
from .renditions import Normalised, line_tails, normalise, ocr_dates, radicals, spaces

__all__ = ["parse_file", "parse_bytes", "parse_text", "ParseError"]

MAX_LINE_WARN = 20_000
_SECTION_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}、[^，。；,;：:]{1,14}$")  # '二、投标人资格要求'
_PAGE_SECTION = re.compile(r"^(?:第?[A-Za-z]?\d{1,2}版|[A-Z]\d{1,2}\b)|^[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,6}$")
# Words a column's name ends on (besides the comment words of `lines.COLUMN_LABEL`): a supplement's or a series' column
_COLUMN_NAME = re.compile(r"(?:夜话|漫谈|闲话|走笔|札记|手记|茶座|副刊|走基层|党课|讲堂|印象|书简|杂记|小记|信箱|问答|人物|故事)$")
_STAFF_ROLE = re.compile(r"记者|通讯员|实习生|评论员|摄影|编辑")
_SPONSOR = re.compile(r"合作伙伴|冠名|赞助|协办单位|支持单位|特约播出")
_COLUMN_LETTER = re.compile(r"^[A-Za-z0-9]\s+\S")
# '【石峰区开通“银发专线”公交】': a dump that frames every headline; the frame is no part of the title
_FRAMED_TITLE = re.compile(r"^[【〔［\[]([^【】〔〕［］\[\]]{2,40})[】〕］\]]$")
_BOX_LABEL = re.compile(r"^[【\[]?(?:相关链接|链接|延伸阅读|相关阅读|背景链接|新闻链接|小贴士|温馨提示|记者手记|记者观察|编后|编后语)[】\]]?[:：]?$")

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
    return parse_bytes(data, path.name)


def parse_bytes(data: bytes, name: str) -> Issue:
    """Decode and parse one dump. Raises ParseError for what is not an issue."""
    decoded = decode(data)
    issue = parse_text(decoded.text, name, encoding=decoded.encoding)
    issue.sha256 = hashlib.sha256(data).hexdigest()
    issue.warnings[:0] = decoded.warnings
    return issue


def parse_text(text: str, name: str, encoding: str = "utf-8") -> Issue:
    """Parse already decoded text (newlines normalised to '\\n')."""
    read, radicals_read = radicals.fold(text)  # '2025年8⽉14⽇' from a PDF font: the ordinary characters
    read, ocr_read = ocr_dates.fold(read)  # '2O25年1O月' from a scan's OCR
    raw_lines = line_tails.clean(spaces.raw_spaces(read.split("\n")))  # blank lines of spaces are blank
    _refuse_overlong_line(raw_lines)
    warnings = [
        f"第 {n} 行很长（{len(s)} 字），可能不是正常的版面文本 / Line {n} is {len(s)} characters long; "
        "the dump may not be a normal page."
        for n, s in enumerate(raw_lines, 1)
        if len(s) > MAX_LINE_WARN
    ]
    normalised = normalise(raw_lines)
    if ocr_read:
        warnings.append(f"已将日期中 {ocr_read} 个形近字母读作数字 / Read {ocr_read} OCR look-alike letter(s) in dates as figures.")
    if radicals_read:
        warnings.append(f"已将 {radicals_read} 个部首字符读作常用汉字 / Read {radicals_read} radical code point(s) as ordinary characters.")
    warnings.extend(normalised.warnings)
    builder = _Builder(classify(normalised.lines), warnings)
    builder.unassigned.extend(_furniture_lines(normalised))
    articles, unassigned = builder.build()
    date = find_date(raw_lines, name, builder.datelines)
    if date.source != "masthead" and normalised.rendition == "markup" and (
        day := masthead_date([line.text for line in normalised.lines])
    ):
        date.date, date.source = day, "masthead"  # a masthead set in tags and entities
    if normalised.date and date.source != "masthead":
        date.date, date.source = normalised.date, "masthead"
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


@dataclass
class _Draft:
    """An article while it is being assembled."""

    article: Article
    lines: list[int] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    own_byline: bool = False  # a byline on its own line: features and reports
    has_lead: bool = False
    join_next: bool = False
    retitled: bool = False
    subheads: int = 0
    opinion: bool = False  # signed by a 评论员: a commentary whatever its column is called
    columnist: bool = False  # signed with a boxed name and no role ('□ 高　远')
    contributed: bool = False  # signed '文/易某某' with no role: a contributor's essay, not a staff report
    title_mark: str = ""  # the box mark its headline wore ('■'): `box_dress.same_dress`

    @property
    def empty(self) -> bool:
        return not self.article.title and not self.article.blocks

    @property
    def feature_like(self) -> bool:
        a = self.article
        return self.own_byline or bool(a.kicker) or a.continued_from is not None or self.subheads > 0

    def last_text_block(self) -> Block | None:
        for block in reversed(self.article.blocks):
            if block.kind in ("p", "item"):
                return block
            if block.kind != "caption":
                return None
        return None


class _Builder:
    """Pass two: walk the classified lines and assemble articles."""

    def __init__(self, lines: list[Line], warnings: list[str]):
        self.lines = lines
        self.md_titles = any(line.md and line.md_level <= 2 for line in lines)  # '#'/'##' headlines: '###' heads a section
        self.warnings = warnings
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.unassigned: list[Line] = []
        self.pending: list[Line] = []  # labels and editor lines waiting for their article
        self.section = ""
        self.editor = ""
        self.datelines: list[tuple[str, str]] = []
        self.contacts = ContactMemo()  # CONTACT on a paragraph that grows by joins (core/lines.py)
        self.new_page = False  # a page header just passed: the next headline opens an article (pages jump only by 下转)
        self.ends: dict[int, int] = {}
        for line in lines:
            self.ends[line.no] = max(self.ends.get(line.no, 0), line.end)

    # -- the walk -------------------------------------------------------
    def build(self) -> tuple[list[Article], list[Unassigned]]:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if line.kind == "heading":
                i = self._heading_run(i)
                self.new_page = False
                continue
            getattr(self, f"_on_{line.kind}")(line)
            self.new_page = line.kind == "section" or (self.new_page and line.kind in ("editor", "furniture", "masthead"))
            i += 1
        self.unassigned.extend(self.pending)
        return self._finish()

    def _on_masthead(self, line: Line) -> None:
        self.unassigned.append(line)

    def _on_section(self, line: Line) -> None:
        """A page header or page line from the rendition pass: the section of what follows."""
        if line.text:
            self.section, self.editor = line.text, line.editor
            if self.current is not None and (self.current.empty or not self.current.article.blocks and not self.current.article.section):
                self.current.article.section = line.text  # '版次：A03 城事' under '标题：…': the page of the headline above
        self.unassigned.append(line)

    def _on_rule(self, line: Line) -> None:
        """A rule printed between small ads ends the one above: what follows is another."""
        self.unassigned.append(line)
        self._close()

    def _on_subhead(self, line: Line) -> None:
        draft = self.current or self._new_article(line, title="")
        self._add_subheading(draft, [line])

    def _on_furniture(self, line: Line) -> None:
        self.unassigned.append(line)

    def _on_editor(self, line: Line) -> None:
        draft = self.current
        if draft is not None and draft.last_text_block() is not None and not self.new_page:
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
        draft = self.current or self._new_article(line, title="")
        draft.byline.extend(line.byline)
        draft.own_byline = not line.forced  # an e-paper meta line is not a printed feature byline
        draft.opinion = draft.opinion or "评论员" in line.text
        draft.columnist = draft.columnist or is_columnist(line.text)
        draft.contributed = words_mark(line.text) and not (_STAFF_ROLE.search(line.text) or line.byline.photographers)  # 文/图: a photo story
        draft.lines.append(line.no)

    def _on_credit(self, line: Line) -> None:
        draft = self.current or self._new_article(line, title="")
        draft.byline.extend(line.byline)
        draft.lines.append(line.no)

    def _on_caption(self, line: Line) -> None:
        draft = self.current or self._new_article(line, title="")
        if line.byline:
            draft.byline.extend(line.byline)
        last = draft.article.blocks[-1] if draft.article.blocks else None
        if last and last.kind == "caption" and not line.block_first:
            last.text += "\n" + line.text
            last.line_end = max(last.line_end, line.end)
            draft.lines.append(line.no)
        else:
            self._add_block(draft, "caption", line.text, line)

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
            draft = self._new_article(line, title=cells[0])
            draft.article.type = "table"
            return
        if draft is None:
            draft = self._new_article(line, title="")
        if not in_table:
            last = self._add_block(draft, "table", "", line)
            last.rows = []
        if cells in last.rows:
            self.warnings.append(f"第 {line.no} 行与表格中已有一行重复，已去重 / Line {line.no} repeats a table row; kept once.")
        else:
            last.rows.append(cells)
        last.text = "\n".join("\t".join(r) for r in last.rows)
        last.line_end = max(last.line_end, line.end)
        draft.lines.append(line.no)

    def _on_p(self, line: Line) -> None:
        if not line.lead and line.text[:1] in INLINE_NOTICE_FIRST and (m := INLINE_NOTICE.match(line.text) or INLINE_AD.match(line.text)):
            draft = self._new_article(line, title=m.group(1))  # '遗失声明：某某遗失…，声明作废。': a notice on one line
            self._add_block(draft, "p", m.group(2), line)
            return
        draft = self.current
        text = line.text
        if line.lead and line.lead.byline and not line.lead.rest and draft is not None:
            self._closing_credit(draft, line)  # '（记者 谭某某）' alone: the byline of the article it closes
            return
        if line.lead:
            if draft is None or (draft.has_lead and draft.last_text_block() is not None) or _classified(draft):
                draft = self._new_article(line, title="")
            draft.has_lead = True
            draft.byline.extend(line.lead.byline)
            text = line.lead.rest or text
            if line.lead.dateline and not draft.article.dateline:
                draft.article.dateline = line.lead.dateline
                self.datelines.append((line.lead.dateline, line.lead.lunar))
        elif draft is None:
            draft = self._new_article(line, title="")
        elif not draft.article.dateline and draft.last_text_block() is None and draft.own_byline:
            dateline, lunar = find_dateline(text)
            if dateline:
                draft.article.dateline = dateline
                self.datelines.append((dateline, lunar))
        if line.byline:
            draft.byline.extend(line.byline)  # a closing '（记者 谭某某）'
        if not line.lead and self._join_broken(draft, line):
            return
        self._add_block(draft, "p", text, line)

    def _closing_credit(self, draft: _Draft, line: Line) -> None:
        draft.byline.extend(line.lead.byline)
        draft.has_lead = draft.has_lead or draft.last_text_block() is None
        draft.lines.append(line.no)

    # -- headlines --------------------------------------------------------
    def _heading_run(self, i: int) -> int:
        """Handle consecutive headline lines starting at i; return the next index."""
        run = [self.lines[i]]
        j = i + 1
        while j < len(self.lines) and self.lines[j].kind == "heading" and not self.lines[j].slot_before:
            if self._demote_list(j):
                break
            run.append(self.lines[j])
            j += 1
        nxt = self.lines[j] if j < len(self.lines) else None
        self._drop_furniture_labels(run)
        while run and self._is_page_section(run[0], run[1] if len(run) > 1 else nxt):
            self._close()
            self.section, self.editor = run[0].text, ""
            self.pending.append(run.pop(0))
        for line in run:
            line.text = _unspaced(line.text)  # '公 示', '招  聘': read as the words they spell
        run = self._keep_notice_lines(run, nxt)
        if run and nxt is not None and self._opens_own_article(run, nxt):
            self._start_headlined(run)
            return j
        if run and nxt is not None and self._heads_a_section(run, nxt):
            self._add_subheading(self.current, run)  # the page marks its headlines higher: this one heads a section
            return j
        if not run:
            return j
        if nxt is None:
            if self.current and not self.current.empty:
                self.unassigned.extend(run)  # a dangling label at the very end
            else:
                self._start_headlined(run)
            return j
        after = self.lines[j + 1] if j + 1 < len(self.lines) else None
        self._place_headline(run, nxt, photo_item=nxt.kind == "p" and after is not None and after.kind == "credit")
        return j

    def _opens_own_article(self, run: list[Line], nxt: Line) -> bool:
        """After an article's text, a headline over a news lead, or a titled photo with its credit, is a new piece.

        Neither is a sub-heading of the article before, whatever that one's style.
        """
        draft = self.current
        if len(run) != 1 or draft is None or draft.last_text_block() is None:
            return False
        marker = _BRACKETED.match(run[0].text) or len(run[0].text) <= 3  # '[组图]' marks the photos of this article
        marker = marker or _sentence_like(run[0].text)  # a sentence broken by the photo, not a title
        return nxt.lead is not None or (nxt.kind == "caption" and nxt.byline is not None and not marker)

    def _heads_a_section(self, run: list[Line], nxt: Line) -> bool:
        """A '###' heading inside an article of a page whose headlines are '#'/'##': a sub-heading.

        Unless what a headline always opens follows (a byline, a lead, a table) or it names a notice or ad.
        """
        draft = self.current
        if not self.md_titles or draft is None or draft.empty or not all(line.md and line.md_level >= 3 for line in run):
            return False
        text = " ".join(line.text for line in run)
        if nxt.kind in ("byline", "table") or nxt.lead is not None or NOTICE_WORDS.search(text) or AD_WORDS.search(text):
            return False
        return not (_ends_with_contact(draft) or _signed_off(draft))

    def _demote_list(self, j: int) -> bool:
        """'招聘以下岗位:' over '◆焊工 15名', '◆电工 4名': a list and its intro are text, not headline lines."""
        lines = self.lines
        if not (lines[j].text[-1] in ":：" and j + 1 < len(lines) and lines[j + 1].kind == "heading" and _BULLET.match(lines[j + 1].text)):
            return False
        lines[j].kind = "p"
        k = j + 1
        while k < len(lines) and lines[k].kind == "heading" and _BULLET.match(lines[k].text):
            lines[k].kind = "item"
            k += 1
        return True

    def _keep_notice_lines(self, run: list[Line], nxt: Line | None) -> list[Line]:
        """Field lines and the signer of an open notice or ad stay in it: never the next headline.

        A signer that is the last line of its run and has body text under it
        may be the next ad's own name, so it heads that one instead.
        """
        draft = self.current
        if draft is None or draft.byline or (not draft.article.blocks and not draft.article.title) or _signed_off(draft):
            return run  # a report with a byline is no notice
        signs_above = (  # '株洲市某某中学', a blank, '债权转让公告': the name signs the article above
            len(run) >= 2 and run[1].gap >= 1 and _SIGNER.search(run[0].text) is not None
            and bool(NOTICE_WORDS.search(run[1].text) or AD_WORDS.search(run[1].text))
        )
        if not (NOTICE_WORDS.search(draft.article.title) or AD_WORDS.search(draft.article.title) or _ends_with_contact(draft) or signs_above):
            return run
        opens_report = nxt is not None and (nxt.lead is not None or nxt.kind == "byline")
        while run:
            line, last = run[0], len(run) == 1
            if last and opens_report:
                break  # '石峰区：老旧小区加装电梯提速' over a lead is the next report's headline
            body_under = last and nxt is not None and nxt.kind == "p" and not DATE_ONLY.match(nxt.text) and not CONTACT.search(nxt.text)
            two_line_title = not last and run[1].gap == 0  # '某某物业公司' over '关于停水的通知': one headline
            signer = len(line.text) <= 30 and _SIGNER.search(line.text) and not body_under and not two_line_title
            if _BULLET.match(line.text):
                self._add_block(draft, "item", line.text, run.pop(0))  # '◆焊工 15名': a job in the list
                continue
            intro = line.text[-1] in ":：" and len(run) > 1 and _BULLET.match(run[1].text)  # '招聘以下岗位:' over its list
            announced = draft.article.blocks and draft.article.blocks[-1].text[-1:] in (":", "：")  # '报名地址：' over it
            exclaims = line.text[-1] in "!！"  # '欢迎新老顾客光临!': the notice's words, never a title
            if not (_FIELD.match(line.text) or signer or intro or announced or exclaims):
                break
            self._add_block(draft, "p", line.text, run.pop(0))
        return run

    def _drop_furniture_labels(self, run: list[Line]) -> None:
        """Sponsor lines and lettered slogans above a headline are page furniture, not sections."""
        sponsor = max((k for k, line in enumerate(run[:-1]) if _SPONSOR.search(line.text)), default=-1)
        for _ in range(sponsor + 1):
            self.unassigned.append(run.pop(0))
        while len(run) > 1 and _COLUMN_LETTER.match(run[0].text):
            self.unassigned.append(run.pop(0))  # 'N 创建更高质量文明城市': a slogan strip

    def _is_page_section(self, line: Line, following: Line | None) -> bool:
        if following is not None and following.kind == "editor":
            return True
        return bool(_PAGE_SECTION.match(line.text))

    def _place_headline(self, run: list[Line], nxt: Line, photo_item: bool = False) -> None:
        """`photo_item`: one paragraph and a photo credit follow (图片新闻), a piece of its own."""
        draft = self.current
        text = " ".join(line.text for line in run)
        opens = nxt.kind in ("byline",) or nxt.lead is not None or (nxt.kind == "p" and nxt.byline is not None) or photo_item or self.new_page
        if len(run) == 1 and (label := box_dress.briefs_label(text)):
            opens, run[0].text = True, label  # '■ 区县简讯': a column of briefs opens a piece of its own
        if draft is not None and (draft.empty or editors_note_only(draft) or labelled_note_only(draft)):
            if draft.article.title:  # '读者来信' over '编者按：…': the column's label, the note the next article's preface
                draft.article.section, draft.article.title = draft.article.title, ""
            self._apply_headline(draft, run)  # an editor's note over the headline belongs to the article it introduces
            return
        if len(run) == 1 and draft is not None and draft.last_text_block() is not None and _BOX_LABEL.match(run[0].text):
            self._add_subheading(draft, run)  # '相关链接' boxes the article's own background
            return
        if len(run) == 1 and draft is not None and draft.feature_like and _SUBHEAD_STYLE.match(run[0].text) and nxt.kind == "p" and not self.new_page and not brief_after_brief(draft, run[0]):
            self._add_subheading(draft, run)  # '保障基本盘: 网底织得更牢,托底更有力量' heads a section
            return
        if len(run) == 1 and _sentence_like(run[0].text) and nxt.kind in ("p", "caption") and nxt.lead is None and not opens_dated_report(run[0], nxt):
            self._on_p(run[0])  # '何恩广指出,党建引领基层治理是' broken before its end; no sentence goes on with '2月9日，…'
            return
        ad_under = draft is not None and AD_WORDS.search(text) and (not draft.feature_like or "广告" in text or len(text) <= 6 or _gives_contact(nxt))
        if draft is None or opens or nxt.kind == "table" or NOTICE_WORDS.search(text) or GREETING.search(text) or _ends_with_contact(draft) or _signed_off(draft) or ad_under:
            self._start_headlined(run)
            return
        if len(run) == 1 and self._interrupts_sentence(draft, nxt):
            if self._can_retitle(draft):
                self._retitle(draft, run[0])
            else:
                self._add_subheading(draft, run)
            return
        if any(line.md and line.md_level <= 2 for line in run):
            self._start_headlined(run)  # "#"/"##" mark the page's headlines; "###" sub-headings
            return
        if len(run) == 1 and (opens_dated_report(run[0], nxt) or after_short_report(draft, run[0], nxt)) and draft.last_text_block() is not None:
            self._start_headlined(run)  # '我市发布春季森林防火预警' over '3月6日，市林业局…': the next report, not a sub-heading
            return
        brief = brief_after_brief(draft, run[0])
        if len(run) == 1 and (
            (draft.feature_like and not brief)
            or (_SUBHEAD_STYLE.match(run[0].text) and not brief)
            or (not draft.byline and draft.last_text_block() is not None and nxt.kind == "p" and nxt.lead is None and not brief)
        ):
            self._add_subheading(draft, run)
            return
        self._start_headlined(run)

    def _can_retitle(self, draft: _Draft) -> bool:
        """A column name printed as the headline, the real title set mid-text (天台快评)."""
        a = draft.article
        return not draft.byline and not draft.retitled and len(a.title) <= 6 and len(a.blocks) <= 3

    def _retitle(self, draft: _Draft, line: Line) -> None:
        article = draft.article
        article.section = article.title or article.section
        article.title = line.text
        draft.lines.append(line.no)
        draft.join_next = draft.retitled = True

    def _interrupts_sentence(self, draft: _Draft, nxt: Line) -> bool:
        """A headline placed by the layout in the middle of a broken sentence."""
        last = draft.last_text_block()
        return (
            last is not None
            and last is draft.article.blocks[-1]
            and _unterminated(last.text)
            and len(last.text) >= 20
            and any(ch in last.text for ch in ",，")
            and HAN.match(last.text[-1]) is not None
            and nxt.kind == "p"
            and nxt.lead is None
        )

    def _add_subheading(self, draft: _Draft, run: list[Line]) -> None:
        for line in run:
            self._add_block(draft, "heading", line.text, line)
        draft.subheads += 1

    def _start_headlined(self, run: list[Line]) -> None:
        moved = self._take_split_headline(run)
        draft = self._new_article(moved[0] if moved else run[0], title="")
        for line in moved:
            draft.lines.append(line.no)
        self._apply_headline(draft, run, moved)

    def _take_split_headline(self, run: list[Line]) -> list[Line]:
        """A headline printed split (end of the last article) and then joined: keep it once."""
        draft = self.current
        if draft is None or len(run) != 1:
            return []
        target = _norm(run[0].text)
        blocks = draft.article.blocks
        for k in (2, 3, 1):
            tail = blocks[-k:] if len(blocks) >= k else []
            if tail and all(b.kind == "p" and heading_like(b.text) for b in tail) and _norm("".join(b.text for b in tail)) == target:
                del blocks[-k:]
                nos = [b.line_start for b in tail]
                draft.lines = [n for n in draft.lines if n not in nos]
                if not draft.lines:  # the article was nothing but the split headline
                    self.drafts.remove(draft)
                    self.current = None
                self.warnings.append(
                    f"第 {nos[0]} 行的标题重复印刷，已合并 / The headline on line {nos[0]} was printed twice; kept once."
                )
                return [Line(b.line_start, b.text, kind="heading") for b in tail]
        return []

    def _apply_headline(self, draft: _Draft, run: list[Line], split: list[Line] | None = None) -> None:
        article = draft.article
        labels, head = _split_labels(run)
        raised = labels if self._label_is_kicker(labels, head) else []
        labels = [line for line in labels if line not in raised]
        if labels:
            article.section = box_dress.undecorated(" ".join(line.text for line in labels))
        kicker = [line for line in head if line.text.startswith("——")]
        head = split or [line for line in head if line not in kicker]
        kicker = raised + kicker
        md = [line for line in head if line.md]
        title_line = min(md, key=lambda line: line.md_level) if md else (head[0] if head else None)
        if md and not split:
            above = [line for line in head[: head.index(title_line)] if line.md and line.md_level > title_line.md_level]
            kicker = above + kicker  # '#### 一季度重点产业观察' over '## 标题': the kicker (引题) of a higher-ranked title
            head = [line for line in head if line not in above]
        if not md and not split and len(head) == 2 and kicker_over_title(head[0], head[1], bool(kicker)):
            kicker = [head[0], *kicker]  # '聚焦优化营商环境' over '我市推行企业开办“一日办结”': the 引题 over the title
            head = head[1:]
            title_line = head[0]
        article.kicker = " ".join(line.text for line in kicker)
        if title_line is not None:
            rest = [line.text for line in head if line is not title_line]
            article.title, draft.title_mark = box_dress.undress(_unspaced(title_line.text))
            if m := _BRACKET_LABEL.match(article.title):
                article.section, article.title = m.group(1) or m.group(2), m.group(3)
            elif m := _BRACKETED.match(article.title) or _DECORATED.match(article.title) or _FRAMED_TITLE.match(article.title):
                article.title = m.group(1)
            article.subtitle = " ".join(rest)
        draft.lines.extend(line.no for line in run)

    def _label_is_kicker(self, labels: list[Line], head: list[Line]) -> bool:
        """A short line over the title is its kicker (引题), not the section, when the context names the section already.

        Under a page line ('第B02版：渌口新闻') the page is named, so '迎峰度夏' right
        above the title introduces it; over a title with a '——' deck it is the top
        of a three-part headline. A column's name ('株洲时评') or a page code stays the section.
        """
        if len(labels) != 1:
            return False
        text = labels[0].text.replace(" ", "")
        if len(text) > 6 or text[-1] in ":：" or _PAGE_SECTION.match(text) or _BRACKET_LABEL.match(text) or _BRACKETED.match(text):
            return False  # '醴陵：' tags the place; 'A3·城事' names the page
        if COLUMN_LABEL.match(text) or _COLUMN_NAME.search(text):
            return False  # '株洲时评', '湘江夜话': a column's name
        deck = any(line.text.startswith("——") for line in head)
        return deck or (self.new_page and bool(self.section))

    # -- blocks -------------------------------------------------------------
    def _add_block(self, draft: _Draft, kind: str, text: str, line: Line) -> Block:
        block = Block(kind, text, line.no, line.end)
        draft.article.blocks.append(block)
        draft.lines.append(line.no)
        return block

    def _join_broken(self, draft: _Draft, line: Line) -> bool:
        """Join a sentence the dump broke across a blank line (or a photo)."""
        last = draft.last_text_block()
        if last is None or (not draft.join_next and (last.kind == "item" or line.kind == "item")):
            return False  # a list item is never glued to its neighbours
        if len(last.text) + len(line.text) > MAX_JOINED_CHARS:
            return False  # no paragraph is this long: each join scanned the whole block again (quadratic)
        if self.contacts.found(last) or CONTACT.search(line.text) or DOC_NUMBER.match(last.text) or _SECTION_HEAD.match(last.text):
            return False  # address and phone lines, a notice's document number, a section head ('一、项目概况'), stand alone
        if draft.join_next or (line.gap >= 1 and not line.verse and _unterminated(last.text) and _continues(line.text)):
            draft.join_next = False
            last.text += line.text
            last.line_end = max(last.line_end, line.end)
            draft.lines.append(line.no)
            return True
        return False

    # -- articles -----------------------------------------------------------
    def _new_article(self, line: Line, title: str) -> _Draft:
        self._close()
        article = Article(title=title, section=self.section, editor=self.editor)
        draft = _Draft(article)
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
        return articles, _merge_unassigned(unassigned)

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


def _signed_off(draft: _Draft) -> bool:
    """A notice that ended on its date line, 特此公告 or its signer is finished: a headline after it opens a new article."""
    last = draft.article.blocks[-1] if draft.article.blocks else None
    if last is None or last.kind != "p":
        return False
    if DATE_ONLY.match(last.text) or last.text.startswith("特此"):
        return True
    signer = len(last.text) <= 30 and _SIGNER.search(last.text) is not None and len(draft.article.blocks) > 1
    return signer and bool(NOTICE_WORDS.search(draft.article.title) or AD_WORDS.search(draft.article.title))


def _ends_with_contact(draft: _Draft) -> bool:
    """An address or phone line closes its ad: what follows is the next article."""
    last = draft.last_text_block()
    if last is None or last is not draft.article.blocks[-1] or last.text.rstrip()[-1:] in (":", "："):
        return False  # '报名地址：' announces the address on the next line: the ad goes on
    if _BARE_ADDRESS.match(last.text):
        return False  # a feed item's link (renditions/feeds.py), no label before it: not an ad's contact line
    return bool(CONTACT.search(last.text))


_BARE_ADDRESS = re.compile(r"^\s*https?://\S+\s*$")


def _gives_contact(line: Line) -> bool:
    """A paragraph with a phone or an address: an ad's text, not a feature's next section ('暑期学车优惠季' over '…报名电话：…')."""
    return line.kind == "p" and bool(CONTACT.search(line.text))


def _classified(draft: _Draft) -> bool:
    """A notice or small ad with text: a news lead after it ('株洲日报讯（记者…）') opens the next report."""
    title = draft.article.title
    return not draft.byline and draft.last_text_block() is not None and bool(NOTICE_WORDS.search(title) or AD_WORDS.search(title))


def _split_labels(run: list[Line]) -> tuple[list[Line], list[Line]]:
    """Column labels (新春走基层, 学习微党课, N 创建…) stand above the headline."""
    last_label = -1
    for k, line in enumerate(run[:-1]):
        following = run[k + 1]
        if line.text.startswith("——") or following.text.startswith("——"):
            break  # the line over a '——' deck is the title ('石峰区：老工业基地焕新颜'), never a label
        bare = line.text.replace(" ", "")
        parts = line.text.split()
        if (
            (len(bare) <= 6 and len(following.text.replace(" ", "")) > len(bare) and not following.text.startswith("——"))
            or (len(parts) >= 3 and all(len(p) <= 4 for p in parts))
            or _COLUMN_LETTER.match(line.text)
            or re.match(r"^[^:：]{2,8}[:：]", line.text)
        ):
            last_label = k
    return run[: last_label + 1], run[last_label + 1 :]


def _unspaced(title: str) -> str:
    """'减 资 公 告', a title set out letter by letter, reads '减资公告'."""
    if " " not in title:
        return title
    parts = title.split()
    return "".join(parts) if len(parts) >= 2 and all(len(p) == 1 and HAN.match(p) for p in parts) else title


def _sentence_like(text: str) -> bool:
    """A comma and an open end: the start of a broken sentence, not a headline."""
    return any(ch in text for ch in ",，") and _unterminated(text) and len(text) >= 12


def _unterminated(text: str) -> bool:
    """Ends mid-sentence: on a character or a comma, not on 。！？”：…"""
    text = text.rstrip()
    if not text or text[-1] in TERMINAL or text[-1] in ":：":
        return False
    if not (text[-1].isalnum() or text[-1] in ",，、"):
        return False
    return len(text) >= 8 or any(ch in text for ch in ",，、")


def _continues(text: str) -> bool:
    """The start of a line that could carry on a broken sentence."""
    return bool(text) and not text.startswith(("——", "●", "■", "◆")) and not DATE_ONLY.match(text)


def _norm(text: str) -> str:
    return "".join(text.split())


def _merge_unassigned(items: list[Unassigned]) -> list[Unassigned]:
    merged: list[Unassigned] = []
    for item in items:
        if merged and item.line_start - merged[-1].line_end <= 2:
            merged[-1].text += "\n" + item.text
            merged[-1].line_end = max(merged[-1].line_end, item.line_end)  # an item may span lines past the next
        else:
            merged.append(item)
    return merged
