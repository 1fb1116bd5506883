"""German nouns a brand's neighbourhood made organisations: a word of the German dictionary after
a word for a brand ("das Standard-Label Auskunft über …" is "gives information", not a label
named Auskunft) and an English gerund German borrowed as a noun ("In Sachen Recycling", "beim
Thema Upcycling" is no name either way). Hand-written German sentences; brands named by words
of no dictionary stay ("Label Edelziege", "Marke Hanfwerk"), and so does a company whose name
ends like a gerund but is no verb's ("Boeing")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_dictionary_noun_after_a_brand_word_is_no_brand() -> None:
    orgs = _orgs(
        "Bei Kaschmir gibt das Standard-Label Auskunft über eine ethische Tierhaltung. "
        "Das Label Edelziege verkauft Wolle, und die Marke Hanfwerk näht Hosen."
    )
    assert "Auskunft" not in orgs
    assert {"Edelziege", "Hanfwerk"} <= orgs


def test_a_borrowed_gerund_is_no_organisation() -> None:
    orgs = _orgs(
        "In Sachen Recycling sehen wir noch Luft nach oben. Beim Thema Recycling hilft "
        "ein Blick auf die Zahlen von Boeing und Airbus."
    )
    assert "Recycling" not in orgs
    assert {"Boeing", "Airbus"} <= orgs
