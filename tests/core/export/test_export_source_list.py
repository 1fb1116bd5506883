"""A briefing's Sources list reads as a list, not as a second set of footnote numbers.

Seen using the window: the list was numbered 1, 2, 3 while the footnotes ran [1]…[5], so
"source 2" was footnote 3 and a reader matched the wrong numbers. Bullets, in the order the
sources are first quoted, in the file and in the composer's preview (which renders the file).
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
