"""A byline of initials is written out when the site's licence or copyright notice under the
text names a person with those initials: a blog theme prints the account ("Posted by DT")
where the licence names the author ("Ein Hundetagebuch von Donald Townsend steht unter einer
Creative Commons … Lizenz", de-web's 1hundetagebuch page, which had "DT").

Pages written by hand around the shared story; expected values are the names as printed.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


def _page(byline: str, footer: str) -> str:
    return (
        f"Startseite\nTagebuch\n{HEADLINE}\nPosted by {byline} in Tagebuch\n\n{P1}\n\n{P2}\n\n"
        f"Kommentare\nImpressum\n{footer}\n"
    )


LICENCE = "Ein Stadttagebuch von Donald Townsend steht unter einer Creative Commons Lizenz."


@pytest.mark.parametrize(
    ("byline", "footer", "author"),
    [
        ("DT", LICENCE, "Donald Townsend"),
        ("D. T.", LICENCE, "Donald Townsend"),
        ("DT", "© 2020 Donald Townsend", "Donald Townsend"),
        # Other initials, or a name that is no initials, stay as printed.
        ("AB", LICENCE, "AB"),
        ("Donald", LICENCE, "Donald"),
    ],
)
def test_initials_are_written_out_from_the_sites_notice(
    byline: str, footer: str, author: str
) -> None:
    assert parse_page(_page(byline, footer)).byline == author


def test_initials_without_a_notice_stay() -> None:
    assert parse_page(_page("DT", "Datenschutz")).byline == "DT"
