# PyInstaller runtime hook (packaging/zzreader.spec): the built app leaves SciPy out.
#
# datasketch, which zzreader uses for reprint detection
# (zzreader/core/discovery/reprints.py), imports `scipy.integrate.quad` when it
# is imported, but calls it only to choose the LSH banding when none is given;
# reprints.py always gives it (LSH_PARAMS, checked against datasketch's own
# choice by tests/core/test_reprints.py). SciPy with the libraries it brings is
# about 70 MB of the 300 MB folder, so the spec excludes it and this hook puts
# a placeholder in its place before anything is imported: `import scipy` and
# `from scipy.integrate import quad` succeed, any other SciPy module is missing
# as if SciPy were not installed, and calling quad says why.
import sys
import types


def _quad(*_args, **_kwargs):
    raise ImportError("SciPy is not bundled with zzreader (packaging/rthook_without_scipy.py)")


if "scipy" not in sys.modules:
    _scipy = types.ModuleType("scipy")
    _scipy.__path__ = []  # a package with no submodules: `import scipy.sparse` fails as usual
    _integrate = types.ModuleType("scipy.integrate")
    _integrate.quad = _quad
    _scipy.integrate = _integrate
    sys.modules["scipy"] = _scipy
    sys.modules["scipy.integrate"] = _integrate
