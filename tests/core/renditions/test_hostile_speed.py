"""Hostile inputs that made a rendition pass quadratic (hardening round 18).

Each test feeds a size at which the old loop ran for minutes and the new one
finishes at once; none asserts on time. Before/after figures are in the
commit messages of zzreader/core/renditions/{columns,spaced_tables,pdf_text}.py.
"""

from __future__ import annotations

from zzreader.core.bylines import split_trailing_credit
from zzreader.core.renditions import columns, digest, pdf_text, spaced_tables
from zzreader.core.renditions.model import SourceLine


class _NoTailCopies(list):
    """A list that refuses `lines[i:]` for i > 0: a copy per start is what made a pass quadratic."""

    def __getitem__(self, key):
        if isinstance(key, slice) and (key.start or 0) > 0 and key.stop is None:
            raise AssertionError(f"copied the tail from {key.start}")
        return super().__getitem__(key)


def test_columns_do_not_copy_the_tail_of_the_lines_per_line():
    lines = _NoTailCopies(SourceLine(k + 1, f"湘江边第{k}行散文。") for k in range(2000))
    out = columns.repair(lines, [])
    assert [line.text for line in out] == [f"湘江边第{k}行散文。" for k in range(2000)]


def test_fifty_thousand_rows_of_words_are_no_table_and_scanned_once():
    # three spaced cells of words, no figures: the old scan restarted on every line (n² _cells calls)
    lines = [SourceLine(k + 1, "荷塘区    芦淞区    石峰区") for k in range(50_000)]
    warnings: list[str] = []
    spaced_tables.mark(lines, warnings)
    assert warnings == [] and all(line.kind == "" for line in lines)


def test_a_table_after_a_long_run_of_word_rows_is_still_found():
    words = [SourceLine(k + 1, "荷塘区    芦淞区    石峰区") for k in range(10_000)]
    table = [SourceLine(5_001, "名次    代表队    积分"), SourceLine(5_002, "1    天元区    10"), SourceLine(5_003, "2    渌口区    8")]
    lines = [*words, SourceLine(5_000, "", kind="section"), *table]
    spaced_tables.mark(lines, [])
    assert [line.kind for line in lines[-3:]] == ["table"] * 3 and lines[-2].text == "1\t天元区\t10"
    assert all(line.kind == "" for line in words)


def test_a_paragraph_of_twenty_thousand_wrapped_lines_is_read_from_its_end():
    # every line carries on the paragraph: the old end-of-sentence check searched the whole paragraph per line
    lines = [SourceLine(k + 1, f"记者：张三{k}") for k in range(20_000)]
    out = pdf_text.unwrap(lines, [])
    assert "".join(b.text for b in out) == "".join(f"记者：张三{k}" for k in range(20_000))
    assert max(b.end - b.no for b in out) > 19_000  # one paragraph of nearly all of them


def test_forty_thousand_page_headers_in_a_row_do_not_walk_back_each_time():
    lines = [SourceLine(k + 1, f"第{k % 8 + 1}版：要闻", kind="section") for k in range(40_000)]
    lines.append(SourceLine(40_001, "株洲日报讯 今天下午，湘江风光带新增了一处观景平台"))
    lines.append(SourceLine(40_002, "供市民休憩。"))
    out = pdf_text.unwrap(lines, [])
    assert len(out) == 40_001 and out[-1].text == "株洲日报讯 今天下午，湘江风光带新增了一处观景平台供市民休憩。"


def test_an_aside_that_closes_a_long_paragraph_still_ends_it():
    long = "湘江两岸的绿道连成一片，" * 5_000 + "市民傍晚散步的人多了。（记者 谭某）"
    assert pdf_text._ends_sentence(long) and pdf_text._closing_aside(long)
    assert not pdf_text._closing_aside("（记者 谭某）" + "没有句号的长句子" * 3_000)


def test_a_digest_of_ten_thousand_titles_printed_again_below_is_dropped_in_one_pass():
    # each listed title was looked for in every later line: 10,000 titles listed then printed ran about 90 s
    titles = [f"湘江新区第{k}号工程开工" for k in range(10_000)]
    lines = [SourceLine(1, "今日导读"), *(SourceLine(k + 2, t) for k, t in enumerate(titles)),
             *(SourceLine(k + 20_000, t, gap=1) for k, t in enumerate(titles))]
    furniture: list[SourceLine] = []
    digest.drop(lines, furniture, [])
    assert [line.text for line in furniture] == ["今日导读", *titles]
    assert [line.text for line in lines] == titles


def test_a_byline_wrapped_after_a_long_run_of_role_words_is_glued_at_once():
    # the name before the wrap was searched for over the whole paragraph: 40,000 '记者' took 5 s, 400,000 minutes
    para = "记者" * 400_000 + "，（记者 张"
    assert pdf_text.glue(para, "三）") == para + "三）"
    assert pdf_text.glue("（株洲日报全媒体记者 黄某某", "通讯员 周某）") == "（株洲日报全媒体记者 黄某某 通讯员 周某）"


def test_a_paragraph_of_role_words_ending_in_a_photo_mark_is_read_from_its_end():
    # a credit was tried from every '记者' of the paragraph: 20,000 of them took over 30 s
    text = "图为市民赏花。" + "记者" * 200_000 + "摄"
    assert split_trailing_credit(text) == (text, None)
    caption, credit = split_trailing_credit("湘江边的樱花开了。" * 500 + "记者 谭某某 摄")
    assert caption == "湘江边的樱花开了。" * 500 and credit is not None and credit.photographers == ["谭某某"]
