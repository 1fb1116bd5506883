"""A person's full name right above the headline is the author when no line below the headline
or under the text names one: magazine layouts set the author over the title ("Marina Beuerle"
/ "11 schöne Ausflugsziele für den Herbst").

Expected values are the names as printed; a kicker, a section or a place above the title, or a
first name alone, names no author.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import ParsedArticle
from tests.head_pages import HEADLINE, P1, P2, parse_page


def _article(above: str, below: str = "") -> ParsedArticle:
    return parse_page(
        f"Start\nReise\nAbonniere unseren Newsletter!\n{above}\n{HEADLINE}\n{below}{P1}\n{P2}\n"
    )


def test_name_above_the_headline_is_the_author() -> None:
    article = _article("Marina Beuerle")
    assert (article.title, article.byline) == (HEADLINE, "Marina Beuerle")


@pytest.mark.parametrize(
    "above",
    [
        "Bauprojekt Oberhaching",  # a place or a project: no first name
        "Politik Aktuell",  # a section
        "Marina",  # a first name alone
    ],
)
def test_other_lines_above_the_headline_name_no_author(above: str) -> None:
    assert _article(above).byline is None


def test_an_author_line_below_the_headline_wins() -> None:
    assert _article("Marina Beuerle", "Von Anna Weber\n").byline == "Anna Weber"


def test_a_desk_below_the_headline_wins() -> None:
    # Read only when nothing below names an author: else the full name would outrank the
    # one-word desk beside the date.
    assert _article("Marina Beuerle", "Redaktion\n06.11.2023\n").byline == "Redaktion"


def test_a_kicker_naming_the_storys_subject_is_no_author() -> None:
    story = parse_page(
        f"Start\nPolitik\nAbonniere unseren Newsletter!\nOlaf Scholz\n{HEADLINE}\n"
        f"{P1} Olaf Scholz sagte dazu nichts.\n{P2}\n"
    )
    assert story.byline is None
