"""A word after the polite "Ihr", "Ihrem", "Ihre" is a noun, as after "mein" or "unser", though
the determiner is capitalised mid-sentence: "in Ihrem Kanton" names no town (the gazetteer's
"Kanton" is Guangzhou). The sentence is from a dev text whose gold has no place there."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_noun_after_the_polite_possessive() -> None:
    text = (
        "Welche Maßnahmen wurden im Zusammenhang mit der Covid-19-Pandemie in Ihrem Kanton "
        "getroffen? Sind in Ihrem Kanton die meisten Infizierten alt?"
    )
    assert _places(text) == set()
