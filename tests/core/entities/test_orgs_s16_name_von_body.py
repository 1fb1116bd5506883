"""A person's name, "von der" and a body's name are two names, also when the first-name list
lacks the person's first name; a name whose "von" part ends in no body's head stays one.
Expected kinds read off hand-written sentences (made-up researchers)."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


def test_a_body_after_von_der_is_no_part_of_the_persons_name() -> None:
    found = _found(
        "Die Gruppe um Yong Wang von der Hebei Polytechnic University in Baoding hat das "
        "Verfahren entwickelt."
    )
    assert found.get("Hebei Polytechnic University") is EntityKind.ORG
    assert not any("von der" in name for name in found)


def test_a_noble_name_stays_one() -> None:
    found = _found("Die Kommissionspräsidentin Ursula von der Leyen sprach in Brüssel.")
    assert found.get("Ursula von der Leyen") is EntityKind.PERSON
