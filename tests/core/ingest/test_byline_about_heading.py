"""The heading of a box about the blog's author under the text names the author when no line
does ("Über Lynn" over "Lynn ist …", "Mehr über Frank Boës").

Expected values are the person as the heading prints them; a heading about the site, a
company or a team ("Über uns", "Über Dr. Oetker", "Mehr über MIRO Analytical") names no one.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page

HEAD = f"Startseite\nStadt\n{HEADLINE}\n06.11.2023\n"
SIDEBAR = "Neueste Beiträge\nImpressum\nDatenschutz\n"


def _byline(box: str, head: str = HEAD) -> str | None:
    return parse_page(f"{head}{P1}\n{P2}\n{SIDEBAR}{box}\nSuche\n").byline


@pytest.mark.parametrize(
    ("box", "author"),
    [
        (
            "Über Lynn\nLynn ist nicht nur Norddeutsche, Coach und Köchin, sondern liebt auch "
            "Hunde und Yoga. Read More…",
            "Lynn",
        ),
        ("Mehr über Frank Boës\nMein alter Blog", "Frank Boës"),
        ("About Jane Doe\nContact", "Jane Doe"),
    ],
)
def test_about_heading_names_the_author(box: str, author: str) -> None:
    assert _byline(box) == author


@pytest.mark.parametrize(
    "box",
    [
        "Über uns\nKontakt",  # the site's team
        "Über Dr. Oetker\nRezepte",  # a company: no first name
        "Mehr über MIRO Analytical\nFirmenprofil",
        "Über Lynn\nKontakt",  # one first name without a paragraph about her
        "Über Lynn\nRezepte für jeden Tag, schnell gemacht und gesund, von Lynn und ihrem Team.",
    ],
)
def test_about_heading_of_no_person_names_no_author(box: str) -> None:
    assert _byline(box) is None


def test_the_head_author_wins_over_the_about_heading() -> None:
    head = f"Startseite\nStadt\n{HEADLINE}\nVon Anna Weber\n06.11.2023\n"
    assert _byline("Mehr über Frank Boës\nMein alter Blog", head) == "Anna Weber"


def test_the_agency_wins_over_the_about_heading() -> None:
    page = f"{HEAD}{P1}\n{P2}\nQuelle: dpa\nMehr über Angela Merkel\nImpressum\n"
    assert parse_page(page).byline == "dpa"


def test_a_link_about_the_storys_subject_names_no_author() -> None:
    story = f"{P1} Angela Merkel sagte dazu nichts.\n{P2}"
    page = f"{HEAD}{story}\nMehr über Angela Merkel\nImpressum\n"
    assert parse_page(page).byline is None
