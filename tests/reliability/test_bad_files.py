"""Bad files: a folder import mixing odd and valid files.

Every file gets its own clear outcome (CLI summary, --json report, the
window's import summary); valid files import; failures leave nothing in the
library; nothing hangs (the 6 MB single-line file parses in seconds: the
time is printed, the subprocess timeout is the hang guard).

The Latin-1 English text is refused ("almost no Chinese text: it does not
look like an issue of the paper"): a dump of this newspaper is Chinese, and
importing such a file would only put an undated, unsearchable issue in the
archive. The README's parser notes say so.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS, table_dump
from tests.reliability.helpers import consistency_problems, run_cli
from zzreader.core.importer import import_paths
from zzreader.core.parse import parse_bytes
from zzreader.core.store import open_library

HUGE_BYTES = 6_000_000
BAD_LINE = 11  # 1-based line that gets invalid UTF-8 bytes


def _huge_single_line() -> bytes:
    """A 6 MB dump whose newlines were lost: the seeds (mastheads too) on one line."""
    body = "".join(s.read_text(encoding="utf-8").replace("\n", "") for s in SEEDS).encode()
    data = (body * (HUGE_BYTES // len(body) + 1))[:HUGE_BYTES]
    return data.decode("utf-8", "ignore").encode()  # cut at a character boundary


def _with_bad_bytes() -> bytes:
    lines = SEEDS[0].read_bytes().split(b"\n")
    lines[BAD_LINE - 1] = b"\xff\xfe" + lines[BAD_LINE - 1] + b"\x80"
    return b"\n".join(lines)


LATIN1 = (
    "Caf\xe9 society notes. The na\xefve r\xe9sum\xe9 of the committee was read aloud; "
    "se\xf1or Garc\xeda thanked everyone.\n"
) * 120

# name -> (bytes, expected status, words the error or a warning must contain)
CASES: dict[str, tuple[bytes, str, tuple[str, ...]]] = {
    "empty.txt": (b"", "failed", ("文件为空", "empty")),
    "blank.txt": (b"  \n\t\r\n   \n", "failed", ("文件为空", "empty")),
    "picture.txt": (
        b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(6000), "failed", ("这是图片（PNG）", "picture (PNG)"),
    ),
    "latin1.txt": (LATIN1.encode("latin-1"), "failed", ("中文", "no Chinese")),
    "utf16.txt": (SEEDS[1].read_text(encoding="utf-8").encode("utf-16"), "imported", ()),
    "huge.txt": (_huge_single_line(), "imported", ("很长", "characters long")),
    "badbytes.txt": (_with_bad_bytes(), "imported", (f"第 {BAD_LINE} 行", f"line(s) {BAD_LINE}")),
    "nested/2024/12/zzrb-valid.txt": (SEEDS[2].read_bytes(), "imported", ()),
    "nested/deep/er/还是有效.md": (SEEDS[3].read_bytes(), "imported", ()),
}
IGNORED = {  # not issue files: never looked at
    ".hidden/secret.txt": b"\x00",
    "nested/photo.jpg": b"\xff\xd8\xff",
    ".DS_Store.txt": b"x",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad") / "incoming"
    for name, (data, _, _) in CASES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    for name, data in IGNORED.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def _check_outcome(name: str, entry: dict) -> None:
    _, status, words = CASES[name]
    assert entry["status"] == status, (name, entry)
    said = entry["error"] if status == "failed" else "\n".join(entry["warnings"])
    for word in words:
        assert word in said, (name, said)
    if status == "failed":
        assert " / " in said and entry["issue_id"] is None and entry["articles"] == 0
    else:
        assert entry["articles"] >= 1 and entry["issue_id"] is not None


def test_cli_import_gives_every_file_its_outcome_and_keeps_only_the_valid(folder: Path, tmp_path: Path) -> None:
    lib_path = tmp_path / "library.sqlite"
    started = time.monotonic()
    done = run_cli("--library", lib_path, "import", folder, "--json", timeout=180)
    took = time.monotonic() - started
    assert done.returncode == 1  # some files failed
    report = json.loads(done.stdout)
    by_name = {Path(f["path"]).relative_to(folder).as_posix(): f for f in report["files"]}
    assert set(by_name) == set(CASES)  # each file once; hidden and non-.txt/.md ignored
    for name, entry in by_name.items():
        _check_outcome(name, entry)
    assert report["summary"]["failed"] == 4 and report["summary"]["imported"] == 5

    with open_library(lib_path) as library:
        sources = {i.source for i in library.issue_summaries()}
        assert sources == {Path(n).name for n, c in CASES.items() if c[1] == "imported"}
        assert consistency_problems(library) == []
        utf16 = library.issue_by_source("utf16.txt")
        assert utf16 is not None and utf16.encoding.startswith("utf-16")
        expected = len(parse_bytes(SEEDS[1].read_bytes(), SEEDS[1].name).articles)
        assert utf16.article_count == expected
        huge = library.issue_by_source("huge.txt")
        assert huge is not None
        assert sum(len(a.text) for a in map(library.article, _ids(library, huge.id))) > 1_900_000
    print(f"\nbad files: {len(CASES)} files (+{len(IGNORED)} ignored) imported in {took:.1f} s")

    # Again: valid files are unchanged, failures fail the same way, nothing moves.
    before = table_dump(lib_path)
    again = json.loads(run_cli("--library", lib_path, "import", folder, "--json", timeout=180).stdout)
    assert again["summary"]["unchanged"] == 5 and again["summary"]["failed"] == 4
    assert table_dump(lib_path) == before


def _ids(library, issue_id: int) -> list[int]:
    return [a.id for a in library.article_summaries(issue_id)]


def test_cli_summary_names_each_failure_and_each_warning(folder: Path, tmp_path: Path) -> None:
    done = run_cli("--library", tmp_path / "library.sqlite", "import", folder, timeout=180)
    assert done.returncode == 1
    out = done.stdout
    assert "失败 / failed: 4" in out and "导入 / imported: 5" in out
    for name, (_, status, words) in CASES.items():
        path = str(folder / name)
        lines = [line for line in out.splitlines() if path in line]
        if status == "failed":
            assert len(lines) == 1 and lines[0].startswith("✗ ") and words[-1] in lines[0], name
        elif words:
            assert len(lines) == 1 and lines[0].startswith("! "), name
            assert words[-1] in out
    assert "locked" not in done.stderr and "Traceback" not in done.stderr


def test_the_huge_single_line_parses_in_seconds() -> None:
    data = CASES["huge.txt"][0]
    started = time.monotonic()
    issue = parse_bytes(data, "huge.txt")
    took = time.monotonic() - started
    assert HUGE_BYTES - 3 <= len(data) <= HUGE_BYTES
    assert sum(len(a.text) for a in issue.articles) > 1_900_000
    print(f"\n6 MB without a newline: parsed in {took:.2f} s")


def test_a_long_line_that_mentions_a_masthead_phrase_is_still_an_article() -> None:
    text = (
        "全力以赴完成医保参保工作任务。"
        + "株洲日报讯 全市医保参保缴费工作推进会议召开，副市长出席并讲话。" * 100
        + "（2024年12月5日 星期四 第 12345 期）"
    )
    issue = parse_bytes(text.encode(), "x.txt")
    assert issue.articles and not issue.unassigned


def test_the_window_import_summary_has_one_row_per_file(folder: Path, tmp_path: Path, qtbot) -> None:
    pytest.importorskip("PySide6")
    from zzreader.gui.import_dialog import ImportDialog
    from zzreader.gui.workers import Job
    from zzreader.i18n import pick, pick_lines

    with open_library(tmp_path / "library.sqlite") as library:
        report = import_paths(library, [folder], workers=0)

    class _Lane:
        def forget(self, job: object) -> None:
            pass

    dialog = ImportDialog(Job(_Lane(), lambda *a: None))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    table = dialog.table
    shown = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, c).text() if table.item(row, c) else "" for c in range(4)]
        shown[cells[0]] = cells
    assert len(shown) == table.rowCount() == len(CASES)
    for f in report.files:
        cells = next(c for key, c in shown.items() if Path(f.path).name in key)
        if f.status == "failed":
            # The reason, in the interface language (Chinese here), in the Note column ...
            assert f.error and pick(f.error.split("\n")[0], "zh") == cells[3]
            # ... and in full in the detail pane when the row is selected.
            dialog.table.selectRow(list(shown).index(cells[0]))
            assert pick_lines(f.error, "zh") in dialog.detail.toPlainText()
