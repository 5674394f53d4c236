"""Sweep every regular expression the core compiles with strings built from its own pieces (hardening round 27).

Each module under zzreader/core is imported and its module-level patterns collected (in tuples, lists and dicts
too), and the patterns built in functions are caught as the parser compiles them over the test issues. Each pattern
is run (search, match, fullmatch or findall, as its module calls it) on strings of 2,000 characters made of its own
literals and class members, alone or interleaved with spaces, ideographic spaces, '·', '—', figures, CJK and
brackets, ending on a character that makes the match fail. The worst string is timed again at 1k, 2k, 4k and 8k:
a pattern is printed when its time grows faster than 2.5x a doubling or passes 50 ms at 8k. Each pattern runs in a
child process that is killed after ZZ_SWEEP_TIMEOUT seconds (printed as TIMEOUT); ZZ_SWEEP_ONLY=a,b sweeps the
patterns whose names hold a or b. Run:
    PYTHONPATH=. python tests/bench/bench_pattern_sweep.py
A flagged pattern is a finding only when a file reaches it with a long enough input: the parser bounds many lines
first (tests/core/renditions/test_hostile_speed_round27.py lists the ones a file reached).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import pkgutil
import queue
import random
import re
import re._constants as sc
import re._parser as sp
import subprocess
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path

ALL = ["search", "findall", "fullmatch", "match"]
_KIND = {"search": "search", "match": "match", "fullmatch": "fullmatch", "sub": "findall", "subn": "findall",
         "findall": "findall", "finditer": "findall", "split": "findall"}
CAT = {sc.CATEGORY_DIGIT: "1２", sc.CATEGORY_SPACE: " \u3000\t", sc.CATEGORY_WORD: "a株_1", sc.CATEGORY_NOT_DIGIT: "a",
       sc.CATEGORY_NOT_SPACE: "a株", sc.CATEGORY_NOT_WORD: " ·", sc.CATEGORY_LINEBREAK: "\n"}
SEPS = [" ", "\u3000", "·", "—", "1", "株", "(", "【", "\t", "：", "\n"]
ENDS = ["\x01", "x", "。", ""]


def collect() -> list[tuple[str, str, int, list[str]]]:
    """(pattern, where it lives, flags, methods called on it) for every pattern the core compiles."""
    from zzreader import core

    seen: dict = {}
    original = re._compile

    def spy(pattern, flags):
        compiled = original(pattern, flags)
        if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
            seen.setdefault((compiled.pattern, compiled.flags), "runtime")
        return compiled

    re._compile = spy
    modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(core.__path__, "zzreader.core.")]

    def walk(obj, name, depth=0):
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            if seen.get((obj.pattern, obj.flags), "runtime") == "runtime":
                seen[(obj.pattern, obj.flags)] = name
        elif depth <= 2 and isinstance(obj, (list, tuple, set, frozenset)):
            for i, x in enumerate(obj):
                walk(x, f"{name}[{i}]", depth + 1)
        elif depth <= 2 and isinstance(obj, dict):
            for k, x in obj.items():
                walk(x, f"{name}[{k!r}]", depth + 1)

    for module in modules:
        for key, value in vars(module).items():
            walk(value, f"{module.__name__}.{key}")
    from zzreader.core.parse import parse_text

    for path in sorted(p for p in Path("tests/core/renditions/data").rglob("*") if p.is_file())[:400]:
        with contextlib.suppress(Exception):  # a refused sample still compiled its patterns
            parse_text(path.read_bytes().decode("utf-8", "replace"), path.name)
    re._compile = original
    return [(p, name, flags, used_methods(name)) for (p, flags), name in seen.items()]


def used_methods(name: str) -> list[str]:
    """The methods a module calls on its pattern (all four when it hands the pattern on)."""
    if name == "runtime" or "[" in name:
        return ALL
    module_name, attr = name.rsplit(".", 1)
    try:
        src = Path(sys.modules[module_name].__file__).read_text(encoding="utf-8")
    except (KeyError, OSError, TypeError):
        return ALL
    calls = re.findall(rf"\b{re.escape(attr)}\.(search|match|fullmatch|subn?|findall|finditer|split)\(", src)
    bare = re.findall(rf"\b{re.escape(attr)}\b(?!\.(?:search|match|fullmatch|subn?|findall|finditer|split|pattern)\b)", src)
    return sorted({_KIND[c] for c in calls}) if calls and len(bare) <= 1 else ALL


def atoms_of(pattern: str, flags: int) -> tuple[list[str], list[str]]:
    """The pattern's literal characters and class members, and its runs of literals."""
    chars: list[str] = []
    runs: list[str] = []

    def walk(seq):
        run = ""
        for op, av in seq:
            if op is sc.LITERAL:
                run += chr(av)
                chars.append(chr(av))
                continue
            if run:
                runs.append(run)
                run = ""
            if op is sc.IN and not any(o is sc.NEGATE for o, _ in av):
                for o, a in av:
                    if o is sc.LITERAL:
                        chars.append(chr(a))
                    elif o is sc.RANGE:
                        chars.extend({chr(a[0]), chr((a[0] + a[1]) // 2), chr(a[1])})
                    elif o is sc.CATEGORY:
                        chars.extend(CAT.get(a, ""))
            elif op in (sc.NOT_LITERAL, sc.ANY):
                chars.append("x")
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is sc.SUBPATTERN:
                walk(av[-1])
            elif op is sc.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (sc.ASSERT, sc.ASSERT_NOT):
                walk(av[1])
            elif op is sc.ATOMIC_GROUP:
                walk(av)
        if run:
            runs.append(run)

    walk(sp.parse(pattern, flags & ~re.UNICODE))
    return list(dict.fromkeys(chars)), list(dict.fromkeys(r for r in runs if len(r) > 1))


def adversarial(pattern: str, flags: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(head, repeated unit, ending) specs for the pattern."""
    chars, runs = atoms_of(pattern, flags)
    chars, runs = chars[:24], runs[:8]
    units = chars + runs + SEPS + [c + s for c in chars[:12] for s in SEPS[:6]]
    units += [r + c for r in runs for c in chars[:6] + SEPS[:3]] + [a + b for a in chars[:8] for b in chars[:8] if a != b]
    units = list(dict.fromkeys(units))
    if len(units) > 70:
        units = units[:30] + rng.sample(units[30:], 40)
    heads = [""] + runs[:2]
    specs: list[tuple[str, str, str]] = []
    for unit in units:
        for end in ENDS[:2] if len(specs) % 2 else ENDS[2:]:
            specs.append((heads[len(specs) % len(heads)], unit, end))
    return specs


def build(spec: tuple[str, str, str], n: int) -> str:
    head, unit, end = spec
    return (head + unit * (n // len(unit) + 1))[:n] + end


def timed(fn, s: str) -> float:
    start = time.perf_counter()
    fn(s)
    return time.perf_counter() - start


def worker(items) -> None:
    rng = random.Random(27)
    for idx, (pattern, name, flags, used) in items:
        print(json.dumps(["START", idx]), flush=True)
        compiled = re.compile(pattern, flags)
        methods = {"search": compiled.search, "findall": compiled.findall, "fullmatch": compiled.fullmatch, "match": compiled.match}
        worst = None
        for spec in adversarial(pattern, flags, rng):
            s = build(spec, 2000)
            for method in used:
                t = timed(methods[method], s)
                if t > 0.001 and (worst is None or t > worst[0]):
                    worst = (t, method, spec)
            if worst and worst[0] > 0.1:
                break
        if worst:
            _, method, spec = worst
            curve = []
            for n in (1000, 2000, 4000, 8000):
                curve.append(min(timed(methods[method], build(spec, n)) for _ in range(2)))
                if curve[-1] > 2:
                    break
            print(json.dumps(["FLAG", idx, name, pattern, method, list(spec), curve]), flush=True)


def report(line: str) -> None:
    msg = json.loads(line)
    if msg[0] == "TIMEOUT":
        print(f"TIMEOUT {msg[2]}  {msg[3][:100]}", flush=True)
        return
    _, _, name, _, method, spec, curve = msg
    ratios = [b / a for a, b in pairwise(curve) if a > 2e-4]
    if len(curve) < 4 or curve[-1] > 0.05 or (ratios and max(ratios) > 2.5 and curve[-1] > 0.001):
        times = " ".join(f"{c * 1000:.1f}" for c in curve)
        print(f"{name[:58]:58} {method:9} ms at 1k/2k/4k/8k: {times:28} unit={spec[1][:8]!r} end={spec[2]!r}", flush=True)


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def main() -> None:
    patterns = collect()
    print(f"{len(patterns)} patterns", flush=True)
    only = os.environ.get("ZZ_SWEEP_ONLY", "")  # 'furniture._SHARE,lines._MARKER': those patterns only
    todo = [(i, p) for i, p in enumerate(patterns) if not only or any(w in p[1] for w in only.split(","))]
    while todo:
        proc = subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        proc.stdin.write(json.dumps(todo))
        proc.stdin.close()
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        current = todo[0][0]
        while True:
            try:
                line = lines.get(timeout=float(os.environ.get("ZZ_SWEEP_TIMEOUT", "30")))
            except queue.Empty:
                proc.kill()
                proc.wait()
                report(json.dumps(["TIMEOUT", current, patterns[current][1], patterns[current][0]]))
                todo = [t for t in todo if t[0] > current]
                break
            if line is None:
                proc.wait()
                todo = []
                break
            msg = json.loads(line)
            if msg[0] == "START":
                current = msg[1]
            else:
                report(line)


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        worker([(i, tuple(x)) for i, x in json.load(sys.stdin)])
    else:
        main()
