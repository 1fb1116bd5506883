"""An English phrase German has borrowed whole ("Social Media", "Home Office", "Tiny House") is a
word of a German text, not an organisation, alone or inside a title ("Fit für Social Media und
Web"); a body named with one and a word that heads a body's name stays one, and so does a firm
named with one and its brand ("Klickwerk Social Media"; loan_phrases.loan_phrases).
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


def test_a_borrowed_phrase_is_no_organisation() -> None:
    kinds = _kinds(
        "Viele Firmen setzen seit der Pandemie auf Home Office. Wer im Home Office arbeitet, "
        "spart den Weg ins Büro. Auch Big Data und Smart Home sind längst Alltag."
    )
    assert "Home Office" not in kinds
    assert "Big Data" not in kinds
    assert "Smart Home" not in kinds


def test_a_borrowed_phrase_in_the_plural_is_no_organisation() -> None:
    kinds = _kinds(
        "Übernachten im Tiny House am See: Die Tiny Houses kosten 80 Euro pro Nacht, und die "
        "Food Trucks kommen am Wochenende."
    )
    assert not {"Tiny Houses", "Tiny House", "Food Trucks"} & kinds.keys()


def test_a_title_holding_a_borrowed_phrase_is_no_organisation() -> None:
    kinds = _kinds(
        "Im Herbst beginnt der Kurs „Sicher mit Social Media und Web“. Der Kurs Sicher mit "
        "Social Media und Web kostet nichts."
    )
    assert not [name for name in kinds if "Social Media" in name]


def test_a_body_named_with_a_borrowed_phrase_stays_one() -> None:
    kinds = _kinds(
        "Der Verband Open Source Business Alliance fordert mehr Geld. Die Open Source Business "
        "Alliance vertritt 200 Firmen. Die Social Media Agentur Klickwerk GmbH wächst."
    )
    assert kinds.get("Open Source Business Alliance") is EntityKind.ORG
    assert kinds.get("Social Media Agentur Klickwerk GmbH") is EntityKind.ORG


def test_a_firm_named_with_a_borrowed_phrase_stays_one() -> None:
    kinds = _kinds(
        "Die Agentur Klickwerk Social Media betreut 40 Kunden. Klickwerk Social Media wächst, "
        "sagte der Chef."
    )
    assert kinds.get("Klickwerk Social Media") is EntityKind.ORG


def test_a_kind_spelt_as_a_brand_is_no_organisation() -> None:
    kinds = _kinds(
        "Der Weg führt von der KiTa über die Schule bis zur Uni. Das FinTech-Ökosystem der "
        "Stadt wächst, sagte die Ministerin."
    )
    assert "KiTa" not in kinds
    assert "FinTech" not in kinds
