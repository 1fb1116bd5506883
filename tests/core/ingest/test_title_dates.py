"""A headline with the post's date copied onto its end ("…Straßen12.03.2024", "… | Nov. 19,
2019", "… - 12. März 2024, 14:05 Uhr"): the title is the headline, the date the page's date. A
date the headline's own words lead to ("Wahl am 12. März 2024") is part of the title."""

from __future__ import annotations

import pytest

from reader.core.ingest.date_lines import find_date
from reader.core.ingest.title_dates import without_closing_date
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Stadtrat beschließt Haushalt mit Geld 12. März 2024",
            "Stadtrat beschließt Haushalt mit Geld",
        ),
        (
            "Stadtrat beschließt Haushalt für Straßen12.03.2024",
            "Stadtrat beschließt Haushalt für Straßen",
        ),
        (
            "Council approves new road budget | Nov. 19, 2019 9:02 AM EST",
            "Council approves new road budget",
        ),
        (
            "Council approves the new budget Monday, November 18, 2019",
            "Council approves the new budget",
        ),
        (
            "Council approves budget for roads November 19, 2019 at 5:30 pm",
            "Council approves budget for roads",
        ),
        ("Le conseil adopte le budget - 12 mars 2024", "Le conseil adopte le budget"),
    ],
)
def test_date_closing_a_headline_goes(line: str, title: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert without_closing_date(line, hit) == title


@pytest.mark.parametrize(
    "line",
    [
        "Bundestag stimmt über die Wahl am 12. März 2024",  # the headline leads to its date
        "Beschäftigte streiken im Nahverkehr bis Freitag, 15. März 2024",  # via the weekday
        "Museums open their doors for free on November 19, 2019",
        "Redaktion Politik - 12. März 2024",  # too few words: a meta line
        "Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?",  # not at the end
        "Stadtrat beschließt Haushalt 12. März 2024 Kommentar schreiben",
    ],
)
def test_date_of_the_story_stays(line: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert without_closing_date(line, hit) == line


@pytest.mark.parametrize(
    "top",
    [
        f"{HEADLINE} 12. März 2024",
        f"{HEADLINE}12.03.2024",
        f"{HEADLINE} | 12.03.2024",
        f"{HEADLINE} - 12. März 2024, 14:05 Uhr",  # with a time: still the headline's line
    ],
)
def test_page_title_without_the_glued_date(top: str) -> None:
    article = parse_page(f"Start\nPolitik\n{top}\nVon Anna Weber\n{P1}\n{P2}\n")
    assert article.title == HEADLINE
    assert article.published is not None and article.published.startswith("2024-03-12")
    assert article.byline == "Anna Weber"
