"""Titles on real copied pages (issue #10): a short phrase over a line too long for any
headline is the headline, and the long line its standfirst; a label in capitals or Title Case
over it is a kicker. A headline over a teaser that stands on the date line heads the cluster.

Built like the dev-set pages that showed the class (a development magazine's three-word
headline over an eighteen-word standfirst and its authors, a church news site's four-word
headline over a sixteen-word standfirst and the date); the expected values are what a reader
of the page would cite.
"""

from __future__ import annotations

from devsample import pages

from tests.head_pages import P1, P2, parse_page

MENU = "Start\nPolitik\nWirtschaft\nKultur\n"
STANDFIRST = (
    "STADTRAT – Wie die Stadt mit dem Geld für die Straßen umgehen will und was die "
    "Opposition davon hält"
)


def _page(upper: str) -> str:
    return f"{MENU}{upper}\n{STANDFIRST}\nVon Anna Weber\n{P1}\n{P2}\n"


def test_a_short_phrase_over_a_standfirst_is_the_headline() -> None:
    for headline in ("Streit ums Geld", "Der Haushalt steht", "Alleinerziehende: Geld für Straßen"):
        article = parse_page(_page(headline))
        assert article.title == headline, headline
        assert article.byline == "Anna Weber", headline


def test_a_label_over_a_long_line_is_no_headline() -> None:
    # Capitals, Title Case and one word are a section's kicker or label, not a headline.
    for label in ("STADT UND LAND", "Lokale Politik", "Stadtrat"):
        assert parse_page(_page(label)).title == STANDFIRST, label


def test_the_committed_page_with_a_four_word_headline_over_its_standfirst() -> None:
    # A committed dev page (tests/data/devsample): a church news site's headline over a
    # sixteen-word standfirst and the date line. Gold title checked against the page.
    page = next(p for p in pages("de-web") if p.name == "katholisch.at-alleinerziehende")
    assert page.pred["title"] == "Alleinerziehende: Kinderbetreuung flächendeckend ausbauen"


def test_a_headline_over_a_teaser_on_the_date_line_beats_the_subheading_under_it() -> None:
    # Built like a dev-set news page: headline, a one-sentence teaser, the picture's credit,
    # the date, then the story under its first subheading.
    headline = "Medienbericht: Stadtrat plant längere Sperrung der Brücke"
    page = (
        f"{MENU}{headline}\nDer Bürgermeister will am Freitag mit den Fraktionen über das "
        "weitere Vorgehen beraten.\n© Bildagentur / Max Muster\n20. März 2021 - 15:00 Uhr\n"
        f"Der Stadt droht ein langer Umweg\n{P1}\n{P2}\n"
    )
    article = parse_page(page)
    assert article.title == headline
    assert article.published == "2021-03-20T15:00"
