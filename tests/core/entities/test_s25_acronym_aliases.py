"""A body's acronym written alone is the body its long name names: German spells "für" with a
small "f" ("BfS" of "Bundesamt für Strahlenschutz"), a name hyphened as one word gives its
parts' initials ("RKI" of "Robert-Koch-Institut"), and a place opening an English name may
stay out ("PUC" of "California Public Utilities Commission"). Each was a second
organisation. Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.abbreviations import abbreviates


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Das Bundesamt für Strahlenschutz hat eine neue Karte veröffentlicht. Sie steht "
            "auf den Internetseiten des BfS zum Download bereit.",
            "de",
            "Bundesamt für Strahlenschutz",
        ),
        (
            "Das Robert-Koch-Institut wurde beauftragt, die Regeln bekannt zu geben. Das RKI "
            "hat dort bereits am Montag neue Fristen genannt.",
            "de",
            "Robert-Koch-Institut",
        ),
        (
            "The California Public Utilities Commission met on Tuesday. Consumer advocates "
            "urged the PUC to require backup power at cell towers.",
            "en",
            "California Public Utilities Commission",
        ),
    ],
)
def test_an_acronym_alone_is_the_body_of_the_long_name(text: str, lang: str, name: str) -> None:
    orgs = [f.name for f in extract(text, lang) if f.kind is EntityKind.ORG]
    assert orgs == [name]


def test_other_letters_abbreviate_no_body() -> None:
    assert not abbreviates("EU", "Europäische Zentralbank")
    assert not abbreviates("BfS", "Bundesamt für Justiz")
    assert not abbreviates("RKA", "Robert-Koch-Institut")
