"""Importing a folder of the kernel's virtual file systems ends at once, named as skipped.

Before: `zzreader import /proc` walked /proc/N/root (the whole disk) once per process
and had not ended after 60 s, with nothing printed; `import /sys` listed 1,541 link
loops. core/folder_walk.py now skips a folder on proc, sysfs, devtmpfs and the like.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zzreader.core import folder_walk


def _fake_mountinfo(tmp_path: Path, folder: Path, kind: str) -> Path:
    st = os.stat(folder)
    info = tmp_path / "mountinfo"
    info.write_text(
        "22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n"
        f"36 22 {os.major(st.st_dev)}:{os.minor(st.st_dev)} / {folder} rw,nosuid - {kind} {kind} rw\n"
        "garbage line\n37 22 x:y / /odd rw - proc proc rw\n",
        encoding="utf-8",
    )
    return info


@pytest.mark.parametrize("kind", ["proc", "sysfs", "devtmpfs", "cgroup2"])
def test_a_folder_on_a_virtual_file_system_is_skipped_with_why(tmp_path: Path, monkeypatch, kind: str) -> None:
    folder = tmp_path / "virtual"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "issue.txt").write_text("株洲日报讯 文字", encoding="utf-8")
    devices = folder_walk.virtual_devices(str(_fake_mountinfo(tmp_path, folder, kind)))
    assert os.stat(folder).st_dev in devices
    monkeypatch.setattr(folder_walk, "virtual_devices", lambda: devices)
    passed: folder_walk.Passed = {}
    assert list(folder_walk.issue_files(folder, passed)) == []
    assert passed == {folder: ("skipped", folder_walk.VIRTUAL)}


def test_an_ordinary_file_system_is_walked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("株洲日报讯 文字", encoding="utf-8")
    devices = folder_walk.virtual_devices(str(_fake_mountinfo(tmp_path, tmp_path, "ext4")))
    assert os.stat(tmp_path).st_dev not in devices


def test_an_unreadable_mount_table_skips_nothing(tmp_path: Path) -> None:
    assert folder_walk.virtual_devices(str(tmp_path / "missing")) == frozenset()


@pytest.mark.skipif(not Path("/proc/self/mountinfo").exists(), reason="no /proc here")
@pytest.mark.parametrize("folder", ["/proc", "/proc/self", "/sys"])
def test_the_real_proc_and_sys_end_at_once(folder: str) -> None:
    if not Path(folder).is_dir():
        pytest.skip(f"no {folder}")
    passed: folder_walk.Passed = {}
    assert list(folder_walk.issue_files(Path(folder), passed)) == []
    assert passed == {Path(folder): ("skipped", folder_walk.VIRTUAL)}
