"""The import dialog's headline shows an error that quotes a file name as text.

Before: when an import job failed, the headline (a QLabel that detects rich
text) showed the error's words as they came; an error naming a folder called
`<img src=…>` or `<b>…</b>` was drawn as markup (and could load a file).
Now the headline is plain text, like the current-file label beside it.
"""

from __future__ import annotations

from zzreader.core.errors import ZZReaderError
from zzreader.gui.import_dialog import ImportDialog
from zzreader.gui.qt import Qt
from zzreader.gui.workers import Job


class _Lane:
    def forget(self, job: object) -> None:
        pass


def test_an_import_error_naming_markup_is_plain_text(qtbot) -> None:
    dialog = ImportDialog(Job(_Lane(), lambda *a: None))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog._failed(ZZReaderError('无法读取文件夹 / Cannot read folder: <img src="/etc/passwd"><b>粗</b>'))
    assert "<img" in dialog.headline.text()
    assert dialog.headline.textFormat() == Qt.TextFormat.PlainText
