"""Shared fixtures: real SQLite files in temp folders and the real bundled seeds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the user's real library or settings."""
    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:  # noqa: F821
    from reader.core.store import Store

    opened = Store.open(tmp_path / "library.sqlite")
    yield opened
    opened.close()
