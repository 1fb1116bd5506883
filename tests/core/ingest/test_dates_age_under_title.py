"""When the lines under the headline give the story's age instead of its date ("Adam Clark
Estes" / "Monday 5:30PM", "Published 1 day ago"), a full date just above the headline closes
another story's teaser in the list over it: the page gives no date for this story.

Expected values are the dates a reader would cite; None where the page dates the story only by
its age.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page

TEASER = "Ein anderer Artikel über den Stadtrat\nAnna Weber 12.11.2019 16:40\nPOLITIK\n"


def _published(under: str) -> str | None:
    return parse_page(f"Start\nPolitik\n{TEASER}{HEADLINE}\n{under}{P1}\n{P2}\n").published


def test_age_under_the_headline_leaves_the_teaser_date_above() -> None:
    assert _published("Jonas Kraft\nMonday 5:30PM\n") is None
    assert _published("Published 1 day ago\n") is None


def test_date_under_the_headline_wins() -> None:
    assert _published("Jonas Kraft\n18.11.2019\n") == "2019-11-18"
    assert _published("18.11.2019\nvor 4 Stunden\n") == "2019-11-18"


def test_date_above_the_headline_counts_without_an_age_line() -> None:
    assert _published("Jonas Kraft\n") == "2019-11-12T16:40"


def test_a_date_announced_under_the_text_stands_beside_the_age() -> None:
    """The page's own "Veröffentlicht am …" under the story is its date, age line or not."""
    page = f"Start\nPolitik\n{TEASER}{HEADLINE}\nvor 4 Stunden\n{P1}\n{P2}\nVeröffentlicht am 18.11.2019\n"
    assert parse_page(page).published == "2019-11-18"
