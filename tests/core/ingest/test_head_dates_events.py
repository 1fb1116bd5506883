"""Dates that belong to something else than the article (issue #10): an event's date, a game's
release, a deadline. Such a line names its date with a label; the publication date is kept
unknown rather than taken from it.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

HEADLINE = "Termine für Whisky-Verkostungen in Halle und Dessau"
P1 = (
    "Auch im Jahr 2020 wird es wieder Termine für Whisky-, Rum- und Ginverkostungen geben, und "
    "die ersten Abende sind schon jetzt für alle Interessierten buchbar."
)
P2 = (
    "Die Verkostungen finden wie gewohnt in kleiner Runde statt, damit jeder Gast genug Zeit für "
    "Fragen hat und die Abende gemütlich bleiben."
)


@pytest.mark.parametrize(
    "line", ["Termin: 21.02.2020, 19 Uhr", "Release: 04.04.2014", "Deadline: 15. März 2020"]
)
def test_a_labelled_event_date_is_not_the_publication_date(line: str) -> None:
    page = f"Home\n{HEADLINE}\n{P1}\n{line}\n{P2}\n"
    assert parse(normalise(page)).published is None


def test_a_publication_date_beside_an_event_date_is_still_read() -> None:
    page = (
        f"Home\n{HEADLINE}\nVeröffentlicht am 03.01.2020\n{P1}\nTermin: 21.02.2020, 19 Uhr\n{P2}\n"
    )
    assert parse(normalise(page)).published == "2020-01-03"
