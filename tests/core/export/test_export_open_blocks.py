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

from reader.core.export.closing import closed
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


# Look-alikes: text a renderer reads as closed, or never opened. A closer added to one is a
# stray line that opens what it meant to end (a "$$" begins a formula over the rest of the file).
CLOSED_OR_NEVER_OPEN = {
    "a longer fence closed by a longer one": "````\n```\n`````",
    "a tilde fence closed": "~~~\nraw\n~~~",
    "fences indented up to three spaces": "   ```\ncode\n  ```",
    "a closing fence with spaces after it": "```\ncode\n```  ",
    "four spaces: indented code, no fence": "    ```\n    code",
    "a fence in a list item": "- ```\n  code",
    "a fence in a quote": "> ```\n> code",
    "an escaped fence": "\\```\ntext",
    "a comment opener in a code span": "Tippe `<!--` ein",
    "a comment opener in a longer code span": "``a <!-- b``",
    "a comment opener in fenced code": "```\n<!--\n```",
    "a price band": "Restaurant: $$$",
    "a price band and a formula": "Restaurant $$$ und $$x^2$$",
    "an escaped dollar": "Preis: \\$$ 5",
    "a formula closed": "$$\nx^2\n$$",
    "a formula in code": "`$$` und\n\n```\n$$\n```",
    "a formula's marker in a comment": "%% Preis: $$ %%",
    "a percent in a formula's comment": "$$\n50 %% Anteil\n$$",
    "an escaped percent": "100\\%% Wachstum",
    "a comment's marker in an address": "<https://example.org/a%%20b>",
}


@pytest.mark.parametrize("text", CLOSED_OR_NEVER_OPEN.values(), ids=CLOSED_OR_NEVER_OPEN.keys())
def test_a_look_alike_gets_no_closer(text: str) -> None:
    assert closed(text) == text


STILL_OPEN = {
    "a longer fence after a shorter close": ("````\n```\ncode", "````"),
    "a tilde fence after a backtick close": ("~~~\nraw\n```", "~~~"),
    "a fence with words after its close": ("```\ncode\n``` mehr", "```"),
    "a fence after a paragraph": ("Text\n```\ncode", "```"),
    "a script": ("<script>\nx = 1", "</script>"),
    # Obsidian takes "%%" anywhere for a comment, after digits too: the file alone hid the rest
    "a percent doubled": ("Wachstum 100%% im Jahr", "%%"),
    "a formula after a price band": ("Teuer: $$$ und $$x", "$$"),
}


@pytest.mark.parametrize(("text", "closer"), STILL_OPEN.values(), ids=STILL_OPEN.keys())
def test_what_is_open_gets_its_closer(text: str, closer: str) -> None:
    assert closed(text) == f"{text}\n{closer}"


@pytest.mark.parametrize(
    "annotation", ["- ```\n  code in a list item", "> ```\n> code in a quote", "- <!-- a comment in a list item"]
)
def test_a_block_left_open_in_a_container_ends_with_it(store: Store, tmp_path: Path, annotation: str) -> None:
    """No closer is added (`closing` reads the top level only): the blank line before the next
    highlight ends the list item or the quote, and the code or comment with it."""
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation=annotation)
    (path,) = export_sources(store, [1], tmp_path).written
    assert f"\n\n{annotation}\n\n> Ein Schwerpunkt" in path.read_text(encoding="utf-8")
    assert f"^h{ids[0]}" in _paragraphs(path)
