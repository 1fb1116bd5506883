"""Runs taken for people that are places or pairs of names. A park or a marina after words
that are no first name, and a run opened by "San" or "Corso", is a place ("Tinley Park",
"San Ysidro"), while "Grace Park" stays a woman; " & " joins two names, a firm's words or a
product's, never one person's ("Glenmorangie & Ardbeg"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_park_after_no_first_name_is_a_place() -> None:
    found = _kinds("The band plays Tinley Park on Friday, then walks through Marronnier Park.")
    assert found.get("Tinley Park") is EntityKind.PLACE
    assert found.get("Marronnier Park") is EntityKind.PLACE


def test_a_park_after_a_first_name_is_a_person() -> None:
    found = _kinds("Actress Grace Park said the show would return.")
    assert found.get("Grace Park") is EntityKind.PERSON


def test_a_romance_place_opener_makes_a_place_not_a_person() -> None:
    found = _kinds("Migrants waited at San Ysidro. The showroom on Corso Monforte is new.")
    assert found.get("San Ysidro") is EntityKind.PLACE
    people = {n for n, k in found.items() if k is EntityKind.PERSON}
    assert not {"San Ysidro", "Corso Monforte"} & people


def test_a_paper_named_after_a_saint_town_is_no_person() -> None:
    found = _kinds("He bought the Los Angeles Times and the San Diego Union-Tribune last year.")
    assert found.get("San Diego Union-Tribune") is not EntityKind.PERSON


def test_an_ampersand_joins_no_person() -> None:
    people = {
        n
        for n, k in _kinds(
            "Thema: Glenmorangie & Ardbeg mit Menü, dazu Teddy Kissen & "
            "Kissen. Es kocht Maria Huber.",
            "de",
        ).items()  # fmt: skip
        if k is EntityKind.PERSON
    }
    assert "Maria Huber" in people
    assert not {"Glenmorangie & Ardbeg", "Teddy Kissen & Kissen"} & people
    english = _kinds("It was inducted into the Rock & Roll Hall of Fame, said Sarah Miller.")
    assert english.get("Rock & Roll Hall") is not EntityKind.PERSON
    assert english.get("Sarah Miller") is EntityKind.PERSON
