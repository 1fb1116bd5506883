"""Co-authors listed with commas and no "and" ("By Stefan Becket, Kathryn Watson, Grace
Segers") are all the byline; what follows a comma is otherwise a place, an outlet, a job or
a date, and the byline keeps the first name only. Expected values are the authors as printed.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import clean_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "By Stefan Becket, Kathryn Watson, Grace Segers",
            "Stefan Becket, Kathryn Watson, Grace Segers",
        ),
        ("Sadhbh O'Sullivan, Elisabeth Kochan", "Sadhbh O'Sullivan, Elisabeth Kochan"),
        ("By Tariq Malik, Mike Wall", "Tariq Malik, Mike Wall"),
        # Each with the place they report from (the page's metadata names both).
        ("Markus M. Haefliger, London, Beat Bumbacher", "Markus M. Haefliger, Beat Bumbacher"),
    ],
)
def test_comma_list_of_people_is_every_author(line: str, names: str) -> None:
    assert clean_byline(line) == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Kathrin Erdmann, ARD-Studio Tokio", "Kathrin Erdmann"),  # the outlet's studio
        ("Markus M. Haefliger, London", "Markus M. Haefliger"),  # a place
        ("By Matthew Digby, Minh Do Monday", "Matthew Digby"),  # the date line glued on
        ("By Jane Doe, Staff Writer", "Jane Doe"),  # a job
        ("By Ann Lee, Bob Roe, Cy Poe, Di Moe", "Ann Lee"),  # more than a byline lists
    ],
)
def test_comma_followed_by_no_person_keeps_the_first_name(line: str, name: str) -> None:
    assert clean_byline(line) == name
