"""Session 33: unions and federations by their kind — with nouns ("die Gewerkschaft Bergbau
und Chemie"), the genitive of a field ("die Gewerkschaft der Feuerwehr", its acronym with a
small "d": "GdF"), after an adjective opening the name ("die Deutsche Stiftung Wasserschutz"),
and in the genitive ("des Verbandes privater Bahnbetreiber"). Made-up names and sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.abbreviations import abbreviates


def _orgs(text: str) -> list[str]:
    return [f.name for f in extract(text, "de") if f.kind is EntityKind.ORG]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Gewerkschaft Bergbau und Chemie ruft zum Streik auf.",
         "Gewerkschaft Bergbau und Chemie"),
        ("Am Montag warnte die Gewerkschaft der Feuerwehr vor Personalmangel.",
         "Gewerkschaft der Feuerwehr"),
        ("Die Deutsche Stiftung Wasserschutz kritisierte die Pläne.",
         "Deutsche Stiftung Wasserschutz"),
        ("Ein Sprecher des Verbandes privater Bahnbetreiber widersprach.",
         "Verband privater Bahnbetreiber"),
        ("Eine Sprecherin des Netzwerks Bürgerrechte widersprach.", "Netzwerk Bürgerrechte"),
    ],
)  # fmt: skip
def test_a_union_or_federation_by_its_kind(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_small_d_spells_the_genitive_article() -> None:
    assert abbreviates("GdF", "Gewerkschaft der Feuerwehr")
    assert not abbreviates("GDF", "Gewerkschaft für Feuerwehr")
    text = "Die Gewerkschaft der Feuerwehr (GdF) warnt. Die GdF fordert mehr Stellen."
    assert _orgs(text) == ["Gewerkschaft der Feuerwehr"]


def test_a_place_in_the_genitive_names_whose_union_not_which() -> None:
    assert "Gewerkschaft der Ukraine" not in _orgs("Er traf die Gewerkschaft der Ukraine.")
