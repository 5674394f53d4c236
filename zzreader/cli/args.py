"""How the `zzreader` command reads its arguments and answers bad ones.

Bad input gets one clear line on stderr and exit code 2 (argparse's own
convention for usage errors), never a usage dump or a traceback:
- `Parser.error` prints one line (the problem, then where to find help);
- a word that starts with "-" but is no option of the command (a search that
  excludes a word, `zzreader search "-广告 株洲"`) is an argument, as a user means it;
- numbers are checked where they are read (`count`, `positive`, `article_id`),
  so SQLite never sees 99999999999999999999, and are ASCII digits only: Python's
  int() also reads "١٢" (Arabic-Indic), "１２" (full-width) and "1_000", which a
  user who typed them cannot have meant as the same number; so do dates (`date`);
- `usage_message` turns the errors a command meets on bad input (a missing
  folder, an unknown id) into that one line.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from zzreader.core.errors import ZZReaderError

EXIT_USAGE = 2
# SQLite's INTEGER is 64-bit; no count or id of the library comes near this.
MAX_NUMBER = 2**31 - 1


class Version(argparse.Action):
    """--version, reading the package metadata only when asked (zzreader/__init__.py)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        import zzreader

        # on stdout, as argparse's own version action; a full or closed stdout is told (Parser._print_message)
        parser._print_message(f"zzreader {zzreader.__version__}\n", sys.stdout)
        parser.exit()


class UsageError(ZZReaderError):
    """Bad input on the command line: one line, exit code 2."""


def _shown_language() -> str | None:
    """The language a help page or a usage error shows in (None: both), before `run` sets it."""
    from zzreader.cli import language

    return language.choose(_lang_flag(Parser.argv))


# Where a help text's Chinese half may end: " / " or "）/ " before a Latin letter, digit or sign.
_HELP_HALVES = re.compile(r"(?:(?<=[）」》)])| )/ (?=[A-Za-z0-9$(\"'.])")


def _has_han(text: str) -> bool:
    """Whether `text` holds a Chinese character; not a regex: Python's `re` takes some 5 ms to
    compile a class of the CJK range, at every start of the window (tests/bench/bench_gui.py)."""
    return any("\u3400" <= c <= "\u9fff" for c in text)


def one_language_help(text: str, lang: str | None) -> str:
    """One half of a "中文 / English" help text (the whole text when it has no halves, or for both):
    the first separator with Chinese before it ("每个检索一行 JSON / one JSON line per query")."""
    for found in _HELP_HALVES.finditer(text) if lang else ():
        if _has_han(text[: found.start()]):
            return text[: found.start()].rstrip() if lang == "zh" else text[found.end() :]
    return text


class OneLanguageHelp(argparse.HelpFormatter):
    """`--help` in the chosen language: argparse prints it while parsing, before the streams
    that pick every other message are in place (cli/language.py); argparse's own headings
    and -h's line too (cli/argparse_words.py)."""

    def _expand_help(self, action: argparse.Action) -> str:
        # loads with a help page or an error, never with the window (tests/cli/test_window_options.py)
        from zzreader.cli import argparse_words

        lang = _shown_language()
        return one_language_help(argparse_words.help_option(super()._expand_help(action), lang), lang)

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            from zzreader.cli import argparse_words

            prefix = argparse_words.heading("usage: ", _shown_language())
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        from zzreader.cli import argparse_words

        super().start_section(argparse_words.heading(heading, _shown_language()) if heading else heading)

    def _format_text(self, text: str) -> str:
        return super()._format_text(one_language_help(text, _shown_language()))


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors and words like "-广告" read as arguments."""

    argv: Sequence[str] = ()  # what is being parsed, for the language of an error (cli/__init__.py parse)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", OneLanguageHelp)  # the subcommands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        from zzreader.core import shown  # an argument may hold a newline or an escape

        lang = _shown_language()
        hint = {"zh": f"（{self.prog} --help 查看用法）", "en": f" (see {self.prog} --help)"}.get(
            lang or "", f"（{self.prog} --help 查看用法 / see {self.prog} --help）"
        )
        # argparse stops before the streams pick a language (cli/language.py), and its own
        # words are English whatever the language (cli/argparse_words.py)
        from zzreader.cli import argparse_words

        message = argparse_words.in_language(message, lang)
        try:
            print(f"{self.prog}: {shown.message(message)}{hint}", file=sys.stderr, flush=True)
        except OSError:  # stderr full or closed: the exit code still says it
            pass
        raise SystemExit(EXIT_USAGE)

    def _print_message(self, message: str, file: Any = None) -> None:
        """Write help or a version; argparse drops a failed write and exits 0 (`zzreader --help
        > /dev/full` "succeeded" with nothing written, `--version >&-` was a traceback).
        Now the failure is one line on stderr and exit 2, as for any command's output."""
        if not message:
            return
        file = file or sys.stderr
        try:
            file.write(message)
            file.flush()  # a full disk answers the flush, not the buffered write
        except OSError as exc:
            if file is sys.stderr:
                raise SystemExit(EXIT_USAGE) from None  # nowhere left to tell it
            from zzreader import i18n
            from zzreader.core import shown

            text = usage_message(exc) or str(exc)
            lang = _shown_language()
            try:
                print(shown.message(i18n.pick(text, lang) if lang else text), file=sys.stderr, flush=True)
            except OSError:
                pass
            raise SystemExit(EXIT_USAGE) from None

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        """A lone `--` after the `--` that ends the options is a value (`highlight 3 -- --`).

        Python 3.11's argparse drops the first `--` of every argument's strings, so that
        one became an empty list, shown as "Quote not found in article 3: []".
        """
        if arg_strings == ["--"] and action.nargs in (None, argparse.OPTIONAL):
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)

    def _parse_optional(self, arg_string: str) -> Any:
        if _is_dash_word(arg_string, self._option_string_actions):
            return None  # a positional argument, not an unknown option
        return super()._parse_optional(arg_string)


def _lang_flag(argv: Sequence[str]) -> str | None:
    """The `--lang` value in `argv` when it is one (the parse that failed may not have reached it)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        if value in ("zh", "en"):
            return value
    return None


def _is_dash_word(arg: str, options: dict[str, Any]) -> bool:
    """`-广告`, `-"套话"` or `-(`: a single dash before something that is no option.

    Long options (`--x`) keep argparse's own rules, so a mistyped `--limt`
    is still reported as unknown.
    """
    if len(arg) < 2 or arg[0] != "-" or arg[1] == "-":
        return False
    return not any(arg == opt or (len(opt) == 2 and arg.startswith(opt) and arg[2:3].isdigit())
                   for opt in options)  # fmt: skip


_ASCII_INTEGER = re.compile(r"[+-]?[0-9]+", re.ASCII)


def _number(zh: str, en: str, low: int, high: int = MAX_NUMBER) -> Callable[[str], int]:
    def read(text: str) -> int:
        if not _ASCII_INTEGER.fullmatch(text.strip()):
            raise argparse.ArgumentTypeError(
                f"不是整数（只能用 0–9）：{text[:30]!r} / not a whole number (digits 0-9 only): {text[:30]!r}")
        value = _clamped(text.strip(), low, high)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{zh}应在 {low}–{high} 之间 / {en} must be between {low} and {high}: {text[:30]}"
            )
        return value

    read.__name__ = en  # argparse names the type in its message
    return read


def _clamped(text: str, low: int, high: int) -> int:
    """int(text) for an ASCII integer, or a value just outside low..high for one too long for
    int() (more than 4300 digits: Python's ValueError became argparse's "invalid value")."""
    digits = text.lstrip("+-").lstrip("0") or "0"
    if len(digits) <= len(str(max(abs(low), abs(high)))):
        return -int(digits) if text.startswith("-") else int(digits)
    return low - 1 if text.startswith("-") else high + 1


def path(text: str) -> str:
    """A file or folder named on the command line: not empty (that would silently mean the
    default library), no NUL (no file can have one)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("路径为空 / the path is empty")
    if "\x00" in text:
        raise argparse.ArgumentTypeError("路径含 NUL 字符 / the path holds a NUL character")
    return text


path.__name__ = "path"


def output(text: str) -> str | None:
    """An --output FILE: `-` is standard output (the default), as `-` is standard input for
    `import-annotations`; it used to write a file named "-" in the current folder."""
    return None if text == "-" else path(text)


output.__name__ = "path"


def non_ascii_digit(text: str) -> str | None:
    """The first digit in `text` that is not 0–9 ("١", "３", "²"), or None."""
    return next((ch for ch in text if ch.isdigit() and not ch.isascii()), None)


def date(text: str) -> str:
    """A date on the command line (2019, 2019-03, 2019-03-12, 03-12): its digits ASCII only."""
    if not text.strip():  # "" meant no date at all, as an empty path meant the current folder
        raise argparse.ArgumentTypeError("日期不能为空 / a date cannot be empty")
    bad = non_ascii_digit(text)
    if bad is not None:
        raise argparse.ArgumentTypeError(
            f"日期只能用数字 0–9（不能用 {bad!r}）/ dates take the digits 0-9 only, not {bad!r}")
    return text


date.__name__ = "date"
count = _number("数量", "count", 0)
positive = _number("序号", "number", 1)
article_id = _number("文章 id", "article id", 1)
year = _number("年份", "year", 1, 9999)  # what datetime.date can hold
month = _number("月份", "month", 1, 12)


def usage_message(exc: BaseException) -> str | None:
    """One line for an error that bad input causes, or None for a real failure."""
    if isinstance(exc, UsageError):
        return str(exc)
    if isinstance(exc, IsADirectoryError):
        return f"这是一个文件夹，请给出文件名 / This is a folder, give a file name: {exc.filename}"
    if isinstance(exc, FileNotFoundError):
        return f"文件或文件夹不存在 / No such file or folder: {exc.filename}"
    if isinstance(exc, NotADirectoryError):
        return f"路径中有一段不是文件夹 / A part of this path is not a folder: {exc.filename}"
    if isinstance(exc, PermissionError):
        return f"没有权限 / Permission denied: {exc.filename}"
    if isinstance(exc, OSError):
        from zzreader.core import shown

        why = shown.os_reason(exc)
        where = f" {exc.filename}" if exc.filename else ""
        return f"无法读写{where} / Cannot read or write{where}: {why}"  # the name in both halves
    # The core's "your input is wrong" errors: an unknown id, a query or a
    # quote it cannot read, a file that is not what the command needs.
    if isinstance(exc, ZZReaderError) and isinstance(exc, ValueError | LookupError):
        return str(exc)
    return None
