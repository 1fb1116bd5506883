"""The day's backup waits for something to back up: a new library's first backup was made
before its first import — a copy of nothing that stood as the day's backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from reader.core.ingest import prepare_file
from reader.core.store import Store, daily_backup, due, list_backups


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "library.sqlite")
    yield store
    store.close()


def test_an_empty_library_gets_no_daily_backup(empty: Store) -> None:
    assert empty.path is not None
    assert daily_backup(empty.db.conn, empty.path) is None
    assert list_backups(empty.path) == [] and due(empty.path)


def test_the_first_daily_backup_holds_the_first_sources(empty: Store, seed_files: list[Path]) -> None:
    assert empty.path is not None
    daily_backup(empty.db.conn, empty.path)
    empty.sources.add(prepare_file(seed_files[0]))
    made = daily_backup(empty.db.conn, empty.path)
    assert made is not None and made.counts is not None and made.counts.sources == 1
    assert [b.path for b in list_backups(empty.path)] == [made.path]
    assert daily_backup(empty.db.conn, empty.path) is None  # one a day


def test_sources_in_the_bin_are_something_to_back_up(empty: Store, seed_files: list[Path]) -> None:
    assert empty.path is not None
    empty.sources.add(prepare_file(seed_files[0]))
    empty.sources.delete(1)
    assert daily_backup(empty.db.conn, empty.path) is not None


def test_a_briefing_alone_is_something_to_back_up(empty: Store) -> None:
    assert empty.path is not None
    empty.briefings.create("Q4 Japan")
    assert daily_backup(empty.db.conn, empty.path) is not None


def test_the_daily_backup_still_rotates(empty: Store, seed_files: list[Path]) -> None:
    """A month of days, a backup each: a week of days and a month of weeks stay, as before."""
    assert empty.path is not None
    empty.sources.add(prepare_file(seed_files[0]))
    start = datetime(2025, 3, 1, 9, 0)
    for day in range(40):
        assert daily_backup(empty.db.conn, empty.path, start + timedelta(days=day)) is not None
    kept = {b.taken.date() for b in list_backups(empty.path)}
    last = (start + timedelta(days=39)).date()
    assert {last - timedelta(days=n) for n in range(7)} <= kept and len(kept) < 40
