"""Pass two's headlines: a run of headline lines opens an article, heads a section, titles a notice or is a sub-heading.

`HeadlineRuns` is the half of core/parse.py's builder that reads a run of
consecutive headline lines with what comes after it (kickers and decks,
column labels, framed and split titles, notices and ads, photo items) and
places it; the builder supplies the state it reads (`lines`, `current`,
`section`, `new_page`, `pending`) and the steps it takes (`_new_article`,
`_close`, `_add_block`).
"""

from __future__ import annotations

import re

from . import box_dress, dialogue, pen_names
from .article_draft import COLUMN_LETTER, Draft, ends_with_contact, gives_contact, norm, sentence_like, signed_off, split_labels, unspaced, unterminated
from .broken_titles import broken_in_two, subject_then_modal
from .credit_lines import PICTURES_MARK
from .headline_rules import SUBHEAD_STYLE as _SUBHEAD_STYLE, after_short_report, brief_after_brief, campaign_words, editors_note_only, kicker_over_title, has_content, labelled_note_only, narrow_title, opens_dated_report, place_over_title, place_tag, report_after_report, take_closing_note
from .lines import COLUMN_LABEL, CONTACT, DATE_ONLY, HAN, Line, heading_like
from .continued_text import carried_over
from .letter_signers import is_letter_signer, opens_letter
from .signer_heads import cosigned, every_line_parted, issuer_below, signed_and_dated
from .notice_lines import BRACKET_LABEL as _BRACKET_LABEL, BRACKETED as _BRACKETED, BULLET as _BULLET  # noqa: I001
from .notice_lines import DECORATED as _DECORATED, FIELD as _FIELD, SIGNER as _SIGNER
from .three_line_heads import kicker_of_three
from .type_rules import AD_WORDS, GREETING, NOTICE_WORDS, commentary_headline

SECTION_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}、[^，。；,;：:]{1,14}$")  # '二、投标人资格要求'
_PAGE_CODE = re.compile(r"^(?:第?[A-Za-z]?\d{1,2}版?|第[一二三四五六七八九十]{1,3}版)$")  # 'A03', '第3版', '第二版' alone
_PAGE_SECTION = re.compile(r"^(?:第?[A-Za-z]?\d{1,2}版|[A-Z]\d{1,2}\b)|^[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,6}$")
# Words a column's name ends on (besides the comment words of `lines.COLUMN_LABEL`): a supplement's or a series' column
_COLUMN_NAME = re.compile(r"(?:夜话|漫谈|闲话|走笔|札记|手记|茶座|副刊|走基层|党课|讲堂|印象|书简|杂记|小记|信箱|问答|人物|故事)$")
_SPONSOR = re.compile(r"合作伙伴|冠名|赞助|协办单位|支持单位|特约播出")
# '首届合作伙伴：兴业银行': a sponsor's credit, its label and a colon (a headline may name a sponsor, never so)
_SPONSOR_CREDIT = re.compile(r"^[^，。：:,]{0,6}(?:合作伙伴|冠名(?:商|单位)?|赞助(?:商|单位)?|协办单位|支持单位|特约播出)\s*[：:]")
# '【石峰区开通“银发专线”公交】': a dump that frames every headline; the frame is no part of the title
_FRAMED_TITLE = re.compile(r"^[【〔［\[]([^【】〔〕［］\[\]]{2,40})[】〕］\]]$")
_BOX_LABEL = re.compile(r"^[【\[]?(?:相关链接|链接|延伸阅读|相关阅读|背景链接|新闻链接|小贴士|温馨提示|记者手记|记者观察|编后|编后语)[】\]]?[:：]?$")
# a background box's label over the box's own title ('链接' / '什么是“口袋公园”'): the story's sidebar, while a
# reporter's notes or an afterword under a title of its own ('记者手记' / '小站点连着大市场') is a piece of its own
_BACKGROUND_LABEL = re.compile(r"^[■□●◆【\[]?\s*(?:相关链接|链接|背景链接|新闻链接|知识链接|小贴士|温馨提示|延伸阅读|背景)[】\]]?[:：]?$")
_PAGE_BREAKS = ("heading", "section", "editor", "masthead", "rule")  # what closes a caption and its credit: the next piece or the page


class HeadlineRuns:
    """The builder's headline half (core/parse.py `_Builder` inherits it)."""

    def _heading_run(self, i: int) -> int:
        """Handle consecutive headline lines starting at i; return the next index."""
        if carried_over(self.lines, i):
            self.lines[i].kind = "p"  # '（上接A01版）' over '市工信局相关负责人表示，下一步将围绕': the story's text goes on
            self._on_p(self.lines[i])
            return i + 1
        run = [self.lines[i]]
        j = i + 1
        while j < len(self.lines) and self.lines[j].kind == "heading" and not self.lines[j].slot_before:
            if self._demote_list(j):
                break
            run.append(self.lines[j])
            j += 1
        nxt = self.lines[j] if j < len(self.lines) else None
        run = self._without_repeat(run)
        self._drop_furniture_labels(run, nxt)
        named = i > 0 and self.lines[i - 1].kind == "section" and bool(_PAGE_CODE.match(self.lines[i - 1].text.strip()))
        if named and len(run) > 1 and 2 <= len(run[0].text.replace(" ", "")) <= 4 and not run[0].text.startswith("——"):
            run[0].text = run[0].text.replace(" ", "")  # 'A03' over '城事': the page's code, then its name
            self._close()
            self.section, self.editor = run[0].text, ""
            self.pending.append(run.pop(0))
        while run and self._is_page_section(run[0], run[1] if len(run) > 1 else nxt):
            self._close()
            self.section, self.editor = run[0].text, ""
            self.pending.append(run.pop(0))
        for line in run:
            line.text = unspaced(line.text)  # '公 示', '招  聘': read as the words they spell
        run = self._keep_notice_lines(run, nxt, self.lines[j + 1] if j + 1 < len(self.lines) else None)
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
        self.ahead = self._paragraph_ahead(j)
        self.ahead_signed = signer_apart(self.ahead, self.lines[j + len(self.ahead):j + len(self.ahead) + 1])
        if issuer := issuer_below(self.lines, j, self.ahead):
            self.ahead = [*self.ahead, issuer]  # read as with blank lines, where the issuer's name is the text's last line
        self.signed_below = self._signed_below(j)
        beyond = self.lines[j + 2] if j + 2 < len(self.lines) else None  # a caption and its credit that close before a headline: a piece
        photo_item = (nxt.kind == "p" or (nxt.kind == "caption" and (self._photo_piece() or beyond is None or beyond.kind in _PAGE_BREAKS))) and after is not None and after.kind == "credit"
        self._place_headline(run, nxt, photo_item=photo_item)
        return j

    def _photo_piece(self) -> bool:
        """The open article is a titled photo and its caption (图片新闻): a titled caption under it is the next one."""
        draft = self.current
        blocks = draft.article.blocks if draft is not None else []
        return bool(blocks) and all(b.kind == "caption" for b in blocks) and bool(draft.byline.photographers or draft.wire_photo)

    def _signed_below(self, j: int) -> list[str]:
        """Who signs the text from `j` at its end, before the next headline: a closing credit or a bare pen name."""
        k = j
        while k < len(self.lines) and self.lines[k].kind == "p":
            k += 1
        if k - 1 > j:
            return pen_names.signed_names(self.lines[k - 1])
        one = self.lines[j] if k - 1 == j else None  # one paragraph closed by its credit: '…忙着采摘。（通讯员 李斌）'
        return pen_names.signed_names(one) if one is not None and one.text and not one.lead else []

    def _signed_by_another(self, draft: Draft) -> bool:
        """The article so far is signed, and the text under this headline is signed at its end by someone else."""
        signed = {*draft.byline.reporters, *draft.byline.correspondents}
        return bool(signed and self.signed_below and not set(self.signed_below) & signed)

    def _paragraph_ahead(self, j: int, most: int = 6) -> list[str]:
        """The text lines from `j` up to the next line of another kind: a PDF paragraph not yet joined."""
        out = []
        for line in self.lines[j:j + most]:
            if line.kind != "p":
                break
            out.append(line.text)
        return out

    def _opens_own_article(self, run: list[Line], nxt: Line) -> bool:
        """After an article's text, a headline over a news lead, an opinion's ('…有感') or a titled photo with its credit is a new piece.

        Neither is a sub-heading of the article before, whatever that one's style.
        """
        draft = self.current
        if len(run) != 1 or draft is None or not has_content(draft):
            return False
        marker = _BRACKETED.match(run[0].text) or len(run[0].text) <= 3  # '[组图]' marks the photos of this article
        marker = marker or sentence_like(run[0].text)  # a sentence broken by the photo, not a title
        if draft.closed and not marker:
            return True  # '（通讯员 谢某 记者 钟某）' closed the story: the headline under it opens the next, whatever follows it
        last = draft.last_text_block()
        if last is not None and _letter_opened(draft) and is_letter_signer(last.text):
            return True  # '讀者　柳長青' signed the letter off: the headline under it ('簡　訊') opens the next piece
        if nxt.kind == "credit" and PICTURES_MARK.match(nxt.text) and not marker:
            return True  # '图片/邹某' under it: a story's photographer set as its byline is (core/credit_lines.py)
        return nxt.lead is not None or commentary_headline(run[0].text) or (nxt.kind == "caption" and nxt.byline is not None and not marker)

    def _heads_a_section(self, run: list[Line], nxt: Line) -> bool:
        """A '###' heading inside an article of a page whose headlines are '#'/'##': a sub-heading.

        Unless what a headline always opens follows (a byline, a lead, a table) or it names a notice or ad.
        """
        draft = self.current
        if not self.md_titles or draft is None or draft.empty or not all(line.md and line.md_level >= 3 for line in run):
            return False
        if 0 < draft.title_level and all(line.md_level <= draft.title_level for line in run):
            return False  # as high as the open article's own '###' headline (under a '## 市民留言板' label): the next item
        text = " ".join(line.text for line in run)
        if nxt.kind in ("byline", "table") or nxt.lead is not None or NOTICE_WORDS.search(text) or AD_WORDS.search(text):
            return False
        return not (ends_with_contact(draft) or signed_off(draft) or self._photo_piece())  # a photo closed by its credit

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

    def _keep_notice_lines(self, run: list[Line], nxt: Line | None, after: Line | None = None) -> list[Line]:
        """Field lines and the signer of an open notice or ad stay in it: never the next headline.

        A signer that is the last line of its run and has body text under it may be the next ad's own name, so it heads that one.
        """
        draft = self.current
        if draft is None or draft.byline or (not draft.article.blocks and not draft.article.title) or signed_off(draft):
            return run  # a report with a byline is no notice
        signs_above = (  # '株洲市某某中学', a blank, '债权转让公告': the name signs the article above
            len(run) >= 2 and run[1].gap >= 1 and _SIGNER.search(run[0].text) is not None
            and bool(NOTICE_WORDS.search(run[1].text) or AD_WORDS.search(run[1].text))
        )
        named = f"{draft.article.title} {draft.article.subtitle}"  # '某某水务有限公司' over '2026年春季公开招聘公告'
        if not (NOTICE_WORDS.search(named) or AD_WORDS.search(named) or ends_with_contact(draft) or signs_above):
            return run
        opens_report = nxt is not None and (nxt.lead is not None or nxt.kind == "byline")
        while run:
            line, last = run[0], len(run) == 1
            if last and opens_report:
                break  # '石峰区：老旧小区加装电梯提速' over a lead is the next report's headline
            body_under = last and nxt is not None and nxt.kind == "p" and not DATE_ONLY.match(nxt.text) and not CONTACT.search(nxt.text)
            body_under = body_under and not cosigned(nxt, after)  # a second signer and the day under it: no ad's body
            # '某某物业公司' over '关于停水的通知': one headline (a PDF's unwrapping gives every line a gap: the lines' numbers tell)
            two_line_title = not last and (run[1].gap == 0 or (
                (run[1].no == line.end + 1 or self._parted()) and run[1].text.startswith("关于")))
            signer = len(line.text) <= 30 and _SIGNER.search(line.text) and not body_under and not two_line_title
            if _BULLET.match(line.text):
                self._add_block(draft, "item", line.text, run.pop(0))  # '◆焊工 15名': a job in the list
                continue
            intro = line.text[-1] in ":：" and len(run) > 1 and _BULLET.match(run[1].text)  # '招聘以下岗位:' over its list
            announced = draft.article.blocks and draft.article.blocks[-1].text[-1:] in (":", "：")  # '报名地址：' over it
            exclaims, head = line.text[-1] in "!！", SECTION_HEAD.match(line.text)  # '欢迎新老顾客光临!': the notice's words, never a title
            if not (_FIELD.match(line.text) or signer or intro or announced or exclaims or head):
                break
            self._add_block(draft, "heading" if head else "p", line.text, run.pop(0))  # '二、报名方式' heads a part of it
        return run

    def _parted(self) -> bool:
        """Every line stands apart (core/signer_heads.py): a blank line shows nothing, not even where a title breaks."""
        if (parted := getattr(self, "_every_line_parted", None)) is None:
            parted = self._every_line_parted = every_line_parted(self.lines)
        return parted

    def _drop_furniture_labels(self, run: list[Line], nxt: Line | None) -> None:
        """Sponsor lines and lettered slogans above a headline are page furniture, not sections;
        so is a page's sponsor strip that ends on a sponsor's credit with nothing under it."""
        sponsor = max((k for k, line in enumerate(run[:-1]) if _SPONSOR.search(line.text)), default=-1)
        page_ends = nxt is None or nxt.kind in _PAGE_BREAKS or (nxt.kind == "heading" and nxt.slot_before)
        if page_ends and _SPONSOR_CREDIT.match(run[-1].text):
            sponsor = len(run) - 1
        for _ in range(sponsor + 1):
            self.unassigned.append(run.pop(0))
        while len(run) > 1 and COLUMN_LETTER.match(run[0].text):
            self.unassigned.append(run.pop(0))  # 'N 创建更高质量文明城市': a slogan strip

    def _is_page_section(self, line: Line, following: Line | None) -> bool:
        if following is not None and following.kind == "editor":
            return not self._signs_notice(line)  # '本报编辑部' under a correction, then the page's editors: its signer
        return bool(_PAGE_SECTION.match(line.text))

    def _signs_notice(self, line: Line) -> bool:
        """A body's name right under the text of a notice: it signs that notice."""
        draft = self.current
        if draft is None or draft.last_text_block() is None or len(line.text) > 30 or not _SIGNER.search(line.text):
            return False
        return bool(NOTICE_WORDS.search(f"{draft.article.title} {draft.article.subtitle}"))

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
        if len(run) == 1 and draft is not None and draft.last_text_block() is not None and _BOX_LABEL.match(run[0].text) and not (
            NOTICE_WORDS.search(text) and signed_by_body(self.ahead_signed)
        ):
            self._add_subheading(draft, run)  # '相关链接' boxes the article's own background
            return
        if len(run) == 2 and draft is not None and draft.last_text_block() is not None and _BACKGROUND_LABEL.match(run[0].text) \
                and nxt.kind == "p" and nxt.lead is None and nxt.byline is None:
            self._add_subheading(draft, run)  # '链接' / '什么是“口袋公园”' over an unsigned box: the story's background
            return
        if len(run) == 1 and draft is not None and draft.last_text_block() is not None and nxt.kind == "p" and (
            dialogue.QUESTION.match(nxt.text) and not dialogue.has_questions(draft.article.blocks)
        ):
            self._start_headlined(run)  # a headline over the first question of a forum: the next piece (core/dialogue.py)
            return
        if len(run) == 1 and draft is not None and draft.last_text_block() is not None and nxt.kind == "p" and opens_letter(nxt.text):
            self._start_headlined(run)  # a headline over '编辑同志：…': the next letter (core/letter_signers.py)
            return
        if len(run) == 1 and draft is not None and draft.last_text_block() is not None and nxt.kind == "p" and signed_and_dated(self.ahead):
            self._start_headlined(run)  # a headline over text an issuer signs and dates: a notice of its own (core/signer_heads.py)
            return
        if len(run) == 1 and draft is not None and draft.feature_like and _SUBHEAD_STYLE.match(run[0].text) and nxt.kind == "p" and not self.new_page and not brief_after_brief(draft, run[0]) and not self._signed_by_another(draft):
            self._add_subheading(draft, run)  # '保障基本盘: 网底织得更牢,托底更有力量' heads a section
            return
        if len(run) == 1 and draft is not None and self._after_comma(draft) and nxt.kind == "p" and nxt.lead is None:
            self._on_p(run[0])  # '…从市医保局获悉，' / '全市定点医药机构已全面启用' / '“药品追溯码”，…': a narrow column's line, no headline
            return
        if len(run) == 1 and sentence_like(run[0].text) and nxt.kind in ("p", "caption") and nxt.lead is None and not opens_dated_report(run[0], nxt):
            self._on_p(run[0])  # '何恩广指出,党建引领基层治理是' broken before its end; no sentence goes on with '2月9日，…'
            return
        ad_under = draft is not None and AD_WORDS.search(text) and (not draft.feature_like or "广告" in text or len(text) <= 6 or gives_contact(nxt))
        if draft is None or opens or nxt.kind == "table" or NOTICE_WORDS.search(text) or GREETING.search(text) or ends_with_contact(draft) or signed_off(draft) or ad_under:
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
        if len(run) == 1 and run[0].md and 0 < run[0].md_level <= draft.title_level:
            self._start_headlined(run)  # as high as this article's own headline: the next piece ('## 便民信息' over its list)
            return
        if len(run) == 1 and (opens_dated_report(run[0], nxt) or after_short_report(draft, run[0], nxt, self.ahead)
                              or (nxt.kind == "p" and report_after_report(draft, run[0], self.ahead))) and draft.last_text_block() is not None:
            self._start_headlined(run)  # '我市发布春季森林防火预警' over '3月6日，市林业局…': the next report, not a sub-heading
            return
        if len(run) == 1 and self._signed_by_another(draft):
            self._start_headlined(run)  # a signed article, then text another writer signs at its end: a piece of its own
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

    def _can_retitle(self, draft: Draft) -> bool:
        """A column name printed as the headline, the real title set mid-text (天台快评)."""
        a = draft.article
        return not draft.byline and not draft.retitled and len(a.title) <= 6 and len(a.blocks) <= 3

    def _retitle(self, draft: Draft, line: Line) -> None:
        article = draft.article
        article.section = article.title or article.section
        article.title = line.text
        draft.lines.append(line.no)
        draft.join_next = draft.retitled = True

    def _interrupts_sentence(self, draft: Draft, nxt: Line) -> bool:
        """A headline placed by the layout in the middle of a broken sentence."""
        last = draft.last_text_block()
        return (
            last is not None
            and last is draft.article.blocks[-1]
            and unterminated(last.text)
            and len(last.text) >= 20
            and any(ch in last.text for ch in ",，")
            and HAN.match(last.text[-1]) is not None
            and nxt.kind == "p"
            and nxt.lead is None
        )

    @staticmethod
    def _after_comma(draft: Draft) -> bool:
        """The article's last block is text that stops on a comma: its sentence goes on, no headline can come next."""
        last = draft.last_text_block()
        return last is not None and last is draft.article.blocks[-1] and last.kind == "p" and last.text.rstrip()[-1:] in ("，", "、")

    def _add_subheading(self, draft: Draft, run: list[Line]) -> None:
        for line in run:
            self._add_block(draft, "heading", line.text, line)
        draft.subheads += 1

    def _start_headlined(self, run: list[Line]) -> None:
        moved, note = self._take_split_headline(run), take_closing_note(self.current)
        draft = self._new_article(moved[0] if moved else run[0], title="")
        draft.lines[:0] = [n for b in note for n in range(b.line_start, b.line_end + 1)]
        draft.article.blocks[:0], draft.lines[len(draft.lines):] = note, [line.no for line in moved]
        self._apply_headline(draft, run, moved)

    def _without_repeat(self, run: list[Line]) -> list[Line]:
        """'全省…发布' / '我市…上榜' / '全省…发布 我市…上榜': a headline over two or three lines printed again whole
        right under them (no blank line between, as `_take_split_headline` finds across one): kept once. The
        repeat may itself be cut at a narrow column ('全省…发布 我市有7个' / '社区(村)上榜')."""
        for m in (1, 2):  # lines the repeat takes
            again = norm("".join(line.text for line in run[-m:]))
            for k in (2, 3):  # lines the headline takes above it
                if len(run) >= m + k and norm("".join(line.text for line in run[-m - k:-m])) == again:
                    self.warnings.append(
                        f"第 {run[-m - k].no} 行的标题重复印刷，已合并 / The headline on line {run[-m - k].no} was printed twice; kept once."
                    )
                    self.unassigned.extend(run[-m:])  # the repeat stays in the lines, out of the headline
                    return run[:-m]
        return run

    def _take_split_headline(self, run: list[Line]) -> list[Line]:
        """A headline printed split (end of the last article) and then joined: keep it once."""
        draft = self.current
        if draft is None or len(run) != 1:
            return []
        target = norm(run[0].text)
        blocks = draft.article.blocks
        for k in (2, 3, 1):
            tail = blocks[-k:] if len(blocks) >= k else []
            if tail and all(b.kind == "p" and heading_like(b.text) for b in tail) and norm("".join(b.text for b in tail)) == target:
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

    def _apply_headline(self, draft: Draft, run: list[Line], split: list[Line] | None = None) -> None:
        article = draft.article
        labels, head = split_labels(run)
        if place_over_title(labels, head) or (len(labels) == 1 == len(head) and broken_in_two(labels[0].text, head[0].text)):
            head, labels = [_joined(labels + head)], []  # '天元区' / '新增公共自行车站点', '长株潭都市圈' / '…规划获批': one headline
        elif len(labels) >= 2 and len(head) == 1 and subject_then_modal(labels[-1].text, head[0].text):
            head, labels = [_joined([labels[-1], *head])], labels[:-1]  # '株洲时评' over '水利建设' / '要算长远账': the column, one title
        if len(run) >= 3 and not split and place_tag(run[0].text) and not run[1].text.startswith("——"):
            labels, head = [run[0]], run[1:]  # '炎陵' over '黄桃销售额' / '超过三十亿元': a brief's place tag, then its title
            head = [_joined(head)] if narrow_title(head) else head
        raised = labels if self._label_is_kicker(labels, head) else []
        labels = [] if raised else labels  # (raised is all the labels or none: no line-by-line compare of each with each)
        if labels:
            article.section = box_dress.undecorated(" ".join(line.text for line in labels))
        named = any(line.kicker for line in head)  # '引题：…' (renditions/epaper.py): the page says which line is which
        kicker = [line for line in head if line.text.startswith("——") or line.kicker]
        kicker_lines = {id(line) for line in kicker}  # taken from head itself: by identity, not a compare with each
        head = split or [line for line in head if id(line) not in kicker_lines]
        kicker = raised + kicker
        md = [line for line in head if line.md]
        title_line = min(md, key=lambda line: line.md_level) if md else (head[0] if head else None)
        if md and not split:
            above = [line for line in head[: head.index(title_line)] if not line.md or line.md_level > title_line.md_level]
            kicker = above + kicker  # '#### 一季度重点产业观察' or a plain '冬日里的文化盛宴' over '## 标题': the kicker (引题)
            head = [line for line in head if line not in above]
        if not md and not split and not named and len(head) == 4 and campaign_words(head[0].text) and narrow_title(head[1:]):
            kicker, head = [head[0], *kicker], head[1:]  # '聚焦民生实事' over a title a narrow column broke in three
        if not md and not split and not named and len(head) == 3 and narrow_title(head):
            head = [_joined(head)]  # three short lines: one title a narrow column broke
            title_line = head[0]
        if not md and not split and not named and len(head) == 2 and broken_in_two(head[0].text, head[1].text):
            head = [_joined(head)]  # '株洲西站综合交通枢纽' / '下月投入使用': one headline, no title and subtitle
            title_line = head[0]
        # a kicker raised from the line over the run ('聚焦城市更新') leaves the title over its subtitle: no second kicker
        if not md and not split and not named and not raised and len(head) in (2, 3) and kicker_over_title(head[0], head[1], bool(kicker)):
            kicker = [head[0], *kicker]  # '聚焦优化营商环境' over '我市推行企业开办“一日办结”': the 引题 over the title
            head = head[1:]
            title_line = head[0]
        elif not md and not split and not named and not kicker and len(head) == 3 and kicker_of_three(head, self._lead_under(run)):
            kicker, head = [head[0]], head[1:]  # '奋力打造…高地' / '株洲：…再扩容' / '今年前三季度…': 引题, 主题, 副题
            title_line = head[0]
        deck = [line for line in kicker if title_line is not None and line.text.startswith("——") and not line.kicker and _below(line, title_line, run)]
        deck_lines = {id(line) for line in deck}  # taken from kicker itself: by identity, not a compare with each
        kicker = [line for line in kicker if id(line) not in deck_lines]  # a '——' deck under the title is its subtitle (副题), over it the kicker
        article.kicker = " ".join(box_dress.unbracketed(line.text) for line in kicker)
        if title_line is not None:
            rest = [line.text for line in head if line is not title_line]
            title = title_line.text
            if deck and rest and not md and head[0] is title_line:
                title, rest = " ".join([title, *rest]), []  # '一条街一条街地改' / '一个点一个点地抠' over a deck: the deck is the subtitle
            rest += [line.text for line in deck]
            article.title, draft.title_mark = box_dress.undress(unspaced(title))
            if m := _BRACKET_LABEL.match(article.title):
                article.section, article.title = m.group(1) or m.group(2) or m.group(3), m.group(4)
            elif m := _BRACKETED.match(article.title) or _DECORATED.match(article.title) or _FRAMED_TITLE.match(article.title):
                article.title = m.group(1)
            article.subtitle = " ".join(rest)
            draft.title_level = title_line.md_level if title_line.md else 0
        if _NOTICE_WORD.fullmatch(article.kicker) and article.title and not article.subtitle:
            article.title, article.subtitle, article.kicker = article.kicker, article.title, ""  # '讣　告' over '沉痛悼念某某同志'
        draft.lines.extend(line.no for line in run)

    def _lead_under(self, run: list[Line], most: int = 4) -> str:
        """The first text line within a few lines under the headline run: the lead a title repeats the words of."""
        last, lines = run[-1].no, self.lines
        start = self.at if self.at < len(lines) and lines[self.at].no <= last else 0  # the walk is just above the run: read on from there
        k = next((k for k in range(start, len(lines)) if lines[k].no > last), len(lines))
        return next((line.text for line in lines[k:k + most] if line.kind == "p"), "")

    def _label_is_kicker(self, labels: list[Line], head: list[Line]) -> bool:
        """A short line over the title is its kicker (引题), not the section, when the context names the section already.

        Under a page line ('第B02版：渌口新闻') the page is named, so '迎峰度夏' right
        above the title introduces it; over a title with a '——' deck it is the top
        of a three-part headline. A column's name ('株洲时评') or a page code stays the section.
        """
        if len(labels) != 1:
            return False
        if labels[0].kicker:
            return True  # set apart over the title in a block of its own (renditions/block_heads.py)
        text = labels[0].text.replace(" ", "")
        if len(text) > 6 or text[-1] in ":：" or _PAGE_SECTION.match(text) or _BRACKET_LABEL.match(text) or _BRACKETED.match(text):
            return False  # '醴陵：' tags the place; 'A3·城事' names the page
        if COLUMN_LABEL.match(text) or _COLUMN_NAME.search(text):
            return False  # '株洲时评', '湘江夜话': a column's name
        if place_tag(text) and len(head) == 1:
            return True  # a county's name tags the brief under it (the page names the section)
        deck = any(line.text.startswith("——") for line in head)
        return deck or (self.new_page and bool(self.section)) or campaign_words(text)


# '讣告', '公告', '更正' alone over a line: the notice's own title, the line under it its subtitle, never a kicker over it
_NOTICE_WORD = re.compile(r"讣告|讣闻|公告|通告|声明|启事|公示|更正|勘误")


def _joined(lines: list[Line]) -> Line:
    """The lines of one headline as one line (the first's number; every number stays in the article's lines)."""
    return Line(lines[0].no, "".join(line.text.replace(" ", "") for line in lines), kind="heading")


def signed_by_body(ahead: list[str]) -> bool:
    """The text under a label closes on a body's name ('株洲市公共交通集团有限公司'): a notice of its own, not a box."""
    return len(ahead) >= 2 and len(ahead[-1].strip()) <= 30 and bool(_SIGNER.search(ahead[-1].strip()))


def signer_apart(ahead: list[str], after: list[Line]) -> list[str]:
    """The text ahead, and the body's name set apart under it ('株洲市公安局交通警察支队' after a blank line or a quote's '>').

    Standing alone the name reads as a line of its own; it still signs the text above (`signed_by_body`).
    """
    name = after[0].text.strip() if after and after[0].kind == "heading" and ahead else ""
    return [*ahead, name] if name and len(name) <= 30 and _SIGNER.search(name) else ahead


def _below(line: Line, title_line: Line, run: list[Line]) -> bool:
    """Is `line` set under the title? By line number, or by order in the run when an HTML heading's '<br>' put both on one line."""
    if line.no != title_line.no:
        return line.no > title_line.no
    ids = [id(each) for each in run]
    return id(line) in ids and id(title_line) in ids and ids.index(id(line)) > ids.index(id(title_line))


def _letter_opened(draft: Draft) -> bool:
    """The article is a reader's letter: one of its first paragraphs greets the editor ('编辑同志：…')."""
    return any(opens_letter(b.text) for b in draft.article.blocks[:3] if b.kind == "p")
