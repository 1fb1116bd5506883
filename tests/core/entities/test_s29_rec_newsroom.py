"""Session 29 (organisations' recall): the paper or channel a German newsroom role names in its
compound ("Kelvane-Chefredakteur", "Handelsblatt-Korrespondenten"), and a body named by its
English head word "Directorate"; hand-written sentences with made-up outlets."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str, kind: EntityKind) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is kind}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Der Kelvane-Chefredakteur Jan Moll schrieb am Montag einen Kommentar.", "Kelvane"),
        ("Die Borsano-Korrespondentin Ina Roth berichtet aus Rom.", "Borsano"),
        ("Das sagte Vilmor-Kolumnist Peter Hahn im Gespräch.", "Vilmor"),
        ("Die Sendung führte Taldex-Moderatorin Eva Brandt durch den Abend.", "Taldex"),
        ("In dieser Kolumne schreiben Handelsblatt-Korrespondenten im Wechsel.", "Handelsblatt"),
    ],
)
def test_the_outlet_of_a_newsroom_role_compound_is_an_organisation(text: str, outlet: str) -> None:
    assert outlet in _found(text, "de", EntityKind.ORG)


def test_the_newsroom_role_is_the_person_s_role() -> None:
    found = extract("Der Kelvane-Chefredakteur Jan Moll schrieb einen Kommentar.", "de")
    moll = next(f for f in found if f.name == "Jan Moll")
    assert any("Chefredakteur" in role for role in moll.roles)


@pytest.mark.parametrize(
    "text",
    [
        "Der Washington-Korrespondent Jan Moll schrieb das.",  # a place, no body
        "Der Wirtschafts-Redakteur Jan Moll schrieb das.",  # a word of German
    ],
)
def test_a_place_or_a_word_before_the_role_is_no_organisation(text: str) -> None:
    assert not _found(text, "de", EntityKind.ORG)


def test_a_directorate_is_a_body() -> None:
    text = "Anna Kemp, who leads the agency's Planetary Survey Directorate, said so on Monday."
    assert "Planetary Survey Directorate" in _found(text, "en", EntityKind.ORG)
