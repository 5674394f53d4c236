"""A trigger another program plants while `zzreader import` runs is removed and told.

Before: the import's next write removed it (core/immediate_writes.py) and the
notice stayed on the connection: the command said nothing. Now `import`
prints each such notice on one line on standard error (the summary on
standard output, and `--json`, stay as they were).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader import cli
from zzreader.core import importer

PLANT = ("CREATE TRIGGER \"planted\nby\u202eother\" AFTER INSERT ON articles "
         "BEGIN UPDATE articles SET title = 'defaced'; END")  # fmt: skip


@pytest.mark.parametrize("as_json", [False, True])
def test_a_trigger_planted_mid_import_is_told_on_one_line(tmp_path: Path, monkeypatch, capsys, as_json: bool) -> None:
    library = tmp_path / "l.sqlite"
    assert cli.main(["--library", str(library), "import", str(SEEDS[0])]) == 0
    capsys.readouterr()
    original, planted = importer._store, []

    def store_after_planting(*args, **kwargs):
        if not planted:
            other = sqlite3.connect(library)
            other.execute(PLANT)
            other.commit()
            other.close()
            planted.append(True)
        return original(*args, **kwargs)

    monkeypatch.setattr(importer, "_store", store_after_planting)
    code = cli.main(["--library", str(library), "import", *(["--json"] if as_json else []), *map(str, SEEDS[1:3])])
    out, err = capsys.readouterr()
    assert code == 0 and planted
    told = [line for line in err.splitlines() if "已删除" in line]
    assert len(told) == 1 and "planted" in told[0] and "\u202e" not in told[0]
    if as_json:
        json.loads(out)  # standard output is still the data alone
    titles = sqlite3.connect(library).execute("SELECT count(*) FROM articles WHERE title = 'defaced'").fetchone()[0]
    assert titles == 0
