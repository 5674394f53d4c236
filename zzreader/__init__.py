"""zzreader: read, annotate and search the back issues of 株洲日报 offline."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # `__version__` is read from the package metadata on first use: importlib.metadata
    # costs every start of the window and of each command time and memory
    # (tests/bench/bench_gui.py) and only --version, About and the files we write need it.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("zzreader")
    except PackageNotFoundError:  # running from a source tree without install
        value = "0.0.0"
    globals()["__version__"] = value
    return value
