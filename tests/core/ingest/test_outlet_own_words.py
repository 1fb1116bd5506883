"""The outlet as the site spells it in its own furniture: a logo that gives its initials and
its long form, a newsletter's sign-up box that thanks the reader by the publication's name."""

from __future__ import annotations

import pytest

from reader.core.ingest.outlet import find_site_name
from reader.core.ingest.outlet_evidence import masthead_names
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

HEADLINE = "Council passes budget with money for road repairs"
P1 = (
    "The city council approved the new budget on Monday evening after a long debate, and the "
    "mayor said the money for road repairs would be spent before the end of the summer."
)


def _site(lines: list[str], title_index: int, byline: str | None = None) -> str | None:
    return find_site_name(lines, byline, P1, title_index)


@pytest.mark.parametrize(
    ("logo", "notice", "outlet"),
    [
        ("H.T.B. - Harbor Town Bulletin", "© Harbor Town Bulletin GmbH 2025", "Harbor Town Bulletin"),
        ("WHA – Westliche Hafen Allgemeine", "© WHA 2025. Alle Rechte vorbehalten.",
         "Westliche Hafen Allgemeine"),
        ("Neue Hafener Zeitung | NHZ", "© Neue Hafener Zeitung AG 2025", "Neue Hafener Zeitung"),
        ("RND - RedaktionsNetzwerk Deichland", "© RedaktionsNetzwerk Deichland GmbH 2025",
         "RedaktionsNetzwerk Deichland"),
    ],
)  # fmt: skip
def test_a_logo_with_initials_and_long_form_names_the_long_form(
    logo: str, notice: str, outlet: str
) -> None:
    lines = ["Zum Hauptinhalt springen", logo, "Politik", HEADLINE, "Impressum", notice]
    assert _site(lines, 3) == outlet


@pytest.mark.parametrize(
    "logo",
    [
        "Harbor Post - Back to home",  # a logo link, not a long form
        "Hafen - Kultur - Leben",  # three parts
        "KULTUR - Hafener Stadtmagazin",  # a word in capitals, not initials
        "WLZ – Westliche Landeszeitung",  # Z inside a word: no initials this rule can tell
    ],
)
def test_a_dashed_logo_without_initials_is_left_as_it_was(logo: str) -> None:
    assert masthead_names([logo, HEADLINE], 1) in ([(logo, 0)], [])


def test_a_newsletter_thanking_its_reader_names_the_publication_not_the_writer() -> None:
    lines = [
        "Harbor Notes", "Subscribe", "Sign in", HEADLINE, "Jane Roe", "Oct 30, 2025",
        "Thanks for reading Harbor Notes! Subscribe for free to receive new posts and support "
        "my work.", "Discussion about this post", "© 2025 Jane Roe", "Start writing",
    ]  # fmt: skip
    assert _site(lines, 3, "Jane Roe") == "Harbor Notes"


def test_a_writers_own_notice_names_no_outlet_when_nothing_else_names_one() -> None:
    # A citation "Jane Roe · outlet: Jane Roe" names the writer twice and no site: none is
    # better (trails.de's "© by Ralf Glaser" under his own page).
    lines = ["Home", HEADLINE, "Jane Roe", "Oct 30, 2025", "© 2025 Jane Roe. All rights reserved."]
    assert _site(lines, 1, "Jane Roe") is None


def test_thanks_for_reading_in_a_sentence_names_nothing() -> None:
    lines = ["Home", HEADLINE, "Thanks for reading this far! Here is the rest of the plan.",
             "© 2025 Harbor Post. All rights reserved."]  # fmt: skip
    assert _site(lines, 1) == "Harbor Post"


def test_a_newsletter_page_copied_whole() -> None:
    text = "\n".join(
        [
            "Harbor Notes", "Subscribe", "Sign in", HEADLINE,
            "The mayor says the repairs will start in June. Critics doubt the numbers add up.",
            "Jane Roe", "Oct 30, 2025", "12", "Share", P1,
            "Opposition members said the plan relied on optimistic tax forecasts, and they warned "
            "that the council could be forced to make cuts in the autumn if revenue fell short.",
            "Thanks for reading Harbor Notes! Subscribe for free to receive new posts and "
            "support my work.",
            "Subscribe", "12 Likes", "Discussion about this post", "Comments", "© 2025 Jane Roe",
            "Privacy ∙ Terms ∙ Collection notice", "Start writing", "Get the app",
        ]
    )  # fmt: skip
    article = parse(normalise(text))
    assert article.byline == "Jane Roe"
    assert article.site_name == "Harbor Notes"
