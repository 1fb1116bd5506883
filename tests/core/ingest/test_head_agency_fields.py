"""The news agency a German page credits beside the date or right under the headline
("12.03.2024 | Quelle: dpa", "Quelle: dpa" over the date line): recorded on the article and
its byline when no person is named. A bare agency over the date is the lead picture's credit
("REUTERS"), the story's dateline names the agency in its usual spelling."""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    "lines",
    [
        "12.03.2024 | Quelle: dpa",
        "Quelle: dpa\n12.03.2024, 18:05 Uhr",
        "12.03.2024 · Hamburg · dpa",
        "12.03.2024\nQuelle: dpa\nVon Anna Weber",
        "Standfirst: Der Rat stimmt zu\n12.03.2024\nQuelle: dpa",
    ],
)
def test_agency_beside_the_date_or_under_the_headline(lines: str) -> None:
    article = parse_page(f"Home\nNachrichten\n{HEADLINE}\n{lines}\n{P1}\n{P2}\n")
    assert article.title == HEADLINE
    assert article.agency == "dpa"
    assert article.byline in ("dpa", "Anna Weber")
    assert article.published is not None and article.published.startswith("2024-03-12")


def test_picture_credit_over_the_date_leaves_the_dateline_spelling() -> None:
    story = (
        "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map "
        "of Saturn's moon Titan, including vast plains and dunes of frozen organic material."
    )
    more = (
        "The map shows that Titan's plains cover most of its surface, while dunes of organic "
        "sand stretch along the equator and lakes of liquid methane sit near the poles."
    )
    page = (
        "World\nScience\nScientists unveil the first global geological map of Titan\n"
        f"REUTERS\nNovember 18, 2019\n{story}\n{more}\n"
    )
    article = parse_page(page)
    assert article.agency == "Reuters"


def test_source_line_under_the_author_line() -> None:
    article = parse_page(
        f"Home\nNachrichten\n{HEADLINE}\nVon Anna Weber\nQuelle: dpa\n{P1}\n{P2}\n"
    )
    assert article.agency == "dpa"
    assert article.byline == "Anna Weber"
