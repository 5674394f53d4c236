"""The `zzreader` command line: one parser, one module per group of commands.

`build_parser()` knows every command and the global options; `run()` carries
one action out with the message language and the error handling every command
shares. The command line never loads the GUI: `zzreader/__main__.py` is where
the command line and the window meet.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from zzreader.cli import language
from zzreader.cli.codes import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from zzreader.core.errors import ZZReaderError

# The command groups (and the core modules they stand on) are imported when
# the parser is built, so `zzreader search` (cli/quick_search.py) starts
# without them.
ENV_VAR = "ZZREADER_LIBRARY"  # core/library_paths.py ENV_VAR

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main", "parse", "run"]

if TYPE_CHECKING:  # argparse (and gettext) load with the parser: a plain search never builds it
    import argparse

    Action = Callable[[argparse.Namespace], int]


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False` gives the global options alone,
    which is all that opening the window needs (zzreader/__main__.py)."""
    import argparse

    from zzreader.cli import args as cli_args

    parser = cli_args.Parser(
        prog="zzreader",
        description="株洲日报阅读器 / Read, annotate and search 株洲日报 back issues offline. "
        "Without a command, opens the reader window.",
    )
    parser.add_argument("--version", action=cli_args.Version, help="显示版本号并退出 / show program's version number and exit")
    _library_options(parser)
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=cli_args.path,
        help="打开窗口、存 PNG 截图后退出 / open the window, save a PNG of it and exit",
    )
    parser.add_argument(
        "--new-window",
        action="store_true",
        help="另开一个窗口，即使书库已在窗口中打开 / open a second window even if one is open",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="自检后退出 / run the built-in self-test and exit",
    )
    if not commands:
        return parser
    # Each group imports the core modules its commands need.
    from zzreader.cli import annotation, backup, cite, corrections, discovery, library, show

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (library, show, annotation, corrections, backup, cite, discovery):
        group.register(sub)
    for command in sub.choices.values():
        # `zzreader import seeds --library lib.sqlite` as well as `zzreader --library lib.sqlite import seeds`:
        # given after the command, the value reaches the same name; not given, the global one stands.
        _library_options(command, default=argparse.SUPPRESS)
    return parser


def _library_options(parser: argparse.ArgumentParser, **defaults: object) -> None:
    """`--lang` and `--library`, which every command takes before or after its name."""
    from zzreader.cli import args as cli_args

    parser.add_argument(
        "--lang", choices=["zh", "en"],
        help="提示语言（默认随系统区域设置）/ message language (default: the locale's)",
        **defaults,
    )
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=cli_args.path,
        help=f"书库文件（默认 ${ENV_VAR}，否则为用户数据文件夹中的书库） / library file (default: ${ENV_VAR}, "
        "else the per-user data folder)",
        **defaults,
    )


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from zzreader.cli import args as cli_args

    _utf8_streams()
    cli_args.Parser.argv = list(sys.argv[1:] if argv is None else argv)  # the language of a usage error
    return build_parser().parse_args(argv)


def parse_window_options(argv: Sequence[str] | None = None) -> argparse.Namespace | None:
    """The global options when `argv` names no command (the window opens), else None.

    Opening the window then never imports the command modules and the core
    they load (tests/bench/bench_gui.py); anything else, help included,
    goes through the whole parser.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in argv):
        return None
    _utf8_streams()
    from zzreader.cli import args as cli_args

    cli_args.Parser.argv = argv  # the language of a usage error (`zzreader --lang zh --library`)
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; without one, say how to open the window."""
    args = parse(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        hint = "打开窗口请运行 / to open the window run: python -m zzreader"
        lang = language.choose(args.lang)
        if lang is not None:
            from zzreader import i18n

            hint = i18n.pick(hint, lang)
        print(hint, file=sys.stderr)
        return EXIT_USAGE
    return run(args, args.func)


def run(args: argparse.Namespace, action: Action) -> int:
    """Carry out `action` in the chosen message language, errors as one line."""
    from zzreader.cli import terminal

    lang = language.choose(args.lang)
    with terminal.safe_streams(), language.one_language(lang, language.stdout_is_data(args)), _waits_told():
        return guarded(action, args)


@contextlib.contextmanager
def _waits_told() -> Iterator[None]:
    """A write that waits for another zzreader says so on stderr after a second (core/immediate_writes.py)."""
    from zzreader.core import immediate_writes

    def tell(text: str) -> None:
        from zzreader.core import shown

        print(shown.message(text), file=sys.stderr, flush=True)

    previous = immediate_writes.set_default_waiting(tell)
    try:
        yield
    finally:
        immediate_writes.set_default_waiting(previous)


def guarded(action: Action, args: argparse.Namespace) -> int:
    """Known errors become one line on stderr and an exit code, never a traceback."""
    try:
        return action(args)
    except BrokenPipeError:  # e.g. `zzreader export articles | head`; before OSError
        sys.stderr.close()
        return EXIT_OK
    except (ZZReaderError, OSError) as exc:
        # Bad input (a missing folder, an unknown id, an unreadable query) is
        # one line and exit 2; anything else the core refused is exit 1.
        from zzreader.cli import args as cli_args

        usage = cli_args.usage_message(exc)
        if usage is None and not isinstance(exc, ZZReaderError):
            raise
        from zzreader.core import shown  # a name in the message may hold a newline or an escape

        _say(shown.message(usage or str(exc)))
        return EXIT_USAGE if usage is not None else EXIT_FAILED
    except UnicodeEncodeError as exc:
        # A byte that is not UTF-8 in an argument (Python keeps it as a lone surrogate)
        # reaching SQLite or a file: bad input, in one line (core/one_line.py).
        from zzreader.core import one_line

        _say(one_line.unstorable_message(("输入", "The input"), exc.object[exc.start]))
        return EXIT_USAGE
    except sqlite3.Error as exc:
        # What a damaged or altered library breaks mid-command (a malformed
        # page, a missing column, a broken search index): one line, not SQLite's words.
        from zzreader.core import shown

        _say(f"无法完成 / Could not finish: {shown.sqlite_reason(exc)}")
        return EXIT_FAILED
    except MemoryError:
        # `ulimit -v` or `-d`, or a machine out of memory: one line, and every write SQLite began
        # is rolled back as the connection closes (a traceback said the same in 40 lines).
        _say("内存不足，未能完成 / Not enough memory to finish")
        return EXIT_FAILED
    except KeyboardInterrupt as exc:  # Ctrl+C, SIGTERM or SIGHUP (core/stop_signals.py)
        from zzreader.core import stop_signals

        _say(stop_signals.message(exc))
        return stop_signals.exit_code(exc)


def _say(text: str) -> None:
    """One line on stderr; a full or closed stderr leaves the exit code to tell it
    (`zzreader stats >/dev/full 2>&1` ended in a traceback nobody could read, exit 1)."""
    try:
        print(text, file=sys.stderr, flush=True)
    except OSError:
        pass


def _utf8_streams() -> None:
    """Pipes and files get UTF-8 whatever the locale, so JSON output is portable;
    a terminal gets its own encoding, and what it cannot show comes as an escape.

    Writing UTF-8 to a terminal of a GB18030 locale showed "銆屾牚娲层" for
    "「株洲」"; an ASCII terminal (`PYTHONIOENCODING=ascii`) now shows `\u682a`,
    never a traceback. Standard input that is not a terminal (`zzreader search -`)
    is read as UTF-8 too: under `PYTHONIOENCODING=ascii` a query line ended in
    a traceback, under latin-1 "株洲" arrived as mojibake and found nothing, and a
    byte-order mark at the start became part of the first query. A byte that is
    not UTF-8 is kept as an escape, as Python keeps it in an argument (a query line
    of such bytes is then read in the locale's encoding: cli/search_command.py).
    """
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if _is_terminal(stream):
            stream.reconfigure(errors="backslashreplace")
        elif encoding != "utf8":
            stream.reconfigure(encoding="utf-8")
    if hasattr(sys.stdin, "reconfigure") and not _is_terminal(sys.stdin):  # not a closed one either
        try:
            sys.stdin.reconfigure(encoding="utf-8-sig", errors="surrogateescape")
        except (OSError, ValueError):  # already read from (a test's stream): leave it
            pass


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # no stream, a closed one
        return False
