"""Titles on real copied pages (issue #10): a post's headline stands over its date and author
lines, and under them the post opens with a run of short subheadings (a release note's "What's
new" items) before its first long paragraph. The subheadings stand nearer the running text and
one of them sits right over prose, yet the line over the whole date-and-author cluster is the
headline. A short section name over the cluster is no headline: the headline then stands
below the cluster. Built like the blog and the sports site of the dev sets that showed it;
expected values are what a reader of the page would cite.
"""

from __future__ import annotations

from tests.head_pages import P1, P2, parse_page

MENU = "Home\nGames\nPrivate Club\nAccount\nAbout Me\n"
HEADLINE = "Dare to Play 3 / October pack"
SUBHEADS = (
    "What is new in the autumn pack?\nNew tasks for the game!\nMore questions for your partner\n"
    "Challenges coming soon\nBetter phone support\nBugs fixed\n"
    "Try something new with your partner this weekend\nClick here to get more information or "
    "download this game.\nFor whom is this game?\n"
)
# The post's opening shares words with the last subheading, as the page's did.
LEDE = (
    "You are a couple who have been together for a long time and want to try something new "
    "this weekend, but you do not know how to tell your partner what you would like to try."
)
REST = (
    "You recently started dating and want to get to know your partner better, so the game "
    "gives both of you small tasks and questions that grow bolder with every round you play."
)


def test_the_line_over_date_and_author_is_the_headline() -> None:
    page = (
        f"{MENU}{HEADLINE}\nOctober 5, 2018\nPosted by Vortex\nLeave a comment\n{SUBHEADS}"
        f"{LEDE}\n{REST}\n{LEDE}\n"
    )
    article = parse_page(page)
    assert article.title == HEADLINE
    assert article.published is not None and article.published.startswith("2018-10-05")


def test_a_section_name_over_the_cluster_is_no_headline() -> None:
    headline = "Stadtrat beschließt Haushalt nach langer Debatte"
    page = (
        f"{MENU}Lokales\nStadt-News\n19.11.2021\nvon Birgit Posselt\n{headline}\n"
        f"{P1}\n{P2}\n{P1}\n"
    )
    assert parse_page(page).title == headline
