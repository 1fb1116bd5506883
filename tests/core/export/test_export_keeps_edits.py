"""Overwriting a file edited outside the app keeps the user's version beside it first.

`briefing export --force` and the window's "Overwrite?" (both `overwrite=True`) had replaced a
note edited in Obsidian with no trace of the edits. The copy is a sibling `….md.<time>.bak`:
found where the file is, yet no `.md`, so Obsidian does not list it as a second note of the
source, and no later export takes it for the file its `reader_id` belongs to.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import export_library
import pytest

from reader.core.export import KeptCopy, export_combined, export_sources
from reader.core.store import Store


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


def test_an_overwritten_edit_is_kept_beside_its_file(library: Store, tmp_path: Path) -> None:
    out = tmp_path / "vault"
    (path,) = export_sources(library, [1], out).written
    edited = path.read_text(encoding="utf-8") + "\nMy own line from Obsidian.\n"
    path.write_text(edited, encoding="utf-8")
    os.chmod(path, 0o640)

    report = export_sources(library, [1], out, overwrite=True)

    (kept,) = report.kept
    assert kept == KeptCopy(path, kept.copy) and report.written == [path]
    assert kept.copy.parent == out and kept.copy.name.startswith(path.name + ".")
    assert kept.copy.suffix == ".bak"
    assert kept.copy.read_text(encoding="utf-8") == edited  # the user's version, byte for byte
    assert stat.S_IMODE(kept.copy.stat().st_mode) == 0o640  # as private as the file was
    assert "My own line" not in path.read_text(encoding="utf-8")
    # The copy is no second note: the next export finds the file itself, up to date.
    again = export_sources(library, [1], out)
    assert again.unchanged == [path] and not again.kept and not again.conflicts
    assert sorted(p.name for p in out.iterdir()) == sorted([path.name, kept.copy.name])


def test_each_forced_overwrite_keeps_its_own_copy(library: Store, tmp_path: Path) -> None:
    """Two edits overwritten within the same second: two copies, the first never replaced."""
    (path,) = export_sources(library, [1], tmp_path).written
    exported = path.read_text(encoding="utf-8")
    copies = []
    for edit in ("first edit", "second edit"):
        path.write_text(exported + edit, encoding="utf-8")
        (kept,) = export_sources(library, [1], tmp_path, overwrite=True).kept
        copies.append(kept.copy)
    assert [c.read_text(encoding="utf-8") for c in copies] == [exported + "first edit", exported + "second edit"]


def test_someone_elses_file_is_kept_and_our_own_is_not_copied(library: Store, tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text("precious", encoding="utf-8")
    report = export_combined(library, [1, 2], tmp_path, "All", file_name="mine.md", overwrite=True)
    (kept,) = report.kept
    assert kept.copy.read_text(encoding="utf-8") == "precious"
    library.notes.set(1, "a new note")  # the file unedited since: replaced, nothing to keep
    report = export_combined(library, [1, 2], tmp_path, "All", file_name="mine.md", overwrite=True)
    assert report.written and not report.kept
    assert len(list(tmp_path.glob("*.bak"))) == 1


@pytest.mark.parametrize(
    "saved",
    [
        lambda text: "\ufeff" + text,
        lambda text: text.replace("\n", "\r\n"),
        lambda text: text.replace("\n", "\r\n", 4),  # the front matter's lines only
        lambda text: "\ufeff" + text.replace("\n", "\r\n"),
    ],
    ids=["a byte order mark, as Notepad saves", "Windows line endings", "mixed line endings", "both"],
)
def test_a_file_an_editor_saved_its_own_way_is_still_the_sources(
    library: Store, tmp_path: Path, saved: Callable[[str], str]
) -> None:
    """Found by its reader_id, and so not written again as "Title (2).md" beside it; its words
    unchanged, it is no edit: left as it is while the export would write the same, updated
    without a question or a .bak when the export has more to say. Edited, it is a conflict."""
    out = tmp_path / "vault"
    (path,) = export_sources(library, [1], out).written
    resaved = saved(path.read_text(encoding="utf-8")).encode("utf-8")
    path.write_bytes(resaved)

    report = export_sources(library, [1], out)
    assert report.unchanged == [path] and not report.conflicts
    assert path.read_bytes() == resaved  # the sync tool's form is kept
    assert sorted(p.name for p in out.iterdir()) == [path.name]  # no second note of the source

    library.notes.set(1, "Neu: die Allianz wächst.")
    report = export_sources(library, [1], out)
    assert report.written == [path] and not report.conflicts and not report.kept
    assert "Neu: die Allianz wächst." in path.read_text(encoding="utf-8")

    path.write_bytes(saved(path.read_text(encoding="utf-8") + "\nMeine Zeile.\n").encode("utf-8"))
    library.notes.set(1, "Neuer noch.")
    report = export_sources(library, [1], out)
    assert [c.path for c in report.conflicts] == [path]  # an edit, in whatever line endings
    assert "Meine Zeile." in path.read_text(encoding="utf-8")


def test_an_edit_saved_with_windows_line_endings_is_a_conflict_when_the_export_is_the_same(
    library: Store, tmp_path: Path
) -> None:
    """Words changed and line endings too, the export's own text unchanged: neither "left as it
    is" (the words differ) nor the app's own (its hash is none the export recorded)."""
    out = tmp_path / "vault"
    (path,) = export_sources(library, [1], out).written
    edited = path.read_text(encoding="utf-8").replace("\n", "\r\n") + "Meine Zeile.\r\n"
    path.write_bytes(edited.encode("utf-8"))
    report = export_sources(library, [1], out)
    assert [c.path for c in report.conflicts] == [path] and not report.unchanged
    assert path.read_bytes() == edited.encode("utf-8")
