"""datasketch, imported without loading SciPy's integrator (about 0.4 s a process).

datasketch imports `scipy.integrate.quad` when it is imported, and calls it
only to choose an LSH banding when none is given; core/discovery/reprints.py
always gives one (LSH_PARAMS). So, unless the process has loaded
`scipy.integrate` already, datasketch is imported with a placeholder in its
place, which is taken away again at once: anything that imports
`scipy.integrate` later gets the real module. The built app leaves SciPy
out altogether in the same way (packaging/rthook_without_scipy.py).
"""

from __future__ import annotations

import sys
import types
from typing import Any

_NAME = "scipy.integrate"


def _quad(*_args: Any, **_kwargs: Any) -> Any:
    raise ImportError(
        "datasketch was loaded without SciPy's integrator; give MinHashLSH its params "
        "(zzreader/core/discovery/datasketch_loader.py)"
    )


def load() -> types.ModuleType:
    """The datasketch package, its optimiser left unloaded."""
    if "datasketch" in sys.modules or _NAME in sys.modules:
        import datasketch

        return datasketch
    placeholder = types.ModuleType(_NAME)
    placeholder.quad = _quad  # type: ignore[attr-defined]
    sys.modules[_NAME] = placeholder
    try:
        import datasketch
    finally:
        if sys.modules.get(_NAME) is placeholder:
            del sys.modules[_NAME]
    return datasketch
