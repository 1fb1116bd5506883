"""A name-shaped line is a person's name only if it does not open with a common word.

Menu, widget and greeting lines have the shape of a name ("Übersicht Start", "Fröhliche
Weihnachten", "Financial Calendar": two capitalised words), and the importer printed them as
bylines. The lines below are from the development pages, each checked by hand: the expected
value is whether a reader would take the line for a person (or a desk the page credits).
"""

from __future__ import annotations

import pytest

from reader.core.ingest.person_shape import common_word, first_name
from reader.core.ingest.shape import is_name_list, is_person_name
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    "line",
    [
        "Übersicht Start",  # a menu's last two entries
        "Fröhliche Weihnachten",  # a greeting: adjective and noun
        "Olympische Winterspiele",
        "Ehrenamt Jugendverbände",  # tags
        "Wissenschaft Atmosphäre Klima",
        "Photovoltaik Anforderungen Zählerschrank",
        "Ausstellung Palais Epstein Wien",  # a caption: what and where
        "Sprungbrett-Event Schaffhausen",
        "Digital Life",  # a section
        "Financial Calendar",  # a widget
        "First Forecast Weather",
        "ÜBERSICHT START",  # a menu in capitals
    ],
)
def test_a_phrase_of_words_is_no_name(line: str) -> None:
    assert not is_person_name(line)


@pytest.mark.parametrize(
    "line",
    [
        # Surnames that are words: the first name decides.
        "Peter Koch",
        "Anna Fischer",
        "Thomas Müller",
        "Lewis White",
        # First names that are words too.
        "Will Smith",
        "Mark Rutte",
        # A first name the list lacks, rare as a word in German ("Zac").
        "Zac Hall",
        "Sandee LaMotte",
        "Nala Löwenkönigin",
        # An initial or a title announces a person, whatever words follow.
        "Troy L. Smith",
        "J. K. Rowling",
        "J. K. ROWLING",
        "Dr. Müller",
        "Dr. Karin Schmitz",
        # A role before the name.
        "FOCUS-Online-Experte Robin Tschöpe",
        # A desk that pages credit as the author: an acronym opens it.
        "NDR Info",
        "JUERGEN HASENKOPF",
        "Ursula von der Leyen",
    ],
)
def test_names_stay_names(line: str) -> None:
    assert is_person_name(line)


def test_first_name_list_and_word_frequency() -> None:
    assert first_name("Hans-Peter") and first_name("Malte") and not first_name("Übersicht")
    # German nouns: clearly more German than English, from Zipf 3.0 ("Ehrenamt" 3.5).
    assert common_word("Ehrenamt") and common_word("Übersicht")
    # Frequent in either language ("Digital" 4.8 en, 4.3 de).
    assert common_word("Digital") and common_word("Financial")
    # Names the list lacks travel between the languages and are rarer.
    assert not common_word("Zac") and not common_word("Nala") and not common_word("Sandee")
    assert not common_word("Schumacher")  # Zipf 3.8 in German, 3.2 in English
    # A first name is never a common word here, however frequent ("Will", "Dallas").
    assert not common_word("Will") and not common_word("Dallas")


def test_name_lists_hold_only_names() -> None:
    assert is_name_list("Lia Eustachewich and Yaron Steinbuch")
    assert not is_name_list("Fröhliche Weihnachten")
    assert not is_name_list("Übersicht Start, Peter Koch")


@pytest.mark.parametrize(
    ("line", "byline"),
    [("Übersicht Start", None), ("Thomas Müller", "Thomas Müller")],
)
def test_a_line_under_the_headline_is_an_author_only_if_a_name(
    line: str, byline: str | None
) -> None:
    page = f"Startseite\nPolitik\n{HEADLINE}\n{line}\n{P1}\n{P2}\n"
    assert parse_page(page).byline == byline


def test_the_first_names_are_those_gender_guesser_knows() -> None:
    """Read straight from its data file (the `Detector` took 0.3 s to build): the same names,
    "+" spellings written together, apart and hyphenated as the `Detector` writes them."""
    import gender_guesser.detector as gender

    from reader.core.ingest.person_shape import _first_names

    known = set(gender.Detector(case_sensitive=False).names)
    assert _first_names() == known
    assert {"abdel aziz", "abdelaziz", "abdel-aziz", "sanae", "malte"} <= known
    assert "übersicht" not in known
