"""Dates and names in the head that belong to something else than the article (issue #10,
de-web pages): an event's span of hours or days ("30. März 2020, 13:15 Uhr - 19:00 Uhr",
"9-23 Feb 2017 | Mo-Fr 9–16") and another blog's pingback under the post ("Pingback von Too
much information - … | 11.09.2011 23:31"). A wrong date is worse than none: a consultant
cites it unchecked.

Pages are built around the story of `head_pages`; the expected values are what a reader of
the page would cite.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page


def test_a_span_of_hours_dates_an_event_not_the_article() -> None:
    page = f"Start\nTermine\n{HEADLINE}\n30. März 2020, 13:15 Uhr - 19:00 Uhr\n{P1}\n{P2}\n"
    assert parse_page(page).published is None
    # One moment is the publication's.
    page = f"Start\nTermine\n{HEADLINE}\n30. März 2020, 13:15 Uhr\n{P1}\n{P2}\n"
    assert parse_page(page).published == "2020-03-30T13:15"


def test_a_span_of_days_dates_an_event_not_the_article() -> None:
    page = f"Start\nAusstellung\n{HEADLINE}\n9-23 Feb 2017 | Mo-Fr 9–16\n{P1}\n{P2}\n"
    found = parse_page(page)
    assert found.published is None
    assert found.title == HEADLINE  # the span's line still sets off the headline
    page = f"Start\nAusstellung\n{HEADLINE}\n23 Feb 2017 | Mo-Fr 9–16\n{P1}\n{P2}\n"
    assert parse_page(page).published == "2017-02-23"


def test_a_pingback_gives_neither_author_nor_date() -> None:
    pingback = "Pingback von Too much information - Papierkorb - Lesezeichen | 11.09.2011 23:31"
    page = (
        f"Blog\nArchiv\n{HEADLINE}\n11.09.2011, 16:20 von jovelstefan\n{P1}\n{P2}\n"
        f"3 Kommentare\n{pingback}\n"
    )
    found = parse_page(page)
    assert found.byline == "jovelstefan"
    assert found.published == "2011-09-11T16:20"
    page = f"Blog\nArchiv\n{HEADLINE}\n{P1}\n{P2}\n3 Kommentare\n{pingback}\n"
    found = parse_page(page)
    assert found.byline is None
    assert found.published is None
