"""Session 40: a German office as a who's who line prints it — the noun in the nominative
singular, not in the case or number the sentence declined it to ("des Kandidaten", "seines
Bruders", "seinen Töchtern", "der FDP-Vorsitzende Christian Lindner"), and the look-alikes that
stay as written. Hand-written sentences and roles; the expected lines are what a consultant
would print ("Angela Merkel, Bundeskanzlerin")."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.roles import merge_roles
from reader.core.entities.written_roles import nominative, written


def _listed(text: str, name: str, language: str = "de") -> tuple[str, ...]:
    people = {e.name: e.roles for e in extract(text, "de") if e.kind is EntityKind.PERSON}
    return merge_roles(people[name], language, name)


@pytest.mark.parametrize(
    ("text", "name", "line"),
    [
        # a weak noun's "-en" in the genitive, dative or accusative
        ("Anhänger des Kandidaten Marco Rossi blockierten die Straße.", "Marco Rossi", "Kandidat"),
        ("Im Fall des Fotografen Dennis Sauer klagte der Verlag.", "Dennis Sauer", "Fotograf"),
        ("In Anlehnung an den Soziologen Hartmut Rosa fragte er nach.", "Hartmut Rosa", "Soziologe"),
        # the genitive's "-s" of a kinship
        ("Er spielte an der Seite seines Bruders Lukas gegen die Favoriten.", "Lukas", "Bruder"),
        # a dative plural, the vowel changed
        ("Den Wein hat er seinen Töchtern Lena und Marie gewidmet.", "Lena", "Tochter"),
        # an office declined like an adjective: a man's after the definite article
        ("Das sagte der FDP-Vorsitzende Christian Lindner am Montag.", "Christian Lindner", "FDP-Vorsitzender"),
        ("Das sagte der Linken-Abgeordnete Martin Dolzer am Samstag.", "Martin Dolzer", "Linken-Abgeordneter"),
        # a declined adjective before it too
        (
            "Auch seinen Kompagnon und früheren VSGE-Vorstandsvorsitzenden Jacek Kowal verleugnet er.",
            "Jacek Kowal",
            "früherer VSGE-Vorstandsvorsitzender",
        ),
        (
            "Der Besuch des US-amerikanischen Vizepräsidenten Mike Pence dauerte zwei Tage.",
            "Mike Pence",
            "US-amerikanischer Vizepräsident",
        ),
    ],
)
def test_a_declined_office_is_listed_in_the_nominative_singular(text: str, name: str, line: str) -> None:
    assert _listed(text, name) == (line,)


def test_a_plural_for_all_genders_is_each_one_s_singular() -> None:
    text = "Beteiligt sind die Künstler*innen Marieke Verheyen und Martin Hansen aus Bremen."
    assert _listed(text, "Martin Hansen") == ("Künstler",)
    assert _listed(text, "Marieke Verheyen") == ("Künstlerin",)
    # a plural that holds a woman is her own office's plural ("Weltklasseathleten wie …")
    assert merge_roles(["Weltklasseathleten"], "de", "Elvira Oeberg") == ("Weltklasseathletin",)
    # the sex not known from the first name: the singular for all genders
    assert merge_roles(["Künstler:innen"], "de", "Taylor Mac") == ("Künstler:in",)


def test_a_woman_s_office_declined_like_an_adjective() -> None:
    assert merge_roles(["Vorsitzende"], "de", "Anna Weber") == ("Vorsitzende",)
    assert merge_roles(["stellvertretenden Vorsitzenden"], "de", "Anna Weber") == (
        "stellvertretende Vorsitzende",
    )
    assert merge_roles(["stellvertretenden Vorsitzenden"], "de", "Thomas Müller") == (
        "stellvertretender Vorsitzender",
    )


@pytest.mark.parametrize(
    "role",
    [
        "Präses",  # no declined "Präse"
        "Dekan",
        "Sprecherin des Bundesrats",  # a genitive object stays in its case
        "Staatssekretär im Finanzministerium",
        "Minister für Wirtschaft und Energie",
        "Präsidentin",
        "Präsident",
        "Schweizer Künstler",
        "the late senator",
        "former Prime Minister",
        "senior fellow",
        "Sales",  # an English word in capitals is no German noun
    ],
)
def test_a_role_already_as_a_list_writes_it_stays(role: str) -> None:
    assert written(role, "Thomas") == role
    assert written(role, "Anna") == role


def test_the_sex_not_known_leaves_an_adjectival_office_as_written() -> None:
    # "Kim" is no man's or woman's name alone: "FDP-Vorsitzende" might be either
    assert merge_roles(["FDP-Vorsitzende"], "de", "Kim Berg") == ("FDP-Vorsitzende",)
    assert merge_roles(["stellvertretenden Vorsitzenden"], "de") == ("stellvertretenden Vorsitzenden",)


def _stored(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.roles for e in extract(text, "de") if e.kind is EntityKind.PERSON}


def test_the_index_keeps_the_nominative_singular_too() -> None:
    # `briefing entities --json` and the store: the office as a list prints it
    assert _stored("Das sagte der FDP-Vorsitzende Christian Lindner am Montag.") == {
        "Christian Lindner": ("FDP-Vorsitzender",)
    }
    assert _stored("Er spielte an der Seite seines Bruders Lukas gegen die Favoriten.") == {
        "Lukas": ("Bruder",)
    }
    text = "Der Besuch des US-amerikanischen Vizepräsidenten Mike Pence dauerte zwei Tage."
    assert _stored(text) == {"Mike Pence": ("US-amerikanischer Vizepräsident",)}
    # a short title stays as the source wrote it; a list writes it out
    assert _stored("Das sagte Abg. Thomas Müller im Landtag von Kiel.")["Thomas Müller"] == ("Abg.",)


def test_the_index_keeps_a_plural_for_all_genders_as_written() -> None:
    # the source's own choice of words; a list writes each one's singular (above)
    text = "Beteiligt sind die Künstler*innen Marieke Verheyen und Martin Hansen aus Bremen."
    assert _stored(text)["Martin Hansen"] == ("Künstler*innen",)


def test_an_adjectival_office_s_own_man_s_ending_is_not_overruled_by_the_first_name() -> None:
    # "Andrea" is a woman's name to the list, an Italian man's too: "-er" says which
    assert nominative("Vorsitzender", "Andrea Orlando") == "Vorsitzender"
    assert merge_roles(["ehemaliger Vorsitzender"], "de", "Andrea Orlando") == ("ehemaliger Vorsitzender",)
    # "-e"/"-en" says nothing of the sex: the first name does
    assert nominative("Vorsitzenden", "Anna Berg") == "Vorsitzende"
