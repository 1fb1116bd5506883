"""Writing exports: names, collisions, re-export in place, conflicts, atomic writes."""

from __future__ import annotations

from pathlib import Path

import export_library
import pytest

from reader.core.export import export_briefing, export_combined, export_sources
from reader.core.store import Store


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


def md_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_one_file_per_source_then_unchanged(library: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = export_sources(library, [1, 2, 3], out)
    assert len(first.written) == 3 and not first.conflicts
    assert "Gegengewicht zu China Japan und USA stärken Allianz.md" in md_files(out)
    again = export_sources(library, [1, 2, 3], out)
    assert again.written == [] and len(again.unchanged) == 3
    assert not [n for n in md_files(out) if n.endswith(".tmp")]


def test_reexport_after_changes_updates_the_same_file(library: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (path,) = export_sources(library, [1], out).written
    library.sources.update_metadata(1, title="A new title")
    library.notes.set(1, "Changed note")
    report = export_sources(library, [1], out)
    assert report.written == [path] and md_files(out) == [path.name]
    text = path.read_text(encoding="utf-8")
    assert "title: A new title" in text and "Changed note" in text


def test_collisions_are_numbered_case_insensitively(library: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "SAME.md").write_text("someone else's file", encoding="utf-8")
    for source_id in (1, 2):
        library.sources.update_metadata(source_id, title="Same")
    report = export_sources(library, [1, 2], out)
    assert [p.name for p in report.written] == ["Same (2).md", "Same (3).md"]
    assert (out / "SAME.md").read_text(encoding="utf-8") == "someone else's file"


def test_file_changed_outside_is_a_conflict_until_forced(library: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (path,) = export_sources(library, [1], out).written
    path.write_text(path.read_text(encoding="utf-8") + "\nmy edit in Obsidian\n", encoding="utf-8")
    library.notes.set(1, "new note")
    report = export_sources(library, [1], out)
    assert report.written == [] and [c.path for c in report.conflicts] == [path]
    assert "changed outside" in report.conflicts[0].reason
    assert "my edit in Obsidian" in path.read_text(encoding="utf-8")
    forced = export_sources(library, [1], out, overwrite=True)
    assert forced.written == [path] and "new note" in path.read_text(encoding="utf-8")


def test_a_foreign_file_with_the_same_name_is_kept(library: Store, tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text("precious", encoding="utf-8")
    report = export_combined(library, [1, 2], tmp_path, "All", file_name="mine.md")
    assert report.conflicts and "not written by Briefing Reader" in report.conflicts[0].reason
    assert (tmp_path / "mine.md").read_text(encoding="utf-8") == "precious"


def test_chosen_name_cannot_escape(library: Store, tmp_path: Path) -> None:
    report = export_combined(library, [1], tmp_path / "out", "All", file_name="../escape.md")
    assert report.conflicts and not (tmp_path / "escape.md").exists()


def test_briefing_reexport_gives_the_updated_document(library: Store, tmp_path: Path) -> None:
    briefing, _ = library.briefings.create("Memo")
    library.briefings.add_heading(briefing.id, "First")
    (path,) = export_briefing(library, briefing.id, tmp_path).written
    assert "## First" in path.read_text(encoding="utf-8")
    library.briefings.add_heading(briefing.id, "Second")
    library.briefings.rename(briefing.id, "Memo v2")
    report = export_briefing(library, briefing.id, tmp_path)
    assert report.written == [path]  # found again by its reader_id, despite the new name
    text = path.read_text(encoding="utf-8")
    assert "## Second" in text and "# Memo v2" in text
