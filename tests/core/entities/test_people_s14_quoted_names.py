"""A name the quotation marks hold tightly in every mention is a title, a product or a venue,
not a person: a child seat („Lena Kranz i-Size“), a bridge (die „San Vitale“-Brücke), a bait
("Marco Ferro"). A quotation that opens with a person's name and goes on as a sentence keeps
the person („Anna Berger lügt“, sagte er), as does a name also written outside quotes.
Hand-written sentences with invented names; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_names_held_by_quotes_are_no_people() -> None:
    people = _people(
        "Der Bezug vom „Lena Kranz i-Size“ enthält Flammschutzmittel. Die neue „San Vitale“-Brücke "
        'wurde eröffnet. Im Angebot sind "Marco Ferro" und "Vampire Garlic".'
    )
    assert not people & {"Lena Kranz", "San Vitale", "Marco Ferro"}


def test_a_quotation_opening_with_a_name_keeps_the_person() -> None:
    people = _people(
        "„Anna Berger lügt“, sagte er. „Wir danken Clara Wendt“, hieß es. Danach sprach Jonas Weller über "
        "den „Jonas Weller“-Preis."
    )
    assert {"Anna Berger", "Clara Wendt", "Jonas Weller"} <= people


def test_english_titles_in_quotes_are_no_people() -> None:
    people = _people(
        'The store sells the "Marco Ferro" lure next to the "Daiwa Caldia". '
        '"Jennifer Lane said no," he wrote, and Jennifer Lane agreed.',
        "en",
    )
    assert "Marco Ferro" not in people
    assert "Jennifer Lane" in people
