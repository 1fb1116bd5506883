"""A date printed without its year under the headline takes the year of the site's copyright
notice ("Nov 18" on a page whose footer reads "© 2019 …").

Expected values are the dates a reader of the page would give it, knowing the page was served
in the notice's year.
"""

from __future__ import annotations

import pytest

from tests.head_pages import parse_page

P1 = (
    "Google Stadia launches tomorrow and early reviews are mixed: the service promised 4K at "
    "sixty frames per second, and testers found that several games fall short of that mark."
)
P2 = (
    "Digital Foundry measured Destiny 2 at a native 1080p with medium settings, upscaled to the "
    "television's resolution, which the company says it will improve over the coming months."
)
HEAD = "Reviews\nGaming\nStadia Falls Short of 4K at Launch, Destiny 2 Runs at 1080p\n"
FOOTER = "About Us\nContact\n"


def _published(
    meta: str, notice: str = "Wccftech © 2019 NewAge ADS, LLC. All rights reserved."
) -> str | None:
    page = f"{HEAD}{meta}{P1}\n{P2}\n{FOOTER}{notice}\n"
    return parse_page(page).published


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("By Nathan Birch\nNov 18\n", "2019-11-18"),
        ("By Troy L. Smith\nUpdated Nov 19, 6:55 AM;Posted Nov 18, 6:51 AM\n", "2019-11-18"),
        ("Alessio Palumbo  •  Nov. 18\n", "2019-11-18"),
        ("Von Anna Weber\n19. November\n", "2019-11-19"),
    ],
)
def test_month_and_day_under_the_headline_take_the_notice_year(meta: str, date: str) -> None:
    assert _published(meta) == date


def test_the_last_year_of_a_notice_range() -> None:
    assert _published("Nov 18\n", "© 2004 – 2020 Example Media") == "2020-11-18"


def test_no_notice_year_no_date() -> None:
    assert _published("By Nathan Birch\nNov 18\n", "All rights reserved.") is None


def test_a_full_date_wins_over_a_yearless_one() -> None:
    assert _published("Nov 18\nPosted November 17, 2019\n") == "2019-11-17"


@pytest.mark.parametrize(
    "meta",
    [
        "By Nathan Birch\nFebruary 31\n",  # no such day
        "By Nathan Birch\n195Shares\n",  # a count, no month
    ],
)
def test_no_date_from_what_is_no_month_and_day(meta: str) -> None:
    assert _published(meta) is None
