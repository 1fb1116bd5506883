"""A saved page's ordered list reads with its numbers, as a clipping's does (session 34).

The browser draws an `<ol>`'s numbers and the extractor keeps none, so a page's steps showed as
bullets in the reading view while a clipping's "3. …" kept its number. The page is written for
this test: an `<ol start="3">` with an `<ol>` and a `<ul>` inside its items, a `<ul>`, and an
`<ol>` whose items already bring their numbers, and a table of contents (an `<ol>` of links
only), which stays as written: numbered, the dev sets' contents lists and sidebars' "most read"
lists were read as story and byline.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import BlockKind, BlockRole, prepare_bytes

PAGE = Path(__file__).resolve().parents[2] / "data" / "authored" / "saved_page_ordered_lists.html"


def test_a_saved_pages_ordered_list_reads_with_its_numbers_from_its_start() -> None:
    article = prepare_bytes(PAGE.read_bytes(), PAGE.name).article
    items = [(b.level, b.text) for b in article.blocks if b.role is BlockRole.BODY and b.kind is BlockKind.LIST_ITEM]
    assert items == [
        (0, "3. Angebot eines Fachbetriebs einholen"),
        (1, "1. Heizlast berechnen lassen"),
        (1, "2. Gerät mit Jahresarbeitszahl über 3,0 wählen"),
        (0, "4. Antrag im Portal stellen"),
        (1, "mit Personalausweis"),  # a bulleted list inside stays bulleted
        (0, "5. Rechnung hochladen"),
        (0, "die Steuer-Identifikationsnummer"),
        (0, "die Bankverbindung"),
        (0, "1. Angebot"),  # an item that brings its own number is not numbered twice
        (0, "2. Vertrag"),
    ]
    texts = [b.text for b in article.blocks]
    assert "Die Schritte" in texts and not any(t.endswith(". Die Schritte") for t in texts)
