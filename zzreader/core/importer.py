"""Import raw issue files and folders into a library.

Parsing is CPU-bound and independent per file, so with many files it runs in
a process pool (both cores) while this thread writes the parsed issues one
transaction each, in file order. A file that fails to read, parse or store is
reported and leaves the library untouched; the others still import. A file
whose bytes are already in the library is recognised by its sha256 before
parsing, so re-importing an archive costs little more than reading it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from zzreader.core import file_limits, folder_walk, own_exports, shown
from zzreader.core.changes import NOTHING, Changes
from zzreader.core.discovery import refresh
from zzreader.core.errors import ZZReaderError
from zzreader.core.models import Issue

if TYPE_CHECKING:  # workers unpickle `_parse_job` from here: keep their imports light
    from zzreader.core.discovery.entity_extract import Scan
    from zzreader.core.store import Library
    from zzreader.core.summaries import IssueInfo

SUFFIXES = folder_walk.ISSUE_SUFFIXES
NO_ARTICLE_PAGE = ("网页中没有文章（多半是网站的目录或导航页），未导入 / The web page holds no article "
                   "(likely a site's index or navigation page); not imported")
STATUSES = ("imported", "unchanged", "updated", "duplicate", "failed", "skipped")
# "skipped": a link to a folder already read (a loop) or an archive in a folder (core/folder_walk.py),
# or a web page without an article (a site's index or navigation page: NO_ARTICLE_PAGE);
# counted only when there is one.
# Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 12
# How often a parse worker checks that the importing process still exists.
PARENT_POLL_S = 0.5

Progress = Callable[[int, int, Path | None], None]


class CancelToken(Protocol):
    """Anything with `is_set()`, e.g. `threading.Event`."""

    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class FileResult:
    """The outcome for one file; `to_json()` is the `import --json` entry."""

    path: str
    status: str
    issue_id: int | None = None
    articles: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    duplicate_of: str | None = None  # unchanged/duplicate: the stored file that is the same issue

    def to_json(self) -> dict:
        data = asdict(self)
        data["warnings"] = list(self.warnings)
        return data


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileResult, ...] = ()
    cancelled: bool = False
    not_done: int = 0  # files left when cancelled
    read: int | None = None  # files read as issues (None: count the results); a folder's PDFs are only passed over

    @property
    def changes(self) -> Changes:
        """What the import changed, for the views (core/changes.py): the issues added or
        updated; an updated issue's articles may all differ, so then everything."""
        done = [f for f in self.files if f.status in ("imported", "updated") and f.issue_id is not None]
        if not done:
            return NOTHING
        updated = any(f.status == "updated" for f in done)
        return Changes(issues=frozenset(f.issue_id for f in done), journal=True, everything=updated)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def found_nothing(self) -> bool:
        """Folders without a single issue file (pictures, PDFs, an empty folder): said, not a silent zero.
        A PDF or archive a folder holds is named as skipped, and is no issue file either."""
        read = len(self.files) if self.read is None else self.read
        return not read and not self.cancelled

    @property
    def counts(self) -> dict[str, int]:
        return {s: n for s in STATUSES if (n := self.count(s)) or s != "skipped"}

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def to_json(self) -> dict:
        return {
            "summary": self.counts | {"cancelled": self.cancelled, "not_done": self.not_done},
            "files": [f.to_json() for f in self.files],
        }


def collect_files(paths: Iterable[str | Path], passed: dict[Path, FileResult] | None = None) -> list[Path]:
    """Files named directly (any suffix) plus .txt/.md files found in folders.

    Folders are walked recursively in name order, skipping hidden entries;
    a path given twice is imported once. Missing paths are kept so the
    report can say so. Links are followed, each real folder read once; a
    loop link, an archive and a folder that cannot be read go into `passed`
    with why, never left out silently (core/folder_walk.py).
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve() if p.exists() else p
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for found in sorted(_walk(p, passed if passed is not None else {})):
                add(found)
        else:
            add(p)
    return out


def _walk(folder: Path, passed: dict[Path, FileResult]) -> Iterator[Path]:
    """The issue files under `folder`; what it passed over, as results (core/folder_walk.py)."""
    notes: folder_walk.Passed = {}
    yield from folder_walk.issue_files(folder, notes)
    for path, (status, reason) in notes.items():
        passed[path] = (FileResult(str(path), status, error=reason) if status == "failed"
                        else FileResult(str(path), status, warnings=(reason,)))


@dataclass
class _Parsed:
    """A parsed issue, and what its articles say of people and places by themselves
    (entity_extract.scan, keyed by the article's body), both made in a worker:
    the scan is most of the discovery index's work on import (core/discovery/refresh.py)."""

    issue: Issue
    scans: dict[str, Scan]


def _parse_job(data: bytes, name: str) -> _Parsed | str:
    """Parse in a worker; a failure comes back as the message to report."""
    from zzreader.core.parse import parse_bytes

    try:
        issue = parse_bytes(data, name)
    except ZZReaderError as exc:
        return str(exc)
    except Exception as exc:  # a parser bug must not abort the whole import
        return f"解析出错 / Parser error: {shown.error(exc)}"  # our words, not Python's class and text
    return _Parsed(issue, _scans(issue))


def _scans(issue: Issue) -> dict[str, Scan]:
    from zzreader.core.discovery import entity_extract

    out: dict[str, Scan] = {}
    try:
        for a in issue.articles:
            body = entity_extract.article_body(a.title, a.subtitle, a.text)
            out[body] = entity_extract.scan(body)
    except Exception:  # noqa: BLE001 - the import's own discovery step scans again and reports
        return {}
    return out


def _exit_with_parent(importer: int) -> None:
    """Worker initializer: ignore Ctrl+C, and exit once the importing process is gone.

    A forked worker holds its own copy of the job pipe, so when the importer
    is killed (SIGKILL, the OOM killer, a crash) the worker never sees the
    pipe close and would wait for jobs forever. Under forkserver the
    worker's parent is the fork server, which outlives the importer, hence
    the importer's pid too. (Windows workers are spawned and see the pipe
    close; there `os.kill(pid, 0)` would even terminate the process.)
    """
    # Ctrl+C in a terminal reaches every process of the group: the importer
    # stops the pool and says so in one line; a worker printing its own
    # KeyboardInterrupt traceback would only bury that line.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from zzreader.core import stop_signals

    stop_signals.restore_defaults()
    if os.name == "posix":
        args = (os.getppid(), importer)
        threading.Thread(target=_watch_parent, args=args, daemon=True).start()


def _watch_parent(parent: int, importer: int) -> None:
    while os.getppid() == parent and _exists(importer):
        time.sleep(PARENT_POLL_S)
    os._exit(0)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pool_context() -> multiprocessing.context.BaseContext:
    """How to start parse workers.

    `fork` is the cheapest, but forking a process that runs other threads
    (the GUI: Qt threads, a worker thread) can deadlock the child, so then
    `forkserver` (workers forked from a clean helper process) or, off Linux,
    `spawn`.
    """
    methods = multiprocessing.get_all_start_methods()
    single_threaded = threading.active_count() == 1 and "PySide6" not in sys.modules
    if sys.platform.startswith("linux") and single_threaded and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pool_size(n_files: int, workers: int | None) -> int:
    """Worker processes to use for `n_files` files (0 = parse in this thread)."""
    if getattr(sys, "frozen", False):
        return 0  # a frozen build cannot re-launch itself as a worker reliably
    if workers is not None:
        return max(0, workers)
    cpus = os.cpu_count() or 1
    if cpus < 2 or n_files < PARALLEL_MIN_FILES or _memory_capped():
        return 0
    # This thread stores and indexes (the larger half of the work): leave it a core.
    return max(1, min(cpus - 1, 4))


# A memory limit below this (`ulimit -v`, `ulimit -d`) parses in this thread: see _memory_capped.
MEMORY_CAP_BYTES = 8 << 30


def _memory_capped() -> bool:
    """Whether this process may use less memory than MEMORY_CAP_BYTES.

    Workers get each file's bytes and send the parsed issue back through pipes,
    pickled by a feeder thread: under a cap of 120 MB that thread ran out of
    memory where nothing could report it, and the import waited for ever. In this
    thread a file that does not fit fails alone, in one line.
    """
    try:
        import resource
    except ImportError:  # Windows: no such limits
        return False
    for limit in (resource.RLIMIT_AS, getattr(resource, "RLIMIT_DATA", resource.RLIMIT_AS)):
        soft, _ = resource.getrlimit(limit)
        if soft != resource.RLIM_INFINITY and soft < MEMORY_CAP_BYTES:
            return True
    return False


@dataclass
class _Job:
    path: Path
    name: str
    sha256: str | None = None
    error: str | None = None
    passed_over: str | None = None  # why a file that is no page of the paper is skipped (core/own_exports.py)


def _read(path: Path) -> tuple[_Job, bytes | None]:
    from zzreader.core.issue_import import source_name

    job = _Job(path, source_name(str(path.absolute())))  # a relative path names its folders too
    try:
        if not path.exists():
            raise FileNotFoundError(path)
        # Regular files only, at most MAX_ISSUE_BYTES: a FIFO or /dev/zero is skipped, with why.
        data = file_limits.read_limited(path, file_limits.MAX_ISSUE_BYTES)
    except FileNotFoundError:
        job.error = (f"链接指向的文件不存在 / The link's target does not exist: {path}" if path.is_symlink()
                     else f"文件不存在 / No such file: {path}")
    except file_limits.FileRefused as exc:
        job.error = str(exc).removeprefix(f"{path}: ")
    except OSError as exc:
        job.error = f"无法读取 / Cannot read: {shown.os_reason(exc)}"
    else:
        job.passed_over = own_exports.refusal(data)
        if job.passed_over is not None:
            return job, None
        job.sha256 = hashlib.sha256(data).hexdigest()
        return job, data
    return job, None


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    replace: bool = False,
) -> ImportReport:
    """Import files and folders; one transaction per issue, never all-or-nothing.

    `progress(done, total, path)` is called once with (0, total, None) and
    then after each file; `cancel.is_set()` is checked between files. Pass
    `workers=0` to parse in this thread. `replace=True` lets a file replace
    the stored issue with the same date and number (else it is a `duplicate`).
    """
    passed: dict[Path, FileResult] = {}
    files = collect_files(paths, passed)
    total = len(files)
    if progress:
        progress(0, total, None)
    n_workers = _pool_size(total, workers)
    results: list[FileResult] = []
    cancelled = False
    # Worker processes start on the first submit, so an archive that is
    # already imported never pays for them.
    pool = _Workers(n_workers) if n_workers else None
    pending = refresh.Pending()
    try:
        parsed = _parsed_in_order(library, files, pool, window=max(n_workers, 1) * 4)
        for done, (job, issue) in enumerate(parsed, start=1):
            results.append(_store(library, job, issue, replace, pending, len(results)))
            if pending.full():
                _index_pending(library, pending, results)
            if progress:
                progress(done, total, job.path)
            if cancel is not None and cancel.is_set() and done < total:
                cancelled = True
                break
        _index_pending(library, pending, results)
    finally:
        if pool is not None:
            pool.shutdown()
    not_done = total - len(results)
    return ImportReport((*results, *(passed[p] for p in sorted(passed))), cancelled, not_done, read=total)


def _index_pending(library: Library, pending: refresh.Pending, results: list[FileResult]) -> None:
    """Index the stored issues' articles; the import stands if this fails (the next listing catches up)."""
    files = pending.files
    try:
        pending.flush(library)
    except Exception as exc:  # noqa: BLE001 - any failure here leaves the import standing
        for i in files:
            results[i] = _with_warning(results[i], exc)


def _with_warning(result: FileResult, exc: Exception) -> FileResult:
    # zzreader's words, not SQLite's or Python's (core/shown.py)
    warning = f"发现索引未更新 / Discovery indexes not updated: {shown.error(exc)}"
    return dataclasses.replace(result, warnings=(*result.warnings, warning))


WORKER_DIED = ("解析进程意外退出（可能是内存不足），这个文件未导入 / The parse worker stopped unexpectedly "
               "(out of memory?); this file was not imported")


class _Workers:
    """The parse worker pool, started anew when a worker dies.

    A worker killed by the system (out of memory) or by a crash in C code
    breaks the whole ProcessPoolExecutor: every parse in flight and every
    later submit raised BrokenProcessPool, which ended the import with a
    traceback. Now each parse that was in flight is tried again alone in a
    worker of its own, so only the file that kills a worker fails (with
    WORKER_DIED), and the rest of the import goes on in a fresh pool.

    A system that lets this process start no more processes or threads
    (`ulimit -u`, RLIMIT_NPROC, a full process table, too little memory to
    fork) refused the first submit with "Resource temporarily unavailable",
    and the whole import ended on it in one line; the files are then parsed in
    this thread instead, more slowly but all of them.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.pool: ProcessPoolExecutor | None = self._new(size)

    @staticmethod
    def _new(size: int) -> ProcessPoolExecutor:
        # Worker processes start on the first submit, so an archive that is
        # already imported never pays for them.
        return ProcessPoolExecutor(max_workers=size, mp_context=_pool_context(),
                                   initializer=_exit_with_parent, initargs=(os.getpid(),))

    def submit(self, data: bytes, name: str) -> Future | _Parsed | str:
        """A parse under way in a worker, or done here when no worker can be started."""
        if self.pool is None:
            return _parse_job(data, name)
        try:
            return self.pool.submit(_parse_job, data, name)
        except BrokenProcessPool:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = self._new(self.size)
            return self._submit_or_parse_here(data, name)
        except (OSError, RuntimeError):  # fork or a thread refused: parse in this thread from now on
            self._give_up()
            return _parse_job(data, name)

    def _submit_or_parse_here(self, data: bytes, name: str) -> Future | _Parsed | str:
        try:
            return self.pool.submit(_parse_job, data, name)  # type: ignore[union-attr]
        except (OSError, RuntimeError):
            self._give_up()
            return _parse_job(data, name)

    def _give_up(self) -> None:
        """Leave the pool that could not grow: parses already under way in it finish and are
        read as usual; workers it forked before a manager thread ran would wait for ever."""
        pool, self.pool = self.pool, None
        if pool is None:
            return
        managed = getattr(pool, "_executor_manager_thread", None) is not None
        pool.shutdown(wait=False)
        if not managed:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()

    def alone(self, job: _Job) -> _Parsed | str | None:
        """Parse `job` again in a worker of its own (its parse was in flight when one died)."""
        fresh, data = _read(job.path)
        if data is None:
            return str(fresh.error)
        try:
            with self._new(1) as single:
                return single.submit(_parse_job, data, job.name).result()
        except BrokenProcessPool:
            return WORKER_DIED
        except (OSError, RuntimeError):  # no process can be started now: not parsed here either (it may be the cause)
            return WORKER_DIED

    def shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _parsed_in_order(
    library: Library, files: list[Path], pool: _Workers | None, window: int
) -> Iterator[tuple[_Job, _Parsed | str | None]]:
    """Yield (job, parsed issue | error message | None) in file order; None = unchanged.

    Files are read lazily: with a pool at most `window` parses are in
    flight, so memory stays flat on big archives and a cancel doesn't wait
    for the whole queue.
    """
    queue: deque[tuple[_Job, Future | _Parsed | str | None]] = deque()
    pending = iter(files)

    def fill() -> None:
        in_flight = sum(1 for _, f in queue if isinstance(f, Future))
        while in_flight < window and (pool is not None and pool.pool is not None or not queue):
            path = next(pending, None)
            if path is None:
                return
            job, data = _read(path)
            if data is None or library.source_sha256(job.name) == job.sha256 or _known_bytes(library, job):
                queue.append((job, None))
            elif pool is None:
                queue.append((job, _parse_job(data, job.name)))
            else:
                item = pool.submit(data, job.name)
                queue.append((job, item))
                in_flight += isinstance(item, Future)

    fill()
    while queue:
        job, item = queue.popleft()
        try:
            result = item.result() if isinstance(item, Future) else item
        except BrokenProcessPool:  # a worker died: this file alone tells whether it was the cause
            result = pool.alone(job) if pool is not None else WORKER_DIED
        fill()
        yield job, result


def _mend_source(library: Library, job: _Job, issue_id: int) -> None:
    """Give an unchanged issue its dump back when the stored one cannot be rebuilt
    (checked only in a library opened with its dump log altered, where it costs a read a file)."""
    if not library.dumps_in_doubt:
        return
    try:
        library.issue_source_text(issue_id)
        return
    except ZZReaderError:
        pass
    _, data = _read(job.path)
    parsed = _parse_job(data, job.name) if data is not None else None
    if isinstance(parsed, _Parsed) and parsed.issue.sha256 == job.sha256:
        try:
            library.mend_source(issue_id, parsed.issue.text)
        except ZZReaderError:
            pass  # a read-only library: its dump keeps saying it cannot be rebuilt


def _known_bytes(library: Library, job: _Job) -> bool:
    """A renamed copy of a stored issue: no need to parse it."""
    return job.sha256 is not None and library.issue_with_sha256(job.sha256) is not None


def _stored_as_other_day(name: str, same: IssueInfo) -> bool:
    """Whether `same` is this file, stored under its dated name beside another day's namesake."""
    from zzreader.core.issue_import import other_day_source

    return bool(same.date) and same.source == other_day_source(name, str(same.date))


def _store(
    library: Library, job: _Job, parsed: _Parsed | str | None, replace: bool, pending: refresh.Pending, index: int
) -> FileResult:
    """Store one parsed file; its new and changed articles join `pending` (result number `index`)."""
    path = str(job.path)
    if job.error is not None:
        return FileResult(path, "failed", error=job.error)
    if job.passed_over is not None:
        return FileResult(path, "skipped", warnings=(job.passed_over,))
    if parsed is None:  # same bytes as a stored issue, under this name or another
        info = library.issue_by_source(job.name)
        if info is not None and info.sha256 == job.sha256:
            _mend_source(library, job, info.id)
            return FileResult(path, "unchanged", info.id, info.article_count, info.warnings)
        same = library.issue_with_sha256(job.sha256) if job.sha256 else None
        if same is not None and _stored_as_other_day(job.name, same):  # stored beside its namesake
            _mend_source(library, job, same.id)
            return FileResult(path, "unchanged", same.id, same.article_count, same.warnings)
        if same is not None and info is None:
            return FileResult(path, "unchanged", same.id, same.article_count, same.warnings, duplicate_of=same.source)
        # Another file of the same name changed the stored issue meanwhile.
        fresh, data = _read(job.path)
        parsed = _parse_job(data, job.name) if data is not None else str(fresh.error)
    if isinstance(parsed, str):
        return FileResult(path, "failed", error=parsed)
    if not parsed.issue.articles and job.name.lower().endswith(folder_walk.WEB_PAGE_SUFFIXES):
        return FileResult(path, "skipped", warnings=(NO_ARTICLE_PAGE,))
    try:
        outcome = library.import_issue(parsed.issue, replace=replace)
        # Highlights follow the new text. Run for every outcome: it is a no-op
        # when nothing changed, and it finishes the job if a crash cut in
        # between an earlier import and its re-anchoring.
        library.highlights.reanchor_issue(outcome.issue_id)
    except ZZReaderError as exc:
        return FileResult(path, "failed", error=str(exc))
    except Exception as exc:  # rolled back; report it and go on with the next file
        # zzreader's words, not SQLite's or Python's (core/shown.py)
        return FileResult(path, "failed", error=f"导入失败 / Import failed: {shown.error(exc)}")
    result = FileResult(
        path, outcome.status, outcome.issue_id, outcome.articles, outcome.warnings,
        duplicate_of=outcome.duplicate_of,
    )
    try:  # the import stands even if this fails: the next listing catches up
        pending.add(refresh.mark(library, outcome.added, outcome.changed), parsed.scans, index)
    except Exception as exc:  # noqa: BLE001 - as in _index_pending
        return _with_warning(result, exc)
    return result
