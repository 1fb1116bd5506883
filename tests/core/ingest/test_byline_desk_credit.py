"""A newsroom desk credited under the text is the byline when no person is named.

Expected values are the credit as the page prints it; a heading, a contact link or a footer
menu entry naming the desk is no credit.
"""

from __future__ import annotations

import pytest

from tests.head_pages import parse_page

P1 = (
    "Am Samstagabend ist ein 74-Jähriger mit seinem Wagen in Simmelsdorf in Richtung Hüttenbach "
    "gefahren, als er nach Angaben der Polizei gesundheitliche Probleme bekam und anhielt."
)
P2 = (
    "Eine Verkehrsteilnehmerin, die hinter ihm fuhr, rief den Rettungsdienst, doch die Ärzte "
    "konnten dem Mann nicht mehr helfen; die Polizei schließt einen Unfall nicht aus."
)
HEAD = "Start\nRegion\nPolizei\nSport\n74-Jähriger stirbt nach Unfall in Simmelsdorf\n06.11.2023\n"


def _byline(page: str) -> str | None:
    return parse_page(page).byline


def test_desk_credit_under_the_text_is_the_byline() -> None:
    page = f"{HEAD}{P1}\n{P2}\nN-Land\nN-Land Redaktion\nDas könnte Sie auch interessieren\n"
    assert _byline(page) == "N-Land Redaktion"


def test_desk_credit_under_an_author_label() -> None:
    page = f"{HEAD}{P1}\n{P2}\nAutor\nTeufel Blog Redaktion\n{P1}\n"
    assert _byline(page) == "Teufel Blog Redaktion"


@pytest.mark.parametrize(
    "tail",
    [
        "FAQ\nOnline Redaktion\nJobs\n",  # a footer menu's entry
        "Hinweise\nKontakt Redaktion\nDas könnte Sie auch interessieren\n",  # a contact link
        "Weitere Artikel\nDie Redaktion\nDas könnte Sie auch interessieren\n",  # a heading
        "Weitere Artikel\nunsere redaktion\nDas könnte Sie auch interessieren\n",
    ],
)
def test_desk_named_in_a_menu_or_heading_is_no_credit(tail: str) -> None:
    assert _byline(f"{HEAD}{P1}\n{P2}\n{tail}") is None


def test_a_person_named_in_the_head_wins_over_the_desk() -> None:
    page = (
        f"{HEAD}Von Anna Weber\n{P1}\n{P2}\nN-Land\nN-Land Redaktion\nImpressum und Datenschutz\n"
    )
    assert _byline(page) == "Anna Weber"


def test_the_agency_wins_over_the_desk() -> None:
    page = f"{HEAD}{P1}\n{P2}\nQuelle: dpa\nN-Land\nN-Land Redaktion\nDas könnte Sie auch interessieren\n"
    assert _byline(page) == "dpa"


@pytest.mark.parametrize("desk", ["Redaktion", "Redaktionsteam", "Nachrichtenredaktion"])
def test_one_list_of_desk_words_serves_the_credit_and_the_date_line(desk: str) -> None:
    """The desk words are one list: a desk credited under the text and a desk beside the date
    line in the head are read with the same words."""
    below = f"{HEAD}{P1}\n{P2}\nN-Land\nN-Land {desk}\nDas könnte Sie auch interessieren\n"
    assert _byline(below) == f"N-Land {desk}"
    beside = f"{HEAD}{desk}\n{P1}\n{P2}\n"
    assert _byline(beside) == desk
