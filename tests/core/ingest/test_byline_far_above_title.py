"""A name read far above the headline without a lead word is an entry of a menu or a sidebar
("Radicalised Youth" over "Al Jazeera Correspondent" in a list of shows), not the byline; a
line that introduces its author ("Von Anna Weber") counts wherever it stands.

Expected values are the bylines a reader would cite; None where the page names no author.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page

MENU = "\n".join(f"Rubrik {n}" for n in range(1, 26))


def _byline(top: str) -> str | None:
    return parse_page(f"{top}\n{MENU}\n{HEADLINE}\n06.11.2023\n{P1}\n{P2}\n").byline


def test_name_over_a_role_in_a_menu_far_above_is_no_byline() -> None:
    assert _byline("Start\nRadicalised Youth\nAl Jazeera Correspondent\nThis is Europe") is None


def test_name_beside_a_date_far_above_is_no_byline() -> None:
    assert _byline("Start\nBrent Co November 20, 2019 12:32\nFind your next car") is None


def test_led_author_line_far_above_counts() -> None:
    assert _byline("Start\nVon Anna Weber\nSuche") == "Anna Weber"
