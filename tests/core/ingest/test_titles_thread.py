"""Titles on real copied pages (issue #10): the header of a blog's comment thread names the
post ("5 Kommentare zu „…“", "6 thoughts on “…”"), so the line above the story with those
words is the headline, however short.

Built like the dev-set blogs that showed the class (a photo blog whose one-word post title
stands over its meta line, a business blog with share counts under the headline); the
expected values are what a reader of the page would cite.
"""

from __future__ import annotations

from tests.head_pages import P1, P2, parse_page

MENU = (
    "Querbeet und ohne Gewähr\nWas das hier soll\nWas ich so lese\nWas ich gut finde\n"
    "Fundstücke\nImpressum\nDatenschutz\n"
)
TITLE = "Abendlicht (3)"
SUBHEADING = "Die Stadt steht still im Abendlicht"


def _page(header: str) -> str:
    return (
        f"{MENU}← Nebenbei bemerkt (4)\nJahreswechsel →\n{TITLE}\n"
        "Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie\n"
        f"{SUBHEADING}\n{P1}\n{P2}\n{header}\n"
        "Anna sagt:\n6. Januar 2020 um 10:12\nSchöne Bilder, vor allem das zweite.\n"
    )


def test_the_title_a_comment_thread_names_is_the_headline() -> None:
    for header in (
        f"5 Kommentare zu „{TITLE}“",
        f"Ein Gedanke zu „{TITLE}“",
        f"6 thoughts on “{TITLE}”",
        f"1 reply on “{TITLE}”",
        f"12 responses to “{TITLE.upper()}”",  # compared in any case
    ):
        article = parse_page(_page(header))
        assert article.title == TITLE, header
        assert article.published == "2020-01-05", header


def test_a_thread_naming_no_line_of_the_page_leaves_the_headline_rules_alone() -> None:
    for header in ("5 Kommentare zu „Ein anderer Beitrag“", "Kommentare", "5 Kommentare"):
        assert parse_page(_page(header)).title == SUBHEADING, header


def test_a_quoted_line_that_heads_no_thread_names_no_title() -> None:
    # The title in quotes without a count in front: a link or a line quoting the post.
    line = f"Mehr Bilder zu „{TITLE}“"
    assert parse_page(_page(line)).title == SUBHEADING
