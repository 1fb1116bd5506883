"""Titles on real copied pages (issue #10): a breadcrumb printed one step a line ("Home" /
"The GiveWell Blog" / the post's headline). The middle step names the blog or section, shares
the story's words and stands over the headline, yet it is never the headline; on the dev sets
every such step was a section's name ("Fact Check", "Presse", "Opening Bell"). A headline
right under "Home" with its repeat below stays the title. Built like the charity blog of the
dev set that showed it; expected values are what a reader of the page would cite.
"""

from __future__ import annotations

from tests.head_pages import parse_page

MENU = "Giving 101\nHow We Work\nOur Research\nAbout Us\nDonate\n"
HEADLINE = "September 2018 open thread"
P1 = (
    "Our goal with hosting quarterly open threads on the charity blog is to give its readers "
    "an opportunity to publicly raise comments or questions about the programs we recommend."
)
P2 = (
    "You can view our June 2018 open thread here, and the blog's earlier threads are listed "
    "on the archive page, where readers of the blog can also find our answers to them."
)


def test_a_trail_step_under_home_is_no_headline() -> None:
    page = (
        f"{MENU}Home\nThe Charity Blog\n{HEADLINE}\nPrevious Post\nNext Post\n"
        f"September 10, 2018 | by Catherine\n{P1}\n{P2}\n{P1}\n"
    )
    assert parse_page(page).title == HEADLINE


def test_a_headline_under_home_stays_the_title() -> None:
    """Under a headline right below "Home" stands a shorter line (its desk), no longer one."""
    headline = "Charity blog opens its quarterly threads"
    page = f"{MENU}Home\n{headline}\nReader Questions\nSeptember 10, 2018 | by Catherine\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline
