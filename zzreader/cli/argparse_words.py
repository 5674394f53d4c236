"""argparse's own words ("usage:", "the following arguments are required", "invalid choice") in Chinese.

argparse writes its errors and help headings in English through gettext,
which has no Chinese catalogue for it; under `--lang zh` or a Chinese locale
a usage error came out half English ("zzreader highlight: the following
arguments are required: ARTICLE_ID（… 查看用法）"). Rather than patch the
stdlib's gettext hook for the whole process, the finished English message is
read back here, pattern by pattern (Python 3.10-3.13 word them the same), and
written in both languages; cli/args.py shows the half the user reads. A
message no pattern knows stays as argparse wrote it, whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zzreader import i18n

# (argparse's English, its Chinese); groups are values (names, choices) kept as they are.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"the following arguments are required: (.+)", re.DOTALL), lambda m: f"缺少必需的参数：{m[1]}"),
    (re.compile(r"invalid choice: (.+?) \(choose from (.+)\)", re.DOTALL), lambda m: f"无效的选项 {m[1]}（可选：{m[2]}）"),
    (re.compile(r"expected one argument"), lambda m: "需要一个值"),
    (re.compile(r"expected at most one argument"), lambda m: "最多只能有一个值"),
    (re.compile(r"expected at least one argument"), lambda m: "至少需要一个值"),
    (re.compile(r"expected (\d+) arguments?"), lambda m: f"需要 {m[1]} 个值"),
    (re.compile(r"unrecognized arguments: (.+)", re.DOTALL), lambda m: f"无法识别的参数：{m[1]}"),
    (re.compile(r"ambiguous option: (\S+) could match (.+)", re.DOTALL), lambda m: f"选项 {m[1]} 有歧义，可能是：{m[2]}"),
    (re.compile(r"not allowed with argument (.+)", re.DOTALL), lambda m: f"不能与参数 {m[1]} 同时使用"),
    (re.compile(r"ignored explicit argument (.+)", re.DOTALL), lambda m: f"这个选项不带值：{m[1]}"),
    (re.compile(r"one of the arguments (.+) is required", re.DOTALL), lambda m: f"必须给出其中一个参数：{m[1]}"),
    (re.compile(r"invalid (\S+) value: (.+)", re.DOTALL), lambda m: f"无效的值：{m[2]}"),
    (re.compile(r"unexpected option string: (.+)", re.DOTALL), lambda m: f"意外的选项：{m[1]}"),
    (re.compile(r"can't open '(.+)': (.+)", re.DOTALL), lambda m: f"无法打开 {m[1]}：{m[2]}"),
]
_ARGUMENT = re.compile(r"argument (\S+?): (.+)", re.DOTALL)  # argparse's "argument --color: <message>"

HEADINGS = {  # help-page headings argparse writes in English
    "usage: ": ("用法：", "usage: "),
    "positional arguments": ("位置参数", "positional arguments"),
    "options": ("选项", "options"),
    "optional arguments": ("选项", "optional arguments"),  # before Python 3.10
}
HELP_OPTION = "show this help message and exit"
HELP_OPTION_ZH = "显示帮助并退出"


def halves(message: str) -> tuple[str, str]:
    """`message` (argparse's English, or ours "中文 / English" after "argument X: ") as (Chinese, English)."""
    found = _ARGUMENT.fullmatch(message)
    if found:
        zh, en = halves(found[2])
        return f"参数 {found[1]}：{zh}", f"argument {found[1]}: {en}"
    for pattern, chinese in _MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return chinese(found), message
    return i18n.pick(message, "zh"), i18n.pick(message, "en")  # ours, or words no pattern knows


def in_language(message: str, lang: str | None) -> str:
    """`message` in `lang`, or "中文 / English" for both (None)."""
    zh, en = halves(message)
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return en if zh == en else f"{zh} / {en}"


def heading(text: str, lang: str | None) -> str:
    """A help heading ("usage: ", "options") in `lang`, both for None ("用法 / usage: ")."""
    pair = HEADINGS.get(text)
    if pair is None:
        return text
    zh, en = pair
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return f"{zh.rstrip('：')} / {en}"


def help_option(text: str, lang: str | None) -> str:
    """-h's own help line ("show this help message and exit") in `lang`."""
    if text != HELP_OPTION:
        return text
    return {"zh": HELP_OPTION_ZH, "en": HELP_OPTION}.get(lang or "", f"{HELP_OPTION_ZH} / {HELP_OPTION}")
