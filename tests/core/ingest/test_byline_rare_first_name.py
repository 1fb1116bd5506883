"""A labelled author whose first name the list lacks and German text uses a little as a word.

"Gabor" is a Hungarian first name the first-name list spells only "Gábor", and German text
uses it as the shoe maker's name (Zipf 3.1): so "Gabor Munier" read as a phrase of words, and
"Autor: Gabor Munier" gave no byline while "Autor: Gábor Munier" did. A label that names the
author ("Autor:", "Von", "By", "Text:", "Written by") outweighs that little use: two words,
the first a word only by it, the second no common word, are a person. A newsroom, a weekday,
an agency, a phrase of frequent words and a company at a place stay what they are; so does a
time ("Von Montag an"), which read as a name because the list holds "An" as a first name.
Pages are built by hand; expected values are what a reader sees on such a page.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.name_lists import phrase_not_name
from tests.head_pages import parse_page

DE_TITLE = "Stadtwerke erhöhen die Preise für Fernwärme im kommenden Jahr"
DE_BODY = (
    "Die Stadtwerke haben am Montag angekündigt, die Preise für Fernwärme zum ersten Januar "
    "deutlich zu erhöhen. Betroffen sind rund zwölftausend Haushalte im Stadtgebiet.\n\n"
    "Als Grund nennt das Unternehmen gestiegene Kosten für Gas und Personal. Der "
    "Verbraucherschutz kritisiert die Erhöhung als zu hoch und rät, die Abrechnungen zu prüfen."
)
EN_TITLE = "City utility raises heating prices for next year"
EN_BODY = (
    "The city utility said on Monday that it will raise district heating prices sharply from "
    "the first of January. About twelve thousand households in the city are affected.\n\n"
    "The company blamed higher costs for gas and staff. Consumer advocates called the rise too "
    "steep and advised customers to check their bills carefully before paying them."
)


@pytest.mark.parametrize(
    ("names", "phrase"),
    [
        ("Gabor Munier", False),  # the band word first, no word after it: a person
        ("Tchibo Munier", False),  # (a brand is such a word too; the label decides)
        ("Stadtwerke Bochum", True),  # a company at its place: the place is a common word
        ("Gabor Hannover", True),
        ("Popular Demand", True),  # frequent words
        ("Any Means Necessary", True),
    ],
)
def test_a_band_word_and_a_surname_are_a_person(names: str, phrase: bool) -> None:
    assert phrase_not_name(names) is phrase


@pytest.mark.parametrize(
    "line",
    ["Autor: Gabor Munier", "Autorin: Gabor Munier", "Von Gabor Munier", "Text: Gabor Munier"],
)
def test_german_label_names_the_author(line: str) -> None:
    article = parse_page(f"{DE_TITLE}\n\n{line}\n\n{DE_BODY}\n")
    assert article.title == DE_TITLE
    assert article.byline == "Gabor Munier"


@pytest.mark.parametrize("line", ["By Gabor Munier", "Written by Gabor Munier"])
def test_english_label_names_the_author(line: str) -> None:
    article = parse_page(f"{EN_TITLE}\n\n{line}\n\n{EN_BODY}\n")
    assert article.title == EN_TITLE
    assert article.byline == "Gabor Munier"


@pytest.mark.parametrize(
    "tail", ["Text: Gabor Munier; Fotos: Peter Paul", "Ein Kommentar von Gabor Munier"]
)
def test_label_under_the_story_names_the_author(tail: str) -> None:
    assert parse_page(f"{DE_TITLE}\n\n{DE_BODY}\n\n{tail}\n").byline == "Gabor Munier"


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (f"{DE_TITLE}\n\nAutor: Redaktion\n\n{DE_BODY}\n", "Redaktion"),
        (f"{DE_TITLE}\n\nText: dpa\n\n{DE_BODY}\n", None),
        # "an" is on the first-name list (Vietnamese), but no name in lower case
        (f"{DE_TITLE}\n\nVon Montag an\n\n{DE_BODY}\n", None),
        (f"{DE_TITLE}\n\nAutor: Stadtwerke Bochum\n\n{DE_BODY}\n", None),
        (f"{EN_TITLE}\n\nBy Reuters Staff\n\n{EN_BODY}\n", "Reuters Staff"),
        (f"{EN_TITLE}\n\nBy Popular Demand\n\n{EN_BODY}\n", None),
    ],
)
def test_labelled_words_that_are_no_person_stay_what_they_are(
    text: str, byline: str | None
) -> None:
    assert parse_page(text).byline == byline


def test_unlabelled_name_under_the_story_is_still_no_author() -> None:
    """Without a label the little German use still counts: a bare pair under the last
    paragraph may be a brand's line ("Gabor Shoes")."""
    assert parse_page(f"{DE_TITLE}\n\n{DE_BODY}\n\nGabor Munier\n").byline is None
