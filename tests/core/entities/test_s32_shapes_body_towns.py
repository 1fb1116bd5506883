"""Session 32: after a German body's head a town German writes as often as a noun ("Landratsamt
Ebersberg", "Hochschule Kempten", "Stadtwerke Kornheim") is where the body sits: a name GeoNames
gives a city, or a village's ending ("-berg", "-heim"); a noun there ("die Krankenkasse
Krankengeld bezahlt") is none. Made-up sentences (and a made-up town)."""

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
