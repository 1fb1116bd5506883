"""Head classes met on real copied pages (issue #10, fifth round): an author's name alone on
its line is told by the line under it, a link to the author's other posts or the newsroom they
belong to ("Heinz Steiner" / "Weitere Beiträge", "Steven Salentin" / "Mitglied der Tonight
News-Redaktion").

Each page is small and built to show one class; the expected values are what a reader of the
page would cite.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page

MENU = "Start\nPolitik\nWirtschaft\nKultur\n"


def test_a_name_over_a_link_to_the_authors_posts_under_the_text_is_the_author() -> None:
    for link in ("Weitere Beiträge", "Alle Beiträge von Heinz Steiner", "View all posts by Heinz"):
        page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nVorheriger Artikel\nHeinz Steiner\n{link}\nKontakt\n"
        assert parse_page(page).byline == "Heinz Steiner", link


def test_a_name_under_the_text_over_any_other_short_line_names_no_author() -> None:
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nVorheriger Artikel\nHeinz Steiner\nNeueste Artikel\nKontakt\n"
    assert parse_page(page).byline is None


def test_a_name_under_the_opening_paragraph_over_its_newsroom_is_the_author() -> None:
    page = (
        f"{MENU}{HEADLINE}\n16. März 2021\n{P1}\nSteven Salentin\n"
        f"Mitglied der Tonight News-Redaktion\n{P2}\n"
    )
    assert parse_page(page).byline == "Steven Salentin"


def test_a_name_under_the_opening_paragraph_over_the_story_is_a_subheading() -> None:
    page = f"{MENU}{HEADLINE}\n16. März 2021\n{P1}\nSteven Salentin\n{P2}\n"
    assert parse_page(page).byline is None


def test_a_creative_commons_licence_naming_the_works_author_gives_the_byline() -> None:
    for licence, name in (
        (
            "Ein Stadttagebuch von Anna Weber steht unter einer Creative Commons "
            "Namensnennung 3.0 Unported Lizenz.",
            "Anna Weber",
        ),
        ("This blog by Anna Weber is licensed under a Creative Commons licence.", "Anna Weber"),
        ("CC-BY-NC-ND Anna Weber", "Anna Weber"),
    ):
        # The name may stand elsewhere on the page too: the licence names the work's author.
        page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nÜber Anna Weber\nKontakt\n{licence}\n"
        assert parse_page(page).byline == name, licence


def test_a_creative_commons_licence_without_a_person_names_no_author() -> None:
    for licence in (
        "Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 Lizenz.",
        "CC-BY-SA 4.0",
        "Dieser Blog von Stadtwerke Musterstadt GmbH steht unter einer Creative Commons Lizenz.",
    ):
        page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nKontakt\n{licence}\n"
        assert parse_page(page).byline is None, licence


def test_a_link_to_the_authors_posts_under_the_text_names_the_author() -> None:
    for link, name in (
        ("Alle Posts vom AutorTine →", "Tine"),
        ("Zeige alle Beiträge von Anna Weber →", "Anna Weber"),
        ("View all posts by Anna Weber", "Anna Weber"),
        ("More articles from Anna Weber", "Anna Weber"),
    ):
        page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nTeilen\n{link}\nKontakt\n"
        assert parse_page(page).byline == name, link


def test_a_link_to_a_sites_posts_names_no_author() -> None:
    for link in (
        "Alle Beiträge von heute →",
        "More stories from the region",
        "More stories from Europe",
        "Alle Artikel vom 3. Mai",
        "Alle Beiträge von Montag bis Freitag →",
    ):
        page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nTeilen\n{link}\nKontakt\n"
        assert parse_page(page).byline is None, link
