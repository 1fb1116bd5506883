"""German's capital "I" for women and men alike ("LehrerIn", "StudentIn") makes a noun of
the language, not a brand written in camel case: no organisation; "LinkedIn" stays one."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.cues import camel_case


def test_a_noun_with_the_capital_i_is_no_brand() -> None:
    assert not camel_case("LehrerIn")
    assert not camel_case("StudentIn")
    assert not camel_case("KundInnen")
    assert camel_case("LinkedIn")


def test_a_noun_with_the_capital_i_is_no_organisation() -> None:
    text = (
        "Jede BeraterIn der Gemeinde bekommt eine Schulung. Die BeraterIn meldet sich bei "
        "den Familien, und auf LinkedIn sucht die Gemeinde weitere Freiwillige."
    )
    orgs = {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}
    assert "BeraterIn" not in orgs
