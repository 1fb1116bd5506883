"""Export bugs from issue 13: file permissions follow the umask, and deleting a source leaves
no orphaned headings or text in a briefing's export."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import export_library
import pytest

from reader.core.export import export_briefing, export_sources
from reader.core.store import Store


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_exported_files_get_the_users_umask(library: Store, tmp_path: Path, umask_022: None) -> None:
    """Bug 6: files were 0600 (mkstemp's mode), unreadable in a shared or synced vault."""
    (path,) = export_sources(library, [1], tmp_path / "vault").written
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    os.umask(0o077)
    (private,) = export_sources(library, [2], tmp_path / "private").written
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_reexport_keeps_the_files_permissions(library: Store, tmp_path: Path, umask_022: None) -> None:
    (path,) = export_sources(library, [1], tmp_path).written
    path.chmod(0o664)  # the user made it group-writable
    library.notes.set(1, "changed")
    assert export_sources(library, [1], tmp_path).written == [path]
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_deleting_a_source_leaves_no_orphaned_section(library: Store, tmp_path: Path) -> None:
    """Bug 2: a section whose quotes all came from a deleted source lost only its quotes."""
    repo = library.briefings
    briefing, _ = repo.create("Memo")
    repo.add_text(briefing.id, "Intro written by me.", None)
    repo.add_heading(briefing.id, "Halbleiter", None)
    repo.add_text(briefing.id, "Why the chips matter.", None)
    chips = [h.id for h in library.highlights.for_source(1)]
    repo.add_highlights(briefing.id, chips[:1])
    repo.add_heading(briefing.id, "Microsoft", None)
    repo.add_text(briefing.id, "The investment.", None)
    repo.add_highlights(briefing.id, [h.id for h in library.highlights.for_source(3)])
    library.sources.delete(1)
    (path,) = export_briefing(library, briefing.id, tmp_path).written
    text = path.read_text(encoding="utf-8")
    assert "Intro written by me." in text  # no quotes there to lose: it stays
    assert "Halbleiter" not in text and "Why the chips matter." not in text
    assert "## Microsoft" in text and "The investment." in text
    assert "Fast drei Milliarden Dollar" in text
    assert "Industrie-Blog" not in text  # the deleted source is not cited either
