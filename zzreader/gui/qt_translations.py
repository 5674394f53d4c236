"""Chinese for the few strings of Qt's own dialogs that qtbase_zh_CN lacks.

Qt's file dialog labels its fields "&Look in:" and "Files of &type:" (with
the mnemonic), and the print dialog "Page &Set:"; the shipped qtbase_zh_CN
catalogue only has older spellings, so in the Chinese interface those labels
stayed English. This translator answers just those strings and is installed
beneath qtbase's, which stays the first one asked.
"""

from __future__ import annotations

from zzreader.gui.qt import QTranslator

MISSING_ZH = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileDialog", "File &name:"): "文件名称(&N)：",
    ("QPrintPropertiesWidget", "Page &Set:"): "页面集(&S)：",
    ("QPrintSettingsOutput", "Page &Set:"): "页面集(&S)：",
    ("QPrintDialog", "Page &Set:"): "页面集(&S)：",
}


class MissingChinese(QTranslator):
    """Answers MISSING_ZH; every other string is left to the next translator."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return MISSING_ZH.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False
