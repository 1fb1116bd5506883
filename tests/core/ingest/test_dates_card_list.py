"""A list of dated cards right above the headline ("Most Read" teasers, customers' reviews)
dates other stories: its dates are not the article's. A single date line over the headline
(a press release's) still dates it, and a date line under the headline wins anyway.

Expected values are what a reader of each hand-built page would cite.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("above", "published"),
    [
        (
            "Meistgelesen\nStadt plant neue Buslinien\n10.03.2024\n"
            "Parkgebühren steigen ab Mai\n09.03.2024\n",
            None,
        ),
        (
            "Kundenbewertung 02.05.2020 um 08:11 Uhr\nSehr selbsterklärend\n"
            "Kundenbewertung 02.05.2020 um 07:18 Uhr\nImmer wieder!\n",
            None,
        ),
        ("Pressemitteilungen\n12.03.2024\n", "2024-03-12"),  # a press release's own date
        ("12.03.2024\n14:05 Uhr\n", "2024-03-12T14:05"),  # the date and its time
    ],
)
def test_dates_of_a_card_list_above_the_headline(above: str, published: str | None) -> None:
    page = f"Kontakt\nImpressum\n{above}{HEADLINE}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE, published)


def test_the_date_under_the_headline_wins_over_a_card_list() -> None:
    above = (
        "Meistgelesen\nStadt plant neue Buslinien\n10.03.2024\nParkgebühren steigen\n09.03.2024\n"
    )
    page = f"Kontakt\n{above}{HEADLINE}\n12.03.2024\n\n{P1}\n\n{P2}\n"
    assert parse_page(page).published == "2024-03-12"
