"""A title the file name cannot carry as written is the note's alias in Obsidian.

"Gegengewicht zu China: Japan …" is saved as "Gegengewicht zu China Japan ….md", and Obsidian
names a note by its file: its quick switcher and `[[` found the note only without the colon. The
files are written into a folder and their front matter read back with PyYAML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from reader.core.export.writer import export_briefing, export_combined, export_sources
from reader.core.store import Store
from tests import export_library


def _properties(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text[4 : text.index("\n---\n", 3)])
    assert isinstance(data, dict)
    return data


def test_a_title_with_a_colon_is_an_alias(store: Store, tmp_path: Path) -> None:
    export_library.build(store)
    export_sources(store, [1, 2], tmp_path)
    colon = _properties(tmp_path / "Gegengewicht zu China Japan und USA stärken Allianz.md")
    assert colon["aliases"] == ["Gegengewicht zu China: Japan und USA stärken Allianz"]
    assert list(colon)[:2] == ["title", "aliases"]
    assert "aliases" not in _properties(tmp_path / "Japan–USA schmieden „Goldenes Bündnis“.md")


def test_an_alias_holds_nothing_that_ends_a_links_text(store: Store, tmp_path: Path) -> None:
    export_library.build(store)
    store.sources.update_metadata(3, title="Nr. #1 [Update] | Japan?")
    export_sources(store, [3], tmp_path)
    props = _properties(tmp_path / "Nr. 1 Update Japan.md")
    assert props["title"] == "Nr. #1 [Update] | Japan?"
    assert props["aliases"] == ["Nr. #1 Update Japan?"]


def test_a_briefing_and_a_combined_file_too(store: Store, tmp_path: Path) -> None:
    export_library.build(store)
    briefing, _ = store.briefings.create("Q4: Energie & Sicherheit [Entwurf]")
    export_briefing(store, briefing.id, tmp_path)
    props = _properties(tmp_path / "Q4 Energie & Sicherheit Entwurf.md")
    assert props["aliases"] == ["Q4: Energie & Sicherheit Entwurf"]
    export_combined(store, [1], tmp_path, "Japan/USA")
    assert _properties(tmp_path / "Japan USA.md")["aliases"] == ["Japan/USA"]
    export_combined(store, [1], tmp_path, "Japan")
    assert "aliases" not in _properties(tmp_path / "Japan.md")
