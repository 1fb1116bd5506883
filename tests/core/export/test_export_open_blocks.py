"""A block the user left open in a note, an annotation or connecting text ends with their text.

An annotation "```python" with no closing fence (typed in the window, the end not yet) made
the rest of the exported file code: the next highlight's quote and its block id `^h1`, the next
source of a combined file, a briefing's Sources — `[[Note#^h1]]` then found no block. An HTML
comment (`<!--`) or `<pre>` never ended hid or froze the rest the same way, and Obsidian's `%%`
comment begun and not ended hid it. The files are written and read back as a CommonMark
renderer (markdown-it) reads them; `%%`, Obsidian's own, is counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.core.export.writer import export_briefing, export_combined, export_sources
from reader.core.store import Store
from tests import export_library

OPEN = {
    "a code fence": "Check this:\n\n```python\nx = 1",
    "a tilde fence": "~~~\nraw",
    "a fence alone": "```",
    "a longer fence closed by a shorter one": "````\n```\nstill code",
    "an HTML comment": "Draft\n\n<!-- not for the client\nstill hidden",
    "a pre block": "<pre>\nfixed width",
}


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n---\n", 3) + 5 :]
    return [
        t.content
        for t in MarkdownIt("commonmark").parse(body)
        if t.type == "inline" and t.level == 1
    ]


def _headings(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n---\n", 3) + 5 :]
    tokens = MarkdownIt("commonmark").parse(body)
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]


@pytest.mark.parametrize("annotation", OPEN.values(), ids=OPEN.keys())
def test_an_open_annotation_leaves_the_next_highlight_a_quote_with_its_block_id(
    store: Store, tmp_path: Path, annotation: str
) -> None:
    ids = export_library.build(store)
    store.highlights.update(
        ids[1], annotation=annotation
    )  # the first of source 1's two in the file
    (path,) = export_sources(store, [1], tmp_path).written
    paragraphs = _paragraphs(path)
    assert f"^h{ids[0]}" in paragraphs  # a block id Obsidian finds, not a line of code
    quotes = [
        t
        for t in MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
        if t.type == "blockquote_open"
    ]
    assert len(quotes) == 2
    assert annotation.split("\n")[-1] in path.read_text(encoding="utf-8")  # the user's words kept


@pytest.mark.parametrize("note", OPEN.values(), ids=OPEN.keys())
def test_an_open_note_leaves_the_next_source_its_heading(
    store: Store, tmp_path: Path, note: str
) -> None:
    export_library.build(store)
    store.notes.set(1, note)
    (path,) = export_combined(store, [1, 2], tmp_path, "Japan").written
    assert "Gegengewicht zu China: Japan und USA stärken Allianz" in _headings(path)


def test_open_connecting_text_leaves_the_briefing_its_sources(store: Store, tmp_path: Path) -> None:
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("Japan Q4")
    store.briefings.add_text(briefing.id, "Zum Code:\n\n```\nfor x in y:")
    store.briefings.add_heading(briefing.id, "Lage")
    store.briefings.add_highlights(briefing.id, [ids[1]])
    (path,) = export_briefing(store, briefing.id, tmp_path).written
    assert _headings(path) == ["Japan Q4", "Lage", "Sources"]
    assert path.read_text(encoding="utf-8").rstrip().endswith("paragraph 1")  # the footnote is text


@pytest.mark.parametrize("pair", ["%%", "$$"])  # a comment, hidden; a formula block, set as maths
def test_an_obsidian_comment_or_formula_begun_in_an_annotation_ends_with_it(
    store: Store, tmp_path: Path, pair: str
) -> None:
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation=f"Für mich {pair} nicht für den Kunden")
    (path,) = export_sources(store, [1], tmp_path).written
    text = path.read_text(encoding="utf-8")
    before_next = text[: text.index("Ein Schwerpunkt liegt")]
    assert before_next.count(pair) % 2 == 0  # Obsidian reads from one to the next


@pytest.mark.parametrize(
    "annotation",
    [
        "```python\nx = 1\n```",
        "- ```\n  code in a list item, which ends with the list",
        "Kosten: %% intern %% offen",
        "`%%` im Code",
        "<!-- fertig -->",
        "<div>\nHTML\n</div>",
    ],
)
def test_what_the_user_closed_is_kept_as_written(
    store: Store, tmp_path: Path, annotation: str
) -> None:
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation=annotation)
    (path,) = export_sources(store, [1], tmp_path).written
    text = path.read_text(encoding="utf-8")
    assert f"\n\n{annotation}\n\n> Ein Schwerpunkt" in text  # nothing added after it
