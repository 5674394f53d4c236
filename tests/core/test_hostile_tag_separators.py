"""One rule for tags everywhere: no new tag holds a separator (core/tags.py SEPARATORS).

The window's tag editor splits what is typed at commas (half and full
width), the enumeration comma and semicolons, but `zzreader tag "经济,民生"`
made one tag "经济,民生", which the window then showed as two and saved as
two. Now the command line refuses it in one line, a W3C file's tag is split
as the window would split it, and a tag an older version made with a comma
can still be used, renamed and removed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import tags as tags_mod
from zzreader.core.errors import AnnotationError
from zzreader.core.store import open_library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _tag_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM tags")}


@pytest.mark.parametrize("tag", ["经济,民生", "经济，民生", "经济、民生", "经济;民生", "经济；民生"])
def test_the_command_line_refuses_a_tag_with_a_separator(capsys, library_path: Path, tag: str) -> None:
    for argv in (["tag", tag, "--search", "医保"], ["highlight", "1", "医保", "--tag", tag]):
        code, out, err = call_cli(capsys, "--library", str(library_path), *argv)
        assert code == 2 and out == "" and err.count("\n") == 1, (argv, code, out, err)
        assert "separates tags" in err and "Traceback" not in err
    assert _tag_names(library_path) == set()
    with sqlite3.connect(library_path) as conn:
        assert conn.execute("SELECT count(*) FROM highlights").fetchone()[0] == 0  # nothing half made


def test_the_core_refuses_new_names_with_a_separator(library_path: Path) -> None:
    with open_library(library_path) as library:
        with pytest.raises(AnnotationError):
            library.tags.set_for_article(1, ["民生", "经济,民生"])
        library.tags.set_for_article(1, ["民生"])
        with pytest.raises(AnnotationError):
            library.tags.rename("民生", "民生;经济")
        assert library.tags.of_article(1) == ["民生"]


def test_a_tag_an_older_version_made_with_a_comma_still_works(library_path: Path) -> None:
    with sqlite3.connect(library_path) as conn:
        tid = conn.execute("INSERT INTO tags (name) VALUES ('旧,标签')").lastrowid
        conn.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (1, ?)", [tid])
    with open_library(library_path) as library:
        library.tags.set_for_article(1, ["旧,标签", "民生"])  # kept as it is, beside a new one
        assert sorted(library.tags.of_article(1)) == ["旧,标签", "民生"]
        library.tags.rename("旧,标签", "旧标签")
        assert sorted(library.tags.of_article(1)) == sorted(["民生", "旧标签"])


def test_a_w3c_tag_with_a_separator_becomes_the_tags_the_window_would_read(
        capsys, library_path: Path, tmp_path: Path) -> None:
    code, _, err = call_cli(capsys, "--library", str(library_path), "highlight", "1", "医保", "--tag", "民生")
    assert code == 0, err
    exported = tmp_path / "notes.json"
    call_cli(capsys, "--library", str(library_path), "export", "annotations", "--format", "json",
             "--output", str(exported))
    data = json.loads(exported.read_text("utf-8"))
    (item,) = data["first"]["items"]
    for body in item["body"] if isinstance(item["body"], list) else [item["body"]]:
        if body.get("purpose") == "tagging":
            body["value"] = "经济，民生、 #医保"
    item["id"] = "urn:uuid:8f0e3c52-3d7e-4c1a-9a55-0c1f5e2b7d11"
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    fresh = tmp_path / "fresh.sqlite"
    seeded_library(fresh).close()
    code, _, err = call_cli(capsys, "--library", str(fresh), "import-annotations", str(exported))
    assert code == 0, err
    assert _tag_names(fresh) == {"经济", "民生", "医保"}


def test_the_window_splits_by_the_core_rule() -> None:
    assert tags_mod.split_tags("经济，民生、#医保;; 经济") == ["经济", "民生", "医保"]
    for sep in "，,、;；":
        assert tags_mod.SEPARATORS.fullmatch(sep)
