"""Shared test setup: offscreen Qt and the paths of the sample issues."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def seed_paths() -> list[Path]:
    return list(SEEDS)
