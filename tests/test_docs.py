"""The README documents every command, option and public JSON key."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from zzreader import cli
from zzreader.core.models import Article, Issue

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_subcommand_is_in_the_readme_and_has_help():
    for name, parser in _subcommands().items():
        assert f"zzreader {name}" in README, f"`zzreader {name}` is not documented in README.md"
        assert parser.description or parser.format_help().strip()


def test_every_option_of_every_subcommand_is_in_the_readme():
    missing = []
    for name, parser in _subcommands().items():
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and option not in README:
                    missing.append(f"{name} {option}")
    assert not missing, f"options not documented in README.md: {missing}"


def test_top_level_options_are_documented():
    for option in ("--library", "ZZREADER_LIBRARY", "--screenshot", "--self-test"):
        assert option in README


def test_parse_json_keys_are_documented():
    sample = Issue(source="x.txt", sha256="", encoding="utf-8", text="", articles=[Article(title="t")])
    data = sample.to_json()
    block = README[README.index("### `parse --json`"):]
    for key in data:
        assert re.search(rf'"{key}"', block), f"issue key {key!r} missing from the README"
    for key in data["articles"][0]:
        assert re.search(rf'"{key}"', block), f"article key {key!r} missing from the README"


def test_the_readme_test_command_is_what_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = ci.strip().splitlines()[-1]
    assert command in README
