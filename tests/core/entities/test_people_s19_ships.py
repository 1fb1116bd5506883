"""A German word for a ship before a name makes the name a ship's ("der US-Flugzeugträger
George Washington", "die Fregatte Bayern"): no person and no place, while the country in
the compound stays a place and a prize winner ("Preisträger") stays a person. Expected values
read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _kinds(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "de")}


def test_a_carrier_named_after_a_president_is_no_person() -> None:
    found = _kinds("Beide besuchten den US-Flugzeugträger George Washington in Yokosuka.")
    assert "person" not in found.values()
    assert "Vereinigte Staaten" in found or "USA" in found


def test_a_frigate_named_after_a_state_is_no_place() -> None:
    assert "Bayern" not in _kinds("Die Besatzung der Fregatte Bayern kehrte am Freitag heim.")


def test_a_prize_winner_stays_a_person() -> None:
    assert _kinds("Der Preisträger Max Müller dankte der Jury.").get("Max Müller") == "person"
