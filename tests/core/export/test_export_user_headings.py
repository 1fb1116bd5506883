"""Headings the user writes in connecting text or an annotation sit below the document's title.

A briefing's connecting text "# Fazit" (or an annotation's "# Frage") was exported as a second
level-one heading beside the briefing's (or the source's) title: Obsidian's outline showed two
trees, and a link to the file's title heading had two candidates. Like a summary note's, they
now move down. The files are written and rendered with markdown-it.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from reader.core.export.writer import export_briefing, export_combined, export_sources
from reader.core.store import Store
from tests import export_library

TEXT = "# Fazit\n\nDie Allianz wächst.\n\n## Details\n\n```sh\n# kein Titel\n```"
ANNOTATION = "# Frage an den Kunden\n\nWie hoch ist das *Exposure*?"


def _outline(path: Path) -> list[tuple[str, str]]:
    """The document's headings as (tag, text), as a CommonMark renderer sees them."""
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n---\n", 3) + 5 :]  # after the front matter
    tokens = MarkdownIt("commonmark").parse(body)
    return [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]


def _library(store: Store) -> tuple[Store, dict[int, int]]:
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation=ANNOTATION)
    return store, ids


def test_a_briefings_text_and_annotations_nest_under_its_title(store: Store, tmp_path: Path) -> None:
    store, ids = _library(store)
    briefing, _ = store.briefings.create("Japan Q4")
    store.briefings.add_heading(briefing.id, "Lage")
    store.briefings.add_highlights(briefing.id, [ids[1]])
    store.briefings.add_text(briefing.id, TEXT)
    export_briefing(store, briefing.id, tmp_path)
    assert _outline(tmp_path / "Japan Q4.md") == [
        ("h1", "Japan Q4"), ("h2", "Lage"), ("h2", "Frage an den Kunden"), ("h2", "Fazit"),
        ("h3", "Details"), ("h2", "Sources"),
    ]  # fmt: skip
    assert "\n# kein Titel\n" in (tmp_path / "Japan Q4.md").read_text(encoding="utf-8")  # code


def test_an_annotations_headings_nest_under_highlights(store: Store, tmp_path: Path) -> None:
    store, _ids = _library(store)
    export_sources(store, [1], tmp_path)
    (path,) = tmp_path.glob("*.md")
    outline = _outline(path)
    assert [tag for tag, _ in outline].count("h1") == 1
    assert outline[-2:] == [("h2", "Highlights"), ("h3", "Frage an den Kunden")]
    export_combined(store, [1], tmp_path, "Japan")
    # A combined file's source heading is its highlights' (no "Highlights" under each source).
    assert _outline(tmp_path / "Japan.md")[-2:] == [("h2", "Japan–USA schmieden „Goldenes Bündnis“"),
                                                    ("h3", "Frage an den Kunden")]  # fmt: skip


def test_headings_underlined_with_equals_or_dashes_nest_too(store: Store, tmp_path: Path) -> None:
    """A heading written over a line of `=` (or `-`) is a heading as a `#` one is: an
    annotation's "Fazit" over "=====" stayed a level-one heading beside the source's title."""
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation="Fazit\n=====\n\nDie Allianz wächst.\n\nDetails\n-------\n\n- eins")
    store.notes.set(1, "Zusammenfassung\n===============\n\nKern.")
    export_sources(store, [1], tmp_path)
    (path,) = tmp_path.glob("*.md")
    assert _outline(path) == [
        ("h1", "Japan–USA schmieden „Goldenes Bündnis“"), ("h2", "Zusammenfassung"), ("h2", "Highlights"),
        ("h3", "Fazit"), ("h4", "Details"),
    ]  # fmt: skip
    briefing, _ = store.briefings.create("Japan Q4")
    store.briefings.add_text(briefing.id, "Fazit\n=====\n\nText.\n\n---\n\nNach einer Linie.")
    export_briefing(store, briefing.id, tmp_path)
    assert _outline(tmp_path / "Japan Q4.md") == [("h1", "Japan Q4"), ("h2", "Fazit")]
    assert "\n---\n" in (tmp_path / "Japan Q4.md").read_text(encoding="utf-8")  # a rule stays a rule


def test_an_underlined_heading_ending_in_hashes_keeps_them(store: Store, tmp_path: Path) -> None:
    """Written as `## Issue #`, the trailing `#` was read as the heading's closing sequence and
    dropped: the heading said "Issue"."""
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation="Issue #\n=====\n\nC#\n---\n\nNr. ##\n---")
    (path,) = export_sources(store, [1], tmp_path).written
    shown = [(tag, MarkdownIt("commonmark").renderInline(words)) for tag, words in _outline(path)[-3:]]
    assert shown == [("h3", "Issue #"), ("h4", "C#"), ("h4", "Nr. ##")]
