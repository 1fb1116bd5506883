"""Titles on real copied pages (issue #10): a page that prints its short title over the full
headline ("Kind krank: Was Arbeitgeber wissen müssen" over "Kind krank Was Arbeitgeber über
die Rechte von Eltern wissen müssen"), and a blog headline opening with a bracketed series name
("[The Palace: …] More Reviews from KLOOK Visitors!") over its meta line.

Built like the dev-set pages that showed each class (a German business magazine's guide, a
Korean theatre's English blog); the expected values are the headlines printed over the story.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.title import strip_glued_kicker
from reader.core.ingest.title_lines import is_sentence_headline
from tests.head_pages import P2, parse_page

MENU = "Start\nPolitik\nWirtschaft\nKultur\n"
OPENING = (
    "Wie viele Tage im Jahr dürfen Mitarbeiter zu Hause bleiben, wenn ihr Kind krank ist? Muss "
    "der Arbeitgeber das Gehalt weiterzahlen, und was gilt für Eltern in Teilzeit?"
)
SHORT = "Kind krank: Was Arbeitgeber wissen müssen"
FULL = "Kind krank Was Arbeitgeber über die Rechte von Eltern wissen müssen"


def test_the_full_headline_under_the_short_title_is_the_title() -> None:
    page = f"{MENU}{SHORT}\n{FULL}\n{OPENING}\nVon Julia Müller\n28. Dezember 2022\n{P2}\n"
    article = parse_page(page)
    assert article.title == "Was Arbeitgeber über die Rechte von Eltern wissen müssen"
    assert article.byline == "Julia Müller"


def test_a_caption_repeating_the_headline_with_a_credit_stays_below_it() -> None:
    headline = "Paris Haute Couture SS14: Serkan Cura"
    page = (
        f"{MENU}27. Januar 2014 by Barbara Russ / Kategorien: Event, Fashion\n{headline}\n"
        "Paris Haute Couture SS14, Serkan Cura, Bild via\n"
        "Wenn man Iris van Herpen als die Prinzessin der Haute Couture bezeichnet, dann ist "
        f"Serkan Cura ihr Prinz, und seine Kollektion in Paris zeigte das wieder.\n{P2}\n"
    )
    assert parse_page(page).title == headline


@pytest.mark.parametrize(
    ("title", "earlier", "expected"),
    [
        (FULL, [SHORT], "Was Arbeitgeber über die Rechte von Eltern wissen müssen"),
        (FULL, ["Kind krank"], FULL),  # no colon: no evidence of a kicker
        ("Kind krank und was nun", [SHORT], "Kind krank und was nun"),  # lower case goes on
        # Another story's headline under the same topic word: no short form of this one.
        (
            "Corona Regeln verschärft in Berlin und Brandenburg",
            ["Corona: Neue Regeln ab Montag"],
            "Corona Regeln verschärft in Berlin und Brandenburg",
        ),
    ],
)
def test_a_kicker_printed_with_its_colon_above_is_taken_off(
    title: str, earlier: list[str], expected: str
) -> None:
    assert strip_glued_kicker(title, earlier) == expected


def test_a_sentence_headline_may_open_with_a_bracket_or_quote() -> None:
    assert is_sentence_headline("[The Palace] More Reviews from KLOOK Visitors!", 7)
    assert is_sentence_headline("‘Meth. We’re on it.’ They just might be.", 8)
    assert not is_sentence_headline("[the palace] more reviews from visitors!", 6)


def test_a_bracketed_blog_headline_over_its_meta_line_is_the_title() -> None:
    headline = "[The Palace: Tale of Jang Noksu] More Reviews from KLOOK Visitors!"
    page = (
        "Home\nAbout Theater\nPerformance\nReservation\nSearch\nBlog - Latest News\n"
        f"{headline}\nOctober 12, 2018/0 Comments/in Jeongdong Promotion /by jdadmin\n"
        "Visitors who booked their tickets through KLOOK came to Jeongdong Theater to watch "
        "the show, and many of them left reviews that we are glad to share with you here.\n"
        "The show was really great. We received the tickets at the entrance and we enjoyed a "
        "free drink, and the performers were talented, funny and very close to the audience.\n"
    )
    assert parse_page(page).title == headline
