"""Opening the window parses only the global options; anything else goes to the whole parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from zzreader import cli

ROOT = Path(__file__).resolve().parents[2]


def test_no_command_gives_the_window_its_options() -> None:
    args = cli.parse_window_options(["--library", "lib.sqlite", "--new-window", "--lang", "en"])
    assert args is not None and args.command is None
    assert (args.library, args.new_window, args.lang, args.self_test) == ("lib.sqlite", True, "en", False)


def test_a_command_or_help_is_left_to_the_whole_parser() -> None:
    assert cli.parse_window_options(["--library", "lib.sqlite", "stats"]) is None
    assert cli.parse_window_options(["search", "株洲"]) is None
    assert cli.parse_window_options(["--help"]) is None
    assert cli.parse(["--library", "lib.sqlite", "stats"]).command == "stats"


def test_opening_the_window_does_not_import_the_commands() -> None:
    code = (
        "import sys; from zzreader import cli; cli.parse_window_options(['--library', 'x.sqlite']); "
        "print(sorted(m for m in sys.modules if m.startswith(('zzreader.cli.', 'zzreader.core.export', "
        "'zzreader.core.citations', 'markdown', 'bibtexparser', 'numpy'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['zzreader.cli.args', 'zzreader.cli.codes', 'zzreader.cli.language']"


def test_version_is_printed_on_stdout() -> None:
    out = subprocess.run([sys.executable, "-m", "zzreader", "--version"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("zzreader ") and out.stderr == ""
