"""A verb of saying after a lone word makes it the speaker only right after it ("Lagarde
sagte"); a word that ends a quotation before the verb is what was said, and the speaker
follows the verb ("… begünstigt Schimmel“, sagt Anna Roth"; '"… at Brixwell," said Tom
Hale'). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_the_last_word_of_a_quotation_is_no_speaker() -> None:
    people = _people(
        "„Eine kalte Wohnung begünstigt Schimmel“, sagt Anna Roth vom Mieterverein. „Es "
        "droht Schimmel“, sagt sie.",
        "de",
    )
    assert people == {"Anna Roth"}
    people = _people(
        '"We learned a lot at Brixwell," said Tom Hale. "I loved Brixwell," said Hale.', "en"
    )
    assert "Brixwell" not in people and "Tom Hale" in people


def test_a_word_right_before_the_verb_speaks() -> None:
    assert "Lagarde" in _people(
        "Die Zinsen steigen, wie Lagarde sagte. Auch Lagarde erklärte das.", "de"
    )
    assert "Kessler" in _people("Prices rose again. Kessler said the rise would end.", "en")
