"""German joins two names with "und" into one body only when a German head or a legal form
ends the second (session 14): "Spessart Tourismus und Marketing GmbH", "Bund für Umwelt und
Naturschutz" are one; "Ballhaus Naunynstraße und Gorki Theater", "Internetbildern und Wake
News" are not (an English "and" in an English name keeps its own rule). Hand-made sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Rhön Tourismus und Marketing GmbH hat es sich zur Aufgabe gemacht.",
            "Rhön Tourismus und Marketing GmbH",
        ),
        (
            "Der Bund für Umwelt und Naturschutz klagt gegen den Bau.",
            "Bund für Umwelt und Naturschutz",
        ),
        (
            "Ein Team der Fujian Agriculture and Forestry University stellt das vor.",
            "Fujian Agriculture and Forestry University",
        ),
    ],
)
def test_one_body_named_with_und(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Das Stück ist eine Koproduktion von Ballhaus Ostwind und Gorki Theater in Berlin.",
            "Ballhaus Ostwind und Gorki Theater",
        ),
        (
            "Abb.: Collage aus Internetbildern und Wake News  Mittels Kriegsführung.",
            "Internetbildern und Wake News",
        ),
    ],
)
def test_an_english_head_after_und_ends_another_name(text: str, joined: str) -> None:
    assert joined not in _orgs(text)
