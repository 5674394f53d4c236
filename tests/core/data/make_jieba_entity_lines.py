"""Write resources/discovery/jieba_entity_lines.txt: the lines of jieba's dict.txt
that entity extraction reads (zzreader/core/discovery/entity_extract.py).

    python tests/core/data/make_jieba_entity_lines.py

Reading the whole 5 MB dict.txt cost every import process about 0.15 s; the
lines it needs are under a tenth of it. tests/core/test_entities.py checks
that the file holds exactly these lines of the installed jieba's dict.txt, so
a jieba with another dictionary fails the tests until this is run again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from zzreader.core.discovery import entity_extract
from zzreader.resources import import_jieba


def wanted_lines() -> list[str]:
    """dict.txt's lines that either of entity_extract's two readings takes, in order."""
    path = Path(import_jieba().__file__).with_name("dict.txt")
    return entity_extract.entity_lines(path.read_text(encoding="utf-8"))


def main() -> None:
    target = ROOT / "resources" / "discovery" / entity_extract.JIEBA_LINES
    body = "".join(line + "\n" for line in wanted_lines())
    target.write_text(entity_extract.JIEBA_LINES_HEADER + body, encoding="utf-8")
    print(f"{target}: {len(body.splitlines())} lines")


if __name__ == "__main__":
    main()
