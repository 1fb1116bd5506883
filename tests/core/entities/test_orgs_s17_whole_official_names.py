"""An official name is taken whole where the capitals alone cut it: a German ministry or
academy with the genitive of its field ("Bundesministerium der Finanzen"), an English body
"of" a place whose name opens with a word that also opens sentences ("University of New
Mexico"). Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_ministry_with_its_field_in_the_genitive_is_one_name() -> None:
    found = _found(
        "Das Bundesministerium der Finanzen teilte am Montag mit, die Frist gelte.", "de"
    )
    assert found.get("Bundesministerium der Finanzen") is EntityKind.ORG
    assert "Bundesministerium" not in found


def test_an_inflected_ministry_keeps_its_field() -> None:
    found = _found("Ein Sprecher des Landesministeriums der Justiz wollte sich nicht äußern.", "de")
    assert any(n.startswith("Landesministerium") and n.endswith("der Justiz") for n in found)


def test_a_ministry_of_a_country_names_no_field() -> None:
    for country in ("Ukraine", "Schweiz"):
        text = f"Ein Sprecher des Bundesministeriums der {country} sagte, man prüfe den Fall."
        found = _found(text, "de")
        assert found.get(country) is EntityKind.PLACE
        assert not any(f"der {country}" in name for name in found)


def test_a_body_of_a_two_word_place_is_one_name() -> None:
    found = _found("A study by the University of New Mexico found more lead in the water.", "en")
    assert found.get("University of New Mexico") is EntityKind.ORG
    found = _found("Mary Lund, president of the Federal Reserve Bank of New York, said so.", "en")
    assert found.get("Federal Reserve Bank of New York") is EntityKind.ORG


def test_a_place_after_of_without_a_body_stays_a_place() -> None:
    assert _found("Most of New Mexico was dark on Friday night.", "en").get("New Mexico") is (
        EntityKind.PLACE
    )
    found = _found("The Governor of New Jersey spoke on Friday.", "en")
    assert found.get("New Jersey") is EntityKind.PLACE


def test_a_body_for_two_things_keeps_a_compound_no_dictionary_holds() -> None:
    found = _found("Das Bundesamt für Wirtschaft und Ausfuhrkontrolle teilte mit, es prüfe.", "de")
    assert found.get("Bundesamt für Wirtschaft und Ausfuhrkontrolle") is EntityKind.ORG
    assert "Bundesamt für Wirtschaft" not in found
