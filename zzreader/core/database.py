"""sqlite_utils' `Database`, imported without its optional numpy and pandas support.

sqlite_utils imports numpy (and pandas) when they are installed, only to
map their number types to SQLite column types when it creates a table from
values. zzreader creates every table from its own SQL (core/migrations.py)
and stores plain Python values, so that support is never used; but numpy is
installed (reprint detection, core/discovery/reprints.py, needs it) and
loading it costs every start about a tenth of a second and 15 MB, before
the window shows or a command answers (tests/bench/bench_gui.py).

So the first import of sqlite_utils happens here, with the two packages
marked as not importable for that moment only; whoever imports numpy later
gets it as usual. If something imported sqlite_utils (or numpy) earlier,
nothing changes. Modules of the core import `Database` from here.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

_OPTIONAL = ("numpy", "pandas")


def _import_without_optional_packages():
    if "sqlite_utils.db" in sys.modules:
        return sys.modules["sqlite_utils"].Database
    hidden = [name for name in _OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import numpy` raises ImportError
    try:
        from sqlite_utils import Database as database_class
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return database_class


if TYPE_CHECKING:
    from sqlite_utils import Database
else:
    Database = _import_without_optional_packages()

__all__ = ["Database"]
