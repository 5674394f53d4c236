"""Issue identity on import: a renamed copy, and the same issue in a different text.

A copy of a stored file under another name is `unchanged` (naming the stored
file); a different file with the same date and issue number and the same text
(another rendition) is a `duplicate` and is not added unless `replace=True`;
another page of that issue, with its own articles, is imported beside it.
"""

from __future__ import annotations

from pathlib import Path

from zzreader.core.importer import import_paths
from zzreader.core.store import Library, open_library

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "004_705f82d224ee76e4.txt"  # carries a masthead: date and number


def _library(tmp_path: Path) -> Library:
    return open_library(tmp_path / "lib.sqlite")


def _sources(library: Library) -> list[str]:
    return [row[0] for row in library._db.execute("SELECT source FROM issues")]


def test_renamed_copy_is_unchanged_and_names_the_stored_file(tmp_path):
    copy = tmp_path / "zzrb-2024-12-05.txt"
    copy.write_bytes(SEED.read_bytes())
    with _library(tmp_path) as library:
        first = import_paths(library, [SEED], workers=0)
        second = import_paths(library, [copy], workers=0)
        assert first.files[0].status == "imported"
        result = second.files[0]
        assert result.status == "unchanged"
        assert result.duplicate_of == SEED.name
        assert result.to_json()["duplicate_of"] == SEED.name
        assert _sources(library) == [SEED.name]


def test_same_date_and_number_is_a_duplicate_until_replaced(tmp_path):
    other = tmp_path / "zzrb-copy.txt"
    text = SEED.read_text(encoding="utf-8-sig")
    other.write_text(text.replace("我市发布冬春季无偿献血倡议书", "我市发布冬春季无偿献血倡议"), encoding="utf-8")
    with _library(tmp_path) as library:
        import_paths(library, [SEED], workers=0)
        dup = import_paths(library, [other], workers=0).files[0]
        assert dup.status == "duplicate"
        assert dup.duplicate_of == SEED.name
        assert _sources(library) == [SEED.name]
        replaced = import_paths(library, [other], workers=0, replace=True).files[0]
        assert replaced.status == "updated"
        assert _sources(library) == [other.name]


PAGE_HEAD = "株洲日报 2025年12月5日 星期五 {page} 第12345期\n\n"
PAGES = {
    "A01 要闻": "全市冬季安全生产检查启动\n\n株洲日报讯（记者 罗明）12月4日，全市冬季安全生产大检查动员会召开，"
                "各县市区将用一个月时间排查隐患。\n\n检查重点为燃气、消防和道路交通。\n",
    "A02 城事": "河西新建两座口袋公园\n\n株洲日报讯（记者 唐静）天元区泰山路旁的两座口袋公园日前建成开放，"
                "市民家门口多了休闲去处。\n\n公园内设有健身步道和儿童游乐区。\n",
}  # fmt: skip


def test_pages_of_one_issue_are_each_imported(tmp_path):
    """One file a page, each under the running head with the issue's date and number: every
    page after the first was refused as a duplicate of the first."""
    files = []
    for n, (page, body) in enumerate(PAGES.items(), start=1):
        path = tmp_path / f"zzrb_20251205_A0{n}.txt"
        path.write_text(PAGE_HEAD.format(page=page) + body, encoding="utf-8")
        files.append(path)
    with _library(tmp_path) as library:
        results = import_paths(library, files, workers=0).files
        assert [r.status for r in results] == ["imported", "imported"]
        assert sorted(_sources(library)) == [f.name for f in files]
        titles = {row[0] for row in library._db.execute("SELECT title FROM articles")}
        assert titles == {"全市冬季安全生产检查启动", "河西新建两座口袋公园"}
        again = tmp_path / "zzrb_20251205_A02_copy.txt"  # the second page again, re-wrapped
        again.write_text(files[1].read_text(encoding="utf-8").replace("，市民", "，\n市民"), encoding="utf-8")
        dup = import_paths(library, [again], workers=0).files[0]
        assert (dup.status, dup.duplicate_of) == ("duplicate", files[1].name)


def test_another_rendition_of_a_stored_issue_is_still_a_duplicate(tmp_path):
    """The seed's text hard-wrapped at 22 characters, as PDF text would hold it: same issue."""
    text = SEED.read_text(encoding="utf-8-sig")
    lines = [piece for line in text.split("\n") for piece in ([line[i:i + 22] for i in range(0, len(line), 22)] or [""])]
    wrapped = tmp_path / "zzrb-pdf.txt"
    wrapped.write_text("\n".join(lines), encoding="utf-8")
    with _library(tmp_path) as library:
        import_paths(library, [SEED], workers=0)
        result = import_paths(library, [wrapped], workers=0).files[0]
        assert (result.status, result.duplicate_of) == ("duplicate", SEED.name)


def test_a_whole_issue_after_one_of_its_pages_is_that_issue(tmp_path):
    """The whole issue holds the stored page's articles: reported as the same issue (replace
    takes it whole), not imported beside it with that page's articles twice."""
    page, whole = tmp_path / "zzrb_20251205_A01.txt", tmp_path / "zzrb_20251205.txt"
    first = next(iter(PAGES.items()))
    page.write_text(PAGE_HEAD.format(page=first[0]) + first[1], encoding="utf-8")
    whole.write_text("".join(PAGE_HEAD.format(page=p) + body + "\n" for p, body in PAGES.items()), encoding="utf-8")
    with _library(tmp_path) as library:
        import_paths(library, [page], workers=0)
        result = import_paths(library, [whole], workers=0).files[0]
        assert (result.status, result.duplicate_of) == ("duplicate", page.name)
        replaced = import_paths(library, [whole], workers=0, replace=True).files[0]
        assert replaced.status == "updated" and _sources(library) == [whole.name]
        assert library._db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_stored_values_another_tool_wrote_do_not_stop_an_import(tmp_path):
    """The stored issue's article texts are compared only where they are text: bytes another tool
    wrote there made the import of the issue's next page fail (re-anchoring hashed them)."""
    import sqlite3

    files = []
    for n, (page, body) in enumerate(PAGES.items(), start=1):
        path = tmp_path / f"zzrb_20251205_A0{n}.txt"
        path.write_text(PAGE_HEAD.format(page=page) + body, encoding="utf-8")
        files.append(path)
    with _library(tmp_path) as library:
        import_paths(library, files[:1], workers=0)
    with sqlite3.connect(tmp_path / "lib.sqlite") as conn:
        conn.execute("UPDATE articles SET text = x'00ff'")
    with _library(tmp_path) as library:
        result = import_paths(library, files[1:], workers=0).files[0]
        assert result.status == "duplicate" and result.error is None  # no text to tell them apart by


def test_the_same_files_get_the_same_answer_in_every_process():
    """The runs compared are chosen by their characters, not by Python's per-process string hash."""
    import os
    import subprocess
    import sys

    code = (
        "from zzreader.core import same_issue as s; from tests.conftest import SEEDS; "
        "t = SEEDS[0].read_text(encoding='utf-8'); print(len(s.shingles([t])), sorted(s.shingles([t]))[:3])"
    )
    answers = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=str(Path(__file__).parents[2])).stdout
        for seed in ("1", "2", "3")
    }
    assert len(answers) == 1
