"""A lead word before a phrase that is no person's name.

"By" opens a radio show's title in a programme list ("By Any Means Necessary") and an
organisation's credit ("by European Space Agency"); read as an author line, the show's line
also made the line above it the headline. A phrase whose first word is a common word and
which holds no first name is no author. A newsroom ("Staff Reports"), a news agency
("Associated Press"), a shouted name, a name with its place, a first name the list lacks
("Zac") and a blog's one-word account stay authors. Pages are built by hand; expected values
are what a reader sees on such a page. The words of a date beside the name ("publiziert am",
"on Monday, …") are no part of it either.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import clean_byline
from reader.core.ingest.name_lists import phrase_not_name
from tests.head_pages import parse_page

P1 = (
    "The city council approved the new budget on Monday evening after a long debate, and the "
    "mayor said the money for repairing the roads would be spent before the summer began."
)
P2 = (
    "The opposition said the plan rested on optimistic tax estimates and warned that cuts could "
    "follow in the autumn if the revenue again fell short of what the council had expected."
)
HEADLINE = "Council passes budget with money for the roads"
COLUMN = "The Budget Trap"  # a column's short headline, no longer than a show's title


@pytest.mark.parametrize(
    ("names", "phrase"),
    [
        ("Any Means Necessary", True),
        ("European Space Agency", True),
        ("Double Down Tonight", True),
        ("Josh Boak", False),
        ("Zac Hall", False),
        ("Mara Lindner", False),
        ("oradmin", False),
        ("Staff Reports", False),
        ("Associated Press", False),
        ("Redaktion Polizeiticker Schweiz", False),
        ("J. Random Writer", False),
    ],
)
def test_phrase_after_a_lead_is_no_name(names: str, phrase: bool) -> None:
    assert phrase_not_name(names) is phrase


def test_show_in_a_programme_list_is_no_author_line() -> None:
    page = (
        "Home\nWorld\nOpinion\nRadio\nBrave New World\nBy Any Means Necessary\nDouble Down\n"
        f"Loud & Clear\nSearch\n{COLUMN}\nColumnists\n21:17 18.11.2019\nby Finian Cunningham\n"
        f"{P1}\n\n{P2}\n"
    )
    article = parse_page(page)
    assert article.title == COLUMN
    assert article.byline == "Finian Cunningham"


def test_organisation_credit_under_the_headline_is_no_author() -> None:
    page = f"Space\n{HEADLINE}\n\nby European Space Agency\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert article.title == HEADLINE
    assert article.byline is None


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By  JOSH BOAK", "Josh Boak"),
        ("Von Mara Lindner, Tokio", "Mara Lindner"),
        ("By Zac Hall", "Zac Hall"),
        ("By Staff Reports", "Staff Reports"),
        ("By Associated Press", "Associated Press"),
    ],
)
def test_real_author_lines_under_the_headline_kept(line: str, byline: str) -> None:
    page = f"News\n{HEADLINE}\n{line}\nNovember 20, 2019\n{P1}\n\n{P2}\n"
    assert parse_page(page).byline == byline


def test_account_after_a_lead_under_the_date_kept() -> None:
    page = f"News\n{HEADLINE}\nNovember 20, 2019\nBy oradmin\n{P1}\n\n{P2}\n"
    assert parse_page(page).byline == "oradmin"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Weber publiziert am 25. September 2018", "Anna Weber"),
        ("By Tom Baker on Monday, November 18th, 2019 at 11:04 a.m.", "Tom Baker"),
        ("Von Anna Weber am Dienstag, 3. Juni 2019", "Anna Weber"),
    ],
)
def test_words_of_the_date_are_no_part_of_the_name(line: str, names: str) -> None:
    assert clean_byline(line) == names
