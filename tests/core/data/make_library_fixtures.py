"""Build `library_v<N>.sqlite`: libraries written by the app at each older schema version.

    python tests/core/data/make_library_fixtures.py [VERSION ...]

Each fixture is written by the zzreader code of the last commit at that
schema version (taken from git history with `git archive`, run in a child
process), so it holds exactly what an older installed app left on disk: its
tables, its full-text index layout and its meta rows. The five seeds are
imported, then annotations are added with plain SQL against that version's
tables (the annotation API of the older commits did not always exist):
highlights with notes, colours, an orphan, tags on highlights and articles,
a collection. The file is switched to a single-file journal and vacuumed so
it can be checked in. Run it again only to add a new version: when a
migration is added, add the last commit of the old version to COMMITS.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# schema version -> last commit whose migrations stop at that version
COMMITS = {
    1: "1f56283",  # m001 only; first index layout (rowid = article id), tokenizer 1
    2: "74d2ea3",  # + m002 title filter index; day-slot index keys, tokenizer 2
    3: "a8d3ebd",  # + m003 annotation journal; raw dumps still plain text
    4: "c6cd997",  # + m004 compressed raw dumps; no discovery, corrections or provenance tables
    5: "d82ff2d",  # + m005 discovery indexes (people, places, reprints)
    6: "08ef52b",  # + m006 import provenance and the journal's origin column
    7: "623ee6b",  # + m007 article revisions (corrections); index of body, title, subtitle only
    8: "62780cb",  # + m008 index of every text the page shows, in pairs; entity roles as text
    9: "ce968aa",  # + m009 entity roles as numbers; no index on issues.sha256
    10: "a6eba6e",  # + m010 issue fingerprint index; text in UTF-16; dumps bzip2-compressed
    11: "b1e7e78",  # + m011 dumps as deltas; mentions in rows with an article index; 56-value signatures
    12: "c2cc4ee",  # + m012 packed discovery tables; the title filter's covering index (m002) still there
    13: "a799a55",  # + m013 title filter from the index; reprint band keys one row an article
    14: "0429ea3",  # + m014 packed reprint band keys; ids given again (INTEGER PRIMARY KEY without AUTOINCREMENT)
}

# Runs inside the old code; argv: library path, seed paths...
CHILD = r'''
import json, sqlite3, sys
from pathlib import Path
import zzreader
assert zzreader.__file__.startswith(sys.argv[1]), zzreader.__file__
from zzreader.core.anchors import make_anchor
from zzreader.core.importer import import_paths
from zzreader.core.migrations import SCHEMA_VERSION
from zzreader.core.store import open_library

lib_path, seeds = Path(sys.argv[2]), sys.argv[3:]
library = open_library(lib_path)
report = import_paths(library, seeds, workers=0)
assert not any(f.status == "failed" for f in report.files), report
db = library.db
stamp = "2026-01-02T03:04:05.000Z"
arts = db.execute(
    "SELECT a.id, a.seq, a.text, i.source FROM articles a JOIN issues i ON i.id = a.issue_id "
    "ORDER BY i.source, a.seq"
).fetchall()
notes = ["采访对象联系方式待补 / follow up", "**重要** 见 <b>原文</b> [链接](http://example.com)", ""]
with db.conn:
    db.execute("INSERT INTO tags (id, name, color) VALUES (1, '医保', '#c8f0c0'), (2, '人物', NULL)")
    for n, (article_id, seq, text, source) in enumerate(arts[:12]):
        start = (7 * n) % max(1, len(text) - 12)
        a = make_anchor(text, start, start + 6)
        hid = f"00000000-0000-4000-8000-{n:012d}"
        db.execute(
            'INSERT INTO highlights (id, article_id, issue_source, article_seq, start, "end", exact, '
            "prefix, suffix, text_hash, color, style, note, anchor_state, created, modified) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?)",
            [hid, article_id, source, seq, a.start, a.end, a.exact, a.prefix, a.suffix, a.text_hash,
             ["yellow", "green", "blue"][n % 3], ["highlight", "underline", "strike"][n % 3],
             notes[n % 3], stamp, stamp],
        )
        if n % 4 == 0:
            db.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, 1)", [hid])
    db.execute(
        'INSERT INTO highlights (id, article_id, issue_source, article_seq, start, "end", exact, '
        "prefix, suffix, text_hash, color, style, note, anchor_state, created, modified) "
        "VALUES ('00000000-0000-4000-8000-99999999orph', NULL, 'gone.txt', 3, 0, 4, '消失的字', "
        "'', '', 'x', 'pink', 'highlight', '原文已删 / source gone', 'orphan', ?, ?)",
        [stamp, stamp],
    )
    for article_id, *_ in arts[:5]:
        db.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, 2)", [article_id])
    db.execute("INSERT INTO collections (id, name, created) VALUES (1, '医保专题', ?)", [stamp])
    for article_id, *_ in arts[2:6]:
        db.execute(
            "INSERT INTO collection_articles (collection_id, article_id, added) VALUES (1, ?, ?)",
            [article_id, stamp],
        )
assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
library.close()
conn = sqlite3.connect(lib_path)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("VACUUM")
conn.close()
print(SCHEMA_VERSION)
'''


def old_code(commit: str, into: Path) -> None:
    """Unpack the `zzreader` package as it was at `commit`."""
    data = subprocess.run(
        ["git", "archive", "--format=tar", commit, "zzreader"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")


def build(version: int) -> Path:
    target = HERE / f"library_v{version}.sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        code = Path(tmp) / "code"
        old_code(COMMITS[version], code)
        lib = Path(tmp) / "library.sqlite"
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(code), str(lib), *map(str, SEEDS)],
            cwd=tmp, env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin", "HOME": tmp},
            capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode != 0 or done.stdout.strip() != str(version):
            raise SystemExit(f"v{version} ({COMMITS[version]}) failed:\n{done.stderr}{done.stdout}")
        target.write_bytes(lib.read_bytes())
    return target


def main(argv: list[str]) -> int:
    for version in [int(v) for v in argv] or sorted(COMMITS):
        path = build(version)
        print(f"{path.relative_to(ROOT)}: schema {version}, {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
