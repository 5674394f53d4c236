"""zzreader: read, annotate and search the back issues of 株洲日报 offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("zzreader")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
