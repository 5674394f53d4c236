"""Screenshots of the four discovery views for the README.

    QT_QPA_PLATFORM=offscreen python tests/bench/discovery_screenshots.py [OUTDIR]

The library is the five sample issues plus three synthetic years
(tests/bench/synth.py with planted reprints, tests/bench/reprint_synth.py),
with a few days and the spring of 2022 left out, so the calendar has gaps to
show and the chart has a hole. Written to resources/screenshots/ by default.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_search import to_issue  # noqa: E402
from reprint_synth import PlantedArchive  # noqa: E402

from zzreader.core.discovery import entities, reprints  # noqa: E402
from zzreader.core.discovery.issue_calendar import calendar  # noqa: E402
from zzreader.core.importer import import_paths  # noqa: E402
from zzreader.core.store import open_library  # noqa: E402
from zzreader.gui.qt import QSettings, Qt  # noqa: E402
from zzreader.gui.screenshots import application, settle, shoot, wait_until  # noqa: E402
from zzreader.resources import seeds_dir  # noqa: E402

START = dt.date(2021, 1, 1)
DAYS = 3 * 365


def build(path: Path) -> None:
    rng = random.Random(5)
    arch = PlantedArchive(seed=7, copies_per_issue=0.3, start=START.isoformat())
    with open_library(path) as lib:
        import_paths(lib, [seeds_dir()], workers=0)
        for i in range(DAYS):
            issue = arch.issue(i)
            day = START + dt.timedelta(days=i)
            if dt.date(2022, 3, 1) <= day < dt.date(2022, 6, 1) or day.weekday() == 6 or rng.random() < 0.02:
                continue
            lib.import_issue(to_issue(issue))
        entities.update(lib)
        reprints.rebuild(lib)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    from zzreader.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "discovery.sqlite"
        build(path)
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(path, settings)
        window.resize(1440, 900)
        window.show()
        settle(0.5)
        views = window.discovery
        busy = lambda: window.workers.read.busy() or window.workers.write.busy()  # noqa: E731

        trends_view = views.view("trends")
        for dock in views.docks.values():
            window.resizeDocks([dock], [560], Qt.Orientation.Vertical)
        trends_view.set_queries(["株洲", "湘江", "醴陵 OR 攸县"], "month")
        trends_view.start()
        wait_until(lambda: trends_view.result is not None and not busy(), 60)
        points = trends_view.result.series[0].points
        trends_view.show_period(0, max(range(len(points)), key=lambda i: points[i].articles or 0))
        settle(0.3)
        shoot(window, out / "discovery-trends.png")

        for dock in views.docks.values():
            window.resizeDocks([dock], [560], Qt.Orientation.Vertical)
        cal = views.view("calendar")
        gappy = next(f"{y}-{m:02d}" for y in (2021, 2022, 2023) for m in range(1, 13)
                     if 2 <= len(calendar(window.library, y, m)["missing"]) <= 4)
        cal.go_to(calendar(window.library, *map(int, gappy.split("-")))["missing"][0])
        cal.tabs.setCurrentIndex(3)
        settle(0.3)
        shoot(window, out / "discovery-calendar.png")

        ent = views.view("entities")
        wait_until(lambda: bool(ent.entries) and not busy(), 60)
        ent.kind.setCurrentIndex(1)
        wait_until(lambda: not busy(), 60)
        settle(0.3)
        ent.table.selectRow(0)
        settle(0.3)
        shoot(window, out / "discovery-entities.png")

        rep = views.view("reprints")
        wait_until(lambda: bool(rep.clusters) and not busy(), 120)
        row = next(i for i, c in enumerate(rep.clusters) if c.similarity < 0.8)
        rep.table.selectRow(row)
        rep.table.scrollTo(rep.table.model().index(row, 0))
        settle(0.3)
        shoot(window, out / "discovery-reprints.png")
        window.shutdown(backup=False)
    del app


if __name__ == "__main__":
    main()
