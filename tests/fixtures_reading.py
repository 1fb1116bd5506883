"""Fixtures for the reading and notes panes: a real library on a temp dir, seeded, and a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.session import Session

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.fixture
def seeded_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "data" / "library.db")
    results = import_paths(store, [SEEDS], workers=1)
    assert all(r.source_id for r in results), results
    yield store
    store.close()


@pytest.fixture
def reading_session(seeded_store: Store, qapp: object) -> Iterator[Session]:
    session = Session(seeded_store)
    yield session
    session.deleteLater()


def source_id_of(store: Store, file_prefix: str) -> int:
    """The id of the seed whose file name starts with `file_prefix` ("002")."""
    for summary in store.sources.list():
        if summary.file_name.startswith(file_prefix):
            return summary.id
    raise LookupError(file_prefix)
