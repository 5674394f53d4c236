"""Render the window's main states to PNG, for the README and for review.

    python -m zzreader.gui.screenshots OUTDIR [--library FILE] [--lang zh|en] [--sizes]

--sizes renders the window a first start shows, then with a search running, at
the common screen sizes (SCREEN_SIZES) in the light and the dark theme, to
check that the article stays readable on a small laptop.

Without --library a fresh library is built from the sample issues in a
temporary folder, and settings always go to a temporary INI file, so the
pictures never depend on (or change) the user's own library and settings.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from zzreader import i18n
from zzreader.core.highlights import Highlight
from zzreader.core.importer import import_paths
from zzreader.core.palette import COLORS
from zzreader.core.store import Library, open_library
from zzreader.gui.app import application, install_translations
from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import (
    QApplication,
    QColor,
    QPainter,
    QPoint,
    QSettings,
    Qt,
    QTextCursor,
    QWidget,
)
from zzreader.resources import seeds_dir

SIZE = (1440, 900)
SCREEN_SIZES = ((800, 600), (1024, 768), (1366, 768), (1920, 1080))


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Run the event loop until `predicate()` holds (or `timeout` seconds pass)."""
    app = QApplication.instance()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def settle(seconds: float = 0.15) -> None:
    wait_until(lambda: False, seconds)


def build_sample_library(folder: Path) -> Path:
    path = folder / "samples.sqlite"
    with open_library(path) as library:
        import_paths(library, [seeds_dir()], workers=0)
    return path


def showcase_article(library: Library) -> int | None:
    """An article that shows most of the page: byline with photographer, a caption."""
    best, best_score = None, -1
    for issue, article in library.iter_articles():
        kinds = {b.kind for b in article.blocks}
        score = (2 * bool(article.photographers) + bool(article.reporters)
                 + 2 * ("caption" in kinds) + len(article.blocks) / 100)
        if score > best_score:
            best, best_score = article.id, score
    return best


def article_with(library: Library, kind: str) -> int | None:
    for _issue, article in library.iter_articles():
        if any(b.kind == kind for b in article.blocks) or article.type == kind:
            return article.id
    return None


def shoot(widget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path), "PNG")
    print(path)
    return path


def shoot_with_popups(window: QWidget, popups: list[QWidget], path: Path) -> Path:
    """The window with its floating popups painted where they are on screen."""
    settle()
    image = window.grab()
    painter = QPainter(image)
    for popup in popups:
        at = window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft()))
        painter.drawPixmap(at, popup.grab())
        painter.setPen(QColor("#8a8a8a"))  # offscreen windows have no frame: draw its edge
        painter.drawRect(at.x(), at.y(), popup.width() - 1, popup.height() - 1)
    painter.end()
    image.save(str(path), "PNG")
    print(path)
    return path


def annotate_showcase(window: MainWindow, article_id: int) -> Highlight | None:
    """Highlights in several colours (one overlap, an underline, a strike, a note), tags, a collection."""
    library = window.library
    article = library.article(article_id)
    paragraphs, pos = [], 0
    for block in article.blocks:
        if block.kind == "p" and len(block.text) >= 40:
            paragraphs.append(pos)
        pos += len(block.text) + 1
    if len(paragraphs) < 2:
        return None
    p1, p2 = paragraphs[0], paragraphs[1]
    library.highlights.add(article_id, p1 + 6, p1 + 18, color="yellow")
    library.highlights.add(article_id, p1 + 14, p1 + 26, color="green")  # overlaps the yellow
    library.highlights.add(article_id, p1 + 29, p1 + 36, color="blue", style="underline")
    library.highlights.add(article_id, p1 + 38, p1 + 44, color="red", style="strike")
    noted = library.highlights.add(article_id, p2 + 2, p2 + 16, color="pink", tags=["待核实", "民俗"],
        note="**核实**：与 2024 年同题报道对照。\n\n- 采访对象姓名\n- 活动日期",
    ).value
    library.tags.set_for_article(article_id, ["春节", "乡村"])
    others = [a.id for _i, a in library.iter_articles() if a.id != article_id][:4]
    collection = library.collections.create("春节专题").value
    library.collections.add_articles(collection.id, [article_id, *others])
    for n, other in enumerate(others[:3]):
        text = library.article(other).text
        if len(text) > 20:
            library.highlights.add(other, 2, 12, color=COLORS[(n + 2) % 8], tags=["民俗"])
    window.annotator.notify()
    return noted


def render_all(outdir: Path, library_path: Path | None = None, lang: str = "zh") -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zzreader-shots-"))
    try:
        return _render(outdir, work, library_path, lang)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _render(outdir: Path, work: Path, library_path: Path | None, lang: str) -> list[Path]:
    app = application()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("reading/language", lang)
    i18n.set_language(lang)
    install_translations(app, lang)
    path = library_path or build_sample_library(work)
    window = MainWindow(path, settings)
    window.resize(*SIZE)
    window.show()
    wait_until(window.isVisible)
    shots: list[Path] = []

    # 1. tree + article
    target = showcase_article(window.library)
    if target is not None:
        window.open_article(target)
    shots.append(shoot(window, outdir / "tree-article.png"))

    # 2. search results with the hits marked in the article
    window.search.search_for("二医院")
    wait_until(lambda: window.search.model.rowCount() > 0 or bool(window.search.last_error))
    if window.search.model.rowCount():
        window.search._activated(window.search.model.index(0))
    shots.append(shoot(window, outdir / "search.png"))

    # 3. dark theme, on a commentary with a section link if there is one
    window.appearance.set_theme("dark")
    commentary = article_with(window.library, "commentary")
    if commentary is not None:
        window.open_article(commentary)
    shots.append(shoot(window, outdir / "dark.png"))

    # 4. sepia, a table
    window.appearance.set_theme("sepia")
    table = article_with(window.library, "table")
    if table is not None:
        window.open_article(table)
    shots.append(shoot(window, outdir / "sepia-table.png"))

    # 5. find in article and the source lines
    window.appearance.set_theme("light")
    window.open_article(target or window.current_id)
    window.act_source.setChecked(True)
    window.toggle_source(True)
    window.view.open_find()
    window.view.find_bar.field.setText("村")
    shots.append(shoot(window, outdir / "source-find.png"))
    window.view.find_bar.close_bar()
    window.act_source.setChecked(False)
    window.toggle_source(False)

    # 6. annotations: colours with an overlap, underline and strike, the note popup, the browser
    window.open_article(target or window.current_id)
    noted = annotate_showcase(window, window.current_id)
    window.search_dock.hide()
    window.browser_dock.show()
    window.resizeDocks([window.browser_dock], [270], Qt.Orientation.Vertical)
    window.collections.reload()
    item = window.collections.tree.topLevelItem(0)
    if item is not None:
        item.setExpanded(True)
    popups = []
    if noted is not None:
        window.open_article(window.current_id)
        (start, _end), *_rest = window.view.text_map.to_doc(noted.start, noted.end)
        cursor = QTextCursor(window.view.page.document())
        cursor.setPosition(start)
        window.view.page.setTextCursor(cursor)
        window.view.page.ensureCursorVisible()
        rect = window.view.page.cursorRect(cursor)
        below = window.view.page.viewport().mapToGlobal(rect.bottomLeft())
        editor = window.annotator.edit_highlight(noted.id)
        if editor is not None:
            editor.resize(540, 330)
            editor.move(below + QPoint(120, 10))  # under the highlight, as after a click
            popups.append(editor)
        row = window.browser.row_of(noted.id)
        if row >= 0:
            window.browser.table.selectRow(row)
            window.browser.table.scrollTo(window.browser.model.index(row, 0))
    shots.append(shoot_with_popups(window, popups, outdir / "annotations.png"))
    for popup in popups:
        popup.close()
    window.browser_dock.hide()
    window.search_dock.show()

    # 6. import summary: two copies under new names, one again, one unreadable file
    drop = work / "drop"
    drop.mkdir()
    seeds = sorted(seeds_dir().glob("*.txt"))
    shutil.copy(seeds[0], drop / "2099-01-01.txt")
    shutil.copy(seeds[1], drop / "2099-01-02.txt")
    (drop / "broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    dialog = window.imports.start_import([*sorted(drop.iterdir()), seeds[2]])
    wait_until(lambda: dialog.ended, timeout=60)
    dialog.resize(820, 360)
    shots.append(shoot(dialog, outdir / "import.png"))
    dialog.close()
    window.close()
    return shots


def render_sizes(outdir: Path, lang: str = "zh") -> list[Path]:
    """`<w>x<h>-<theme>.png` (first start) and `<w>x<h>-<theme>-search.png` for every size."""
    outdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zzreader-sizes-"))
    shots: list[Path] = []
    try:
        app = application()
        i18n.set_language(lang)
        install_translations(app, lang)
        path = build_sample_library(work)
        for theme in ("light", "dark"):
            for width, height in SCREEN_SIZES:
                settings = QSettings(str(work / f"{width}-{theme}.ini"), QSettings.Format.IniFormat)
                settings.setValue("reading/language", lang)
                settings.setValue("reading/theme", theme)
                window = MainWindow(path, settings)
                window.resize(width, height)
                window.show()
                settle(0.3)
                shots.append(shoot(window, outdir / f"{width}x{height}-{theme}.png"))
                window.search.search_for("株洲")
                wait_until(lambda w=window: w.search.model.rowCount() > 0)
                settle(0.3)
                shots.append(shoot(window, outdir / f"{width}x{height}-{theme}-search.png"))
                window.shutdown(backup=False)
                window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m zzreader.gui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--library", type=Path, help="library file (default: samples in a temp dir)")
    parser.add_argument("--lang", default="zh", choices=i18n.LANGUAGES)
    parser.add_argument("--sizes", action="store_true", help="the window at 800x600 ... 1920x1080, light and dark")
    args = parser.parse_args(argv)
    if args.sizes:
        render_sizes(args.outdir, args.lang)
        return 0
    render_all(args.outdir, args.library, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
