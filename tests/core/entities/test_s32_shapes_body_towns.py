"""Session 32: after a German body's head a town German writes as often as a noun ("Landratsamt
Ebersberg", "Hochschule Kempten", "Stadtwerke Kornheim") is where the body sits: a name GeoNames
gives a city, or a village's ending ("-berg", "-heim"); a noun there ("die Krankenkasse
Krankengeld bezahlt") is none. Places joined by a hyphen ("Amtsgericht München-Nord") and a
town of two words ("Stadtwerke Bad Tölz") follow a body too. Made-up sentences and a town."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Sprecher des Landratsamts Ebersberg bestätigte den Vorfall.",
         "Landratsamt Ebersberg"),
        ("Forscher der Hochschule Kempten haben ein neues Verfahren entwickelt.",
         "Hochschule Kempten"),
        ("Die Stadtwerke Kornheim erhöhen zum Jahreswechsel die Preise.", "Stadtwerke Kornheim"),
    ],
)  # fmt: skip
def test_a_town_german_writes_often_after_a_body(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Er sagt, dass das Amtsgericht Unterhalt festsetzt.",
        "Sie erklärt, dass die Krankenkasse Auskunft erteilt.",
        "Er sagt, dass die Krankenkasse Zuschüsse zahlt.",
    ],
)
def test_a_noun_after_a_body_is_none(text: str) -> None:
    assert not _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Amtsgericht München-Nord entschied am Dienstag.", "Amtsgericht München-Nord"),
        ("Die Raiffeisenbank Chiemgau-Süd fusioniert.", "Raiffeisenbank Chiemgau-Süd"),
        ("Die Hochschule Ravensburg-Weingarten lädt zum Tag der offenen Tür.",
         "Hochschule Ravensburg-Weingarten"),
        ("Die Stadtwerke Bad Tölz erhöhen die Preise.", "Stadtwerke Bad Tölz"),
    ],
)  # fmt: skip
def test_a_body_of_joined_places_or_a_town_of_two_words(text: str, name: str) -> None:
    assert _orgs(text) == {name}
