# PyInstaller runtime hook (packaging/zzreader.spec): the built app leaves out
# PySide6.QtOpenGL, Qt's OpenGL bindings (an 8.7 MB extension module).
#
# pyqtgraph, which draws zzreader's trend and entity charts
# (zzreader/gui/trends_view.py, entities_view.py), imports PySide6.QtOpenGL and
# PySide6.QtOpenGLWidgets when it is imported (pyqtgraph/Qt/OpenGLHelpers.py),
# but reads from QtOpenGL only while painting through an OpenGL viewport:
# pyqtgraph's `useOpenGL` option, off unless set, and zzreader never sets it.
# QtOpenGLWidgets (small) is bundled: pyqtgraph subclasses its QOpenGLWidget at
# import and tests widgets against that class while painting. This hook puts a
# placeholder module in QtOpenGL's place before anything is imported; reading
# any name from it raises AttributeError saying why, instead of a crash. The
# frozen self-test's trend chart step (zzreader/selftest.py) draws a chart
# through it.
import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"PySide6.QtOpenGL.{name}: Qt's OpenGL bindings are not bundled with zzreader "
            "(packaging/rthook_without_qtopengl.py)"
        )


if "PySide6.QtOpenGL" not in sys.modules:
    sys.modules["PySide6.QtOpenGL"] = _NotBundled("PySide6.QtOpenGL")
