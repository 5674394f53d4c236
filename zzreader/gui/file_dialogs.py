"""Where a file dialog starts: the last folder used for the same purpose, else home.

Importing dumps, exporting annotations, saving citations and opening a
library are different jobs with different folders; each remembers its own in
QSettings ("dialogs/<purpose>"). A first use starts in the home folder, never
in the per-user data folder, which is hidden on every platform and not where
anyone keeps their files.
"""

from __future__ import annotations

from pathlib import Path

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
    _settings.setValue(f"dialogs/{purpose}", str(where))
