"""A briefing's Sources list reads as a list, not as a second set of footnote numbers.

Seen using the window: the list was numbered 1, 2, 3 while the footnotes ran [1]…[5], so
"source 2" was footnote 3 and a reader matched the wrong numbers. Bullets, in the order the
sources are first cited, in the file and in the composer's preview (which renders the file).
"""

from __future__ import annotations

import re

import export_library

from reader.core.export.briefing import briefing_document
from reader.core.render import render_note
from reader.core.store import Store

BLOG = "Industrie-Blog, Redaktion: “Japan–USA schmieden ‘Goldenes Bündnis’”"
HANDELSBLATT = "Handelsblatt, Nicole Bastian: “Die USA und Japan machen vor"


def _briefing_quoting_handelsblatt_first(store: Store) -> str:
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("Japan")
    # Handelsblatt's paragraph 1, the blog's paragraph 1, Handelsblatt's paragraph 2.
    store.briefings.add_highlights(briefing.id, [ids[3], ids[0], ids[4]])
    return briefing_document(store, briefing.id)


def test_sources_are_bullets_in_the_order_first_quoted(store: Store) -> None:
    text = _briefing_quoting_handelsblatt_first(store)
    listed = text.split("## Sources\n\n")[1].split("\n\n")[0].splitlines()
    assert len(listed) == 2
    assert listed[0].startswith(f"- {HANDELSBLATT}")
    assert listed[1].startswith(f"- {BLOG}")
    assert "[^3]: Handelsblatt" in text  # three footnotes, two sources: numbers would clash


def test_preview_shows_no_numbers_beside_the_sources(store: Store) -> None:
    html = render_note(_briefing_quoting_handelsblatt_first(store))
    after_heading = html.split("Sources</h2>")[1]
    listed = after_heading[: after_heading.index("</ul>")]
    assert re.match(r"\s*<ul>", listed), after_heading[:80]  # a bulleted list comes first
    assert "<ol>" not in listed and HANDELSBLATT.split(",")[0] in listed


def test_a_source_only_an_inserted_block_cites_is_listed_where_first_cited(store: Store) -> None:
    """Seen exporting a briefing that opened with the library's chronology and quoted two of its
    sources: its footnotes cited five sources, its "Quellen" listed the two quoted. Every source
    the document cites is listed, once, in the order first cited; one only a block's footnote
    definition names, or deleted since, is not."""
    from reader.core.stories import chronology_markdown

    ids = export_library.build(store)
    store.entities.refresh()
    briefing, _ = store.briefings.create("Japan")
    sources = [s for i in (1, 2, 3) if (s := store.sources.get(i)) is not None]
    chronology = chronology_markdown(sources, {})  # by date: 3 (2024), then 2 and 1 (2025, by title)
    store.briefings.add_text(briefing.id, chronology + "[^chron-4]: defined, cited nowhere\n")
    store.briefings.add_highlights(briefing.id, [ids[0]])  # source 1
    store.briefings.add_text(briefing.id, store.entities.whos_who([5]))  # a source deleted below
    store.sources.delete(5)
    text = briefing_document(store, briefing.id)
    listed = text.split("## Sources\n\n")[1].split("\n\n")[0].splitlines()
    assert [re.split("[,:]", line[2:])[0] for line in listed] == ["Handelsblatt", "DWN", "Industrie-Blog"]
    assert listed[2].startswith(f"- {BLOG}")  # quoted and in the chronology: listed once
