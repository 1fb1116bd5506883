"""A credit line whose parts a semicolon separates names the text's author, not the
photographer ("Text: Anna Roth; Fotos: Peter Hartmann"), as it does with a comma or a bar; a
semicolon between two names lists co-authors.

Hand-written lines in the shape of magazine credits (the brief's "Text: X, Fotos: Y"; no dev
page prints the semicolon form); expected values are the names as the lines print them.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page

HEAD = f"Startseite\nStadt\n{HEADLINE}\n"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Text: Anna Roth; Fotos: Peter Hartmann", "Anna Roth"),
        ("Text: Anna Roth, Fotos: Peter Hartmann", "Anna Roth"),
        ("Text: Anna Roth | Fotos: Peter Hartmann", "Anna Roth"),
        ("Von Anna Roth; Peter Hartmann", "Anna Roth, Peter Hartmann"),
    ],
)
def test_the_credits_text_part_names_the_author(line: str, author: str) -> None:
    assert parse_page(f"{HEAD}{line}\n\n{P1}\n\n{P2}\n\nImpressum\n").byline == author


def test_the_credit_under_the_story_names_the_author() -> None:
    page = f"{HEAD}\n{P1}\n\n{P2}\nText: Anna Roth; Fotos: Peter Hartmann\n\nImpressum\n"
    assert parse_page(page).byline == "Anna Roth"
