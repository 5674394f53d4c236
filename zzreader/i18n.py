"""User-facing strings in Chinese (the default) and English, without Qt.

The CLI and the GUI share one catalog, `resources/i18n/messages.json`, which
maps a stable key to its Chinese and English text. A plain JSON file keeps the
two languages side by side, so a missing translation shows up in review and in
`tests/gui/test_i18n.py`, and a frozen build only has to bundle one data file.

    tr("menu.file")            -> "文件" (or "File" after set_language("en"))
    tr("status.counts", issues=5, articles=62)
    tr("count.articles", n=1)  -> "1篇" / "1 article" (an optional "en_one" form)
    both("import.failed")      -> "导入失败 / Import failed" (CLI style)
    pick("文件为空 / The file is empty.")  -> "文件为空" (or the English half)
"""

from __future__ import annotations

import json
import os
import re
from functools import cache

from zzreader.resources import root_folder

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
ENV_VAR = "ZZREADER_LANG"

_language = DEFAULT_LANGUAGE


def catalog_path() -> str:
    return os.path.join(root_folder(), "resources", "i18n", "messages.json")


@cache
def catalog() -> dict[str, dict[str, str]]:
    """key -> {"zh": ..., "en": ...}; read once per process."""
    with open(catalog_path(), encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def normalise(language: str | None) -> str:
    """'zh_CN', 'zh-Hans', 'en_GB.UTF-8' -> 'zh' / 'en'; anything else -> Chinese."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str | None) -> str:
    """Choose the language of `tr()`; returns the normalised code."""
    global _language
    _language = normalise(language)
    return _language


def language() -> str:
    return _language


def tr(key: str, /, lang: str | None = None, **values: object) -> str:
    """The text for `key` in the current (or given) language, formatted with `values`.

    An unknown key returns the key itself, so a typo is visible on screen
    instead of crashing a dialog.
    """
    entry = catalog().get(key)
    if entry is None:
        return key
    code = lang or _language
    text = entry.get(code) or entry.get(DEFAULT_LANGUAGE) or key
    if values.get("n") == 1 and f"{code}_one" in entry:  # "1 article", not "1 articles"
        text = entry[f"{code}_one"]
    return text.format(**values) if values else text


def without_mnemonic(text: str) -> str:
    """A menu name as a tooltip or sentence shows it: no '&', no Chinese '(&S)' ('缩小字号(&S)' -> '缩小字号')."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "")


def both(key: str, /, **values: object) -> str:
    """"中文 / English" for messages that must read in either language (CLI, logs)."""
    zh, en = tr(key, lang="zh", **values), tr(key, lang="en", **values)
    return zh if zh == en else f"{zh} / {en}"


if os.environ.get(ENV_VAR):
    set_language(os.environ[ENV_VAR])


# " / ", or "/ " right after a full-width closing bracket: "（不能用 '２'）/ dates take …" was
# shown whole, in both languages, inside a one-language line.
_SEPARATOR = re.compile(r"(?:(?<=[）」》】])| )/ ")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(Han character, label pair, English prose), compiled when a message is first
    picked: a command that prints nothing but results never pays for them."""
    han = re.compile(r"[\u3400-\u9fff]")
    # A short label pair inside a line: Chinese word(s) / English word(s), ended by ": <a value>",
    # a comma, two spaces or the end ("type: 后面缺少内容 / type: needs a value" is a sentence, not a label).
    # Not a label: the end of a longer Chinese sentence ("不是普通文件，已跳过 / not a …").
    pair = re.compile(
        r"(?<![\u3000-\u303f\uff00-\uffef\u3400-\u9fff])([\u3400-\u9fff]+) / ([A-Za-z][A-Za-z ]*?(?: \([A-Za-z ]+\))?)"
        r"(?=:\s*(?:[^A-Za-z\s]|[A-Za-z]+[^A-Za-z\s])|,|\s{2}|$)"
    )
    # An English phrase after the colon ("add something to search for") is the Chinese
    # half's own words; an id, a path, a number or a file name is a value the Chinese
    # half lacks (a full stop ends a sentence; one inside a word is a name's: notes.txt).
    prose = re.compile(r"(?:[A-Za-z ,;'()-]|\.(?![A-Za-z0-9]))*")
    return han, pair, prose


# A message may carry another's in its English half ("无法备份书库 / Could not back up the library:
# a.sqlite: 磁盘只读 / the disk is read-only"): picked again until nothing is left to pick.
MAX_NESTED = 4


def pick(text: str, /, lang: str | None = None) -> str:
    """One language out of a core message written "中文 / English", a reason it quotes
    in both languages too (MAX_NESTED deep): the window showed "Could not back up the
    library: a.sqlite: 磁盘只读 / the disk is read-only", and the command line did too."""
    for _ in range(MAX_NESTED):
        picked = _pick_once(text, lang)
        if picked == text:
            break
        text = picked
    return text


def _pick_once(text: str, /, lang: str | None = None) -> str:
    """One language out of a core message written "中文 / English".

    The core writes its errors and warnings in both languages (they are also
    stored, e.g. an issue's import warnings); what is shown picks the
    interface language. The split is at the first " / " with Chinese before
    it and a Latin letter, digit or quote after it, so a " / " inside either
    half ("株洲 / 湘潭", a path) does not split the message. Text with no
    such separator is returned whole. A line of several short labels
    ("导入 / imported: 5  未变 / unchanged: 0") or a label after other text
    ("! a.txt: 1 条提示 / warnings") has each label picked in place.

    Many core messages put the value only after the English label
    ("没有这篇文章 / No such article: 42"); the Chinese half then gets it
    too ("没有这篇文章：42"), unless the label before the colon is shared by
    both halves ("type: 后面缺少内容 / type: needs a value") or what follows
    it is English words, not a value.
    """
    code = lang or _language
    han, pair, prose = _patterns()
    quoted = _quoted_spans(text)
    pairs = [m for m in pair.finditer(text)
             if _is_label(text, m.start(), m[2]) and not _inside(quoted, m.start())]
    if len(pairs) > 1 or (pairs and pairs[0].start() > 0):  # labels: "导入 / imported: 5  未变 / unchanged: 0"
        chosen = {m.start(): m[1] if code == "zh" else m[2] for m in pairs}
        text = pair.sub(lambda m: chosen.get(m.start(), m[0]), text)
        # then a sentence pair may remain: "path: 不是普通文件，已跳过 / not a regular file, skipped: 文件夹"
    start = 0
    quoted = _quoted_spans(text)
    while (found := _SEPARATOR.search(text, start)) is not None:
        at = found.start()
        left, right = text[:at], text[found.end():]
        if not _inside(quoted, at) and han.search(left) and right[:1].isascii() and right[:1] not in (" ", ""):
            if code != "zh":
                return _kept_prefix(left, right) + right
            label, colon, value = right.partition(": ")
            if colon and label not in left and value not in left and not prose.fullmatch(value):
                return f"{left.rstrip('：: ')}：{value.strip()}"
            return left
        start = at + 1
    return text


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where a message quotes a value (「市 / City」, "市 / City"): a " / " in there is the
    value's own, never the separator. An unclosed quote quotes nothing."""
    return [m.span() for m in re.finditer(r"「[^「」]*」|\"[^\"]*\"", text)]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(lo < at < hi for lo, hi in spans)


def _is_label(text: str, start: int, english: str = "") -> bool:
    """A pair at `start` is a label when no Chinese stands before it in its clause: in
    "不是 zzreader 修订文件 / Not a …" the pair is the end of a sentence, in
    "! a.txt: 1 条提示 / warnings" a label after a value. Nor is it when the English half
    starts with the word before it: "start 不是整数 / start is not a whole number" is a
    sentence on a field both halves name (picked as a label, English showed "start start")."""
    clause = re.split(r": |, |,|\s{2}|：|，", text[:start])[-1]
    words = clause.split()
    if words and english.startswith(words[-1] + " "):
        return False
    return not _han_in(clause)


def _kept_prefix(left: str, right: str) -> str:
    """What stands before the Chinese half ("a.txt: 文件为空 / The file is empty."), which the
    English half lacks: up to the last ": " before it, unless the English half repeats it;
    else the indent."""
    cut = left.rfind(": ")
    if cut < 0:
        return left[: len(left) - len(left.lstrip())]  # a warning's indent under its file's line
    prefix = left[: cut + 2]
    head, _, label = left[:cut].rpartition(": ")
    if right.startswith(label + ": "):  # a label both halves have ("type: 后面缺少内容 / type: needs a value")
        prefix = head + ": " if head else ""
    # A prefix is a name, a mark or an English label; one that starts in Chinese is the
    # Chinese half itself ("无法打开书库 a: b.sqlite / Cannot open library a: b.sqlite").
    return "" if _han_in(prefix[-3:]) or _han_in(prefix.lstrip()[:1]) else prefix


def _han_in(text: str) -> bool:
    return bool(_patterns()[0].search(text))


def pick_lines(text: str, /, lang: str | None = None) -> str:
    """`pick` on every line of a multi-line message."""
    return "\n".join(pick(line, lang) for line in text.split("\n"))
