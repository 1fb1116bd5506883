"""A German name after "von" that ends its phrase is the body a thing or a doing is from
(issue 15, session 40, half A's misses): "Outdoor-Bekleidung aus Schafwolle, wie
beispielsweise von Ortovox, ist …" named no organisation, as "bei Ortovox" did. A place, a
person, a word, a noble name's "von" and a surname after what only a person has stay none."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Outdoor-Bekleidung aus Schafwolle, wie beispielsweise von Ortovox, ist dagegen "
            "von Natur aus atmungsaktiv.",
            "Ortovox",
        ),
        ("Der Mantel von Desigual, den alle tragen, ist bunt.", "Desigual"),
        ("Die neue Gesichtscreme von Zalvora ist günstiger als die alte.", "Zalvora"),
        ("Die Regenjacke stammt von Kestrova und wiegt nur 300 Gramm.", "Kestrova"),
        # a small word before "von" no German word list holds (a loan's participle)
        ("Die Jacke, designt von Kestrova, ist warm.", "Kestrova"),
        # an apposition that names no role leaves it a body
        ("Die Jacke von Kestrova, dem Hersteller aus Tirol, ist leicht.", "Kestrova"),
        ("Die neue Outdoor-Jacke von Kestrova ist leicht.", "Kestrova"),
    ],
)
def test_a_name_after_von_that_ends_its_phrase_is_an_organisation(text: str, name: str) -> None:
    assert _kinds(text).get(name) is EntityKind.ORG


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Der Bürgermeister von Paris kam am Montag.", "Paris"),  # a place
        ("Der Ausblick von Kleinwaldau, dem Dorf im Tal, ist schön.", "Kleinwaldau"),
        ("Eine Statistik von März, die alles zeigt.", "März"),  # a month
        ("Eine Reihe von Faktoren, die zusammenwirken.", "Faktoren"),  # a word
        ("Für die Inanspruchnahme von Podologie sowie Fußpflege gilt 3G.", "Podologie"),
        ("Die Rede von Wadephul war kurz.", "Wadephul"),  # a surname alone, a person's speech
        ("Das Tor von Lindqvor, ein Kopfball, fiel spät.", "Lindqvor"),  # a player's goal
        ("Der Sohn von Lindqvor, ein Student, lebt in Kiel.", "Lindqvor"),  # kin
        ("Der Graf von Lindqvor, der Luftschiffe baute, starb 1917.", "Lindqvor"),  # a noble name
        ("Ein Bild von Anna, das sie malte.", "Anna"),  # a first name
        # a person's work or life: "ein Film von Tykwer", whose surname alone no list holds
        ("Ein Film von Lindqvor, der viel Lob bekam, lief in Cannes.", "Lindqvor"),
        ("Der Roman von Lindqvor ist da.", "Lindqvor"),
        ("Die Fotos von Lindqvor, die sie zeigen, sind alt.", "Lindqvor"),
        ("Der Tod von Lindqvor, dem Sänger, bewegt viele.", "Lindqvor"),
        # an apposition gives the name a person's role
        ("Der Vorschlag wurde von Lindqvor, dem Minister, abgelehnt.", "Lindqvor"),
        ("Die Entlassung von Lindqvor, der früheren Trainerin, kam spät.", "Lindqvor"),
        # a noble name whose first name no list holds: "von" after a name, not a noun
        ("Ylvaine von Kestrova, die Gründerin, starb 1900.", "Kestrova"),
        ("Die Sendung war von Montag bis Freitag zu sehen.", "Montag"),
    ],
)
def test_look_alikes_after_von_are_no_organisation(text: str, absent: str) -> None:
    assert _kinds(text).get(absent) is not EntityKind.ORG


def test_a_noble_name_stays_a_person() -> None:
    text = "Richard von Weizsäcker, der frühere Bundespräsident, sprach in Bonn."
    kinds = _kinds(text)
    assert kinds.get("Richard von Weizsäcker") is EntityKind.PERSON
    assert "Weizsäcker" not in kinds


def test_a_person_the_rules_found_before_stays_a_person() -> None:
    text = (
        "Ministerin Lindqvor sagte das am Montag. Das Konzept von Lindqvor, das sie vorlegte, "
        "ist neu."
    )
    assert _kinds(text).get("Lindqvor") is EntityKind.PERSON
    assert [f.kind for f in extract(text, "de") if f.name == "Lindqvor"] == [EntityKind.PERSON]


def test_a_surname_the_text_gives_a_first_name_stays_a_person() -> None:
    text = (
        "Vera Lindqvor stellte den Plan vor. Die Kritik an dem Entwurf von Lindqvor, die "
        "folgte, war laut."
    )
    assert _kinds(text).get("Lindqvor") is not EntityKind.ORG
