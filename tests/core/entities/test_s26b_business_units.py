"""A company's unit named in English by its line of business is one organisation, the unit's
("Mercedes-Benz Vans", "BMW Motorsport"; divisions.business_unit), in English and in German
text alike — not a person ("Mercedes" is a first name) nor the maker and a model cut off
("Mercedes-Benz Sprinter" is the maker's van: Mercedes-Benz). Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_unit_named_by_its_line_is_one_organisation() -> None:
    kinds = _kinds(
        "The van unit Mercedes-Benz Vans said on Tuesday it would cut 500 jobs. Its racing "
        "arm BMW Motorsport gave no figures.",
        "en",
    )
    assert kinds.get("Mercedes-Benz Vans") is EntityKind.ORG
    assert kinds.get("BMW Motorsport") is EntityKind.ORG
    kinds = _kinds("Die Sparte Mercedes-Benz Vans baut in Düsseldorf den Sprinter.", "de")
    assert kinds.get("Mercedes-Benz Vans") is EntityKind.ORG


def test_a_maker_and_its_model_stay_the_maker() -> None:
    kinds = _kinds("The new Mercedes-Benz Sprinter costs more than last year's van.", "en")
    assert kinds.get("Mercedes-Benz") is EntityKind.ORG
    assert "Mercedes-Benz Sprinter" not in kinds
