"""`zzreader --screenshot` from outside, and the README screenshot script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from zzreader.gui.qt import QImage

ROOT = Path(__file__).resolve().parents[2]


def _image_ok(path: Path, min_w: int = 600, min_h: int = 300) -> None:
    image = QImage(str(path))
    assert not image.isNull(), path
    assert image.width() >= min_w and image.height() >= min_h
    # Not a blank picture: the page shows text in several colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 17)}
    assert len(colours) > 8


def test_cli_screenshot_opens_the_window_saves_a_png_and_exits_0(library_path, tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZZREADER_SETTINGS=str(tmp_path / "s.ini"))
    code = (
        "import sys; from zzreader.__main__ import main; "
        f"sys.exit(main(['--library', {str(library_path)!r}, '--screenshot', {str(out)!r}]))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    _image_ok(out)


def test_screenshot_script_renders_every_state(qapp, library_path, tmp_path):
    from zzreader.gui.screenshots import render_all

    shots = render_all(tmp_path / "shots", library_path)
    names = [p.name for p in shots]
    assert names == ["tree-article.png", "search.png", "dark.png", "sepia-table.png",
                     "source-find.png", "annotations.png", "import.png"]
    for path in shots:
        _image_ok(path, 500, 250)
