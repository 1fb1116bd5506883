"""A kind of body a country has many of, named by its town, is one organisation also when the
town's name has more than one word: "Universität Tel Aviv", "Universität Rio de Janeiro" — the
town read apart made a place of what names the university. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind.name, f.name) for f in extract(text, "de")}


def test_a_university_named_by_a_town_of_two_words() -> None:
    found = _found("Die Chemikerin Noa Levin forscht seit 2015 an der Universität Tel Aviv.")
    assert ("ORG", "Universität Tel Aviv") in found
    assert ("PLACE", "Tel Aviv") not in found


def test_a_university_named_by_a_town_of_three_words() -> None:
    found = _found("Ihr Kollege lehrt Geologie an der Universität Rio de Janeiro, sagt sie.")
    assert ("ORG", "Universität Rio de Janeiro") in found


def test_the_town_alone_stays_a_place() -> None:
    found = _found("Im Sommer flog die Familie nach Tel Aviv und blieb zwei Wochen.")
    assert ("PLACE", "Tel Aviv") in found
    assert not any(kind == "ORG" for kind, _ in found)
