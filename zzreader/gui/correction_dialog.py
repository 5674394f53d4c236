"""Edit → Correct article…: an article's fields and body text, with a reason.

The dialog only collects what changed (`changes()`), and why; the corrections
controller (corrections_controller.py) writes it through core/corrections.py.
Every field shows library text as plain text (line edits and a plain-text editor).
"""

from __future__ import annotations

from typing import Any

from zzreader.core.article_types import ARTICLE_TYPES
from zzreader.core.models import Article
from zzreader.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from zzreader.i18n import tr

LIST_FIELDS = ("reporters", "correspondents", "photographers")
LINE_FIELDS = ("title", "subtitle", "section")


def names(text: str) -> list[str]:
    """'张三、李四, 王五' -> ['张三', '李四', '王五']."""
    for sep in ("、", "，", ";", "；"):
        text = text.replace(sep, ",")
    return [n.strip() for n in text.split(",") if n.strip()]


class CorrectionDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(tr("correct.dialog"))
        self.article = article
        self.lines: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in LINE_FIELDS + LIST_FIELDS:
            edit = QLineEdit()
            value = getattr(article, name)
            edit.setText("、".join(value) if name in LIST_FIELDS else value)
            self.lines[name] = edit
            form.addRow(tr(f"correct.{name}"), edit)
        self.type = QComboBox()
        for code in ARTICLE_TYPES:
            self.type.addItem(tr(f"type.{code}"), code)
        self.type.setCurrentIndex(max(0, self.type.findData(article.type)))
        form.addRow(tr("correct.type"), self.type)
        self.text = QPlainTextEdit()
        self.text.setPlainText(article.text)
        form.addRow(tr("correct.text"), self.text)
        self.why = QLineEdit()
        self.why.setPlaceholderText(tr("correct.why.placeholder"))
        form.addRow(tr("correct.why"), self.why)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def changes(self) -> dict[str, Any]:
        """Only the fields whose value differs from the article's."""
        out: dict[str, Any] = {}
        for name, edit in self.lines.items():
            value: Any = names(edit.text()) if name in LIST_FIELDS else edit.text().strip()
            if value != getattr(self.article, name):
                out[name] = value
        if self.type.currentData() != self.article.type:
            out["type"] = self.type.currentData()
        if self.text.toPlainText() != self.article.text:
            out["text"] = self.text.toPlainText()
        return out

    def reason(self) -> str:
        return self.why.text().strip()
