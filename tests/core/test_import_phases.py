"""The import tells its phases: storing (counted file by file), then grouping same-event
stories and linking similar sources once the last file is stored."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import ImportPhase, import_paths
from reader.core.store import Store


def test_phases_come_in_order_around_the_file_counts(store: Store, seeds_dir: Path) -> None:
    events: list[object] = []

    def phase(name: ImportPhase) -> None:
        events.append((name, store.sources.count()))  # how many files were stored by then

    results = import_paths(store, [seeds_dir], progress=lambda done, total: events.append((done, total)),
                           on_phase=phase)  # fmt: skip
    assert len(results) == 5  # seeds/ holds five articles
    assert events == [
        (ImportPhase.STORING, 0), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5), (ImportPhase.GROUPING, 5),
    ]  # fmt: skip


def test_a_cancelled_import_still_groups_what_it_stored(store: Store, seeds_dir: Path) -> None:
    phases: list[ImportPhase] = []
    import_paths(store, [seeds_dir], is_cancelled=lambda: store.sources.count() >= 2, on_phase=phases.append)
    assert phases == [ImportPhase.STORING, ImportPhase.GROUPING]


def test_callers_without_a_phase_callback_still_work(store: Store, seeds_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    import_paths(store, [seeds_dir], progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)
