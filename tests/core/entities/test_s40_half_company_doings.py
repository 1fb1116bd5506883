"""A lone name that business news says does what only a company does is an organisation (issue
15, session 40): half A's largest class of misses with a verb beside them was a name with no
cue but its clause ("Electronic Express … is offering the Apple iPad Pro … for $799", "Hanwha Q
Cells had 3.7 GW of cell capacity", "Kürzlich eröffnete der Keells eine Filiale"), and "Zorvex
streicht 300 Stellen", "Zorvex will cut 300 jobs", "Zorvex meldet einen Rekordgewinn" named no
organisation at all. What a person does alike — a wall painted, a meeting opened, a trader's
own prices — stays no organisation. Made-up names and sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kind(text: str, lang: str, name: str = "Zorvalis") -> EntityKind | None:
    return {f.name: f.kind for f in extract(text, lang)}.get(name)


@pytest.mark.parametrize(
    "text",
    [
        "Zorvalis will cut 300 jobs by the end of the year.",
        "Zorvalis laid off about 1,200 workers in May.",
        "Zorvalis reported a record profit on Monday.",
        "Zorvalis posted a quarterly loss.",
        "Zorvalis raised its prices twice this year.",
        "Zorvalis opened a new store in Oslo.",
        "Zorvalis will close 12 plants in Ohio.",
        "Zorvalis had 3.7 GW of cell capacity at the end of 2017.",
        "Zorvalis is currently offering the Apple iPad Pro 64GB for $799, down from $999.",
    ],
)
def test_what_english_business_news_says_only_of_a_company(text: str) -> None:
    assert _kind(text, "en") is EntityKind.ORG


@pytest.mark.parametrize(
    "text",
    [
        "Zorvalis streicht 300 Stellen in Linz.",
        "Zorvalis baut mehr als 1.000 Arbeitsplätze ab.",
        "Zorvalis will bis zu 300 Stellen abbauen.",
        "Zorvalis meldet einen Rekordgewinn.",
        "Zorvalis erzielte im dritten Quartal einen Verlust.",
        "Zorvalis erhöht die Preise zum 1. Mai.",
        "Zorvalis eröffnet eine neue Filiale in Linz.",
        "Zorvalis schließt zwei Werke in Sachsen.",
    ],
)
def test_what_german_business_news_says_only_of_a_company(text: str) -> None:
    assert _kind(text, "de") is EntityKind.ORG


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Brannigan cut his prices at the market stall.", "en", "Brannigan"),
        ("Brannigan opened a new exhibition in Oslo.", "en", "Brannigan"),
        ("Brannigan is offering advice for free.", "en", "Brannigan"),
        ("Brannigan had 3.7 GW of power at his disposal.", "en", "Brannigan"),
        ("Lindqvor streicht die Wand im Flur.", "de", "Lindqvor"),
        ("Lindqvor erhöht ihre Preise für Haarschnitte.", "de", "Lindqvor"),
        ("Lindqvor eröffnet eine Ausstellung in Linz.", "de", "Lindqvor"),
        ("Lindqvor meldet sich am Montag zurück.", "de", "Lindqvor"),
        # a person's own loss: the clause goes on with "his", the loss is someone's
        ("Brannigan posted a loss of $916 million on his tax returns.", "en", "Brannigan"),
        ("Brannigan posted a loss on her own blog.", "en", "Brannigan"),
        ("Lindqvor meldet den Verlust seiner Katze.", "de", "Lindqvor"),
        ("Lindqvor meldete den Verlust ihres Ausweises.", "de", "Lindqvor"),
        # a person the text names in full keeps the lone surname, whatever follows it
        ("Vera Lindqvor leads the firm. Lindqvor will cut 300 jobs.", "en", "Lindqvor"),
    ],
)
def test_what_people_do_too_makes_no_organisation(text: str, lang: str, name: str) -> None:
    assert _kind(text, lang, name) is not EntityKind.ORG
