"""zzreader: read, annotate and search the back issues of 株洲日报 offline."""

from __future__ import annotations

import os as _os

# numpy (the discovery tables, core/discovery/) loads OpenBLAS, which starts a thread per
# core as it loads; where no thread can start (`ulimit -u`, `ulimit -v`) it raised SIGINT
# in this process, so an import said "Interrupted" and exit 130 with no one at the keys.
# zzreader does no linear algebra: one thread, unless the user chose otherwise.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def __getattr__(name: str) -> str:
    """`__version__` from the package metadata, looked up on first use: reading the
    metadata costs 20 ms that a scripted `zzreader search` need not pay."""
    if name != "__version__":
        raise AttributeError(f"module 'zzreader' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("zzreader")
    except PackageNotFoundError:  # running from a source tree without install
        found = "0.0.0"
    globals()["__version__"] = found
    return found
