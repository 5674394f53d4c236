"""Parse time of the hostile files hardening round 29 built for the patterns round 27 left, at n, 2n and 4n characters.

Run with PYTHONPATH pointing at the code to measure (the branch, or an export of main for the figures before):
    PYTHONPATH=. python tests/bench/bench_hostile_round29.py [--long] [name ...]
    PYTHONPATH=. python tests/bench/bench_hostile_round29.py --import [DIR]
--long parses each file at lines of 250,000, 500,000 and 1,000,000 characters instead (the new code only); --import
writes each file at 1,000,000 (into DIR when given, for `zzreader parse`) and imports them into a new library.
Each parse runs in a child process with a time limit (a file the old code never finishes prints '>LIMIT'). A case
names the pattern its file aims at; the patterns themselves are swept by tests/bench/bench_pattern_sweep.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

_HEAD = "株洲日报\n2025年6月1日 星期日\n湘江夜景灯光改造完成\n"
_TAIL = "\n株洲日报讯 神农湖畔夜跑道开放。\n"
_RSS = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        "<title>株洲日报</title>\n<item>\n<title>湘江夜景灯光改造完成</title>\n<pubDate>Sun, 01 Jun 2025 08:00:00 +0800</pubDate>\n"
        "<dc:creator>{}</dc:creator>\n<description>神农湖畔夜跑道开放。</description>\n</item>\n</channel>\n</rss>\n")
_EPAPER = "标题：湘江夜景灯光改造完成\n作者：罗某\n发布时间：2025-06-01\n{}\n· 神农湖畔夜跑道开放\n正文：株洲日报讯 神农湖畔夜跑道开放。\n"
def _body(n: int) -> str:
    """A paragraph of a tenth as many Chinese characters: a file of Latin letters alone is refused as no issue."""
    return "株洲日报讯 " + "神农湖畔夜跑道开放。" * (n // 100 + 1) + "\n"


CASES = {  # name -> (file name, the file's text for about n characters, sizes)
    "box_tables._BORDER: a row, then ideographic spaces + '。'": (
        "zzrb-2025-06-01.txt", lambda n: _HEAD + "│姓名│岗位│\n" + "\u3000" * n + "。" + _TAIL, (4_000, 8_000, 16_000)),
    "feeds._MAIL: a creator of '罗' + '·'×n": ("zzrb-2025-06-01.xml", lambda n: _RSS.format("罗" + "·" * n), (4_000, 8_000, 16_000)),
    "front_dates._MONTH_FIRST: 'date: ' + 'apr'×n + ' 2025'": (
        "zzrb-2025-06-01.md", lambda n: "---\ndate: " + "apr" * (n // 3) + " 2025\n---\n\n# 湘江夜景灯光改造完成\n\n" + _body(n),
        (4_000, 8_000, 16_000)),
    "hidden_blocks._TELLS: a <nav> of spaces": (
        "zzrb-2025-06-01.html", lambda n: "<html><body><nav>第" + " " * n + "。</nav>\n<h1>湘江夜景灯光改造完成</h1>\n<p>株洲日报讯 神农湖畔夜跑道开放。</p>\n</body></html>\n",
        (4_000, 8_000, 16_000)),
    "bylines._PICTURES_AFTER_NAMES: a byline, spaces, '图片x'": (
        "zzrb-2025-06-01.txt", lambda n: _HEAD + "株洲日报全媒体记者 罗某" + " \u3000" * (n // 2) + "图片x" + _TAIL, (4_000, 8_000, 16_000)),
    "epaper._NAV_HEAD: '本版导航' + ideographic spaces": (
        "zzrb-2025-06-01.txt", lambda n: _HEAD + _EPAPER.format("本版导航" + "\u3000" * n + "x"), (500, 1_000, 2_000)),
    "page_heads.EDITOR_OF: a running head, '责任编辑' + spaces": (
        "zzrb-2025-06-01.txt", lambda n: _HEAD + "株洲日报 2025年6月1日 星期日 第A01版 责任编辑" + " " * n + _TAIL, (4_000, 8_000, 16_000)),
}
LIMIT = float(os.environ.get("ZZ_BENCH_LIMIT", "30"))


def _one(name: str, n: int) -> float:
    from zzreader.core.parse import parse_bytes

    file_name, make, _ = CASES[name]
    data = make(n).encode("utf-8")
    start = time.process_time()
    parse_bytes(data, file_name)  # decoded and checked as a file is
    return time.process_time() - start


LONG = (250_000, 500_000, 1_000_000)


def import_all(keep: str | None, n: int = 1_000_000) -> None:
    """Every case at about n characters, one file each, imported into a new library (the `import` path)."""
    import tempfile
    from pathlib import Path

    from zzreader.core.importer import import_paths
    from zzreader.core.store import open_library

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep or tmp) / "in"
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i, (file_name, make, _) in enumerate(CASES.values()):
            path = folder / f"{i + 1:02d}-{file_name}"
            path.write_text(make(n), encoding="utf-8")
            paths.append(path)
        start = time.process_time()
        with open_library(Path(tmp) / "lib.sqlite") as library:
            report = import_paths(library, paths, workers=0)
        print(f"import of {len(paths)} files of a {n:,}-character line: {time.process_time() - start:.1f} s CPU, {report.counts}")


def main(names: list[str]) -> None:
    long = "--long" in names
    names = [w for w in names if w != "--long"]
    for name, (_, _, sizes) in CASES.items():
        sizes = LONG if long else sizes
        if names and not any(w in name for w in names):
            continue
        cells = []
        for n in sizes:
            try:
                out = subprocess.run([sys.executable, __file__, "--one", name, str(n)], capture_output=True, text=True, timeout=LIMIT, check=False)
                lines = out.stdout.strip().splitlines()
                cells.append(f"{float(lines[-1]):.2f} s" if lines else "error: " + out.stderr.strip().splitlines()[-1][:60])
            except subprocess.TimeoutExpired:
                cells.append(f">{LIMIT:.0f} s")
                break
        print(f"{name:58} " + "  ".join(f"n={n:>7,}: {c:>8}" for n, c in zip(sizes, cells)), flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(_one(sys.argv[2], int(sys.argv[3])))
    elif sys.argv[1:2] == ["--import"]:
        import_all(sys.argv[2] if len(sys.argv) > 2 else None)
    else:
        main(sys.argv[1:])
