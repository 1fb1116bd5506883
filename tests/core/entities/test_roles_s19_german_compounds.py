"""A German role compound of a place or a field and an office the table knows is said in
English in an English list ("Japanexperte" -> "Japan expert", "Unternehmenspräsident" ->
"company president") and stays as the sources wrote it in a German one; a compound whose
front is neither stays as written. Expected values are the plain translations."""

from __future__ import annotations

import pytest

from reader.core.entities import merge_roles


@pytest.mark.parametrize(
    ("role", "english"),
    [
        ("Japanexperte", "Japan expert"),
        ("Chinaexpertin", "China expert"),
        ("Unternehmenspräsident", "company president"),
        ("Parteivorsitzender", "party chair"),
    ],
)
def test_a_german_compound_is_said_in_english(role: str, english: str) -> None:
    assert merge_roles([role], "en") == (english,)
    assert merge_roles([role], "de") == (role,)


def test_a_compound_of_an_unknown_front_stays_as_written() -> None:
    assert merge_roles(["Kirchenpräsident"], "en") == ("Kirchenpräsident",)
    # "Vizekanzler", the example here before, is an office of the table since session 38
    assert merge_roles(["Vizekanzler"], "en") == ("Vice Chancellor",)


def test_the_compound_and_the_plain_office_are_one_office() -> None:
    assert merge_roles(["Unternehmenspräsident", "President"], "en") == ("President",)


@pytest.mark.parametrize(
    ("roles", "english", "german"),
    [
        (["VW-Chef", "Volkswagen-Chef"], ("VW chief",), ("VW-Chef",)),
        (["Volkswagen-Chef"], ("Volkswagen chief",), ("Volkswagen-Chef",)),
        (["HSV-Präsident"], ("HSV President",), ("HSV-Präsident",)),
    ],
)
def test_a_companys_or_clubs_name_before_an_office_joins_it_in_english(
    roles: list[str], english: tuple[str, ...], german: tuple[str, ...]
) -> None:
    """Session 22: a who's who listed "VW-Chef, Volkswagen-Chef" in English (one office)."""
    assert merge_roles(roles, "en") == english
    assert merge_roles(roles, "de") == german


def test_a_candidate_and_a_nominee_are_one_office_in_either_language() -> None:
    assert merge_roles(["candidate", "nominee"], "de") == ("Kandidat",)
    assert merge_roles(["Kandidatin", "nominee"], "en") == ("nominee",)  # as the sources said it
