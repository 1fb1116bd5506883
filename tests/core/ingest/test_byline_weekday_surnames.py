"""A byline with its date glued on in copied text ("By Ralf Freitag Monday, November 18,
2019"): the weekday right before the date is the date's, but Freitag and Sonntag are German
surnames and Tuesday a first name. A weekday ends the names only when a month or a number
follows it, the rule saved pages use too (`webpage_authors.date_cut`). Expected values are
the names a reader sees in the byline.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import clean_byline, name_beside_date
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.meta_names import leading_names
from tests.head_pages import EN_HEADLINE, EN_P1, EN_P2, HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("By Ralf Freitag Monday, November 18, 2019", "Ralf Freitag", "2019-11-18"),
        ("By Eva Sonntag Tuesday, March 12, 2024", "Eva Sonntag", "2024-03-12"),
        ("By Jane Doe Monday, November 18, 2019", "Jane Doe", "2019-11-18"),
    ],
)
def test_english_byline_keeps_a_weekday_surname(line: str, author: str, day: str) -> None:
    article = parse_page(f"{EN_HEADLINE}\n{line}\n{EN_P1}\n{EN_P2}\n")
    assert article.byline == author
    assert article.published == day
    assert article.title == EN_HEADLINE


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("Von Anna Sonntag Montag, 18. November 2019", "Anna Sonntag", "2019-11-18"),
        ("Von Ralf Freitag Dienstag, 12. März 2024", "Ralf Freitag", "2024-03-12"),
        ("Von Anna Weber Freitag, 15. März 2024", "Anna Weber", "2024-03-15"),
    ],
)
def test_german_byline_keeps_a_weekday_surname(line: str, author: str, day: str) -> None:
    article = parse_page(f"{HEADLINE}\n{line}\n{P1}\n{P2}\n")
    assert article.byline == author
    assert article.published == day


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ralf Freitag Monday, November 18, 2019", "Ralf Freitag"),
        ("Von Anna Sonntag Montag, 18. November 2019", "Anna Sonntag"),
        ("Posted on Monday, November 18, 2019 by Jane Doe", "Jane Doe"),
        ("Von Anna Weber Freitag, 15. März 2024", "Anna Weber"),  # the weekday is the date's
    ],
)
def test_the_date_words_leave_a_byline(line: str, author: str) -> None:
    assert clean_byline(line) == author


def test_names_beside_the_date_end_at_its_weekday_only() -> None:
    line = "Ralf Freitag Monday, November 18, 2019"
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) == "Ralf Freitag"


@pytest.mark.parametrize(
    ("words", "names"),
    [
        ("Ralf Freitag Monday, November 18, 2019", "Ralf Freitag"),
        ("Anna Sonntag Montag, 18. November", "Anna Sonntag"),
        ("Ralf Freitag", "Ralf Freitag"),  # nothing after the weekday: a name's
        ("Eva Sonntag on November 18", "Eva Sonntag"),
        ("Jane Doe Freitag 15:30", "Jane Doe"),  # a number after it: the date's
    ],
)
def test_a_weekday_ends_the_names_only_before_a_date(words: str, names: str) -> None:
    assert leading_names(words.split(), 2) == names


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A lone first name before the weekday: the weekday is the surname, the date follows.
        ("Von Ralf Freitag, 18. November 2019", "Ralf Freitag"),
        ("Von Eva Samstag 3. Juni 2023", "Eva Samstag"),
        ("By Ralf Freitag, November 18, 2019", "Ralf Freitag"),
        # After a full name or a comma the weekday is the date's.
        ("Von Anna Weber, Freitag, 18. November 2019", "Anna Weber"),
        ("Von Eva Sonntag, Samstag, 3. Juni 2023", "Eva Sonntag"),
        ("Von Eva Montag, Sonntag, 4. Juni 2023", "Eva Montag"),
        ("Von Ralf, Freitag, 18. November 2019", "Ralf"),
        ("By Jane Sunday Saturday, June 3, 2023", "Jane Sunday"),
    ],
)
def test_a_weekday_after_a_lone_first_name_is_its_surname(line: str, author: str) -> None:
    assert clean_byline(line) == author
    article = parse_page(f"{HEADLINE}\n{line}\n{P1}\n{P2}\n")
    assert article.byline == author
    assert article.published is not None


def test_beside_the_date_a_weekday_after_a_lone_first_name_is_its_surname() -> None:
    assert leading_names("Ralf Freitag, 18. November 2019".split(), 2) == "Ralf Freitag"
    assert leading_names("Anna Weber Freitag, 18. November 2019".split(), 2) == "Anna Weber"
