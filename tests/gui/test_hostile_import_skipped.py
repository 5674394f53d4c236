"""The window's import summary lists what a folder import passed over, and why (no silent skips)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
from zzreader.gui.import_dialog import ImportDialog
from zzreader.gui.workers import Job
from zzreader.i18n import pick, tr


class _Lane:
    def forget(self, job: object) -> None:
        pass


def test_a_loop_link_and_an_archive_are_rows_with_their_reason(tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "zzrb-2019-03-12.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "2019.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (folder / "again").symlink_to(".", target_is_directory=True)
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [folder], workers=0)
    dialog = ImportDialog(Job(_Lane(), lambda *a: None))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())}
    assert set(rows) == {"zzrb-2019-03-12.txt", "2019.zip", "again"}
    for name in ("2019.zip", "again"):
        assert rows[name][1] == tr("import.status.skipped")
        (f,) = [f for f in report.files if Path(f.path).name == name]
        assert rows[name][3] == pick(f.warnings[0])
    assert tr("import.status.skipped") in dialog.headline.text()
