"""A name the text marks as a trademark (® or ™ right after it) is a product's or a brand's in
every mention, never a person's: "Don Victor® Orange Blossom Comb Honey". Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_a_marked_name_is_no_person() -> None:
    people = _people(
        "Spread a jar of Don Victor® Orange Blossom honey, as Don Victor suggests, said "
        "Maria Lopez. The Sara Lane™ range is new."
    )
    assert "Maria Lopez" in people
    assert not {"Don Victor", "Sara Lane"} & people
