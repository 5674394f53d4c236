"""packaging/rthook_without_qtopengl.py: pyqtgraph draws without Qt's OpenGL bindings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: the hook must act before PySide6 or pyqtgraph is imported,
# as it does in the built app.
SCRIPT = """
import runpy, sys
runpy.run_path(sys.argv[1])
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
import PySide6.QtOpenGL as gl
app = QApplication([])
plot = pg.PlotWidget(background="w")
plot.resize(320, 200)
plot.plot([0, 1, 2, 3], [3.0, 1.0, 4.0, 1.0], pen=pg.mkPen("#d62728", width=3))
plot.show()
app.processEvents()
image = plot.grab().toImage()
red = sum(
    1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    if image.pixelColor(x, y).red() > 180 and image.pixelColor(x, y).green() < 90
)
try:
    gl.QOpenGLBuffer
except AttributeError as exc:
    message = str(exc)
print(type(gl).__name__, red, message)
"""


def test_pyqtgraph_plots_with_the_stand_in_and_opengl_names_say_why() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "packaging" / "rthook_without_qtopengl.py")],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    kind, red, message = result.stdout.strip().split(" ", 2)
    assert kind == "_NotBundled"  # pyqtgraph imported with the stand-in in QtOpenGL's place
    assert int(red) > 20  # the red line was drawn
    assert "QOpenGLBuffer" in message and "not bundled" in message
