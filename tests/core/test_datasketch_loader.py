"""datasketch loads without SciPy's integrator, which a later import still gets whole."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import sys
from zzreader.core.discovery import reprints
import datasketch.lsh
print("integrate loaded:", "scipy.integrate" in sys.modules)
lsh = reprints.MinHashLSH(num_perm=reprints.NUM_PERM, params=reprints.LSH_PARAMS)
print("bands:", lsh.b, lsh.r)
try:
    datasketch.lsh.integrate(abs, 0.0, 1.0)
except ImportError as exc:
    print("placeholder:", "datasketch_loader.py" in str(exc))
import scipy.integrate
print("real quad later:", round(scipy.integrate.quad(lambda x: x, 0.0, 1.0)[0], 3))
"""


def test_datasketch_loads_without_the_integrator_and_scipy_stays_whole():
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    ).stdout.splitlines()
    assert out == [
        "integrate loaded: False",
        "bands: 28 2",
        "placeholder: True",
        "real quad later: 0.5",
    ]


def test_a_process_that_has_the_integrator_keeps_it():
    probe = (
        "import scipy.integrate, sys\n"
        "from zzreader.core.discovery import reprints\n"
        "import datasketch.lsh\n"
        "print(datasketch.lsh.integrate is scipy.integrate.quad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    assert out == ["True"]
