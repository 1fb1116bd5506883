"""An ambiguous slashed date ("11/08/2020") is read the way the page writes its other slashed
dates (issue #10, de-web theoriginalcopy.de: the post's "11/08/2020" over comments dated
"16/08/2020", which only the day-first order allows: 11 August, not 8 November).

Pages are built around the story of `head_pages`; the expected dates follow from the page.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page


def _page(comments: str) -> str:
    return (
        f"Blog\nArchiv\nSwantje Bernsmann 11/08/2020 Feelings\n{HEADLINE}\n{P1}\n{P2}\n"
        f"2 Kommentare\n{comments}\n"
    )


def test_other_dates_with_the_day_first_turn_an_ambiguous_date() -> None:
    assert parse_page(_page("Julia on 16/08/2020 at 9:52")).published == "2020-08-11"


def test_without_such_evidence_the_month_comes_first() -> None:
    assert parse_page(_page("Julia on 12/08/2020 at 9:52")).published == "2020-11-08"
    # Dates with the month first elsewhere settle it the American way.
    comments = "Julia on 16/08/2020 at 9:52\nHelen on 08/19/2020 at 10:39"
    assert parse_page(_page(comments)).published == "2020-11-08"
