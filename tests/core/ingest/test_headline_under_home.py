"""A headline right under the menu's last entry "Home", over its longer standfirst, is the
headline: only a short line there is a breadcrumb's middle step ("Home" / "The GiveWell Blog"
/ "September 2018 open thread")."""

from __future__ import annotations

import pytest

from tests.head_pages import parse_page

P1 = (
    "The city council voted on Tuesday night to approve a budget that sets aside more money "
    "for road repairs than in any year since the bridge collapse, after a long debate."
)
P2 = (
    "Opponents said the plan relied on optimistic revenue estimates and warned that cuts "
    "could follow in the autumn if the money failed to arrive as the mayor had promised."
)
HEADLINE = "Council approves budget with record money for road repairs"
STANDFIRST = (
    "The vote ends a year of wrangling over the city's crumbling streets and sets up a fight "
    "over taxes next spring"
)


def test_headline_under_home_over_its_standfirst() -> None:
    page = f"Home\n{HEADLINE}\n{STANDFIRST}\nBy Jane Doe\nNovember 19, 2019\n{P1}\n{P2}\n"
    assert parse_page(page).title == HEADLINE


def test_blog_name_under_home_is_a_trail_step() -> None:
    page = f"Home\nThe City Blog\nCouncil budget open thread\nNovember 19, 2019\n{P1}\n{P2}\n"
    assert parse_page(page).title == "Council budget open thread"


@pytest.mark.parametrize(
    "between",
    [
        "Council members vote on the budget on Tuesday. (Photo: John Roe/City Times)",
        "Image\nCouncil members vote on the budget on Tuesday. Photograph: John Roe/Getty Images",
        "Bild vergrößern\nCouncil members vote on the budget on Tuesday. © John Roe",
    ],
)
def test_lead_picture_between_headline_and_standfirst(between: str) -> None:
    """The lead picture's caption (and its placeholder word) printed between the headline and
    its standfirst does not part the pair: the standfirst stays the headline's."""
    page = (
        f"Home\nNews\n{HEADLINE}\n{between}\n{STANDFIRST}\nBy Jane Doe\nNovember 19, 2019\n"
        f"{P1}\n{P2}\n"
    )
    assert parse_page(page).title == HEADLINE
