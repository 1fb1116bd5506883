"""A library file that is gone while its backups are there: the window asks, as `briefing`
refuses. It made a new, empty library without a word, whose daily backups would in time push
the good ones out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up
from reader.ui import app, dialogs


def _gone(tmp_path: Path, seed_files: list[Path]) -> paths.Paths:
    """A library with the seed sources and a backup of it, then its file deleted."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        for path in seed_files:
            store.sources.add(prepare_file(path))
        back_up(store.db.conn, where.db_path)
    where.db_path.unlink()
    return where


def _pressing(*labels: str) -> tuple[list[QMessageBox], object]:
    seen: list[QMessageBox] = []
    answers = iter(labels)

    def press(box: QMessageBox) -> int:
        seen.append(box)
        label = next(answers)
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        return 0

    return seen, press


def test_a_missing_library_with_backups_offers_the_newest(tmp_path: Path, seed_files, qapp, monkeypatch) -> None:
    where = _gone(tmp_path, seed_files)
    seen, press = _pressing("Restore the newest backup")
    monkeypatch.setattr(dialogs, "run", press)
    store = app.open_library(where)
    assert store is not None
    try:
        assert seen[0].windowTitle() == "The library is missing"
        assert "holds backups of it" in seen[0].text()
        assert f"holds {len(seed_files)} sources" in seen[0].informativeText()
        assert store.sources.count() == len(seed_files)
    finally:
        store.close()


def test_a_missing_library_is_made_anew_only_on_purpose(tmp_path: Path, seed_files, qapp, monkeypatch) -> None:
    where = _gone(tmp_path, seed_files)
    _seen, press = _pressing("Quit", "Start a new, empty library")
    monkeypatch.setattr(dialogs, "run", press)
    assert app.open_library(where) is None and not where.db_path.exists()
    store = app.open_library(where)
    assert store is not None
    try:
        assert store.sources.count() == 0
    finally:
        store.close()
