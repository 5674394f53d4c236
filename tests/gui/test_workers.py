"""The two lanes: answers arrive on the GUI thread, cancel is honoured."""

from __future__ import annotations

import threading
import time

import pytest

from zzreader.gui.workers import JobCancelled, Workers


def test_results_arrive_on_the_gui_thread_with_progress(qtbot, library_path):
    workers = Workers(library_path)
    seen: list[tuple] = []
    threads: list[str] = []

    def work(library, progress, cancel):
        threads.append(threading.current_thread().name)
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return library.stats().issues

    job = workers.read.prepare(work, "count")
    job.signals.progress.connect(lambda d, t, s: seen.append((d, t, s)))
    with qtbot.waitSignal(job.signals.done, timeout=10_000) as blocker:
        workers.read.start(job)
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3, 3, "step 3")
    assert threads[0] != threading.main_thread().name
    qtbot.waitUntil(lambda: not workers.read.busy())
    assert workers.close()


def test_cancel_stops_a_running_job_between_steps(qtbot, library_path):
    workers = Workers(library_path)
    started = threading.Event()

    def slow(_library, _progress, cancel):
        started.set()
        for step in range(500):
            if cancel.is_set():
                return f"stopped at {step}"
            time.sleep(0.01)
        return "finished"

    job = workers.write.submit(slow, "slow")
    assert started.wait(5)
    with qtbot.waitSignal(job.signals.done, timeout=10_000) as blocker:
        job.cancel()
    assert blocker.args[0].startswith("stopped at")
    assert workers.close()


def test_a_job_cancelled_before_it_starts_reports_that(qtbot, library_path):
    workers = Workers(library_path)
    gate = threading.Event()
    workers.write.submit(lambda *_a: gate.wait(5), "blocker")
    job = workers.write.prepare(lambda *_a: "ran", "queued")
    failures: list[BaseException] = []
    job.signals.failed.connect(failures.append)
    workers.write.start(job)
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], JobCancelled)
    assert workers.close()


def test_errors_come_back_as_exceptions(qtbot, library_path):
    workers = Workers(library_path)
    failures: list[BaseException] = []
    # Connected before the job starts (a lane opening a library quickly can fail the job
    # before a connection made after `submit` returns would catch it).
    workers.read.submit(lambda *_a: 1 / 0, failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], ZeroDivisionError)
    assert workers.close()


def test_a_closed_lane_cancels_new_work_without_opening_the_library(qtbot, library_path):
    opened: list[object] = []

    def opener(path):
        opened.append(path)
        raise AssertionError("a closed lane opened the library")

    workers = Workers(library_path, opener=opener)
    assert workers.close()
    failures: list[BaseException] = []
    workers.read.submit(lambda *_a: "ran", "late", failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], JobCancelled) and opened == []
    qtbot.waitUntil(lambda: not workers.read.busy())


def test_a_lane_never_makes_a_library_at_a_path_another_program_emptied(qtbot, tmp_path):
    """A lane opens the window's library when its first job comes; a file deleted or moved by then
    is told as such, and no new empty library appears at its old name (the window then called the
    file 'replaced': tests/gui/test_hostile_file_under_window.py)."""
    from zzreader.gui.library_file_watch import LibraryFileLost
    from zzreader.gui.workers import Workers

    gone = tmp_path / "library.sqlite"
    workers = Workers(gone)
    try:
        with pytest.raises(LibraryFileLost) as err:
            workers.read.call(lambda lib: lib.stats())
    finally:
        workers.close()
    assert "删除或移走" in str(err.value)
    assert not gone.exists() and list(tmp_path.iterdir()) == []
