"""Citations of articles: GB/T 7714, CSL-JSON (checked against the CSL data schema),
RIS and BibTeX, read back by the same libraries reference managers use.

The page-3 dump (tests/core/data/citations/2024-12-05.txt) is invented text; the
expected citations below were written by reading it.
"""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
import rispy
from jsonschema import Draft7Validator

from zzreader.core import citations as ci
from zzreader.core.importer import import_paths
from zzreader.core.store import Library, NotFoundError, open_library

DATA = Path(__file__).parent / "data"
DUMP = DATA / "citations" / "2024-12-05.txt"


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = open_library(tmp_path / "lib.sqlite")
    assert not import_paths(library, [DUMP], workers=0).failed
    yield library
    library.close()


def ids(lib: Library) -> list[int]:
    return [r[0] for r in lib.db.execute("SELECT id FROM articles ORDER BY seq").fetchall()]


def test_gbt7714_newspaper_form(lib: Library) -> None:
    park, green = ci.citations(lib, ids(lib))
    assert ci.gbt7714(park) == "王晓丽, 陈立新. 天元区新建三座口袋公园[N]. 株洲日报, 2024-12-05(3)."
    assert ci.gbt7714(green) == "赵明. 石峰区清水塘老工业区再添新绿[N]. 株洲日报, 2024-12-05(3)."


def test_gbt7714_lists_three_authors_then_deng_and_leaves_out_what_is_unknown() -> None:
    many = ci.Citation(1, "炎陵黄桃喜获丰收", ("甲一", "乙二", "丙三", "丁四"), "2023-08-01", "", "")
    assert ci.gbt7714(many) == "甲一, 乙二, 丙三, 等. 炎陵黄桃喜获丰收[N]. 株洲日报, 2023-08-01."
    notice = ci.Citation(2, "注销公告", (), None, "", "")
    assert ci.gbt7714(notice) == "注销公告[N]. 株洲日报."


@pytest.mark.parametrize(
    ("section", "page"),
    [("第3版 要闻", "3"), ("03版", "3"), ("A3版：要闻", "A3"), ("B12 文体", "B12"), ("新春走基层", ""), ("", "")],
)
def test_page_from_section(section: str, page: str) -> None:
    assert ci.page_of(section) == page


def test_csl_json_is_article_newspaper_and_valid_against_the_csl_schema(lib: Library) -> None:
    schema = json.loads((DATA / "csl" / "csl-data.json").read_text(encoding="utf-8"))
    data = json.loads(ci.render(ci.citations(lib, ids(lib)), "csl-json"))
    Draft7Validator.check_schema(schema)
    assert not list(Draft7Validator(schema).iter_errors(data))
    park = data[0]
    assert park["type"] == "article-newspaper" and park["container-title"] == "株洲日报"
    assert park["title"] == "天元区新建三座口袋公园"
    assert park["author"] == [{"literal": "王晓丽"}, {"literal": "陈立新"}]
    assert park["issued"] == {"date-parts": [[2024, 12, 5]]}
    assert park["section"] == "要闻" and park["page"] == "3"  # the page from the page line above


def test_ris_is_a_news_record_rispy_reads_back(lib: Library) -> None:
    text = ci.render(ci.citations(lib, ids(lib)), "ris")
    assert text.startswith("TY  - NEWS\n")  # no counter line before the first record
    records = rispy.loads(text)
    assert [r["type_of_reference"] for r in records] == ["NEWS", "NEWS"]
    park = records[0]
    assert park["title"] == "天元区新建三座口袋公园" and park["authors"] == ["王晓丽", "陈立新"]
    assert park["date"] == "2024/12/05" and park["section"] == "要闻" and park["start_page"] == "3"
    assert park["secondary_title"] == "株洲日报"


def test_bibtex_keeps_the_newspaper_type(lib: Library) -> None:
    text = ci.render(ci.citations(lib, ids(lib)), "bibtex")
    parsed = bibtexparser.parse_string(text)
    assert not parsed.failed_blocks and len(parsed.entries) == 2
    park = parsed.entries[0]
    fields = {f.key: f.value for f in park.fields}
    assert park.entry_type == "article" and fields["entrysubtype"] == "newspaper"
    assert fields["title"] == "天元区新建三座口袋公园" and fields["author"] == "{王晓丽} and {陈立新}"
    assert fields["journaltitle"] == "株洲日报" and fields["date"] == "2024-12-05" and fields["pages"] == "3"


def test_bibtex_escapes_tex_specials_in_untrusted_titles() -> None:
    odd = ci.Citation(3, "增长50% {新} \\end", (), "2024-01-02", "", "")
    parsed = bibtexparser.parse_string(ci.render([odd], "bibtex"))
    assert not parsed.failed_blocks
    # braces spelled out: BibTeX counts escaped ones too (tests/core/test_hostile_bibtex_braces.py)
    assert parsed.entries[0].fields_dict["title"].value == "增长50\\% \\textbraceleft{}新\\textbraceright{} \\textbackslash{}end"


def test_an_article_named_twice_is_cited_once_and_unknown_ids_are_errors(lib: Library) -> None:
    first = ids(lib)[0]
    assert ci.render(ci.citations(lib, [first, first]), "gbt7714").count("[N]") == 1
    with pytest.raises(NotFoundError):
        ci.citation(lib, 999_999)
    with pytest.raises(ci.CitationError):
        ci.render([], "apa")


def test_quote_with_citation() -> None:
    c = ci.Citation(1, "天元区新建三座口袋公园", ("王晓丽",), "2024-12-05", "第3版", "3")
    assert ci.with_citation("  三座口袋公园同时开放 ", c) == (
        "三座口袋公园同时开放\n——王晓丽. 天元区新建三座口袋公园[N]. 株洲日报, 2024-12-05(3)."
    )
