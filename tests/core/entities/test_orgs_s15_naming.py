"""German names a thing with "genannt" as English does with "called" (works.kind_before), also
after a comma: "eine Methode der Beeinflussung, genannt MKQ" is a method, no body. A word for a
body before the verb keeps the body ("eine Firma, genannt …"), and so does a name before it: "der
Chiphersteller Zentrolix, genannt ZX" gives the company a second name. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_thing_named_with_genannt_after_a_comma_is_no_body() -> None:
    orgs = _orgs(
        "Mit einer alten Methode der Beeinflussung, genannt MKQ, arbeiten viele Sender. "
        "Die MKQ wirkt langsam, sagen Forscher der Universität Bonn.",
        "de",
    )
    assert "MKQ" not in orgs
    assert "Universität Bonn" in orgs


def test_a_name_before_genannt_keeps_its_second_name_a_body() -> None:
    orgs = _orgs(
        "Der Chiphersteller Zentrolix, genannt ZX, liefert wieder. ZX meldet Gewinne.", "de"
    )
    assert "ZX" in orgs
