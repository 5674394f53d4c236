"""`zzreader --self-test`: an end-to-end check of an installed or frozen zzreader.

It runs the same way from a source checkout and from a PyInstaller build, on
what the user actually has: the bundled sample issues, jieba's prepared
dictionary, SQLite's FTS5, Qt's offscreen platform. Each step prints one line
and the exit status is 0 only when every step gave the expected result.

The searches have known answers that are not written down here: each
expected set of articles comes from a brute-force substring scan over the
seeds as the parser reads them, so the check stays right when the seeds or
the parser change. The user's own library, settings and caches are never
touched; the library path is only reported.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from zzreader import __version__
from zzreader.resources import (
    app_root,
    configure_jieba,
    import_jieba,
    is_frozen,
    jieba_source,
    seeds_dir,
)

# Article key shared by the parsed seeds and the library: (file name, first line, last line).
Key = tuple[str, int, int]
# Terms worth checking on any archive of 株洲日报 (they straddle jieba's word
# boundaries); their expected hits are still computed, never assumed.
KNOWN_TERMS = ("二医院", "献血", "知株侠")
ABSENT_TERM = "龘䨻齉"  # three rare characters no newspaper prints together


class StepFailed(Exception):
    """The step ran but got a result other than the expected one."""


@dataclass
class Report:
    out: TextIO
    passed: int = 0
    failed: list[str] = field(default_factory=list)

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one step, print `[ok]`/`[FAIL]` with its detail and time."""
        start = time.perf_counter()
        try:
            detail = fn()
        except StepFailed as exc:
            ok, detail = False, str(exc)
        except Exception as exc:  # a crash is a failed step, and the report goes on
            ok, detail = False, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
        else:
            ok = True
        ms = (time.perf_counter() - start) * 1000
        print(f"[{'ok' if ok else 'FAIL'}] {name} ({ms:.0f} ms): {detail}", file=self.out, flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed.append(name)
        return ok

    def skip(self, name: str, reason: str) -> None:
        print(f"[FAIL] {name}: 未运行 / not run: {reason}", file=self.out, flush=True)
        self.failed.append(name)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# -- the steps ---------------------------------------------------------------------
@dataclass
class State:
    """What earlier steps hand to later ones."""

    tmp: Path
    issues: list[Any] = field(default_factory=list)  # parsed seeds (models.Issue)
    library: Any = None  # store.Library
    keys_by_id: dict[int, Key] = field(default_factory=dict)
    watched: dict[Path, tuple[int, int]] = field(default_factory=dict)
    first_article_id: int | None = None


def step_environment(library_path: Path | None) -> str:
    where = "frozen" if is_frozen() else "source"
    if is_frozen():
        expect(__version__ != "0.0.0", "版本信息缺失 / package metadata missing from the build")
    user = f", user library {library_path} (not opened)" if library_path else ""
    return (
        f"zzreader {__version__} ({where}, {app_root()}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}{user}"
    )


def step_bundled_files() -> str:
    from zzreader.resources import resources_dir

    seeds = sorted(seeds_dir().glob("*.txt"))
    expect(bool(seeds), f"没有样报 / no sample issues in {seeds_dir()}")
    icon = resources_dir() / "icon.svg"
    expect(icon.is_file(), f"缺少图标 / app icon missing: {icon}")
    jieba = import_jieba()

    dict_txt = Path(jieba.__file__).parent / "dict.txt"
    expect(dict_txt.is_file(), f"缺少 jieba 词典 / jieba dictionary missing: {dict_txt}")
    return f"{len(seeds)} sample issues, icon, jieba dict.txt ({dict_txt.stat().st_size // 1024} KB)"


def step_jieba() -> str:
    tokenizer = configure_jieba()
    source = jieba_source() or "?"
    if is_frozen():
        expect(
            Path(source).is_relative_to(app_root()),
            f"未用打包的词典缓存 / jieba did not load the bundled dictionary: {source}",
        )
    words = tokenizer.lcut("株洲市人民政府新闻办公室", HMM=False)
    expect("人民政府" in words, f"分词异常 / unexpected segmentation: {words}")
    return f"prefix dictionary from {source}; {'/'.join(words)}"


def step_parse(state: State) -> str:
    from zzreader.core.parse import parse_file

    state.issues = [parse_file(p) for p in sorted(seeds_dir().glob("*.txt"))]
    articles = sum(len(i.articles) for i in state.issues)
    expect(articles > 0, "样报中没有文章 / no articles parsed from the samples")
    dated = sum(1 for i in state.issues if i.date)
    return f"{len(state.issues)} issues, {articles} articles, {dated} dated"


def step_import(state: State) -> str:
    from zzreader.core.importer import import_paths
    from zzreader.core.store import open_library

    state.library = open_library(state.tmp / "selftest.sqlite")
    report = import_paths(state.library, [seeds_dir()], workers=0)
    counts = report.counts
    expect(not report.failed, f"导入失败 / import failed: {[(f.path, f.error) for f in report.failed]}")
    expect(counts["imported"] == len(state.issues), f"导入数不符 / imported {counts}")
    stats = state.library.stats()
    expected = sum(len(i.articles) for i in state.issues)
    expect(stats.articles == expected, f"文章数 {stats.articles} ≠ {expected} / article count differs")
    for summary in state.library.issue_summaries():
        for a in state.library.article_summaries(summary.id):
            article = state.library.article(a.id)
            state.keys_by_id[a.id] = (summary.source, article.line_start, article.line_end)
            if state.first_article_id is None:
                state.first_article_id = a.id
    return f"{stats.issues} issues, {stats.articles} articles into a temporary library"


def _folded_articles(issues: list[Any]) -> Iterator[tuple[Key, str, Any, Any]]:
    from zzreader.core.textindex import fold

    for issue in issues:
        for a in issue.articles:
            searchable = "\n".join((fold(a.title), fold(a.subtitle), fold(a.text)))
            yield (issue.source, a.line_start, a.line_end), searchable, a, issue


def _is_han(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def choose_terms(issues: list[Any]) -> list[tuple[str, str]]:
    """(label, term) pairs picked from the seeds: common, rare, cross-issue, known, absent."""
    docs = [(key, text) for key, text, _a, _i in _folded_articles(issues)]

    def grams(n: int) -> Counter[str]:
        c: Counter[str] = Counter()
        for _key, text in docs:
            c.update({text[i : i + n] for i in range(len(text) - n + 1) if _is_han(text[i : i + n])})
        return c

    bigrams, trigrams = grams(2), grams(3)
    terms = [("common", min(bigrams, key=lambda g: (-bigrams[g], g)))]
    issues_of: dict[str, set[str]] = {}
    for (source, _s, _e), text in docs:
        for i in range(len(text) - 2):
            g = text[i : i + 3]
            if trigrams[g] >= 2 and _is_han(g):
                issues_of.setdefault(g, set()).add(source)
    if issues_of:
        terms.append(("cross-issue", min(issues_of, key=lambda g: (-len(issues_of[g]), g))))
    quadgrams = grams(4)
    rare = sorted(g for g, n in quadgrams.items() if n == 1)
    if rare:
        terms.append(("rare", rare[len(rare) // 2]))
    terms += [("known", t) for t in KNOWN_TERMS]
    terms.append(("absent", ABSENT_TERM))
    return terms


def brute_force(issues: list[Any], term: str, date: str | None = None) -> set[Key]:
    from zzreader.core.textindex import fold

    needle = fold(term)
    return {
        key
        for key, text, _a, issue in _folded_articles(issues)
        if needle in text and (date is None or issue.date == date)
    }


def _found(state: State, query: str, **options: Any) -> set[Key]:
    from zzreader.core.search import search

    result = search(state.library, query, limit=None, **options)
    expect(result.total == len(result.hits), f"{query}: total {result.total} ≠ {len(result.hits)} hits")
    return {state.keys_by_id[h.article_id] for h in result.hits}


def _compare(query: str, found: set[Key], expected: set[Key]) -> None:
    if found != expected:
        missing = sorted(expected - found)[:3]
        extra = sorted(found - expected)[:3]
        raise StepFailed(
            f"「{query}」检索结果不符 / wrong hits: {len(found)} found, {len(expected)} expected; "
            f"missing {missing}, unexpected {extra}"
        )


def step_search_terms(state: State) -> str:
    parts = []
    for label, term in choose_terms(state.issues):
        expected = brute_force(state.issues, term)
        if label == "absent":
            expect(not expected, f"{term} 竟然出现在样报中 / appears in the samples")
        _compare(term, _found(state, term), expected)
        parts.append(f"{term}={len(expected)}")
    return ", ".join(parts)


def step_reprints(state: State) -> str:
    """Reprint detection (datasketch, numpy): the import hashed every article, and a
    seed article cut by a quarter is found again by its LSH bands and shingles."""
    import numpy as np

    from zzreader.core.discovery import reprints

    pending = reprints.pending_count(state.library)
    expect(pending == 0, f"{pending} 篇文章未计算转载签名 / articles without a reprint signature")
    text = max((a.text for issue in state.issues for a in issue.articles), key=len)
    copy = text[: len(text) * 3 // 4]
    a, b = reprints.shingles(text), reprints.shingles(copy)
    sigs = np.vstack([reprints.signature(s).hashvalues[: reprints.BANDS * reprints.ROWS] for s in (a, b)])
    keys = reprints.band_keys(sigs)
    shared = int((keys[0] == keys[1]).sum())
    share = reprints.overlap(a, b)
    expect(shared > 0 and share >= reprints.MIN_OVERLAP,
           f"转载未识别 / a cut copy was not found: {shared} bands shared, overlap {share:.2f}")
    return f"{reprints.BANDS}×{reprints.ROWS} LSH bands, a cut copy shares {shared}, overlap {share:.2f}"


def step_search_filters(state: State) -> str:
    """A date limit and an author filter, against the same brute force."""
    term = choose_terms(state.issues)[0][1]
    dated = sorted({i.date for i in state.issues if i.date})
    expect(bool(dated), "样报都没有日期 / no dated sample issue")
    day = dated[len(dated) // 2]
    _compare(f"{term} @{day}", _found(state, term, date_from=day, date_to=day),
             brute_force(state.issues, term, day))
    authors = Counter(name for _k, _t, a, _i in _folded_articles(state.issues) for name in a.authors)
    detail = f"{term} on {day}"
    if authors:
        name = min(authors, key=lambda n: (-authors[n], n))
        expected = {k for k, _t, a, _i in _folded_articles(state.issues) if any(name in n for n in a.authors)}
        _compare(f"author:{name}", _found(state, f"author:{name}"), expected)
        detail += f", author:{name}={len(expected)}"
    return detail


def step_qt_runtime() -> str:
    """The Qt parts a build can lose: platform plugin, image formats, icons, Chinese translations."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    from zzreader.gui import icons
    from zzreader.gui.app import application
    from zzreader.gui.qt import QImage, QLibraryInfo, QLocale, QTranslator, qInstallMessageHandler
    from zzreader.resources import resources_dir

    # Qt's own warnings (e.g. the offscreen plugin's "does not support
    # propagateSizeHints()") would land between the report's lines; the
    # report is the only thing --self-test prints.
    qInstallMessageHandler(_drop_qt_message)
    app = application()
    expect(app.platformName() == "offscreen", f"平台插件不对 / platform plugin {app.platformName()}")
    svg = QImage(str(resources_dir() / "icon.svg"))  # through the qsvg image-format plugin
    expect(not svg.isNull(), "SVG 图片插件缺失 / the SVG image format plugin is missing")
    names = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))
    blank = [n for n in names if icons.icon(n).pixmap(24, 24).isNull()]
    expect(not blank, f"图标无法绘制 / icons not drawn: {blank}")
    expect(not icons.app_icon().isNull(), "缺少程序图标 / no app icon")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    zh = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    expect(QTranslator().load(zh, "qtbase", "_", folder), f"缺少 Qt 中文翻译 / no qtbase_zh_CN in {folder}")
    return f"platform {app.platformName()}, svg {svg.width()}x{svg.height()}, {len(names)} icons, qtbase_zh_CN"


def _drop_qt_message(_kind: object, _context: object, _message: str) -> None:
    """Qt message handler for the self-test: its report says what matters."""


def step_window(state: State) -> str:
    """Open the main window offscreen on the temporary library and show a searched article."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    from zzreader.gui.app import application
    from zzreader.gui.main_window import MainWindow
    from zzreader.gui.qt import QSettings, QTextCursor

    app = application()
    settings = QSettings(str(state.tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(state.library.path, settings)
    try:
        window.show()
        app.processEvents()
        expect(window.isVisible(), "窗口未显示 / the window is not shown")
        expect(window.model.rowCount() > 0, "目录树为空 / the section tree is empty")
        label, term = next((lt for lt in choose_terms(state.issues) if lt[0] == "rare"), ("", ""))
        expect(bool(term), "样报中找不到检索词 / no search term found in the samples")
        key = next(iter(brute_force(state.issues, term)))
        article_id = next(i for i, k in state.keys_by_id.items() if k == key)
        window.open_article(article_id, term)
        app.processEvents()
        title = state.library.article(article_id).title
        shown = window.view.plain_text()
        expect(window.current_id == article_id, f"打开的文章不对 / wrong article open: {window.current_id}")
        # A headline set in two halves ('为项目建设 争取更多专项债资金') is shown on two lines.
        expect("".join(title.split()) in "".join(shown.split()), f"文章标题未显示 / title not shown: {title}")
        spans = window.view.hits.spans
        expect(bool(spans), f"命中未标出 / hits of {term} not marked")
        for start, end in spans:
            cursor = QTextCursor(window.view.page.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            expect(cursor.selectedText() == term, f"标记错位 / mark on {cursor.selectedText()!r}")
        image = window.grab()
        expect(not image.isNull() and image.width() > 0, "窗口无法绘制 / the window did not paint")
        return (f"tree of {window.model.rowCount()} years; article #{article_id} 《{title}》 "
                f"shown with {len(spans)} hit(s) of {term} marked; {image.width()}x{image.height()} px")
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()


def step_trend_chart(state: State) -> str:
    """The trend chart (pyqtgraph on numpy) draws: the view Discover → Trends opens,
    given one query's counts per month and saved as PNG as its button does."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    import numpy as np

    from zzreader.core.discovery import trends
    from zzreader.gui.app import application
    from zzreader.gui.main_window import MainWindow
    from zzreader.gui.qt import QColor, QImage, QSettings
    from zzreader.gui.trends_view import COLORS

    app = application()
    term = choose_terms(state.issues)[0][1]
    result = trends.trend(state.library, [term], "month")
    counts = [p.articles for p in result.series[0].points]
    expect(sum(c or 0 for c in counts) > 0, f"{term} 没有趋势数据 / no trend for {term}")
    settings = QSettings(str(state.tmp / "settings-trend.ini"), QSettings.Format.IniFormat)
    window = MainWindow(state.library.path, settings)
    try:
        window.show()
        view = window.discovery.view("trends")
        view.resize(640, 360)
        view.show_result(result)  # what the worker's answer to 绘制 / Draw calls
        app.processEvents()
        drawn = view.chart_data()
        expected = [float("nan") if c is None else float(c) for c in counts]
        expect(len(drawn) == 1 and np.allclose(drawn[0][1], expected, equal_nan=True),
               f"趋势图数据不对 / the chart plots {drawn}, not {expected}")
        png = view.save_png(str(state.tmp / "trend.png"))
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
        expect(not image.isNull(), "趋势图无法导出 / the chart did not export")
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        bgr = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].astype(int)
        line = QColor(COLORS[0])
        target = np.array([line.blue(), line.green(), line.red()])
        coloured = int((np.abs(bgr - target).sum(axis=2) < 60).sum())
        expect(coloured > 50, f"趋势线未画出 / no line drawn ({coloured} px of {COLORS[0]})")
        return (f"{term}: {len(counts)} months, {sum(c or 0 for c in counts)} articles; "
                f"{image.width()}x{image.height()} px PNG, {coloured} px of line")
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()


def _snapshot(folders: list[Path]) -> dict[Path, tuple[int, int]]:
    files: dict[Path, tuple[int, int]] = {}
    for folder in folders:
        if folder.is_dir():
            for p in folder.rglob("*"):
                if p.is_file() and "__pycache__" not in p.parts:
                    st = p.stat()
                    files[p] = (st.st_size, st.st_mtime_ns)
    return files


def watched_folders() -> list[Path]:
    """Where nothing may be written: the whole bundle, or (from source) the data zzreader ships."""
    jieba = import_jieba()

    if is_frozen():
        return [app_root(), Path(sys.executable).parent]
    return [seeds_dir(), Path(jieba.__file__).parent]


def step_nothing_written(state: State) -> str:
    after = _snapshot(watched_folders())
    changed = sorted(str(p) for p in after.keys() ^ state.watched.keys())
    changed += sorted(str(p) for p in after.keys() & state.watched.keys() if after[p] != state.watched[p])
    expect(not changed, f"写入了程序目录 / files written next to the program: {changed[:5]}")
    return f"{len(after)} files of the program unchanged"


# -- running -------------------------------------------------------------------------
def main(library_path: Path | str | None = None, out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 otherwise."""
    out = out or sys.stdout
    report = Report(out)
    print(f"zzreader 自检 / self-test, {time.strftime('%Y-%m-%d %H:%M:%S')}", file=out)
    with tempfile.TemporaryDirectory(prefix="zzreader-selftest-") as tmp:
        state = State(Path(tmp))
        state.watched = _snapshot(watched_folders())
        path = Path(library_path) if library_path else None
        report.step("环境 / environment", lambda: step_environment(path))
        report.step("打包文件 / bundled files", step_bundled_files)
        report.step("分词词典 / jieba dictionary", step_jieba)
        if report.step("解析样报 / parse samples", lambda: step_parse(state)):
            imported = report.step("导入 / import", lambda: step_import(state))
        else:
            imported = False
            report.skip("导入 / import", "samples did not parse")
        searches = (
            ("检索 / search", lambda: step_search_terms(state)),
            ("筛选 / filters", lambda: step_search_filters(state)),
            ("转载检测 / reprints", lambda: step_reprints(state)),
        )
        for name, fn in searches:
            if imported:
                report.step(name, fn)
            else:
                report.skip(name, "import failed")
        if report.step("Qt 运行库 / Qt runtime", step_qt_runtime) and imported:
            report.step("窗口 / window", lambda: step_window(state))
            report.step("趋势图 / trend chart", lambda: step_trend_chart(state))
        else:
            report.skip("窗口 / window", "Qt runtime or import failed")
            report.skip("趋势图 / trend chart", "Qt runtime or import failed")
        if state.library is not None:
            state.library.close()
        report.step("未写程序目录 / nothing written", lambda: step_nothing_written(state))
    total = report.passed + len(report.failed)
    if report.failed:
        print(f"自检失败 / self-test FAILED: {len(report.failed)} of {total} steps: "
              f"{', '.join(report.failed)}", file=out)
        return 1
    print(f"自检通过 / self-test passed: {total} steps", file=out)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
