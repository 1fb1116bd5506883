"""A title in an inserted chronology reads as written: in the composer's preview (python-markdown)
and in Obsidian (CommonMark) alike, without a stray backslash, and with nothing of it taken
for markup — `<` for HTML, `==` for a highlight, `%%` for a comment hiding the rest, two `$` for a formula."""

from __future__ import annotations

import html
import re

import export_library
import pytest
from markdown_it import MarkdownIt

from reader.core.render import render_note
from reader.core.store import Store
from reader.core.stories import chronology_markdown

TITLES = [
    "Inflation <2 % erwartet",
    "Kosten > Nutzen? <b>Nein</b>",
    "AT&amp;T kauft: Preis == Wert",
    "Zölle %% Kommentar %% ~~alt~~ neu",
    "C++ & *Rust*: [Update] #1 | Teil_2",
    "US$550 billion, the US$20 billion",
]


def line_texts(rendered: str) -> list[str]:
    """The visible text of each list item."""
    items = re.findall(r"<li>(.*?)</li>", rendered, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]


@pytest.mark.parametrize("title", TITLES)
def test_a_title_with_markup_characters_reads_as_written(store: Store, title: str) -> None:
    export_library.build(store)
    store.sources.update_metadata(1, title=title)
    source = store.sources.get(1)
    assert source is not None
    text = chronology_markdown([source], {})
    for pair in ("==", "%%", "~~", "$"):  # Obsidian's own marks, which neither renderer here knows
        assert pair not in text
    for rendered in (render_note(text), MarkdownIt("commonmark").render(text)):
        line = line_texts(rendered)[0]  # the entry (the footnote, in the preview, is a list too)
        assert title in line, (title, line)
        assert "\\" not in line


def test_no_two_dollars_on_a_line_even_from_two_texts(store: Store) -> None:
    """A line is put together from outlet, title and footnote parts: a `$` in the outlet's name
    and one in the title made a formula of what lay between them in Obsidian (the chronology's
    and the who's who's footnotes wrote "US$550 … US$20" raw, the quotes' citations `&#36;`)."""
    export_library.build(store)
    store.sources.update_metadata(1, title="Deal im Wert von US$5 Mrd.", site_name="Money$ Times")
    source = store.sources.get(1)
    assert source is not None
    text = chronology_markdown([source], {})
    assert "$" not in text
    line = line_texts(MarkdownIt("commonmark").render(text))[0]
    assert "Deal im Wert von US$5 Mrd. (Money$ Times)" in line
    assert "[^chron-1]: Money&#36; Times, Redaktion, 2025-10-28, “Deal im Wert von US&#36;5 Mrd.”" in text
