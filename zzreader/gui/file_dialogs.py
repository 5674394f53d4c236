"""Where a file dialog starts: the last folder used for the same purpose, else home.

Importing dumps, exporting annotations, saving citations and opening a
library are different jobs with different folders; each remembers its own in
QSettings ("dialogs/<purpose>"). A first use starts in the home folder, never
in the per-user data folder, which is hidden on every platform and not where
anyone keeps their files.
"""

from __future__ import annotations

from pathlib import Path

from zzreader.core import stored_values
from zzreader.gui import settings_file
from zzreader.gui.qt import QSettings

PURPOSES = ("import", "export", "annotations", "citations", "library", "restore")
_settings: QSettings | None = None


def attach(settings: QSettings) -> None:
    """Use the window's settings (tests give each window its own INI file)."""
    global _settings
    _settings = settings


def folder(purpose: str) -> str:
    """The folder a dialog for `purpose` opens in."""
    if _settings is not None:
        saved = _settings.value(f"dialogs/{purpose}", "")
        if isinstance(saved, str) and saved and _is_dir(saved):
            return saved
    return str(Path.home())


def _is_dir(path: str) -> bool:
    """A settings file may name a folder no system can have (too long, a NUL): not there."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):  # Path.is_dir() raises for a name over the system's limit
        return False


def suggest(purpose: str, file_name: str) -> str:
    """A file name inside the purpose's folder, for save dialogs."""
    return str(Path(folder(purpose)) / file_name)


def remember(purpose: str, chosen: str | Path | None) -> None:
    """Keep the folder of what the user chose (a folder itself, or a file's parent)."""
    if not chosen or _settings is None:
        return
    path = Path(chosen)
    where = path if path.is_dir() else path.parent
    settings_file.put(_settings, f"dialogs/{purpose}", str(where))


MAX_NAME_CHARS = 60  # a suggested name is read in the dialog's one-line field
_NOT_IN_NAMES = set('\\/:*?"<>|')  # a folder separator anywhere, or refused on Windows
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def file_name(text: object, suffix: str, fallback: str) -> str:
    """A save dialog's suggested file name from library text (a title, a collection's name).

    Library text is never a path: separators and characters Windows refuses
    go, and so do control and format characters (`stored_values.line`),
    leading and trailing dots and blanks (a hidden file, `..`); it is cut
    to MAX_NAME_CHARS, and a device name (`CON`) or nothing left gives way
    to `fallback`.
    """
    stem = "".join(ch for ch in stored_values.line(" ".join(stored_values.text(text).split()))
                   if ch not in _NOT_IN_NAMES)
    stem = stem[:MAX_NAME_CHARS].strip(" .")
    if not stem or stem.split(".")[0].strip().upper() in _RESERVED:
        stem = fallback
    return f"{stem}{suffix}"
