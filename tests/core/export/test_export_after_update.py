"""Re-exporting a source after its article was updated writes the same file, not a second one.

An update (a newer version of the article, `briefing import --update`) keeps the source: its id,
highlights and note. Its export must stay one note too — the file in the vault is found by the
`reader_id` in its front matter, which once came from the current version's hash, so the first
export after an update wrote "Title (2).md" beside the note the user had linked to. Real
library files and real exports: the hand-written versions in tests/data/revisions.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from reader.core.export import export_combined, export_sources
from reader.core.importer import import_paths
from reader.core.models import ImportStatus
from reader.core.store import Store

DATA = Path(__file__).resolve().parents[2] / "data" / "revisions"
V1, V2 = DATA / "ecb-v1.md", DATA / "ecb-v2.md"


def reader_id(path: Path) -> str:
    front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    return str(front["reader_id"])


def imported(store: Store) -> int:
    [result] = import_paths(store, [V1], tags=["ECB"])
    assert result.status is ImportStatus.IMPORTED and result.source_id
    store.notes.set(result.source_id, "My summary.")
    return result.source_id


def test_an_update_and_its_undo_keep_the_source_in_its_file(store: Store, tmp_path: Path) -> None:
    source_id = imported(store)
    vault = tmp_path / "vault"
    (path,) = export_sources(store, [source_id], vault).written
    first_id = reader_id(path)
    [result] = import_paths(store, [V2], update=True)
    assert result.status is ImportStatus.UPDATED
    report = export_sources(store, [source_id], vault)
    assert report.written == [path] and not report.conflicts  # the new text, in the same note
    assert sorted(p.name for p in vault.iterdir()) == [path.name]
    assert reader_id(path) == first_id
    store.revisions.undo_update(source_id)
    again = export_sources(store, [source_id], vault)
    assert again.paths == [path] and sorted(p.name for p in vault.iterdir()) == [path.name]
    (combined,) = export_combined(store, [source_id], vault, "ECB").written
    front = yaml.safe_load(combined.read_text(encoding="utf-8").split("---\n")[1])
    assert front["sources"] == [first_id]


def test_a_file_named_after_a_later_version_is_still_found(store: Store, tmp_path: Path) -> None:
    """Exports made after an update, before ids came from the first version, carry the later
    version's hash: that file is the source's note, updated in place."""
    source_id = imported(store)
    import_paths(store, [V2], update=True)
    vault = tmp_path / "vault"
    (path,) = export_sources(store, [source_id], vault).written
    source = store.sources.get(source_id)
    assert source is not None
    later = f"br-{source_id}-{source.content_hash[:8]}"
    assert later != reader_id(path)
    path.write_text(path.read_text(encoding="utf-8").replace(reader_id(path), later), encoding="utf-8")
    store.notes.set(source_id, "Changed summary.")
    report = export_sources(store, [source_id], vault, overwrite=True)  # the id rewritten here is an edit:
    assert report.written == [path] and sorted(p.name for p in vault.glob("*.md")) == [path.name]  # kept as .bak
    assert "Changed summary." in path.read_text(encoding="utf-8") and reader_id(path) != later
