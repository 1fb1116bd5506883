"""An export reports its progress per file and stops, when asked, after the file it is writing.

The window runs exports of thousands of sources on its worker, with a bar ("412 of 2,093") and
Cancel. Cancel must leave what was written on disk and recorded, so that the next export finds
those files by their reader_id and updates them instead of asking about them or numbering new
copies. Real SQLite and real files in a temp folder; the five seeds.
"""

from __future__ import annotations

from pathlib import Path

import export_library
import pytest

from reader.core.export import export_briefing, export_combined, export_sources
from reader.core.store import Store, recorded_hash


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


def test_progress_counts_files_up_to_the_total(library: Store, tmp_path: Path) -> None:
    ids = library.sources.ids()
    seen: list[tuple[int, int]] = []
    report = export_sources(library, ids, tmp_path / "out", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(done, len(ids)) for done in range(len(ids) + 1)]
    assert len(report.written) == len(ids) and not report.cancelled and report.not_reached == 0


def test_a_cancel_stops_after_the_current_file_and_keeps_it_recorded(library: Store, tmp_path: Path) -> None:
    ids = library.sources.ids()
    out = tmp_path / "out"
    asked: list[int] = []

    def after_two() -> bool:  # asked before each file: the third is never begun
        asked.append(1)
        return len(asked) > 2

    report = export_sources(library, ids, out, is_cancelled=after_two)

    assert report.cancelled and len(report.written) == 2 and report.not_reached == len(ids) - 2
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in report.written)
    assert all(recorded_hash(library.db, str(p)) for p in report.written)
    again = export_sources(library, ids, out)  # the rest; the two are found by their reader_id
    assert not again.conflicts and len(again.unchanged) == 2 and len(again.written) == len(ids) - 2
    assert len(list(out.iterdir())) == len(ids)


def test_a_cancelled_combined_export_writes_nothing(library: Store, tmp_path: Path) -> None:
    report = export_combined(library, library.sources.ids(), tmp_path / "out", "Japan", is_cancelled=lambda: True)
    assert report.cancelled and not report.written and not (tmp_path / "out").exists()


def _briefing(library: Store) -> int:
    """A briefing of a heading, a text and every highlight of the library."""
    repo = library.briefings
    briefing, _ = repo.create("Memo")
    repo.add_heading(briefing.id, "Lage", None)
    repo.add_text(briefing.id, "Was zählt.", None)
    repo.add_highlights(briefing.id, [h.id for s in library.sources.ids() for h in library.highlights.for_source(s)])
    return briefing.id


def test_a_briefing_counts_its_items_as_its_document_is_made(library: Store, tmp_path: Path) -> None:
    briefing_id = _briefing(library)
    items = len(library.briefings.items(briefing_id))
    seen: list[tuple[int, int]] = []
    report = export_briefing(library, briefing_id, tmp_path / "vault", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(done, items) for done in range(1, items + 1)]
    assert len(report.written) == 1 and not report.cancelled


def test_a_briefing_cancelled_while_it_is_made_writes_nothing(library: Store, tmp_path: Path) -> None:
    """The composer's Cancel: stopped among its items, no file, no temporary file, no record;
    the next export writes it whole."""
    briefing_id = _briefing(library)
    asked: list[int] = []

    def after_three() -> bool:
        asked.append(1)
        return len(asked) > 3

    vault = tmp_path / "vault"
    vault.mkdir()
    report = export_briefing(library, briefing_id, vault, is_cancelled=after_three)
    assert report.cancelled and report.not_reached == 1 and not report.paths
    assert list(vault.iterdir()) == [] and len(asked) == 4
    assert library.db.execute("SELECT count(*) FROM export_files").fetchone()[0] == 0
    (path,) = export_briefing(library, briefing_id, vault).written
    assert path.read_text(encoding="utf-8").count("\n> ") >= 1
