"""A line that announces the date but holds none, with the date on the line right under it
("Posted on by Jane Doe" / "March 12, 2024", "Veröffentlicht am" / "12. März 2024" / "von
Anna Weber"), as blog themes print it over or under the text. Expected values are the
byline and the day a reader sees on those lines.
"""

from __future__ import annotations

import pytest

from tests.head_pages import EN_HEADLINE, EN_P1, EN_P2, HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ("Posted on by Jane Doe\nMarch 12, 2024", "Jane Doe"),
        ("Posted on\nMarch 12, 2024\nby Jane Doe", "Jane Doe"),
        ("Posted on\nMarch 12, 2024", None),
    ],
)
def test_english_date_under_its_lead_below_the_text(lines: str, author: str | None) -> None:
    article = parse_page(f"{EN_HEADLINE}\n\n{EN_P1}\n\n{EN_P2}\n\n{lines}\n")
    assert article.published == "2024-03-12"
    assert article.byline == author
    assert article.body.rstrip().endswith("work on the stops begins in the spring.")


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        ("Veröffentlicht am\n12. März 2024", None),
        ("Veröffentlicht am\n12. März 2024\nvon Anna Weber", "Anna Weber"),
        ("von Anna Weber\nVeröffentlicht am\n12. März 2024", "Anna Weber"),
    ],
)
def test_german_date_under_its_lead_below_the_text(lines: str, author: str | None) -> None:
    article = parse_page(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{lines}\n")
    assert article.published == "2024-03-12"
    assert article.byline == author
    assert article.body.rstrip().endswith("wenn die Einnahmen wieder ausblieben.")


@pytest.mark.parametrize(
    ("page", "author"),
    [
        (f"Posted on by Jane Doe\nMarch 12, 2024\n{EN_HEADLINE}\n\n{EN_P1}\n\n{EN_P2}\n", "Jane Doe"),
        (f"{EN_HEADLINE}\nPosted on\nMarch 12, 2024\n\n{EN_P1}\n\n{EN_P2}\n", None),
        (f"Veröffentlicht am\n12. März 2024\nvon Anna Weber\n{HEADLINE}\n\n{P1}\n\n{P2}\n", "Anna Weber"),
        (f"{HEADLINE}\nVeröffentlicht am\n12. März 2024\n\n{P1}\n\n{P2}\n", None),
    ],
)
def test_date_under_its_lead_around_the_headline(page: str, author: str | None) -> None:
    article = parse_page(page)
    assert article.published == "2024-03-12"
    assert article.byline == author


def test_a_lead_with_a_paragraph_under_it_gives_no_date() -> None:
    # The line under the lead is a sentence that mentions a date, not the post's date line.
    tail = "Posted on\nOn March 12, 2024 the council will meet again to discuss the budget for the coming year in full."
    article = parse_page(f"{EN_HEADLINE}\n\n{EN_P1}\n\n{EN_P2}\n\n{tail}\n")
    assert article.published is None


def test_a_date_under_a_line_that_announces_none_is_not_taken() -> None:
    # Under "back to the list" the date opens another story's teaser.
    tail = "Zurück zur Übersicht\n13. März 2024 – Neue Ampel am Markt"
    article = parse_page(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{tail}\n")
    assert article.published is None


@pytest.mark.parametrize(
    "tail",
    [
        # Under the lead a teaser opens with its date: another story's, not the post's.
        "Veröffentlicht am\n13. März 2024 – Neue Ampel am Markt",
        "Veröffentlicht am\n13. März 2024: Neue Ampel am Markt eröffnet",
        # A list of dated items, each under its lead or not.
        "Veröffentlicht am\n13. März 2024\nNeue Ampel am Markt\n10. März 2024\nStadtfest abgesagt",
        "Posted on\nMarch 13, 2024\nNew traffic lights at the market\nMarch 10, 2024\nCity fair cancelled",
        # Under the readers' thread or a list of other stories the dates are theirs.
        "Kommentare\nVeröffentlicht am\n13. März 2024",
        "Mehr zum Thema\nVeröffentlicht am\n13. März 2024",
    ],
)
def test_a_date_under_a_lead_that_is_not_the_posts_is_not_taken(tail: str) -> None:
    article = parse_page(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{tail}\n")
    assert article.published is None


def test_a_date_in_the_last_paragraph_does_not_make_the_date_under_the_lead_a_lists() -> None:
    last = (
        "Der Stadtrat will am 20. April 2024 erneut über den Haushalt beraten und dann auch über "
        "die neuen Buslinien entscheiden, hieß es aus dem Rathaus."
    )
    article = parse_page(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{last}\n\nVeröffentlicht am\n12. März 2024\n")
    assert article.published == "2024-03-12"
