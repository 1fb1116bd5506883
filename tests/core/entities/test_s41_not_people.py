"""Session 41 (issue 15): people that were things or places. A band named as a plural of
things ("the Goo Goo Dolls", "die Toten Hosen") was a person or nothing; a town whose name
opens with an office ("Königs Wusterhausen") gave a person "Wusterhausen" with the role
"König"; a car's generation before its name ("MkII Ford Escort") made the whole an
organisation, where the maker is one. Hand-written sentences with look-alikes."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.bands import bands
from reader.core.entities.names import tokens


def _kinds(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {e.name: e.kind for e in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "band"),
    [
        ("We saw the Goo Dolls play songs from their new album.", "en", "Goo Dolls"),
        ("The Rolling Stones released a new album on Friday.", "en", "Rolling Stones"),
        (
            "The producer worked with (Bon Jovi, Sheryl Crow, Goo Goo Dolls, Miley Cyrus) on "
            "five songs for an EP.",
            "en",
            "Goo Goo Dolls",
        ),
        ("Das Konzert der Toten Hosen war ausverkauft, die Band spielte drei Stunden.", "de", "Toten Hosen"),
        ("Campino von den Toten Hosen sang ein neues Lied.", "de", "Toten Hosen"),
    ],
)
def test_a_band_named_as_a_plural_is_an_organisation(text: str, lang: str, band: str) -> None:
    kinds = _kinds(text, lang)
    assert kinds[band] is EntityKind.ORG
    assert not any(band.endswith(name) and kind is EntityKind.PERSON for name, kind in kinds.items())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Goo Dolls moved to Ohio, where the family runs a farm.", "en"),  # no music
        ("Die Straßen waren nach dem Konzert voll.", "de"),  # one German noun
    ],
)
def test_a_plural_without_music_or_of_one_word_is_no_band(text: str, lang: str) -> None:
    kinds = _kinds(text, lang)
    assert "Goo Dolls" not in kinds and "Straßen" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        # a dative and an accusative after a verb: two nouns German capitalises
        "Der Dirigent gab den Musikern Noten für das Konzert.",
        "Die Fans kauften den Veranstaltern Karten für das Konzert ab.",
        "Die Gemeinde schenkte der Kirche Kerzen für das Konzert.",
        # doctors, not the band "Die Ärzte", in a health story that names a concert
        "Die Ärzte warnen vor der Grippe, das Konzert am Freitag fällt aus.",
    ],
)
def test_german_objects_after_a_verb_are_no_band(text: str) -> None:
    assert bands(text, tokens(text), "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court Justices heard the case; a choir sang a song.",
        "The House Democrats met on Monday; a band played at the door.",
    ],
)
def test_a_bodys_members_are_no_band(text: str) -> None:
    assert bands(text, tokens(text), "en") == []


def test_one_plural_word_is_left_to_the_other_rules() -> None:
    text = "The band played Takin' It to the Streets, a song from their album."  # a title's end
    assert bands(text, tokens(text), "en") == []


def test_brothers_ends_a_bands_name_as_well_as_a_companys() -> None:
    text = "Earlier this year, Johnston said the Doobie Brothers made a new album."
    assert [p.text(text) for p in bands(text, tokens(text), "en")] == ["Doobie Brothers"]


@pytest.mark.parametrize(
    "text",
    [
        "The Best Albums of 2023: our critics pick the songs of the year.",
        "The band put out The Greatest Hits before the tour.",
    ],
)
def test_music_named_in_the_plural_is_no_band(text: str) -> None:
    assert bands(text, tokens(text), "en") == []


def test_a_name_ending_in_no_everyday_plural_is_no_band() -> None:
    text = "The band recorded the album with (Bon Jovi, Sheryl Crow, Zorvex Simmons) in May."
    assert bands(text, tokens(text), "en") == []  # "Simmons" is no "simmon"'s


def test_a_singer_with_a_plural_surname_stays_a_person() -> None:
    text = "The producer worked with (Sheryl Crow, Garth Brooks, Miley Cyrus) on songs for an EP."
    assert _kinds(text)["Garth Brooks"] is EntityKind.PERSON


def test_a_place_named_as_a_plural_stays_a_place() -> None:
    text = "The band's tour of the United States starts with a concert in May."
    assert _kinds(text) == {"United States": EntityKind.PLACE}


def test_an_event_named_as_a_plural_is_no_band() -> None:
    text = "The band will play the American Music Awards, then a concert in May."
    assert bands(text, tokens(text), "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt mit dem hoheitsvollen Namen Königs Wusterhausen liegt südlich von Berlin.",
        "Die Vielfalt von Königs Wusterhausen entdecken.",
    ],
)
def test_an_office_opening_a_towns_name_makes_no_person(text: str) -> None:
    kinds = _kinds(text, "de")
    assert kinds["Königs Wusterhausen"] is EntityKind.PLACE
    assert EntityKind.PERSON not in kinds.values()


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        ("König Charles besuchte Berlin.", "de", "Charles", "König"),
        ("Prince George visited London on Monday.", "en", "George", "Prince"),  # no town known
    ],
)
def test_an_office_before_a_name_still_gives_the_person(
    text: str, lang: str, name: str, role: str
) -> None:
    found = {e.name: (e.kind, e.roles) for e in extract(text, lang)}
    assert found[name] == (EntityKind.PERSON, (role,))


@pytest.mark.parametrize(
    "text",
    [
        "I wish I still had that MkII Ford Escort, but this is my first manual.",
        "My first car was a MkIII Ford Escort, bought in 1990.",
    ],
)
def test_a_cars_generation_leaves_its_maker(text: str) -> None:
    kinds = _kinds(text)
    assert kinds.get("Ford") is EntityKind.ORG
    assert not any("Escort" in name for name in kinds)
