"""Facts an article lists as "key: value" lines stay in its body; a link list does not.

Event notes, loan examples and exercises list their facts as short lines ("Termin: 29.02.2020,
19 Uhr", "Ort: Kornhaus", "Laufzeit: fünf Jahre"). Inside the run of article text a run of
short lines used to be set aside as a link list; two "key: value" lines side by side are kept.
The page is written by hand and the probabilities are set by the test, so it checks the rule.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.ingest.short_lines import is_fact
from reader.core.text import normalise

BEFORE = (
    "Der Heimatverein lädt auch in diesem Jahr zu seiner Whiskyprobe ein, bei der sechs "
    "Abfüllungen aus Schottland und Irland verkostet und von einem Kenner erklärt werden."
)
AFTER = (
    "Die Zahl der Plätze ist begrenzt, weshalb der Verein darum bittet, die Karten frühzeitig "
    "zu kaufen und bei Verhinderung rechtzeitig Bescheid zu geben, damit andere nachrücken."
)
FACTS = ("Termin: 29.02.2020, 19 Uhr", "Ort: Kornhaus, Saal im ersten Stock", "Eintritt: 35 Euro")
LINKS = ("Startseite", "Veranstaltungen", "Mitglied werden")


def _kept(lines: tuple[str, ...]) -> list[str]:
    """The body lines `choose` keeps when the paragraphs score 0.9 and `lines` (between them)
    0.3, below the run's threshold and below the probability that keeps a short line."""
    text = "\n\n".join(("Menü", BEFORE, *lines, AFTER, "Impressum"))
    page = read_page(normalise(text))[0]
    probs = [0.9 if s.text in (BEFORE, AFTER) else 0.3 for s in page.segments]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


def test_fact_lines_between_paragraphs_are_kept() -> None:
    assert _kept(FACTS) == [BEFORE, *FACTS, AFTER]


def test_a_link_list_between_paragraphs_is_not() -> None:
    assert _kept(LINKS) == [BEFORE, AFTER]


def test_one_fact_line_among_links_is_not_taken_for_a_list_of_facts() -> None:
    lines = (LINKS[0], FACTS[0], LINKS[1])
    assert _kept(lines) == [BEFORE, AFTER]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laufzeit: fünf Jahre", True),
        ("Effektiver Jahreszins: 3,9 Prozent", True),
        ("Lösung: m = 210 g", True),
        ("Belag:", False),
        ("2020: Das Jahr im Rückblick", False),
        ("Was uns gefallen hat: alles", False),
    ],
)
def test_the_shape_of_a_fact_line(text: str, expected: bool) -> None:
    assert is_fact(text) is expected
