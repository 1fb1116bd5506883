"""A role before a full name keeps the whole name and gives the person the role: "Landrat
Bernd Huber" is Bernd Huber, the Landrat, not the lone "Huber" — first names that many in
Germany, Austria and Switzerland bear ("Bernd", "Jürgen", "Günter") are frequent German words
only because people bear them."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.roles for e in extract(text, lang) if e.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        ("Der Landrat Bernd Huber eröffnete am Freitag die neue Umgehungsstraße.", "de",
         "Bernd Huber", "Landrat"),
        ("Nach Angaben von Landrätin Jutta Berg bleibt die Schule bis Montag zu.", "de",
         "Jutta Berg", "Landrätin"),
        ("Bürgermeister Jürgen Lenz hat den Haushalt für 2025 vorgelegt.", "de",
         "Jürgen Lenz", "Bürgermeister"),
        ("Governor Kathy Hochul signed the budget late on Thursday night.", "en",
         "Kathy Hochul", "Governor"),
        ("Sheriff Tom Baker told reporters the road would reopen by noon.", "en",
         "Tom Baker", "Sheriff"),
        ("Stadtrat Jürgen Roth (SPD) stimmte gegen den neuen Bebauungsplan.", "de",
         "Jürgen Roth", "Stadtrat"),
        ("Bundesrat Urs Keller reiste am Dienstag nach Brüssel.", "de",
         "Urs Keller", "Bundesrat"),
        ("Detective Mary Sullivan said the van was found near the harbour.", "en",
         "Mary Sullivan", "Detective"),
    ],
)  # fmt: skip
def test_role_keeps_the_full_name(text: str, lang: str, name: str, role: str) -> None:
    people = _people(text, lang)
    assert name in people, people
    assert role in people[name]


def test_a_council_without_a_name_stays_a_body() -> None:
    orgs = {e.name for e in extract("Der Stadtrat Köln stimmte am Montag zu.", "de")
            if e.kind is EntityKind.ORG}  # fmt: skip
    assert "Stadtrat Köln" in orgs


def test_a_widely_borne_first_name_opens_a_name() -> None:
    people = _people("Günter Wallner und Bernd Ostrowski gründeten den Verein 1998.", "de")
    assert {"Günter Wallner", "Bernd Ostrowski"} <= set(people)


def test_a_word_the_text_writes_small_stays_a_word() -> None:
    """'ernst' in small letters: the capitalised 'Ernst' opening a sentence is the word."""
    text = "Ernst Gemeintes blieb aus. Die Lage sei ernst, sagte der Sprecher."
    assert not any(name.startswith("Ernst") for name in _people(text, "de"))
