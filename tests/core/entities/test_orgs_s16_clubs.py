"""German sports clubs by their shape: an abbreviation or a word for a club before the town,
the club's number before it and its founding year after it. Expected names read off
hand-written sentences (made-up players; towns and clubs from general knowledge)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Im Hauptfeld steht Mara Quendt (TC Aschheim) nach ihrem Sieg.", "TC Aschheim"),
        ("Im Hauptfeld steht Mara Quendt (TC RW Gersthofen) nach ihrem Sieg.", "TC RW Gersthofen"),
        ("Im Hauptfeld steht Mara Quendt (TTC Bergheim) nach ihrem Sieg.", "TTC Bergheim"),
        ("Den Lauf gewann Jana Pirlow (Ski-Club Winterberg) mit Abstand.", "Ski-Club Winterberg"),
        (
            "Die Plätze gingen an den Turnverein Gütersloh. Danach kam der Regen.",
            "Turnverein Gütersloh",
        ),
    ],
)
def test_a_club_word_before_a_town_names_the_club(text: str, club: str) -> None:
    assert club in _orgs(text)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Stark spielte Timo Verlach (1. FC Köln) im Finale.", "1. FC Köln"),
        ("Stark spielte Timo Verlach (TV Fürth 1860) im Finale.", "TV Fürth 1860"),
        ("Stark spielte Timo Verlach vom FC Schalke 04 im Finale.", "FC Schalke 04"),
    ],
)
def test_the_number_and_the_founding_year_belong_to_the_name(text: str, club: str) -> None:
    assert club in _orgs(text)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Am Ende gewann der FC Bayern 2:1 gegen die Gäste.", "FC Bayern"),
        ("Er spielte beim TV Fürth 1860/61 in der Landesliga.", "TV Fürth"),
        ("Er spielte beim TV Fürth 2019 in der Landesliga.", "TV Fürth"),
    ],
)
def test_a_score_a_season_or_a_recent_year_stays_outside(text: str, club: str) -> None:
    assert club in _orgs(text)


def test_two_clubs_joined_by_und_are_two() -> None:
    orgs = _orgs("Er spielt für den Turnverein Gütersloh und den Tennisclub Blau-Weiß Halle.")
    assert "Turnverein Gütersloh" in orgs
    assert not any("und" in name for name in orgs)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Das Berliner Theater Thalvok hat das Stück gezeigt.", "Theater Thalvok"),
        ("Sie sang an der Staatsoper Stuttgart und danach in Wien.", "Staatsoper Stuttgart"),
        ("Die Bilder hingen in der Galerie Hollweck in Bremen.", "Galerie Hollweck"),
    ],
)
def test_a_word_for_a_house_of_the_arts_opens_its_name(text: str, venue: str) -> None:
    assert venue in _orgs(text)


def test_a_noun_after_a_venues_word_makes_no_name() -> None:
    assert not _orgs("Theater Spielen macht Spaß. Museum Besuche auch, sagt sie.")
