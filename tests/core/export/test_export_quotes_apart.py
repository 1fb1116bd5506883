"""Two quotes in a row stay two quotes: in the exported file and in the preview rendered from it.

Seen walking through the app: a briefing's two highlights in a row showed as one quote in the
composer's preview. The file was right — a blank line stands between the quotes, and CommonMark
(Obsidian, GitHub) reads two quotes — but python-markdown, which renders the preview, poured the
second quote into the first. The file's reading is checked with markdown-it in CommonMark mode."""

from __future__ import annotations

import export_library
from markdown_it import MarkdownIt

from reader.core.export.briefing import briefing_document
from reader.core.render import render_note
from reader.core.store import Store


def _briefing_of_two_quotes(store: Store) -> str:
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("Japan")
    store.briefings.add_heading(briefing.id, "Lage", None)
    store.briefings.add_highlights(briefing.id, [ids[1], ids[3]], None)  # no annotation between
    return briefing_document(store, briefing.id)


def test_the_exported_quotes_are_apart_for_commonmark_and_obsidian(store: Store) -> None:
    text = _briefing_of_two_quotes(store)
    assert "> Die Japan-USA-Allianz tritt in eine neue Phase ein[^1]\n\n> Fast drei Milliarden" in text
    assert MarkdownIt("commonmark").render(text).count("<blockquote>") == 2


def test_the_preview_renders_them_as_the_file_means(store: Store) -> None:
    rendered = render_note(_briefing_of_two_quotes(store))
    assert rendered.count("<blockquote>") == 2
    first, second = rendered.split("</blockquote>")[:2]
    assert "Japan-USA-Allianz" in first and "Fast drei Milliarden" in second
