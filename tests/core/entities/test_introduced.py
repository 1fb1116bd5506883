"""A person introduced by a word for who they are — a compatriot or a team-mate ("den
Amerikaner Eric Court", "seinem Spielpartner André Penny") — is that person, though the word
looks like a company's and the surname like a body's head. Expected values read off the
hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _names(found: list[Found], kind: EntityKind) -> set[str]:
    return {f.name for f in found if f.kind is kind}


def test_a_compatriot_is_a_person() -> None:
    text = "Er siegte gegen den Franzosen Justin Michel und den Amerikaner Eric Court klar."
    found = extract(text, "de")
    assert _names(found, EntityKind.PERSON) == {"Justin Michel", "Eric Court"}
    assert _names(found, EntityKind.ORG) == set()


def test_a_team_mate_is_a_person_with_the_role() -> None:
    text = "Im Doppel setzte sich Taucher mit seinem Spielpartner André Penny durch."
    found = extract(text, "de")
    assert _names(found, EntityKind.ORG) == set()
    penny = next(f for f in found if f.name == "André Penny")
    assert penny.kind is EntityKind.PERSON and "Spielpartner" in penny.roles


def test_a_partner_company_stays_one() -> None:
    text = "Die Koalition mit dem Partner Komeito hielt, sagte die Regierung in Tokio."
    assert "Komeito" in _names(extract(text, "de"), EntityKind.ORG)
