"""Session 28: the authors a legal commentary is cited by, surnames joined by slashes before a
statute, a paragraph or an edition, are people (made-up citations)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Das Zitat muss belegt sein (Kessner/Harwald, UrhG, § 51 Rn. 7).",
            {"Kessner", "Harwald"},
        ),
        (
            "Nach Ostrowitz/Teubling ist das eng auszulegen (vgl. Ostrowitz/Teubling, 5. Aufl.).",
            {"Ostrowitz", "Teubling"},
        ),
        ("So auch Brenske/Oldach/Paulik, BGB, § 433 Rn. 2.", {"Brenske", "Oldach", "Paulik"}),
    ],
)
def test_commentary_authors_are_people(text: str, names: set[str]) -> None:
    assert names <= _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Mieter/Vermieter, § 535 BGB, schuldet die Miete.",
        "Die Region Berlin/Brandenburg wächst, § 3 des Vertrags gilt.",
        "Ohne Zitat: Kessner/Harwald sind zwei Orte im Text.",
    ],
)
def test_slashed_words_places_or_uncited_names_are_no_authors(text: str) -> None:
    assert not _people(text)
