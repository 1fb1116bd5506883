"""Titles on real copied pages (issue #10): the entries of a table of contents under the
headline ("Inhalt" / the story's questions) are never the headline, however well they match
the story's opening.

Built like the dev-set pages that showed the class (an anglers' magazine, a car magazine's
guide, a business magazine's explainer, each with a contents box between the headline and the
date); the expected values are what a reader of the page would cite.
"""

from __future__ import annotations

from tests.head_pages import P1, P2, parse_page

MENU = "Start\nMagazin\nForum\nKontakt\n"
HEADLINE = "Alkohol am Steuer des Bootes"
ENTRIES = (
    "Wie viel Alkohol ist auf dem Boot erlaubt?",
    "Was droht bei einem Verstoß?",
    "Muss man den Führerschein abgeben?",
    "Muss man zur MPU?",
)


def _page(label: str) -> str:
    entries = "\n".join(ENTRIES)
    return (
        f"{MENU}{HEADLINE}\n{label}\n{entries}\nMagazin, News\n7. Januar 2022\n"
        f"{P1}\n{ENTRIES[0]}\n{P2}\n{ENTRIES[1]}\n{P1}\n"
    )


def test_a_contents_box_under_the_headline_leaves_the_headline_the_title() -> None:
    for label in ("Inhalt", "Inhaltsverzeichnis", "Table of contents", "Contents:"):
        article = parse_page(_page(label))
        assert article.title == HEADLINE, label
        assert article.published == "2022-01-07", label
