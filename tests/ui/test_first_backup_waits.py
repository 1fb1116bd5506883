"""The window's day's backup waits for something to back up: five seconds after a first start
it copied the library as it was, empty if the samples were not in yet (or were removed), and
that stood as the day's backup. One the user asks for is made all the same."""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import list_backups
from reader.ui.safety.net import SafetyNet


def test_an_empty_library_waits_for_its_first_source(make_window, qtbot, data_dir: Path,
                                                       seed_files: list[Path]) -> None:  # fmt: skip
    window = make_window(start=False)
    safety: SafetyNet = window.safety
    db = paths.resolve(data_dir).db_path
    safety.back_up_if_due()
    qtbot.waitUntil(lambda: not safety._backing_up, timeout=20_000)
    assert list_backups(db) == []
    window.session.store.sources.add(prepare_file(seed_files[0]))
    safety.back_up_if_due()  # the next hourly check
    qtbot.waitUntil(lambda: not safety._backing_up, timeout=20_000)
    made = list_backups(db)
    assert len(made) == 1 and made[0].counts is not None and made[0].counts.sources == 1


def test_a_backup_asked_for_is_made_of_an_empty_library(make_window, qtbot, data_dir: Path) -> None:
    window = make_window(start=False)
    safety: SafetyNet = window.safety
    safety.back_up()
    qtbot.waitUntil(lambda: not safety._backing_up, timeout=20_000)
    assert len(list_backups(paths.resolve(data_dir).db_path)) == 1
    assert "Backed up and verified" in window.statusBar().currentMessage()
