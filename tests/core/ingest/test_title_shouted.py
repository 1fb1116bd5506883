"""A headline set in capitals by the site's style sheet (copying keeps the capitals) is given
as written when the page prints it in mixed case elsewhere: the breadcrumb, the window title,
a share text. A shouted headline with no mixed-case copy stays as it is."""

from __future__ import annotations

import pytest

from reader.core.ingest.title import unshouted
from tests.head_pages import P1, P2, parse_page


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        (
            "HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS",
            ["Home Holidays Homemade Spiced Honey Pear Jam for the Holidays"],
            "Homemade Spiced Honey Pear Jam for the Holidays",
        ),
        (
            "HIKING THE BOULDER FLAT IRONS",
            ["Home Natural & Eco-FriendlyBabywearing Hiking the Boulder Flat Irons"],
            "Hiking the Boulder Flat Irons",
        ),
        (
            "STADTRAT BESCHLIESST NEUEN HAUSHALT",
            ["Stadtrat beschließt neuen Haushalt | Kreisblatt"],
            "STADTRAT BESCHLIESST NEUEN HAUSHALT",  # "ß" shouted is "SS": no copy to find
        ),
        (
            "5 INSPIRIERENDE FRAUEN AUS DER SPORTWELT",
            ["5 INSPIRIERENDE FRAUEN AUS DER SPORTWELT", "Sport"],
            "5 INSPIRIERENDE FRAUEN AUS DER SPORTWELT",  # no mixed-case copy
        ),
        (
            "THE BIG STORM",
            ["Reading the big storms of the century"],
            "THE BIG STORM",  # inside a longer word: another phrase
        ),
        ("NEWS AND VIEWS", ["News and Views"], "News and Views"),
        ("TOP NEWS", ["Top News"], "TOP NEWS"),  # two words: a label, left alone
    ],
)
def test_mixed_case_copy_of_a_shouted_headline(title: str, lines: list[str], expected: str) -> None:
    assert unshouted(title, lines) == expected


def test_page_title_in_mixed_case_from_the_window_title() -> None:
    """The page's own title line after the text ("<headline> – <site>") gives the case."""
    page = (
        "Home\nNews\nCOUNCIL APPROVES BUDGET WITH MONEY FOR THE ROADS\n12. März 2024\n"
        f"{P1}\n{P2}\n\nCouncil Approves Budget With Money for the Roads – Kreisblatt\n"
    )
    assert parse_page(page).title == "Council Approves Budget With Money for the Roads"


def test_page_title_shouted_without_a_copy_stays() -> None:
    page = (
        f"Home\nNews\nCOUNCIL APPROVES BUDGET WITH MONEY FOR THE ROADS\n12. März 2024\n{P1}\n{P2}\n"
    )
    assert parse_page(page).title == "COUNCIL APPROVES BUDGET WITH MONEY FOR THE ROADS"
