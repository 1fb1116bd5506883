"""A person's name in the German genitive is the same person as the name without its "-s":
"der Besuch Jana Hollbergs" and "Jana Hollberg sagte" are one woman, "Tomas Kranichs
Vorschlag" names Tomas Kranich, and a name followed by its thing is split from it ("Ulrike
Wendlands Thesen": Ulrike Wendland, no person "Ulrike Wendlands Thesen"). Hand-written
sentences with invented names; expected values are what a reader marks. A surname that ends in
"-s" of its own stays as written ("Annette Kurschus", "Hans Niels"), and a lower-case word after
a name is no noun it owns ("Kirsten Fehrs sprach")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str = "de") -> dict[str, int]:
    """Each person's name and how many mentions the text has of them."""
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_full_name_in_the_genitive_joins_the_same_name_in_the_nominative() -> None:
    people = _people(
        "Der Besuch Jana Hollbergs in Hamburg wurde verschoben. Jana Hollberg sagte, sie "
        "komme im Mai. Auf Seiten Jana Hollbergs sah man das gelassen."
    )
    assert people == {"Jana Hollberg": 3}


def test_a_genitive_before_its_noun_names_the_person_without_the_s() -> None:
    people = _people("Zunächst erinnerte er an Ulrike Wendlands Thesen zur Energiewende.")
    assert people == {"Ulrike Wendland": 1}
    people = _people("Als Fraktionschef Tomas Kranichs Vorschlag bekannt wurde, gab es Streit.")
    assert people == {"Tomas Kranich": 1}


def test_a_genitive_and_a_lone_surname_are_one_person() -> None:
    people = _people(
        "Ulrike Wendlands Thesen sind bekannt. Wendland hält sie seit Jahren. "
        "Wendlands Kritiker widersprechen."
    )
    assert people == {"Ulrike Wendland": 3}


def test_surnames_ending_in_s_of_their_own_stay_as_written() -> None:
    people = _people(
        "Die Ratsvorsitzende Annette Kurschus predigte. Kirsten Fehrs sprach danach. "
        "Später kam Hans Niels Wohnung ins Gespräch."
    )
    assert {"Annette Kurschus", "Kirsten Fehrs"} <= set(people)
    assert "Hans Niel" not in people and "Kirsten Fehr" not in people


def test_english_names_ending_in_s_are_left_alone() -> None:
    people = _people("Serena Williams won again. Venus Williams watched from the stands.", "en")
    assert {"Serena Williams", "Venus Williams"} <= set(people)


def test_a_lone_surname_in_the_genitive_before_its_thing_is_the_person() -> None:
    people = _people(
        "Jana Hollberg wurde verlegt. Erst ab Freitag darf Hollbergs Rechtsbeistand sie sehen."
    )
    assert people == {"Jana Hollberg": 2}


def test_a_german_compound_in_the_genitive_before_a_noun_is_no_name() -> None:
    assert _people("Als Vertreter des Sternbilds Stier lege ich gern Vorräte an.") == {}
