"""Every CSV the app writes is safe to open in a spreadsheet, and every export is written whole.

New formula shapes beyond the first hardening: a formula after leading
blanks (ASCII, full-width, no-break), full-width signs (＝＋－＠), a newline
first; in every column of the annotations CSV and in the query column of
the trend CSV (a query like "-广告 株洲" starts with a minus). A write that
fails half-way leaves the old file as it was and no partial file behind.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import atomic_file, csv_safe, export, export_text

PAYLOADS = (" =1+1", "\u3000=HYPERLINK(\"http://evil.example\")", "\u00a0+1", "＝1+1", "＋1", "－1", "＠SUM(A1)",
            "\n=1", "  @x", "\t-1", "=cmd|' /C calc'!A0",
            # Fourth round: other blanks, controls and format characters first, other forms of the signs.
            "\ufeff=1+1", "\u200b=HYPERLINK(\"x\")", "\x0b=1", "\x0c+1", "\x1f-1", "\x00=1", "\u2003=1",
            "\u205f@x", "\u1680=1", "\u2028=1", "\u00ad=1", "﹦1+1", "﹢1", "﹣1", "﹫SUM(A1)", "⁼1", "⁺1",
            "\u200e\u3000＝1")  # fmt: skip


@pytest.mark.parametrize("text", PAYLOADS)
def test_a_cell_that_could_run_is_made_text(text: str) -> None:
    # Control and format characters leave the cell (core/export_text.py); the rest is made text.
    assert csv_safe.cell(text) == "'" + export_text.plain(text)


def test_plain_cells_and_numbers_are_left_alone() -> None:
    assert csv_safe.cell("株洲日报 -5") == "株洲日报 -5" and csv_safe.cell("a=b") == "a=b"
    assert csv_safe.cell(-5) == -5 and csv_safe.cell(1.5) == 1.5 and csv_safe.cell(None) == ""
    assert csv_safe.cell(True) == "True"
    assert csv_safe.cell("\u200b株洲") == "株洲" and csv_safe.cell("−5 度") == "−5 度"
    assert csv_safe.cell("\x00\u3000") == "\u3000"
    assert csv_safe.cell("第一行\n第二行\t末") == "第一行\n第二行\t末"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_annotation_column_is_neutralised(tmp_path: Path, payload: str) -> None:
    library = seeded_library(tmp_path / "lib.sqlite")
    h = library.highlights.add(1, 0, 4).value
    columns = ("id", "issue_source", "prefix", "suffix", "exact", "note", "color", "style", "created", "modified")
    with library.lock, library.db.atomic():
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        library.db.execute(f"UPDATE highlights SET {sets}, article_id = NULL, anchor_state = 'orphan' WHERE id = ?",
                           [payload] * len(columns) + [h.id])  # fmt: skip
    rows = list(csv.reader(io.StringIO(export.export_csv(library))))
    assert len(rows) == 2
    for name, value in zip(rows[0], rows[1], strict=True):
        stripped = value.lstrip(csv_safe.BLANKS)
        assert stripped[:1] not in csv_safe.FORMULA_STARTS and value[:1] not in csv_safe.FORMULA_STARTS, (name, value)


def test_the_trend_csv_query_column_is_neutralised(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    seeded_library(tmp_path / "lib.sqlite").close()
    target = tmp_path / "trend.csv"
    code = cli.main(["--library", str(tmp_path / "lib.sqlite"), "trend", "株洲 -广告", "=株洲", "＠株洲", " +株洲",
                     "--csv", str(target)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    queries = {row[0] for row in csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")))}
    assert queries == {"query", "株洲 -广告", "'=株洲", "'＠株洲", "' +株洲"}


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    target.write_text("旧的导出\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file.text_file(target) as out:
        out.write("半截" * 1000)
        raise RuntimeError("killed half-way")
    assert target.read_text(encoding="utf-8") == "旧的导出\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]
    atomic_file.write_text(target, "新的导出\n")
    assert target.read_text(encoding="utf-8") == "新的导出\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]


@pytest.mark.parametrize("argv", [["export", "articles"], ["export", "corrections"], ["cite", "1", "2"],
                                  ["export", "annotations", "--format", "csv"]])  # fmt: skip
def test_cli_exports_are_written_whole(tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture) -> None:
    seeded_library(tmp_path / "lib.sqlite").close()
    out = tmp_path / "out" / "file.txt"
    out.parent.mkdir()
    code = cli.main(["--library", str(tmp_path / "lib.sqlite"), *argv, "--output", str(out)])
    assert code == 0, capsys.readouterr().err
    assert [p.name for p in out.parent.iterdir()] == ["file.txt"] and out.stat().st_size > 0


def test_a_killed_writers_partial_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    """A process killed mid-export leaves `.NAME.PID.part`; the next write to NAME removes it."""
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    target = tmp_path / "notes.csv"
    stale = tmp_path / f".notes.csv.{pid}.part"
    stale.write_text("半截", encoding="utf-8")
    other = tmp_path / f".other.csv.{pid}.part"  # another target's: not ours to judge now
    other.write_text("x", encoding="utf-8")
    atomic_file.write_text(target, "完整的导出")
    assert target.read_text(encoding="utf-8") == "完整的导出"
    assert not stale.exists() and other.exists()
    live = tmp_path / f".notes.csv.{os.getppid()}.part"  # a process that is running
    live.write_text("正在写", encoding="utf-8")
    atomic_file.write_text(target, "再一次")
    assert live.exists()  # a live writer's file is left alone
