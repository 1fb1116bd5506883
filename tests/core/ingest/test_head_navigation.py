"""Navigation lines and desk lines around the headline (issue #10): a "back to the list" or
"previous post" link is never the title, and a short desk line between the headline and the
date ("Telegraph Sport") leaves the headline above it the title.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.title_lines import is_never_a_title
from tests.head_pages import parse_page

P1 = (
    "The Davis Cup Final began on Monday with the opening day of the new-look format taking "
    "place at the Caja Magica in Madrid, and the organisers said the crowds would grow."
)
P2 = (
    "Players and captains were divided over the week-long event, which replaced the old "
    "home-and-away ties that had been part of the competition for more than a century."
)
HEADLINE = "Tennis Podcast: Davis Cup Finals launch in Madrid and feelings are mixed"


@pytest.mark.parametrize(
    "line",
    ["Zurück zur Übersicht", "Back to blog", "Previous Post", "Nächster Beitrag", "Zurück"],
)
def test_pager_links_are_never_the_title(line: str) -> None:
    assert is_never_a_title(line)


@pytest.mark.parametrize("line", ["Back to the Future at 40", "Next stop: Madrid"])
def test_headlines_starting_like_a_pager_stay_candidates(line: str) -> None:
    assert not is_never_a_title(line)


def test_a_back_link_above_the_author_line_is_not_the_title() -> None:
    headline = "Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale"
    page = (
        f"Zurück zur Übersicht\nVon Moritz Bachmann publiziert am 25. September 2018\n"
        f"{headline}\n{P1}\n{P2}\n"
    )
    assert parse_page(page).title == headline


def test_a_desk_line_between_headline_and_date_leaves_the_headline_the_title() -> None:
    page = f"Telegraph\nSport\nTennis\n{HEADLINE}\nTelegraph Sport\n19 November 2019 • 1:16pm\n{P1}\n{P2}\n"
    assert parse_page(page).title == HEADLINE


def test_a_widget_line_between_a_kicker_and_the_date_gives_the_kicker_no_bonus() -> None:
    headline = "Österreichs Tauchmesse in Tulln abgesagt"
    page = (
        "Home\nMagazin\nNews\nBoot Tulln 2022 abgesagt\nJetzt Teilen:\n24.01.2022 11:38\n"
        f"Kategorie: News\n{headline}\n{P1}\n{P2}\n"
    )
    assert parse_page(page).title == headline


def test_headline_and_posted_by_line_above_a_picture_credit_are_no_captions() -> None:
    headline = "Anthony Lynn: “We needed to win this game”"
    related = (
        "PFT Most Commented\nMyles Garrett should expect a significant suspension (148)\n"
        "Reports: Mason Rudolph will be fined (145)\nWeek 12 power rankings (133)\n"
    )
    page = (
        f"{related}{headline}\nPosted by Michael David Smith on November 19, 2019, 6:21 AM EST\n"
        f"Getty Images\n{P1}\n{P2}\n"
    )
    article = parse_page(page)
    assert article.title == headline
    assert article.byline == "Michael David Smith"
    assert article.published == "2019-11-19T06:21"
