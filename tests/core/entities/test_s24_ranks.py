"""A run ending in "Platz" before a number is a rank, no site ("drei Punkte für Platz 38",
"eine Karrierebestleistung von Platz sechs"); a square's name stays a place. Sentences from a
dev text, whose gold has no place there."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_ranks_are_no_places() -> None:
    text = (
        "Jialin Tang holte drei Punkte für Platz 38 bei der Verfolgung. Eine Athletin erreichte "
        "eine Karrierebestleistung von Platz sechs im Sprint."
    )
    assert _places(text) == set()


def test_a_square_stays_a_place() -> None:
    assert "Potsdamer Platz" in _places("Wir trafen uns am Potsdamer Platz in Berlin.")
