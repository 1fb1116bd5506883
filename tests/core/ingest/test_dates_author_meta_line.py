"""The one short line of the head that dates the story and introduces its author by name ("am
23. Januar 2020 von Christian Spließ") is the story's own meta line: its date wins over a bare
date elsewhere near the headline (a sidebar's post list where the headline was misread).
Two such lines, or a lower-case account ("von eseppelt", "by police"), do not decide.

Expected values are the dates of the lines a reader would take as the story's meta line.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page


def _published(above: str, below: str) -> str | None:
    return parse_page(f"Start\n{above}{HEADLINE}\n{below}{P1}\n{P2}\n").published


def test_the_dated_author_line_dates_the_story() -> None:
    above = "am 23. Januar 2020 von Christian Spließ in Allgemeines\nAllgemeines\n"
    assert _published(above, "Blogposting 09/20/2019\n") == "2020-01-23"


def test_two_dated_author_lines_leave_the_nearest_date() -> None:
    above = "am 23. Januar 2020 von Christian Spließ\nam 24. Januar 2020 von Anna Weber\n"
    assert _published(above, "Blogposting 09/20/2019\n") == "2019-09-20"


def test_an_account_is_no_meta_line() -> None:
    assert _published("am 23. Januar 2020 von eseppelt\n", "20.09.2019\n") == "2019-09-20"
