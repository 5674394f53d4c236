"""`zzreader highlight / tag / export annotations / import-annotations`, through cli.main."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import annotation_state, article_id, seeded_library
from zzreader import cli
from zzreader.core import library_paths
from zzreader.core.store import open_library

SEED0 = SEEDS[0].name


@pytest.fixture(autouse=True)
def isolated_default_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's default library."""
    monkeypatch.delenv(library_paths.ENV_VAR, raising=False)
    monkeypatch.setattr(
        library_paths, "default_library_path", lambda: tmp_path / "default" / "library.sqlite"
    )


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _article(path: Path, seq: int = 4) -> int:
    with open_library(path) as library:
        return article_id(library, SEED0, seq)


def test_highlight_prints_the_new_id(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    aid = _article(lib_path)
    code, out, _ = run(
        capsys, "--library", str(lib_path), "highlight", str(aid), "敦煌", "--occurrence", "2",
        "--color", "green", "--style", "underline", "--note", "**壁画**", "--tag", "文旅", "--tag", "丝路",
    )  # fmt: skip
    assert code == 0
    hid = out.strip()
    with open_library(lib_path) as library:
        h = library.highlights.get(hid)
        text = library.article(aid).text
    assert h.start == text.index("敦煌", text.index("敦煌") + 1) and h.exact == "敦煌"
    assert (h.color, h.style, h.note, h.tags) == ("green", "underline", "**壁画**", ("丝路", "文旅"))


def test_highlight_of_a_missing_quote_is_a_clear_error(
    lib_path: Path, capsys: pytest.CaptureFixture
) -> None:
    aid = _article(lib_path)
    code, out, err = run(capsys, "--library", str(lib_path), "highlight", str(aid), "长沙马拉松")
    assert code == 2 and out == ""
    assert "Quote not found" in err and "没有这段文字" in err
    code, _, err = run(capsys, "--library", str(lib_path), "highlight", "99999", "敦煌")
    assert code == 2 and "No such article: 99999" in err
    code, _, err = run(capsys, "--library", str(lib_path), "highlight", str(aid), "敦煌", "--occurrence", "99")
    assert code == 2 and "occurs only" in err
    with pytest.raises(SystemExit):  # argparse refuses an unknown colour
        cli.main(["--library", str(lib_path), "highlight", str(aid), "敦煌", "--color", "black"])


def test_tag_every_article_a_search_finds(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    from zzreader.core import search

    with open_library(lib_path) as library:
        expected = {h.article_id for h in search.search(library, "二医院", limit=None).hits}
    assert expected
    code, out, _ = run(capsys, "--library", str(lib_path), "tag", "医院", "--search", "二医院")
    assert code == 0 and f"{len(expected)} articles found, {len(expected)} newly tagged" in out
    with open_library(lib_path) as library:
        assert set(library.tags.articles_with("医院")) == expected
    code, out, _ = run(capsys, "--library", str(lib_path), "tag", "医院", "--search", "二医院")
    assert ", 0 newly tagged" in out


def test_export_annotations_in_three_formats(
    lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    aid = _article(lib_path)
    run(capsys, "--library", str(lib_path), "highlight", str(aid), "悠扬的旋律", "--note", "好句")
    code, out, _ = run(capsys, "--library", str(lib_path), "export", "annotations", "--format", "md")
    assert code == 0 and "> 悠扬的旋律" in out and "好句" in out
    code, out, _ = run(capsys, "--library", str(lib_path), "export", "annotations")  # md by default
    assert "> 悠扬的旋律" in out
    code, out, _ = run(capsys, "--library", str(lib_path), "export", "annotations", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["quote"] for r in rows] == ["悠扬的旋律"]
    target = tmp_path / "notes.json"
    code, out, err = run(
        capsys, "--library", str(lib_path), "export", "annotations", "--format", "json", "--output", str(target)
    )  # fmt: skip
    assert code == 0 and out == "" and "Exported 1 annotations" in err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 1
    csv_file = tmp_path / "notes.csv"
    run(capsys, "--library", str(lib_path), "export", "annotations", "--format", "csv", "--output", str(csv_file))
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheet programs need the BOM


def test_export_articles_still_works(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, "--library", str(lib_path), "export", "articles")
    assert code == 0 and json.loads(out.splitlines()[0])["id"]
    code, out, _ = run(capsys, "--library", str(lib_path), "export", "articles", "--format", "md")
    assert code == 0 and out.startswith("## ")  # Markdown too, and CSV (tests/cli/test_export_results.py)
    code, _, err = run(capsys, "--library", str(lib_path), "export", "articles", "--format", "json")
    assert code == 2 and "Articles export as jsonl, csv, md or txt, not json" in err


def test_import_annotations_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    seeded_library(a).close()
    seeded_library(b).close()
    aid = _article(a)
    run(capsys, "--library", str(a), "highlight", str(aid), "悠扬的旋律", "--tag", "好句", "--note", "n")
    exported = tmp_path / "a.json"
    run(capsys, "--library", str(a), "export", "annotations", "--format", "json", "--output", str(exported))
    code, out, _ = run(capsys, "--library", str(b), "import-annotations", str(exported))
    assert code == 0 and "added 1," in out
    with open_library(b) as library:
        state = annotation_state(library)
    code, out, _ = run(capsys, "--library", str(b), "import-annotations", str(exported))
    assert code == 0 and "added 0, updated 0, unchanged 1" in out
    with open_library(b) as library:
        assert annotation_state(library) == state
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--library", str(b), "import-annotations", str(broken))
    assert code == 2 and "Not valid JSON" in err
    code, _, err = run(capsys, "--library", str(b), "import-annotations", str(tmp_path / "nope.json"))
    assert code == 2 and "Cannot read" in err


def test_import_annotations_says_why_a_quote_was_not_placed(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    """An annotation kept unplaced (its quote is not in the article, or found twice with no
    context to choose) is named with its reason, as skipped and conflicting ones are."""
    from zzreader.core import w3c

    with open_library(lib_path) as library:
        source, seq = library.db.execute(
            "SELECT i.source, a.seq FROM articles a JOIN issues i ON i.id = a.issue_id LIMIT 1").fetchone()
    item = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://other-tool.example/a/1",
            "type": "Annotation", "target": {"source": w3c.article_urn(source, seq),
            "selector": {"type": "TextQuoteSelector", "exact": "文中从未有过的一句话"}}}  # fmt: skip
    file = lib_path.parent / "other.json"
    file.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    code, _out, err = run(capsys, "--lang", "en", "--library", str(lib_path), "import-annotations", str(file))
    assert code == 0
    lines = [line for line in err.splitlines() if "not placed" in line]
    assert len(lines) == 1 and "a/1" in lines[0] and "not in the article" in lines[0]
