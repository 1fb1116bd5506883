"""Re-exporting into a vault that was moved or copied (to a synced folder, a new laptop).

The library remembers what it wrote by path, so every file in the moved folder was one it
"never wrote": a re-export after a new highlight refused them all as "exists and was not
written by Briefing Reader" — untrue, and the user's only way on was --force, which would also
overwrite a file they had edited. Bytes the library wrote (anywhere) are its own and unedited.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import export_library
import pytest

from reader.core.export import export_briefing, export_sources
from reader.core.store import Store


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


def _new_highlight(store: Store) -> None:
    quote = "Trump nutzt seine Reise"
    text = store.sources.get(2).reading_text  # type: ignore[union-attr]
    start = text.find(quote)
    store.highlights.add(2, start, start + len(quote), "key", "")


def test_a_moved_vault_is_updated_in_place(library: Store, tmp_path: Path) -> None:
    old = tmp_path / "Vault"
    first = export_sources(library, [1, 2, 3], old)
    moved = tmp_path / "iCloud" / "Vault"
    shutil.copytree(old, moved)
    shutil.rmtree(old)
    _new_highlight(library)

    report = export_sources(library, [1, 2, 3], moved)

    assert report.conflicts == []
    assert [p.name for p in report.written] == [first.written[1].name]
    assert len(report.unchanged) == 2
    assert "Trump nutzt seine Reise" in (moved / first.written[1].name).read_text(encoding="utf-8")
    assert sorted(p.name for p in moved.iterdir()) == sorted(p.name for p in first.written)


def test_a_file_edited_after_the_move_is_still_a_conflict(library: Store, tmp_path: Path) -> None:
    old = tmp_path / "Vault"
    (path,) = export_sources(library, [2], old).written
    moved = tmp_path / "Moved"
    shutil.copytree(old, moved)
    edited = moved / path.name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own thoughts.\n", encoding="utf-8")
    _new_highlight(library)

    report = export_sources(library, [2], moved)

    assert [c.path.name for c in report.conflicts] == [path.name]
    assert edited.read_text(encoding="utf-8").endswith("My own thoughts.\n")


def test_a_copied_briefing_is_updated_too(library: Store, tmp_path: Path) -> None:
    briefing, _ = library.briefings.create("Memo")
    library.briefings.add_highlights(briefing.id, [1])
    (path,) = export_briefing(library, briefing.id, tmp_path / "a").written
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    library.briefings.add_highlights(briefing.id, [2])

    report = export_briefing(library, briefing.id, tmp_path / "b")

    assert report.conflicts == [] and [p.name for p in report.written] == [path.name]
