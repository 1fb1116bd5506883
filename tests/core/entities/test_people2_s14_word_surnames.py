"""An English surname that is an everyday word ("White", "Law", "Young") after a first name
inside a sentence is a surname: English capitalises the word there only as a name. Before,
"said Lawrence White" gave a lone "Lawrence" and "David Law" nothing. A first name that is a
word of the dictionary too ("Will", "Rose") opens no such name, nor does one at a sentence's
start, and a site or a prize named after someone stays no person ("Heinz Field"). Hand-written
sentences with invented people; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> list[str]:
    return sorted(f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON)


def test_a_surname_that_is_a_word_after_a_verb_of_saying() -> None:
    text = '"Tariffs are a tax," said Lawrence White, a professor at a large university.'
    assert _people(text) == ["Lawrence White"]


def test_surnames_that_are_words_in_a_list_of_people() -> None:
    text = "The panel of Harriet Oakhurst, Dennis Law and Sarah Young gave their views."
    assert _people(text) == ["Dennis Law", "Harriet Oakhurst", "Sarah Young"]


def test_a_first_name_that_is_a_word_opens_no_such_name() -> None:
    assert _people("They had tea in the Rose Room after the Will Power seminar.") == []


def test_a_verb_after_a_first_name_is_no_surname() -> None:
    assert "Simon Says" not in _people("After lunch the children played Simon Says in the yard.")
    assert "Gregory Called" not in _people("The chapter Gregory Called is the best.")
    assert "Oliver Running" not in _people("Her short film Oliver Running won a prize.")


def test_a_site_named_after_someone_is_no_person() -> None:
    assert _people("The game was played at Heinz Field on a cold night.") == []
