"""Fixtures for the store's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.store import Store


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """One library opened twice: the window's connection, and a terminal's (another process's)."""
    path = tmp_path / "library.sqlite"
    window = Store.open(path)
    terminal = Store.open(path, verify=False)
    yield window, terminal
    terminal.close()
    window.close()
