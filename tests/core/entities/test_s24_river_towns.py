"""A town written with its river after a slash is the town ("Halle/Saale"); the river there is
part of its name, no place of its own, while the river named alone stays one. The first line is
from an s23 dev text; its expected place is the gold's span."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_town_with_its_river_after_a_slash() -> None:
    assert _places("Ort: Marktplatz Halle/Saale") == {"Halle"}


def test_the_river_alone_stays_a_place() -> None:
    assert _places("Die Saale fließt durch Jena.") == {"Saale", "Jena"}
