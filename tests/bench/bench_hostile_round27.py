"""Parse time of the hostile lines hardening round 27 found, at n, 2n and 4n characters.

Run with PYTHONPATH pointing at the code to measure (the branch, or an export of main for the figures before):
    PYTHONPATH=. python tests/bench/bench_hostile_round27.py [--import]
Each parse runs in a child process with a time limit (a line the old code never finishes prints '>LIMIT').
The patterns themselves are swept by tests/bench/bench_pattern_sweep.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

_HEAD = "株洲日报\n2025年6月1日 星期日\n湘江夜景灯光改造完成\n"
_TAIL = "\n株洲日报讯 神农湖畔夜跑道开放。\n"
CASES = {  # name -> (line of about n characters, sizes)
    "chrome bar '字号｜'×n": (lambda n: "字号｜" * (n // 3) + "。", (150, 300, 600)),
    "chrome bar '字号｜'×n (long)": (lambda n: "字号｜" * (n // 3) + "。", (250_000, 500_000, 1_000_000)),
    "'本' + '｜字号'×n": (lambda n: "本" + "｜字号" * (n // 3) + "。", (4_000, 8_000, 16_000)),
    "'image:' + '['×n": (lambda n: "image:" + "[" * n, (4_000, 8_000, 16_000)),
    "'分享' + ideographic spaces": (lambda n: "分享" + "\u3000" * n + "。", (2_000, 4_000, 8_000)),
    "'“' + ideographic spaces": (lambda n: "“" + "\u3000" * n + "x", (1_000, 2_000, 4_000)),
    "masthead's 2nd line '星期日' + spaces": (lambda n: "星期日" + "\u3000" * n + "x", (1_000, 2_000, 4_000)),
    "'标题：x' + spaces + 'y'": (lambda n: "标题：x" + "\u3000" * n + "y", (4_000, 8_000, 16_000)),
    "n table rows": (lambda n: "\n".join(f"食品\t{i}.5\t13.0\t上涨" for i in range(n)), (2_000, 4_000, 8_000)),
    "n captions": (lambda n: "\n".join("图为市民在神农湖畔夜跑。株洲日报全媒体记者 罗某 摄" for _ in range(n)), (4_000, 8_000, 16_000)),
    "n decks": (lambda n: "\n".join(f"——记株洲某某厂的技术工人{i}" for i in range(n)), (2_000, 4_000, 8_000)),
}
LIMIT = float(os.environ.get("ZZ_BENCH_LIMIT", "30"))


def _one(name: str, n: int) -> float:
    from zzreader.core.parse import parse_text

    text = _HEAD + CASES[name][0](n) + _TAIL
    if name.startswith("masthead"):
        text = "株洲日报\n2025年6月1日\n" + CASES[name][0](n) + _TAIL
    start = time.process_time()
    parse_text(text, "zzrb-2025-06-01.txt")
    return time.process_time() - start


def import_all(n: int = 1_000_000) -> None:
    """Every case at a line of about n characters, one file each, imported into a new library (the `import` path)."""
    import tempfile
    from pathlib import Path

    from zzreader.core.importer import import_paths
    from zzreader.core.store import open_library

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, (make, _) in enumerate(CASES.values()):
            (folder / f"zzrb-2025-06-{i + 1:02d}.txt").write_text(_HEAD + make(n) + _TAIL, encoding="utf-8")
        start = time.process_time()
        with open_library(Path(tmp) / "lib.sqlite") as library:
            report = import_paths(library, [folder], workers=0)
        print(f"import of {len(CASES)} files of one {n:,}-character line: {time.process_time() - start:.1f} s CPU, {report.counts}")


def main() -> None:
    for name, (_, sizes) in CASES.items():
        cells = []
        for n in sizes:
            try:
                out = subprocess.run([sys.executable, __file__, "--one", name, str(n)], capture_output=True, text=True, timeout=LIMIT, check=False)
                cells.append(f"{float(out.stdout.strip().splitlines()[-1]):.2f} s")
            except subprocess.TimeoutExpired:
                cells.append(f">{LIMIT:.0f} s")
                break
        print(f"{name:40} " + "  ".join(f"n={n:>9,}: {c:>8}" for n, c in zip(sizes, cells)), flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(_one(sys.argv[2], int(sys.argv[3])))
    elif sys.argv[1:2] == ["--import"]:
        import_all()
    else:
        main()
