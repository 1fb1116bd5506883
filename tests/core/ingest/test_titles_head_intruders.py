"""Titles on real copied pages (issue #10): lines between the headline and the story that
score like a headline and are none. A photo caption with its photographer and agency glued on
("… Austria.Leonhard Foeger / Reuters file"), a standfirst of two sentences under the
headline and a one-word series label, a box of trending stories under the byline.

Built like the en-news pages that showed each class (a US network's caption under its
headline, a British paper's editorial, a US network's story under a trending box); the
expected values are the headlines a reader sees printed over the story.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.title_lines import is_never_a_title
from tests.head_pages import parse_page

MENU = "Home\nWorld\nPolitics\nBusiness\n"
P1 = (
    "The city council voted on Monday evening, after a long debate, to spend the new budget on "
    "repairing the roads, and the mayor said the money would be spent before the summer."
)
P2 = (
    "The opposition said the plan rested on optimistic tax forecasts and warned that cuts "
    "might follow in the autumn if the revenue failed to come in as the council expected."
)
HEADLINE = "City council spends new budget on repairing the roads"


@pytest.mark.parametrize(
    "line",
    [
        "The town hall where the council met on Monday, Springfield.Leonhard Foeger / Reuters file",
        "Retiring early isn't easy.Kathrin Ziegler/Getty",
        "Palestinians pledged new measures to oppose it. Jaafar ASHTIYEH / AFP",
    ],
)
def test_a_caption_with_its_photographer_glued_on_is_never_a_title(line: str) -> None:
    assert is_never_a_title(line)


@pytest.mark.parametrize(
    "line",
    ["Hertha gewinnt 2:1 in Berlin / Zweite Liga", "U.S. Open / Final", "Budget vote.Next / Back"],
)
def test_a_headline_with_a_slash_stays_a_candidate(line: str) -> None:
    assert not is_never_a_title(line)


def test_the_headline_wins_over_the_caption_under_its_teaser() -> None:
    caption = (
        "The town hall where the council met on Monday in Springfield.Leonhard Foeger / Reuters"
    )
    page = (
        f"{MENU}{HEADLINE}\nThe vote aims to fix the worst roads before the winter comes.\n"
        f"{caption}\nNov. 20, 2019, 9:28 AM UTC\nBy Reuters\n{P1}\n{P2}\n"
    )
    assert parse_page(page).title == HEADLINE


def test_a_standfirst_of_two_sentences_under_a_label_is_no_headline() -> None:
    headline = "The Springfield view on the roads: a city on the brink"
    standfirst = (
        "The council’s delay has only made the potholes worse. It is up to the mayor to act "
        "now, as the voters should tell him"
    )
    page = f"{MENU}{headline}\nEditorial\n{standfirst}\nMon 18 Nov 2019 18.54 GMT\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_a_trending_box_under_the_byline_does_not_take_the_title() -> None:
    # The headline shares no word with the opening (as a feature's often does), and the last
    # trending story recurs in the page's "Most Popular" list.
    headline = "The woman whose garden nearly ruined her: How this mystery was solved"
    trending = "2 US service members die in helicopter crash"
    page = (
        f"{MENU}{headline}\nBy Jane Porter, CNN\n1 day ago\n"
        f"'Comes down to one guy': All eyes turn to the ambassador\n{trending}\n"
        f"{P1}\n{P2}\nMost Popular\n{trending}\nTom Hanks learns he is related to Fred Rogers\n"
    )
    article = parse_page(page)
    assert article.title == headline
    assert article.byline == "Jane Porter"


def test_a_german_standfirst_of_two_sentences_gives_way_to_its_headline() -> None:
    headline = "Stadtrat beschließt Haushalt mit Geld für die Straßen"
    standfirst = (
        "Der Streit um die Schlaglöcher dauerte länger als geplant. Über die Kürzungen im Herbst "
        "will die Opposition noch einmal reden"
    )
    page = f"Start\nPolitik\n{headline}\nKommentar\n{standfirst}\n12. März 2021\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_a_long_headline_with_an_abbreviation_is_no_standfirst() -> None:
    headline = "Trump vs. Biden: Who wins the final debate on the economy, taxes and health care tonight in Ohio"
    page = f"{MENU}Election Day Live Coverage\n{headline}\nNov 1, 2020\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_a_list_of_teasers_with_their_authors_does_not_cut_the_window() -> None:
    page = (
        f"{MENU}Related story about the school budget and its many critics\nBy Tom Baker\n"
        f"Related story about the new bridge and its long delays\nBy Ann Lee\n"
        f"{HEADLINE}\nNov 1, 2020\n{P1}\n{P2}\n"
    )
    assert parse_page(page).title == HEADLINE
