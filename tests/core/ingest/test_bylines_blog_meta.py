"""Blog and news layouts around the author: the phrase a theme prints after the name ("Jane
Doe Leave a comment"), a blog's name over the post's date ("My Town Blog" / "Monday, November
18, 2019"), and a byline block of separate lines with the outlet under the name ("Jane Doe" /
"City Times" / "Published …"). Expected values are what a reader would cite."""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import byline_in_line
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


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("November 19, 2019 Jane Doe Leave a comment", "Jane Doe"),
        ("19. November 2019 von Anna Weber Hinterlasse einen Kommentar", "Anna Weber"),
        ("19 novembre 2019 par Jean Dupont Laisser un commentaire", "Jean Dupont"),
    ],
)
def test_comment_prompt_after_the_name_is_no_name(line: str, names: str) -> None:
    article = parse_page(f"Home\nAbout\n{HEADLINE}\n{line}\n{P1}\n{P2}\n")
    assert article.byline == names
    assert article.title == HEADLINE


def test_comment_prompt_ends_inline_names() -> None:
    assert byline_in_line("Posted by Jane Doe Leave a reply", False) == "Jane Doe"


def test_blog_name_over_the_date_is_no_author() -> None:
    article = parse_page(f"My Town Blog\nMonday, November 18, 2019\n{HEADLINE}\n{P1}\n{P2}\n")
    assert article.byline is None
    assert article.title == HEADLINE


def test_person_over_the_date_is_the_author() -> None:
    article = parse_page(f"Jane Doe\nMonday, November 18, 2019\n{HEADLINE}\n{P1}\n{P2}\n")
    assert article.byline == "Jane Doe"


def test_outlet_under_the_name_is_no_headline() -> None:
    page = (
        f"Home\nNews\n{HEADLINE}\nThe council chamber on Tuesday. (Photo: John Roe/City Times)\n"
        f"Jane Doe\nCity Times\nPublished 5:30 p.m. ET Nov. 19, 2019\n{P1}\n{P2}\n"
    )
    article = parse_page(page)
    assert article.title == HEADLINE
    assert article.byline == "Jane Doe"


@pytest.mark.parametrize(
    "above", ["Mayor Smith", "City council votes on the budget for road repairs"]
)
def test_short_headline_over_the_date_still_wins(above: str) -> None:
    """Under a line that is no person's name alone, a short line on the date heads the
    story (a topic line over it shares the story's words too)."""
    page = f"Home\nNews\n{above}\nBudget approved\nNov. 19, 2019\n{P1}\n{P2}\n"
    assert parse_page(page).title == "Budget approved"


DE_P1 = (
    "Bundeskanzler Olaf Scholz hat am Montag in Berlin die Pläne der Regierung für den neuen "
    "Haushalt verteidigt und Kritik aus der Opposition an den Kürzungen zurückgewiesen."
)
DE_P2 = (
    "Die Union warf der Koalition vor, die Schuldenbremse zu umgehen, und kündigte an, den "
    "Haushalt im Bundestag nicht mitzutragen, solange die Regierung an den Plänen festhalte."
)


@pytest.mark.parametrize("headline", ["Kanzler unter Druck", "Kanzler verteidigt Haushalt"])
def test_person_kicker_over_a_short_headline_on_the_date(headline: str) -> None:
    """A person's name over a short line on the date is the kicker over the headline, not an
    author over an outlet: the short line names no paper."""
    page = f"Start\nPolitik\nOlaf Scholz\n{headline}\n12.03.2024, 18:05 Uhr\n{DE_P1}\n{DE_P2}\n"
    assert parse_page(page).title == headline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Autorin: Anna Weber | Fotos: Max Muster", "Anna Weber"),  # read as a caption too
        ("Text: Anna Weber, Fotos: Max Muster", "Anna Weber"),
        ("Anna Weber (aw)", "Anna Weber"),  # her initials, as German papers sign
        ("Von Anna Weber (aw)", "Anna Weber"),
    ],
)
def test_german_author_lines_with_credit_or_initials(line: str, names: str) -> None:
    page = f"Start\nPolitik\n{HEADLINE}\n{line}\n12.03.2024\n{P1}\n{P2}\n"
    assert parse_page(page).byline == names


def test_picture_caption_opening_with_von_links_is_no_author() -> None:
    page = (
        f"Start\nPolitik\n{HEADLINE}\n12.03.2024\n"
        f"Von links: Anna Weber und Max Muster bei der Sitzung. Foto: Max Muster\n{P1}\n{P2}\n"
    )
    assert parse_page(page).byline is None
