"""A short subheading with a colon under a paragraph opens the article's own list.

Product tests, recipes and spec sheets put "Technische Daten:", "Zutaten:" or
"Produktbeschreibung:" under a paragraph and list short unbulleted items below it; those items
are the article's (they feed the body model's "listed" evidence). The same kind of label under
a tag list or a menu ("Ähnliche Neuigkeiten:") opens furniture. The page in
tests/data/body_classes/de_spec_list.txt is written by hand in that shape.
"""

from __future__ import annotations

from quality import DATA

from reader.core.ingest.boilerplate import _listed
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "de_spec_list.txt"
ITEMS = [
    "Gewicht 86 Gramm mit Akku",
    "Leuchtweite bis 180 Meter",
    "Drei Leuchtstufen und rotes Licht",
    "Akku über USB-C aufladbar",
    "Wasserdicht nach IPX4",
]


def _listed_lines(text: str) -> list[str]:
    page = read_page(normalise(text))[0]
    return [page.segments[i].text for i in sorted(_listed(page))]


def test_the_items_under_a_subheading_after_a_paragraph_are_listed() -> None:
    assert _listed_lines(PAGE.read_text(encoding="utf-8")) == ITEMS


def test_a_label_under_a_tag_list_opens_no_list() -> None:
    # "Ähnliche Neuigkeiten:" stands under the tags "Skitouren", "Ausrüstung", "Winter".
    lines = _listed_lines(PAGE.read_text(encoding="utf-8"))
    assert "Neue Steigeisen im Test" not in lines


def test_a_longer_capitalised_label_opens_no_list() -> None:
    text = PAGE.read_text(encoding="utf-8").replace("Technische Daten:", "Mehr aus Bozen Heute:")
    assert _listed_lines(text) == []
