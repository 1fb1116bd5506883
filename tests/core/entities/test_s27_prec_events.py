"""What a body holds, named after its acronym, is no organisation also when the event is one
final ("the QRF National Jumping Medal Final") or a region's edition of the finals ("the QRF
Talent Search Finals West"). Hand-written sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_one_final_after_an_acronym_is_an_event() -> None:
    text = "Young riders compete in the QRF National Jumping Medal Final, held in Ohio in May."
    assert "QRF National Jumping Medal Final" not in _orgs(text)


def test_a_compass_point_after_the_finals_names_an_edition() -> None:
    text = "The best juniors meet at the QRF Talent Search Finals West, in Reno, Nev., in June."
    assert "QRF Talent Search Finals West" not in _orgs(text)


def test_a_body_named_with_a_compass_point_stays_one() -> None:
    text = "Tickets for the game are sold by the ZAC West office, and ZAC West said it sold out."
    assert "ZAC West" in _orgs(text)
