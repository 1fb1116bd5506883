"""A German name after "bei" that is no place, person or word is the body where something is
bought, had or done ("bei Zoravit erhältlich", "Bei Kelmora kann man …"); a town, however
small or foreign, a person of the text, a noun in the dative plural and a compound stay out."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Magazin ist am Kiosk und bei Zoravit erhältlich.", "Zoravit"),
        ("Bei Kelmora kann man die Jacken auch reparieren lassen.", "Kelmora"),
        ("Futter gibt es im Fachhandel bei Pelztatz, im Baumarkt oder online.", "Pelztatz"),
        # "-ion" ends brands ("Kion", "Allegion"); German's abstract nouns end "-tion"
        ("Die Jacke gibt es bei Zelion und im Fachhandel.", "Zelion"),
    ],
)
def test_body_after_bei(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Schwere Kämpfe gab es bei Pokrowsk, wie das Militär mitteilte.",
        "Die Front bei Saporischschja, sagte der Sprecher, sei ruhig.",
        "Der Unfall bei Kleinwaldau, einem Dorf im Norden, forderte zwei Verletzte.",
        "Die Proteste bei Lützerath, die bis zum Abend dauerten, blieben friedlich.",
        "Der Effekt zeigt sich bei Allergikern, sagt die Studie.",
        "Bei Thermalwasser ist die Wirkung stärker.",
        # a field or an abstract noun no word list holds, by its German ending (session 40)
        "Hilfe gibt es bei Podologie, Physiotherapie und Massage.",
        "Rabatte gibt es bei Kinesiologie und im Fachhandel.",
        "Jana Velkerova trainiert seit Jahren. Gestern war sie bei Velkerova zu Gast, sagte er.",
    ],
)
def test_no_body_after_bei(text: str) -> None:
    assert _orgs(text) == set()
