"""The issue files in a folder the user chose to import, and what was passed over and why.

Links to files and folders are followed: the user chose the folder, and an
archive may keep years on another disk behind a link. Each real folder is
read once (by device and inode), so a link back up the tree (a loop) or a
second link to a folder already read ends there, named as skipped. So does a
link to a folder that holds the chosen one (`up -> ..`, `root -> /`): it leads
back into the chosen tree and out over everything beside it, and a folder
whose copy holds such a link walked the whole disk, silently, for minutes. A folder
that cannot be read is named as failed with the reason; an archive (zip,
tar…) is named as skipped with what to do, and so is a PDF or Word file with
no text file of its name beside it; rich text (.rtf) is read, unless its text is beside it. Hidden entries (a leading ".") and other
files (pictures, the library's own files) are left out, as before.

The walk keeps its own stack rather than os.walk: os.walk recursed once per
level, and a folder nested 1,500 deep (a tree a script made, or a loop of
bind mounts) ended the import with a RecursionError traceback. A path too
long for the system is then a folder that cannot be read, said in one line.

A folder on one of the system's virtual file systems (/proc, /sys, /dev and
the like, read from /proc/self/mountinfo) is skipped, named with why: its
files are the kernel's, not issues, and /proc holds a link to the root of
every process (/proc/1/root), so `import /proc` or `import /` walked the
whole disk once per process and never ended.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Plain text and Markdown dumps, and the web pages an e-paper site or an export saves
# (core/renditions/markup.py reads them). RSS/Atom feeds (.xml) are read when named,
# not gathered from folders, where .xml is mostly other programs' settings.
WEB_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mht", ".mhtml")  # a page saved as one file too (core/mhtml.py)
ISSUE_SUFFIXES = (".txt", ".md", ".markdown", *WEB_PAGE_SUFFIXES)
# Rich text a word processor saved (core/rtf.py reads it): imported unless its text was saved beside it, which is
RICH_TEXT_SUFFIXES = (".rtf",)
# Archives in a folder are named in the report (they likely hold issues), not opened.
ARCHIVE_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar")

LOOP = "链接指向已读过的文件夹（循环），已跳过 / Link to a folder already read (a loop); skipped"
ABOVE = ("链接指向包含所选文件夹的上级文件夹（循环），已跳过 / Link to a folder that holds the chosen "
         "one (a loop); skipped")
ARCHIVE = ("压缩包不会被读取：请先解压，再导入解压出的文件夹 / An archive is not read: unpack it, "
           "then import the folder it unpacks to")
# A page kept as a PDF or a word processor's file with no text file of the same name beside it: named, so
# an archive of PDFs does not import nothing in silence (beside its pdftotext output it is left out).
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".wps", ".odt")
DOCUMENT = ("PDF 或文字处理文档不会被读取：请先提取其中的文字（例如用 pdftotext），再导入得到的文本文件 / A PDF or "
            "word-processor file is not read: extract its text first, for example with pdftotext, then import the text file")

VIRTUAL = ("系统的虚拟文件夹（如 /proc、/sys、/dev），不是期刊，已跳过 / A system's virtual folder "
           "(like /proc, /sys, /dev), not issues; skipped")
# File systems whose files the kernel makes up (Linux names, /proc/self/mountinfo).
VIRTUAL_FS = frozenset((
    "proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "debugfs", "tracefs", "securityfs", "pstore",
    "bpf", "configfs", "fusectl", "mqueue", "hugetlbfs", "binfmt_misc", "autofs", "efivarfs", "rpc_pipefs",
    "nsfs", "selinuxfs",
))

NOTHING_FOUND = ("没有找到期刊文件（.txt、.md、.markdown、.html、.htm、.xhtml、.mht、.rtf；PDF 请先提取文字） / No issue files "
                 "(.txt, .md, .markdown, .html, .htm, .xhtml, .mht, .rtf) were found; extract the text of a PDF first")

# What was passed over: path -> (status, reason), status "skipped" or "failed".
Passed = dict[Path, tuple[str, str]]


def issue_files(folder: Path, passed: Passed) -> Iterator[Path]:
    """The issue files (ISSUE_SUFFIXES) under `folder` (see the module docstring); what else, into `passed`."""
    seen: set[tuple[int, int]] = set()
    above = _ancestors(folder)
    virtual = virtual_devices()
    if _visit(folder, seen, virtual, above) == VIRTUAL:
        passed[folder] = ("skipped", VIRTUAL)
        return
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            passed[current] = ("failed", _unreadable(exc))
            continue
        folders = []
        texts = {Path(e.name).stem.lower() for e in entries if e.name.lower().endswith(ISSUE_SUFFIXES)}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if _is_folder(entry):
                folders.append((entry.is_symlink(), entry.name, path))
            elif entry.name.lower().endswith(ISSUE_SUFFIXES):
                yield path  # a broken link too: reading it says so
            elif entry.name.lower().endswith(RICH_TEXT_SUFFIXES):
                if path.stem.lower() not in texts:
                    yield path  # beside its text saved as .txt, the text is the issue
            elif entry.name.lower().endswith(ARCHIVE_SUFFIXES):
                passed[path] = ("skipped", ARCHIVE)
            elif entry.name.lower().endswith(DOCUMENT_SUFFIXES) and path.stem.lower() not in texts:
                passed[path] = ("skipped", DOCUMENT)
        kept = []
        for _, _, path in sorted(folders):  # real folders before links, so a folder is read under its own name
            why = _visit(path, seen, virtual, above)
            if why is None:
                kept.append(path)
            else:
                passed[path] = ("skipped", why)
        stack.extend(reversed(kept))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # a link to a folder too
    except OSError:
        return False


def _ancestors(folder: Path) -> set[tuple[int, int]]:
    """(device, inode) of every folder above `folder`'s real path."""
    keys = set()
    for parent in Path(os.path.realpath(folder)).parents:
        try:
            st = os.stat(parent)
        except OSError:
            continue
        keys.add((st.st_dev, st.st_ino))
    return keys


def _visit(
    path: Path, seen: set[tuple[int, int]], virtual: frozenset[int], above: set[tuple[int, int]]
) -> str | None:
    """None for a folder to read; LOOP for one already read, ABOVE for one holding the chosen
    folder, VIRTUAL for one of the kernel's."""
    try:
        st = os.stat(path)
    except OSError:
        return None  # reading it says why it cannot be read
    if st.st_dev in virtual:
        return VIRTUAL
    key = (st.st_dev, st.st_ino)
    if key in above:
        return ABOVE
    if key in seen:
        return LOOP
    seen.add(key)
    return None


def virtual_devices(mountinfo: str = "/proc/self/mountinfo") -> frozenset[int]:
    """The devices (st_dev) of the virtual file systems mounted here; none where the system cannot say."""
    try:
        with open(mountinfo, encoding="utf-8", errors="replace") as f:
            lines = f.read(4 << 20).splitlines()
    except OSError:
        return frozenset()
    devices = set()
    for line in lines:
        # "36 35 0:22 / /proc rw,nosuid - proc proc rw": the device, then the type after " - "
        fields, _, after = line.partition(" - ")
        parts = fields.split()
        kind = after.split(" ", 1)[0]
        if len(parts) < 3 or kind not in VIRTUAL_FS:
            continue
        major, _, minor = parts[2].partition(":")
        if major.isdigit() and minor.isdigit():
            devices.add(os.makedev(int(major), int(minor)))
    return frozenset(devices)


def _unreadable(exc: OSError) -> str:
    from zzreader.core import shown  # zzreader's words for the system's error

    return f"无法读取文件夹 / Cannot read folder: {shown.os_reason(exc)}"
