"""Where bundled data lives, from source and from a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `seeds/` and `resources/` (source tree or frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    return app_root() / "seeds"


def resources_dir() -> Path:
    return app_root() / "resources"
