"""The Qt-free translation helper shared by the CLI and the GUI."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from zzreader import i18n
from zzreader.i18n import both, tr


def test_known_string_resolves_in_both_languages():
    assert tr("menu.file", lang="zh") == "文件(&F)"
    assert tr("menu.file", lang="en") == "&File"
    i18n.set_language("en")
    assert tr("import.status.failed") == "Failed"
    i18n.set_language("zh")
    assert tr("import.status.failed") == "失败"


def test_values_are_formatted_and_bilingual_form_joins_them():
    assert tr("status.counts", issues=5, articles=60) == "5 期 · 60 篇"
    assert tr("status.counts", lang="en", issues=5, articles=60) == "Issues: 5 · Articles: 60"
    assert both("import.status.failed") == "失败 / Failed"


def test_unknown_key_shows_itself_instead_of_failing():
    assert tr("no.such.key") == "no.such.key"


def test_language_codes_are_normalised_and_default_to_chinese():
    assert i18n.normalise("en_GB.UTF-8") == "en"
    assert i18n.normalise("zh-Hans") == "zh"
    assert i18n.normalise("fr") == "zh"
    assert i18n.normalise(None) == "zh"


def test_every_entry_has_both_languages_with_the_same_placeholders():
    for key, entry in i18n.catalog().items():
        assert entry.get("zh") and entry.get("en"), key
        fields = {lang: set(re.findall(r"{(\w+)}", entry[lang])) for lang in ("zh", "en")}
        assert fields["zh"] == fields["en"], key


def test_every_key_the_gui_uses_is_in_the_catalog():
    from pathlib import Path

    import zzreader.gui

    used: set[str] = set()
    for path in Path(zzreader.gui.__file__).parent.glob("*.py"):
        used |= set(re.findall(r'\btr\("([a-z_.]+)"', path.read_text(encoding="utf-8")))
    missing = sorted(k for k in used if k not in i18n.catalog())
    assert missing == []


def test_i18n_imports_no_qt():
    code = "import sys, zzreader.i18n; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_english_counts_use_the_singular_for_one():
    assert tr("count.articles", lang="en", n=1) == "1 article"
    assert tr("count.articles", lang="en", n=2) == "2 articles"
    assert tr("count.articles", lang="zh", n=1) == "1篇"


def test_pick_shows_one_language_of_a_core_message() -> None:
    from zzreader.i18n import pick

    message = "文件不存在 / No such file: D:/株洲 / 湘潭/x.txt"
    assert pick(message, "zh") == "文件不存在：D:/株洲 / 湘潭/x.txt"  # the value is carried over
    assert pick("没有这篇文章 / No such article: 42", "zh") == "没有这篇文章：42"
    assert pick("type: 后面缺少内容 / type: needs a value", "zh") == "type: 后面缺少内容"
    assert pick("只有排除条件 / Only exclusions: add something to search for", "zh") == "只有排除条件"
    assert pick("无法读取 / Cannot read: Permission denied.", "zh") == "无法读取"  # a sentence
    # A file name of Latin letters is a value, not English words: it was dropped in Chinese.
    assert pick("文件不存在 / No such file: notes.txt", "zh") == "文件不存在：notes.txt"
    assert pick("书库 / Library: lib.sqlite", "zh") == "书库：lib.sqlite"
    labels = "导入 / imported: 5  未变 / unchanged: 0"
    assert (pick(labels, "zh"), pick(labels, "en")) == ("导入: 5  未变: 0", "imported: 5  unchanged: 0")
    line = "! seeds/a.txt: 1 条提示 / warnings"
    assert (pick(line, "zh"), pick(line, "en")) == ("! seeds/a.txt: 1 条提示", "! seeds/a.txt: 1 warnings")
    assert pick("文件为空 / The file is empty.", "en") == "The file is empty."
    outline = "15 篇 / articles, 编码 / encoding: utf-8"
    assert (pick(outline, "zh"), pick(outline, "en")) == ("15 篇, 编码: utf-8", "15 articles, encoding: utf-8")
    assert pick(message, "en") == "No such file: D:/株洲 / 湘潭/x.txt"
    assert pick("株洲 / 湘潭", "en") == "株洲 / 湘潭"  # no English half: kept whole
    assert pick("plain text", "zh") == "plain text"


def test_the_type_error_names_types_as_the_type_box_does() -> None:
    import pytest

    from zzreader.core.article_types import ARTICLE_TYPES
    from zzreader.core.query import TYPE_LABELS_ZH, QueryError, parse
    from zzreader.i18n import pick, tr

    assert TYPE_LABELS_ZH == {t: tr(f"type.{t}", lang="zh") for t in ARTICLE_TYPES}
    with pytest.raises(QueryError) as caught:
        parse("株洲 type:社论")
    zh = pick(str(caught.value), "zh")
    assert "消息、评论、通讯" in zh and "news" not in zh and "/" not in zh


def test_qt_file_and_print_dialogs_are_chinese_in_the_chinese_interface(qapp) -> None:
    import re

    from zzreader.gui.app import install_translations
    from zzreader.gui.qt import QFileDialog, QLabel, QPrintDialog, QPrinter

    install_translations(qapp, "zh")
    try:
        files = QFileDialog(None, "导入")
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        printer = QPrinter()
        dialogs = [files, QPrintDialog(printer)]
        labels = [label.text() for d in dialogs for label in d.findChildren(QLabel) if label.text()]
        english = [t for t in labels if re.search(r"[A-Za-z]{3,}", t.replace("&", ""))]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert english == [], english
        for d in dialogs:
            d.deleteLater()
    finally:
        install_translations(qapp, "en")


def test_english_commands_are_in_sentence_case_like_the_menus() -> None:
    """'Copy with Citation' and 'Remove Unused Tags' stood beside 'Add to collection' and 'Export selected…'."""
    import re

    names = ("PDF", "HTML", "CSV", "PNG", "JSON", "W3C", "Markdown", "Zhuzhou", "Daily", "Reader", "Ctrl", "F3",
             "Enter", "U", "S", "Issues", "Articles")
    for key in ("cite.copy", "cite.search_selection", "cite.export", "cite.export.title", "print.action",
                "print.preview.action", "print.title", "print.preview", "tagman.unused", "tagman.unused.title"):
        words = re.findall(r"[A-Za-z][\w-]*", i18n.tr(key, lang="en", quote="x", name="x", n=1))
        assert not [w for w in words[1:] if w[0].isupper() and w not in names], key
    assert '"' not in i18n.tr("restore.intro", lang="en")  # curly quotes, as in every other English message


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_toolbar_tooltips_carry_no_mnemonic_and_no_empty_shortcut(window, lang) -> None:
    """Tooltips once read '缩小字号(S)  (Ctrl+-)', '撤销(U)', and Preferences ended in '()'."""
    from zzreader.gui.qt import QToolBar

    i18n.set_language(lang)
    for bar in window.findChildren(QToolBar):
        for act in bar.actions():
            tip = act.toolTip()
            if act.isSeparator() or not tip:
                continue
            assert not re.search(r"\(&?[A-Z]\)", tip), tip
            assert "()" not in tip and "&" not in tip, tip
    keys = window.act_prefs.shortcut().toString(window.act_prefs.shortcut().SequenceFormat.NativeText)
    assert keys and window.act_prefs.toolTip().endswith(f"({keys})")
