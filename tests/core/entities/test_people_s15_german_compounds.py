"""A lone German compound of two common words that English never writes is a noun, not a
person, though a role stands before it or a verb of saying beside it ("Nimmt der Chef
Firmengeld …", "… ist Auslegungssache“, sagt Bürger"); a surname of that shape stays when the
text gives the full name ("Jens Hausmann … sagte Hausmann"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_compound_after_a_role_is_a_noun() -> None:
    people = _people(
        "Nimmt der Chef Firmengeld für die Rente in die Hand, freut sich die Belegschaft. "
        "Das erklärt Kathrin Bürger."
    )
    assert "Firmengeld" not in people
    assert "Kathrin Bürger" in people


def test_a_compound_beside_a_verb_of_saying_is_a_noun() -> None:
    people = _people(
        "„Was eine erhebliche Zeit ist, ist Auslegungssache“, sagt Bürger. Kathrin Bürger "
        "ist Fachanwältin."
    )
    assert "Auslegungssache" not in people
    assert "Kathrin Bürger" in people


def test_a_compound_surname_with_its_full_name_stays() -> None:
    people = {
        f.name: len(f.spans)
        for f in extract(
            "Jens Hausmann leitet das Amt. „Wir bauen“, sagte Hausmann am Montag.", "de"
        )
        if f.kind is EntityKind.PERSON
    }
    assert people == {"Jens Hausmann": 2}


def test_a_compound_surname_after_a_role_with_its_full_name_stays() -> None:
    people = {
        f.name: len(f.spans)
        for f in extract(
            "Jens Hausmann leitet das Amt. Am Montag eröffnete Bürgermeister Hausmann die Brücke.",
            "de",
        )
        if f.kind is EntityKind.PERSON
    }
    assert people == {"Jens Hausmann": 2}
