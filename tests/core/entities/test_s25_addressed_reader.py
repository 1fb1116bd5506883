"""Web pages that speak to their reader write "Deine", "Euer", "Ihren" with a capital: a
possessive, never the start of a name ("Deine Zielgruppe" is no group), and a German noun
before "Design" makes no studio ("im Bereich Design"). Expected values read off hand-written
sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "Mit unseren Flyern erreichst Du Deine Zielgruppe schneller als je zuvor.",
        "Wir beraten Euch gern, damit Eure Stiftung mehr Spenden sammelt.",
        "Gern übernehmen wir auch Ihren Verband als Kunden und betreuen Ihre Gruppe.",
        "Bei uns steht im Bereich Design Dein Produkt im Mittelpunkt.",
    ],
)
def test_an_addressed_readers_things_are_no_organisation(text: str) -> None:
    assert not _orgs(text)


def test_a_studio_named_design_stays_one() -> None:
    assert "Moroso Design" in _orgs("Die Stühle von Moroso Design sind teuer.")
