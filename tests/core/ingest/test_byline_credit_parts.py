"""A credit line naming the text's author and the photographer gives the text's author: with
its parts separated by a semicolon ("Text: Anna Roth; Fotos: Peter Hartmann"), as with a comma
or a bar, and with the pictures' credit first ("Fotos: Peter Hartmann, Text: Anna Roth"); a
semicolon between two names lists co-authors.

Hand-written lines in the shape of magazine credits ("Text: X, Fotos: Y" and its variants; no
dev page prints these two forms); expected values are the names as the lines print them.
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


# The pictures' credit first, the text's after it in the same line: the text's author.
PICTURES_FIRST = (
    "Fotos: Peter Hartmann, Text: Anna Roth",
    "Foto: Peter Hartmann / Text: Anna Roth",
    "Bilder: Peter Hartmann | Autorin: Anna Roth",
)


@pytest.mark.parametrize("line", PICTURES_FIRST)
def test_the_text_credit_after_the_pictures_names_the_author(line: str) -> None:
    assert parse_page(f"{HEAD}{line}\n\n{P1}\n\n{P2}\n\nImpressum\n").byline == "Anna Roth"
    tail = f"{HEAD}\n{P1}\n\n{P2}\n{line}\n\nImpressum\nDatenschutz\n"
    assert parse_page(tail).byline == "Anna Roth"


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Peter Hartmann",  # the photographer alone
        "Fotos: Peter Hartmann, Bearbeitung: Anna Roth",  # another credit, not the text's
    ],
)
def test_a_picture_credit_alone_names_no_author(line: str) -> None:
    assert parse_page(f"{HEAD}{line}\n\n{P1}\n\n{P2}\n\nImpressum\n").byline is None
