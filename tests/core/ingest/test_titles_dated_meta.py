"""Titles on real copied pages (issue #10): a post's meta line under the headline carries its
section, date and clock time and a comment link ("Aus der Region 6. November 2023 15:00
Kommentar schreiben"); it has words enough besides the date to pass for a dated headline, but
a headline names the day of an event, hardly ever its minute, so the headline above stays the
title. Built like the regional news site of the dev set that showed it; expected values are
what a reader of the page would cite.
"""

from __future__ import annotations

from tests.head_pages import P1, P2, parse_page

MENU = "Polizei\nMeinung\nKalenderblatt\nVerkehr\nAnzeige\n"
KICKER = "Energiewende Oberland:"
HEADLINE = "Klimavorreiter Oberland?"


def _page(meta: str) -> str:
    return f"{MENU}{KICKER}\n{HEADLINE}\n{meta}\n\nvon Birgit Posselt\n\n{P1}\n{P2}\n{P1}\n"


def test_a_meta_line_with_a_clock_time_is_no_headline() -> None:
    article = parse_page(_page("Aus der Region 6. November 2023 15:00 Kommentar schreiben"))
    assert article.title == HEADLINE
    assert article.published is not None and article.published.startswith("2023-11-06")


def test_a_headline_carrying_a_day_is_still_a_headline() -> None:
    """Without a time the dated line stays a candidate: '… vom 22.04.2020 – …' headlines."""
    title = "Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?"
    article = parse_page(f"{MENU}{title}\nvon Birgit Posselt\n\n{P1}\n{P2}\n{P1}\n")
    assert article.title == title
