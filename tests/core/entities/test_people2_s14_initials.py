"""A first name, a middle initial and a surname are one person's name, whatever the surname
or the first name is besides: a town ("Kennedy", a Colombian one), an English word
("Lovely"), a first name ("Martin"), a region ("Mary", of Turkmenistan). Without the rule the
run fell apart into a first name alone ("Mary"), a town and nothing. Hand-written sentences
with invented people; expected values are what a reader marks. A run that goes on after the
surname names a thing after someone ("… International Airport"), a word that is no name opens
none ("Long-dated U.S. Treasury") and a function word after an initial begins a sentence."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str = "en") -> list[str]:
    return sorted(f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON)


def _places(text: str, lang: str = "en") -> list[str]:
    return sorted(f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE)


def test_a_middle_initial_holds_a_surname_that_is_a_word() -> None:
    text = "Prices rose, said Nora E. Lovely, an economist at a small college."
    assert _people(text) == ["Nora E. Lovely"]


def test_a_middle_initial_holds_a_surname_that_is_a_town() -> None:
    text = "The charges were serious. Walter P. Kennedy Jr., the prosecutor, said so."
    assert _people(text) == ["Walter P. Kennedy Jr."]
    assert _places(text) == []


def test_a_first_name_that_is_a_region_opens_a_name_before_an_initial() -> None:
    assert _people("Costs fell, said Mary T. Brockhurst, who runs the shop.") == [
        "Mary T. Brockhurst"
    ]


def test_two_initials_run_together_and_a_surname_that_is_a_first_name() -> None:
    text = "Long before Edwin R.R. Martin wrote his novels, the genre was small."
    assert _people(text) == ["Edwin R.R. Martin"]


def test_a_run_going_on_after_the_surname_is_no_person_of_three_words() -> None:
    text = "We landed at John F. Kennedy International Airport at noon."
    assert "John F. Kennedy" not in _people(text)


def test_a_hyphenated_word_with_a_small_part_opens_no_name() -> None:
    text = "Investors bought Long-dated U.S. Treasury bonds on Monday."
    assert _people(text) == []


def test_german_text_writes_initials_too() -> None:
    text = "Die Inszenierung stammt von Jonas K. Brandhuber, der seit Jahren in Wien arbeitet."
    assert _people(text, "de") == ["Jonas K. Brandhuber"]


def test_an_initial_before_a_sentence_gives_no_surname() -> None:
    text = "Rooms were given to Petra W. Then the guests arrived."
    assert "Petra W. Then" not in _people(text)
