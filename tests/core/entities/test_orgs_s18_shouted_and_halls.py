"""Words shouted in capitals name no body; a hall of fame is one; the Greens' name in an idiom
of the countryside is no party. Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Feier war schön. DANKE an alle, die gekommen sind!", "de"),
        ("Schreib deine Frage auf und wiederhole IMMER Deine Leitfrage am Ende.", "de"),
        ("Am Tor hing ein Schild mit der Aufschrift POLIZEI und einer Nummer.", "de"),
        ("Dear Abby: I was BEATEN UP by my brother when we were kids.", "en"),
    ],
)
def test_a_word_shouted_in_capitals_is_no_body(text: str, lang: str) -> None:
    assert not _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("Laut ADAC stehen die Autos am Freitag im Stau.", "de", "ADAC"),
        ("Laut SPIEGEL verkauft der Konzern sein Werk in Bremen.", "de", "SPIEGEL"),
        ("Fighters loyal to ISIS attacked the town on Monday.", "en", "ISIS"),
        ("Wird Diesel knapp? Die AUTO ZEITUNG hat die Antworten.", "de", "AUTO ZEITUNG"),
    ],
)
def test_an_acronym_or_a_title_in_capitals_stays_a_body(text: str, lang: str, body: str) -> None:
    assert body in _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "hall"),
    [
        (
            "The band was nominated for the Rock & Roll Hall of Fame last month.",
            "Rock & Roll Hall of Fame",
        ),
        (
            "He was inducted into the Pro Football Hall of Fame in Canton.",
            "Pro Football Hall of Fame",
        ),
        (
            "The band hopes a Rock and Roll Hall of Fame Induction will sell the tour.",
            "Rock and Roll Hall of Fame",
        ),
        (
            "The band is nominated for the Rock and Roll Hall of Fame’s Class of 2030.",
            "Rock and Roll Hall of Fame",
        ),
    ],
)
def test_a_hall_of_fame_is_a_body(text: str, hall: str) -> None:
    assert _orgs(text, "en") == {hall}


@pytest.mark.parametrize(
    "text",
    [
        "Die Sauna hat große Fenster mit Blick ins Grüne.",
        "Am Sonntag gab es ein Picknick im Grünen am See.",
    ],
)
def test_the_countryside_is_no_party(text: str) -> None:
    assert not _orgs(text, "de")


def test_the_greens_stay_a_party() -> None:
    assert "Grünen" in _orgs("Die Grünen wollen mehr Radwege in der Stadt.", "de")
