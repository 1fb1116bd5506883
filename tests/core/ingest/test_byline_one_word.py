"""Bylines of one word: a blog's first name or account, printed where the author stands.

Blogs sign posts with a first name ("Artikel von: Jessie") or an account ("By oradmin"), and
meta lines put the account between the date and the comment count ("1. November 2023 Cortyn
1 Kommentar"). One word is a name only where the line leaves no other reading: after a lead
that introduces nothing but an author, or beside the date in a post's meta line. Expected
values are what a reader of the line would call its author.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import byline_in_line, glued_author, led_account, name_beside_date
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.shape import is_person_name
from tests.head_pages import parse_page

P1 = (
    "The city council approved the new budget for road repairs on Monday evening after a long "
    "debate, and the mayor said the money would be spent before the end of the summer."
)
P2 = (
    "Opposition members said the plan relied on optimistic tax forecasts, and they warned that "
    "the council could be forced to make cuts in the autumn if revenue fell short again."
)
HEADLINE = "Council passes budget with money for road repairs"
MENU = "Home\nNews\nLocal News\nSports\nBusiness\nOpinion\nWeather\nSearch\n"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Artikel von: Jessie", "Jessie"),
        ("Beitrag von Tine", "Tine"),
        ("HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS written by Regan", "Regan"),
        ("Geschrieben von Mara", "Mara"),
    ],
)
def test_one_name_after_a_lead_that_only_introduces_authors(line: str, name: str) -> None:
    assert byline_in_line(line, False) == name


@pytest.mark.parametrize(
    "line",
    [
        "Powered by WordPress",  # a site's software, not an author
        "Autor:innen",  # a gendered menu entry, the word glued to the colon
        "Autor:Innen",
        "von energiekalender.de",  # a web address
        "Written by hand",  # a phrase: lower case without a date beside it
        "Eine neue Studie von Heinz",  # a headline's "von"
    ],
)
def test_one_word_that_is_no_name(line: str) -> None:
    assert byline_in_line(line, False) is None


def test_account_after_a_lead_alone_on_its_line() -> None:
    assert led_account("By oradmin") == "oradmin"
    assert led_account("By hand and foot") is None
    assert led_account("Byoradmin") is None


def test_account_under_the_date_line_is_the_author() -> None:
    page = f"{MENU}{HEADLINE}\n2. August 2012\nBy oradmin\n{P1}\n{P2}\n"
    assert parse_page(page).byline == "oradmin"


def test_account_without_a_date_above_names_nobody() -> None:
    page = f"{MENU}{HEADLINE}\nBy oradmin\n{P1}\n{P2}\n"
    assert parse_page(page).byline is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("5 Min. 1. November 2023 Cortyn 1 Kommentar Lesezeichen", "Cortyn"),
        ("12.03.2021 mara_k 12 Comments", "mara_k"),
        ("October 4, 2019 Keith No Comments", "Keith"),
    ],
)
def test_one_word_between_the_date_and_the_comment_count(line: str, name: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) == name


@pytest.mark.parametrize(
    "line", ["10.12.2022 07:00 | Druckvorschau", "1. November 2023 Politik Kommentar schreiben"]
)
def test_one_word_after_the_date_without_a_comment_count_is_a_label(line: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) is None


@pytest.mark.parametrize(
    "line", ["Zu Ihrer Information", "Empfehlen Sie uns weiter", "Unsere Partner"]
)
def test_a_widget_heading_addressing_the_reader_is_no_name(line: str) -> None:
    # The formal pronouns ("Sie", "Ihrer") and "unser" address the reader or speak for the
    # site: no person's name holds them.
    assert not is_person_name(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS written by Regan", "Regan"),
        (
            "Ein Wochenende im Harz mit Kindern und Hund geschrieben von Mara Lindner",
            "Mara Lindner",
        ),
        ("How the oldest violin in the city was restored, written by hand", None),
        ("The recipe my grandmother wrote down was written by her in the old days", None),
    ],
)
def test_author_glued_to_a_long_headline(line: str, name: str | None) -> None:
    assert glued_author(line) == name


def test_headline_with_its_author_glued_on_names_the_author() -> None:
    headline = "HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS written by Regan"
    page = f"{MENU}Holidays\n{headline}\nSharing is caring!\n{P1}\n{P2}\n"
    assert parse_page(page).byline == "Regan"


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("LinkNaija", "LinkNaija"),  # the post's account between headline and date
        ("Politics", None),  # a section
        ("Exclusive", None),
        ("BREAKING", None),  # a shouted label
        ("Home2", None),
    ],
)
def test_one_word_between_the_headline_and_its_date(word: str, name: str | None) -> None:
    page = f"{MENU}{HEADLINE}\n{word}\nOctober 06, 2018\n{P1}\n{P2}\n"
    assert parse_page(page).byline == name


def test_one_word_under_the_headline_without_a_date_is_no_author() -> None:
    page = f"{MENU}{HEADLINE}\nLinkNaija\n{P1}\n{P2}\n"
    assert parse_page(page).byline is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("21.01.2022 Aktuelle Meldung", None),  # a label beside the date
        ("27.01.2022 Aktuelles Experteninterviews", None),
        ("21/06/2014 Tony Carter All, Books, Kit Reviews, News", "Tony Carter"),  # categories
        ("Redaktion - 31. Januar 2022", "Redaktion"),  # the desk stays
    ],
)
def test_label_words_beside_a_date_are_no_names(line: str, name: str | None) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) == name


@pytest.mark.parametrize(
    "line", ["Für Hochschulen", "Neue DJV-Online-Seminare", "Weitere Beiträge"]
)
def test_a_menu_entry_opening_with_a_preposition_or_adjective_is_no_name(line: str) -> None:
    assert not is_person_name(line)
