"""A combined file's outline: each source's highlights under its own heading, no stack of
identical "Highlights" headings.

`--single-file` put "### Highlights" under every source, so Obsidian's outline read
Japan–USA …, Highlights, Gegengewicht …, Highlights, Die USA …, Highlights: entries a reader
cannot tell apart (and `[[Japan#Highlights]]` had three candidates). The source's heading is
now its highlights' heading; a source's own file keeps its "## Highlights". The files are
written to a real folder from a real library and read with markdown-it, as a renderer does.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from reader.core.export.writer import export_combined, export_sources
from reader.core.store import Store
from tests import export_library


def _outline(path: Path) -> list[tuple[str, str]]:
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n---\n", 3) + 5 :]  # after the front matter
    tokens = MarkdownIt("commonmark").parse(body)
    return [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]


def test_a_combined_file_names_each_source_once_and_no_highlights_heading(store: Store, tmp_path: Path) -> None:
    export_library.build(store)
    export_combined(store, [1, 2, 3], tmp_path, "Japan", language="de")
    assert _outline(tmp_path / "Japan.md") == [
        ("h1", "Japan"),
        ("h2", "Japan–USA schmieden „Goldenes Bündnis“"),
        ("h2", "Gegengewicht zu China: Japan und USA stärken Allianz"),
        ("h2", "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert"),
    ]
    text = (tmp_path / "Japan.md").read_text(encoding="utf-8")
    rare_earths = text.index("## Gegengewicht zu China")
    # Each source's quotes (and block ids) follow its own heading, before the next source's.
    assert rare_earths < text.index("seltener Erden\n>\n> — Beleg/Zahl · Absatz 2\n\n^h3") < text.index("## Die USA")
    export_sources(store, [1], tmp_path, language="de")  # a source's own file keeps its heading
    (own,) = [p for p in tmp_path.glob("*.md") if p.name != "Japan.md"]
    assert ("h2", "Markierungen") in _outline(own)


def test_a_note_with_headings_keeps_the_highlights_apart_from_its_last_section(
    store: Store, tmp_path: Path
) -> None:
    ids = export_library.build(store)
    store.notes.set(2, "# Einordnung\n\nSeltene Erden sind der Kern.")
    store.highlights.update(ids[2], annotation="# Frage\n\nWie viel?")
    export_combined(store, [1, 2], tmp_path, "Japan")
    assert _outline(tmp_path / "Japan.md") == [
        ("h1", "Japan"),
        ("h2", "Japan–USA schmieden „Goldenes Bündnis“"),
        ("h2", "Gegengewicht zu China: Japan und USA stärken Allianz"),
        ("h3", "Einordnung"),
        ("h3", "Highlights"),  # else the quotes read as part of "Einordnung"
        ("h4", "Frage"),
    ]
