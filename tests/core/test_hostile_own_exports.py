"""zzreader's own exports, fed to the import, are passed over with one line, the library as it was.

The import reads any file it is named and a folder's `.md` and `.txt` files.
An export of the whole library as Markdown was stored as one more "issue" of
57 articles from five days, each a second copy of a stored one; the JSON Lines
and CSV exports, and the annotation and corrections files, became an article
of raw data each, and so did `zzreader cite`'s citations (RIS, BibTeX, GB/T
7714). Now each is recognised by how it begins (core/own_exports.py)
and skipped, saying what it is; a page that merely starts with a bracket is
still a page.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from tests.conftest import SEEDS, table_dump
from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import own_exports
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

EXPORTS = {
    "articles.jsonl": ["export", "articles", "--format", "jsonl"],
    "articles.csv": ["export", "articles", "--format", "csv"],
    "articles.md": ["export", "articles", "--format", "md"],
    "one-article.md": ["export", "articles", "--format", "md", "--query", "株冶集团"],
    "annotations.md": ["export", "annotations", "--format", "md"],
    "annotations.csv": ["export", "annotations", "--format", "csv"],
    "annotations.json": ["export", "annotations", "--format", "json"],
    "corrections.json": ["export", "corrections"],
    "cite.ris": ["cite", "3", "5", "8", "--format", "ris"],
    "cite.bib": ["cite", "3", "5", "8", "--format", "bibtex"],
    "cite.txt": ["cite", "3", "5", "8", "--format", "gbt7714"],
    "one-cite.txt": ["cite", "3"],
    "cite.json": ["cite", "3", "5", "--format", "csl-json"],
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, Path]:
    """A seeded library with a highlight and a correction, and a folder of its exports."""
    root = tmp_path_factory.mktemp("own")
    library = root / "lib.sqlite"
    seeded_library(library).close()
    folder = root / "exports"
    folder.mkdir()
    from zzreader import cli

    for argv in (["highlight", "3", "株冶集团", "--note", "一条笔记"], ["edit", "8", "--title", "改过的标题"]):
        assert cli.main(["--lang", "en", "--library", str(library), *argv]) == 0
    for name, argv in EXPORTS.items():
        for lang in ("zh", "en"):  # the Markdown titles differ by language
            target = folder / f"{lang}-{name}"
            assert cli.main(["--lang", lang, "--library", str(library), *argv, "--output", str(target)]) == 0
    return library, folder


def test_every_export_is_named_for_what_it_is(exported: tuple[Path, Path]) -> None:
    _, folder = exported
    for path in sorted(folder.iterdir()):
        line = own_exports.refusal(path.read_bytes())
        assert line is not None and "\n" not in line and "not a page of the paper" in line, path.name


def test_importing_them_changes_nothing(exported: tuple[Path, Path], tmp_path: Path) -> None:
    library, folder = exported
    copy = tmp_path / "lib.sqlite"
    copy.write_bytes(library.read_bytes())
    before = table_dump(copy)
    with open_library(copy) as lib:
        named = import_paths(lib, sorted(folder.iterdir()), workers=0)  # each file named
        walked = import_paths(lib, [folder], workers=0)  # the folder's .md files
    assert {f.status for f in named.files} == {"skipped"} and len(named.files) == 2 * len(EXPORTS)
    assert {f.status for f in walked.files} == {"skipped"}
    assert all(len(f.warnings) == 1 and "not a page of the paper" in f.warnings[0] for f in named.files)
    assert table_dump(copy) == before


def test_an_issue_beside_them_is_imported(exported: tuple[Path, Path], tmp_path: Path) -> None:
    _, folder = exported
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "export.md").write_bytes((folder / "zh-articles.md").read_bytes())
    (mixed / "A01.txt").write_bytes(SEEDS[2].read_bytes())
    with open_library(tmp_path / "new.sqlite") as lib:
        report = import_paths(lib, [mixed], workers=0)
    assert sorted(f.status for f in report.files) == ["imported", "skipped"]


@pytest.mark.parametrize("page", [
    "[株洲日报] 2025年3月4日 星期二\n\n本报讯 城区新开两条公交线路，市民出行更方便。\n",
    "{编者按} 本期推出春耕特刊。\n\n## 春耕正当时\n\n农机手们天不亮就下了田。\n",
    "## 春耕正当时\n\n2025-03-04\n\n农机手们天不亮就下了田。\n\n## 第二篇\n\n正文。\n",
])
def test_a_page_that_looks_a_little_like_data_is_still_a_page(page: str) -> None:
    assert own_exports.kind(page.encode()) is None


def test_the_command_line_says_it_per_file(capsys, exported: tuple[Path, Path], tmp_path: Path) -> None:
    library, folder = exported
    copy = tmp_path / "lib.sqlite"
    copy.write_bytes(library.read_bytes())
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(copy), "import", str(folder / "en-articles.jsonl"))
    assert code == 0 and not err and "skipped: 1" in out and "articles (JSON Lines)" in out


def test_the_column_names_are_the_exporters() -> None:
    from zzreader.core import article_export, export

    assert own_exports.ARTICLE_COLUMNS == set(article_export.CSV_COLUMNS)
    assert own_exports.ANNOTATION_COLUMNS == set(export.CSV_COLUMNS)


def _table(rows: list[list[str]], sep: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


@pytest.mark.parametrize("edit", ["a column removed", "columns reversed", "tabs in UTF-16", "semicolons"])
@pytest.mark.parametrize("name", ["en-articles.csv", "en-annotations.csv"])
def test_a_csv_export_a_spreadsheet_saved_again_is_still_named(exported: tuple[Path, Path], edit: str, name: str) -> None:
    _, folder = exported
    rows = list(csv.reader(io.StringIO((folder / name).read_text(encoding="utf-8-sig"), newline="")))
    if edit == "a column removed":
        data = codecs.BOM_UTF8 + _table([r[:2] + r[3:] for r in rows]).encode()
    elif edit == "columns reversed":
        data = _table([list(reversed(r)) for r in rows]).encode()
    elif edit == "tabs in UTF-16":
        data = codecs.BOM_UTF16_LE + _table(rows, "\t").encode("utf-16-le")
    else:
        data = _table(rows, ";").encode()
    line = own_exports.refusal(data)
    assert line is not None and ("articles" if "articles" in name else "annotations") in line


def test_a_table_of_other_columns_is_not_ours() -> None:
    assert own_exports.kind("日期,版次,标题\n2025-03-04,A01,春耕正当时\n".encode()) is None
    assert own_exports.kind(b"id,name,value\n1,a,2\n") is None
