"""Session 23's organisation classes, read off session 22's blind pages (s23) and checked on
hand-written sentences (made-up houses): a house that serves guests named by its kind and a
name ("Gasthof Waldesruh", "Saunatherme Buchenhain")."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("Am Abend kehrten wir im Gasthof Waldesruh ein und aßen Forelle.", "Gasthof Waldesruh"),
        ("Danach ging es weiter zur Saunatherme Buchenhain am See.", "Saunatherme Buchenhain"),
        ("Am Sonntag frühstückten wir im Café Mohnblume am Markt.", "Café Mohnblume"),
        ("Das Restaurant Tannengrün bekam einen Stern.", "Restaurant Tannengrün"),
        (
            "Wir übernachteten im Wellnesshotel Sonnhalde oberhalb des Dorfes.",
            "Wellnesshotel Sonnhalde",
        ),
    ],
)
def test_a_house_that_serves_guests_is_named_by_its_kind_and_a_name(text: str, house: str) -> None:
    assert house in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Hotel Zimmer waren klein, aber sauber.",
        "Restaurant Besuche sind in der Stadt teuer geworden.",
        "Im Café Preise zu vergleichen lohnt sich kaum.",
    ],
)
def test_a_word_of_the_dictionary_after_the_kind_is_no_name(text: str) -> None:
    assert not _orgs(text)
