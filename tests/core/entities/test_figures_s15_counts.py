"""Counts whose noun follows a plural-looking word: each number tries no, one, then two
describing words, and the first counted noun ends the figure ("18 teams playing", "208,560 new
vehicles this year"); a hyphenated noun is checked by its last part ("86 triple-doubles",
"7.000 TV-Haushalte"). Hand-written sentences, German and English."""

from __future__ import annotations

from reader.core.entities.figures import figures


def _found(text: str) -> set[str]:
    return {f for _, _, f in figures(text)}


def test_the_first_counted_noun_ends_the_count() -> None:
    found = _found(
        "Protesters in 21 cities have been held. All 18 teams playing in Madrid lost, and "
        "dealers sold 208,560 new vehicles this year and 17.3 million new vehicles last year. "
        "He ran for 14 carries, read 16 letters that day and hired 1,000 maintenance workers. More than 10 million "
        "users activated accounts in May."
    )
    assert {
        "21 cities", "18 teams", "208,560 new vehicles", "17.3 million new vehicles",
        "14 carries", "16 letters", "1,000 maintenance workers", "10 million users",
    } <= found  # fmt: skip
    assert not any(f.endswith((" have", " playing", " this", " that")) for f in found)


def test_a_hyphenated_noun_is_counted_by_its_last_part() -> None:
    found = _found("He has 86 triple-doubles in his career. Es gibt 7.000 TV-Haushalte im Ort.")
    assert {"86 triple-doubles", "7.000 TV-Haushalte"} <= found


def test_verbs_and_pronouns_that_look_like_plurals_end_no_count() -> None:
    found = _found(
        "The deal closed at 16 but was cut to 30 after investors left; the 500 index was "
        "flat and the Sportback 50 has a battery."
    )
    assert found == set()


def test_a_unit_of_time_among_the_describing_words_makes_no_count() -> None:
    found = _found("Police made 48 hour holds and sold 10 year bonds to 300 local buyers.")
    assert found == {"300 local buyers"}


def test_an_adverb_is_no_describing_word() -> None:
    found = _found("Stadia at 2 only renders games, and 3 nearly finished levels remain.")
    assert found == set()
