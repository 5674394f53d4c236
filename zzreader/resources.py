"""Where bundled data lives, from source and from a PyInstaller build.

Also the one place that readies jieba: a frozen build ships jieba's prefix
dictionary prepared at build time, so the first search neither stalls while
jieba rebuilds it nor makes jieba write a cache file next to the executable.
"""

from __future__ import annotations

import contextlib
import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import jieba

APP_NAME = "zzreader"
# Bump when the layout of the prepared jieba file changes (2: zlib-compressed).
_JIEBA_CACHE_FORMAT = 2
_jieba_source: str | None = None


def root_folder() -> str:
    """`app_root` as a string: the command line's search finds its message catalog
    and word table without importing pathlib (core/sqlite_uri.py says why)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return str(frozen)
    return os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def app_root() -> Path:
    """The folder holding `seeds/` and `resources/` (source tree or frozen bundle)."""
    from pathlib import Path

    return Path(root_folder())


def is_frozen() -> bool:
    return getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS")


def seeds_dir() -> Path:
    return app_root() / "seeds"


def resources_dir() -> Path:
    return app_root() / "resources"


# -- jieba -----------------------------------------------------------------------
def import_jieba() -> ModuleType:
    """jieba, imported without pkg_resources.

    jieba's `_compat` tries `import pkg_resources` only to open its own data
    files and opens them with `open()` when that fails, as it does in our
    frozen build, which leaves setuptools out. pkg_resources was about 70 ms
    of the ~95 ms an `import jieba` took here (24 ms without it), paid by
    every command and window that cuts words.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails: the fallback
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", False) is None:
            del sys.modules["pkg_resources"]
    return jieba


def jieba_cache_name() -> str:
    jieba = import_jieba()

    return f"jieba-{jieba.__version__}-prefix.pickle"


def bundled_jieba_cache() -> Path:
    """The prepared prefix dictionary inside a build (absent in a source tree)."""
    return app_root() / "cache" / jieba_cache_name()


def user_jieba_cache() -> Path:
    """Where a source checkout (or a build whose bundled file is unusable) keeps it."""
    from zzreader.core.user_dirs import cache_dir

    return cache_dir() / jieba_cache_name()


def build_jieba_prefix() -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary built from its own dict.txt (about 0.6 s)."""
    jieba = import_jieba()

    tokenizer = jieba.Tokenizer()
    return tokenizer.gen_pfdict(tokenizer.get_dict_file())


def write_jieba_cache(path: Path, prefix: tuple[dict[str, int], int] | None = None) -> Path:
    """Save the prefix dictionary at `path` atomically (the build script calls this).

    Pickle rather than jieba's own marshal cache: it loads about four times
    faster (0.15 s instead of 0.55 s here), and we load it ourselves anyway.
    Compressed with zlib: 2.3 MB instead of 6.5 MB in every build (the
    installer's size, issue 18), for about 30 ms more per load.
    """
    import pickle
    import tempfile
    import zlib

    jieba = import_jieba()

    freq, total = prefix or build_jieba_prefix()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            payload = (_JIEBA_CACHE_FORMAT, jieba.__version__, freq, total)
            out.write(zlib.compress(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL), 6))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path


def _plain_loads(data: bytes) -> object:
    """Unpickle plain data only (tuples, dicts, strings, numbers).

    The per-user cache folder is writable by other programs: a pickle that
    names any class or function (the way a pickle runs code) is refused, so a
    file planted there is rebuilt, never executed.
    """
    import io
    import pickle

    class _Plain(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> object:
            raise pickle.UnpicklingError(f"not plain data: {module}.{name}")

    return _Plain(io.BytesIO(data)).load()


# jieba's prepared prefix dictionary is 2.3 MB packed, 6.5 MB unpacked; a file either way
# past this is no cache of ours.
_MAX_JIEBA_CACHE_BYTES = 32 * 1024 * 1024


def _read_jieba_cache(path: Path) -> tuple[dict[str, int], int] | None:
    import pickle  # here and above: only the jieba cache needs them, not every start
    import zlib

    jieba = import_jieba()

    from zzreader.core import file_limits

    try:  # a regular file of bounded size, inflated within a bound: a FIFO planted at its name
        # made every search wait for ever, and a zlib bomb would have filled the memory
        packed = file_limits.read_limited(path, _MAX_JIEBA_CACHE_BYTES)  # FileRefused is a ValueError
        inflate = zlib.decompressobj()
        plain = inflate.decompress(packed, _MAX_JIEBA_CACHE_BYTES)
        if inflate.unconsumed_tail or not inflate.eof:
            return None
        fmt, version, freq, total = _plain_loads(plain)
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError, zlib.error):
        return None
    if fmt != _JIEBA_CACHE_FORMAT or version != jieba.__version__ or not isinstance(freq, dict):
        return None
    return freq, total


def configure_jieba(tokenizer: jieba.Tokenizer | None = None) -> jieba.Tokenizer:
    """Make jieba's tokenizer (default: the global `jieba.dt`) ready to cut; return it.

    Call it once before the first cut, off the GUI thread if you can: it
    loads the prepared prefix dictionary (≈0.15 s), first from the build,
    else from the per-user cache folder, building and saving it there only
    when neither is usable. jieba itself never builds or writes anything,
    so nothing lands next to the executable. Idempotent and thread-safe.
    """
    global _jieba_source
    jieba = import_jieba()

    jieba.setLogLevel(30)  # jieba logs every dictionary load at DEBUG on stderr
    tk = tokenizer if tokenizer is not None else jieba.dt
    with tk.lock:
        if tk.initialized:
            return tk
        if tk.dictionary != jieba.DEFAULT_DICT:  # a custom dictionary: jieba's own cache
            tk.tmp_dir = str(_user_cache_dir())
            tk.initialize()
            return tk
        prefix, source = _load_prefix()
        tk.FREQ, tk.total = prefix
        tk.initialized = True
        if tk is jieba.dt:
            _jieba_source = source
    return tk


def _load_prefix() -> tuple[tuple[dict[str, int], int], str]:
    for path in (bundled_jieba_cache(), user_jieba_cache()):
        prefix = _read_jieba_cache(path)
        if prefix is not None:
            return prefix, str(path)
    prefix = build_jieba_prefix()
    path = user_jieba_cache()
    try:
        write_jieba_cache(path, prefix)
    except OSError:
        return prefix, "built (not saved)"  # a read-only home: built again next start
    return prefix, f"built, saved to {path}"


def jieba_source() -> str | None:
    """Where `configure_jieba` got jieba.dt's prefix dictionary (None: not yet)."""
    return _jieba_source


def _user_cache_dir() -> Path:
    path = user_jieba_cache().parent
    path.mkdir(parents=True, exist_ok=True)
    return path

