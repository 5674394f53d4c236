"""`zzreader cite`: citations of articles and of a collection, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import rispy

from zzreader import cli
from zzreader.core import library_paths
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

DUMP = Path(__file__).parents[1] / "core" / "data" / "citations" / "2024-12-05.txt"


@pytest.fixture(autouse=True)
def isolated_default_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(library_paths.ENV_VAR, raising=False)
    monkeypatch.setattr(library_paths, "default_library_path", lambda: tmp_path / "default" / "library.sqlite")


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, [DUMP], workers=0)
        ids = [r[0] for r in library.db.execute("SELECT id FROM articles ORDER BY seq")]
        folder = library.collections.create("口袋公园").value
        library.collections.add_articles(folder.id, ids[:1])
    return path


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cite_prints_gbt7714_by_default(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(capsys, "--library", str(lib_path), "cite", "1", "2")
    assert code == 0, err
    assert out.splitlines() == [
        "王晓丽, 陈立新. 天元区新建三座口袋公园[N]. 株洲日报, 2024-12-05(3).",
        "赵明. 石峰区清水塘老工业区再添新绿[N]. 株洲日报, 2024-12-05(3).",
    ]


def test_a_collection_exports_as_ris_with_type_title_date_section_and_page(
    lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out_file = tmp_path / "公园.ris"
    code, _out, err = run(capsys, "--library", str(lib_path), "cite", "--collection", "口袋公园",
                          "--format", "ris", "--output", str(out_file))
    assert code == 0, err
    (record,) = rispy.loads(out_file.read_text(encoding="utf-8"))
    assert record["type_of_reference"] == "NEWS" and record["title"] == "天元区新建三座口袋公园"
    assert (record["date"], record["section"], record["start_page"]) == ("2024/12/05", "要闻", "3")


def test_unknown_article_or_collection_is_one_line(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(capsys, "--library", str(lib_path), "cite", "1", "424242")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "424242" in err
    code, _out, err = run(capsys, "--library", str(lib_path), "cite", "--collection", "没有")
    assert code == 2 and "没有" in err and "Traceback" not in err
    code, _out, err = run(capsys, "--library", str(lib_path), "cite")
    assert code == 2 and err.strip()
