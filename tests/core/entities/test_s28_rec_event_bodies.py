"""The body whose acronym names a competition it runs is an organisation, the competition no
name of a body: "im FIBT Cup", "the WBSC Tour", "the CONCACAF Gold League",
"FIVB-Jugendturnier". A place's code, a word in capitals, an age class and a sponsor's title
make none, nor does a plural ("the XTP Finals", as `test_org_shapes` has it). Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_acronyms_before_competitions() -> None:
    orgs = _orgs(
        "She qualified for the WBSC Tour in May, and her club plays in the CONCACAF Gold "
        "League next season.",
        "en",
    )
    assert {"WBSC", "CONCACAF"} <= orgs
    assert "CONCACAF Gold League" not in orgs
    assert "FIVB" in _orgs("Im Sommer spielt sie beim FIVB-Jugendturnier in Kiel.", "de")


def test_places_words_and_age_classes_are_no_bodies() -> None:
    orgs = _orgs(
        "He won the BIG League title, then the U18 Cup and later the US Championship.", "en"
    ) | _orgs("Sie springt bei den NRW-Meisterschaften in Düsseldorf.", "de")
    assert not orgs & {"BIG", "U18", "US", "NRW"}
