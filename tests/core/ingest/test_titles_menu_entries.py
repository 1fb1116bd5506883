"""Titles on real copied pages (issue #10): a short entry of a site's menu (a run of more
than ten headline-shaped lines) that shares a word with the story is a section's name, not the
headline; the headline under the menu and the date stays the title.

Built like the dev-set page that showed the class (a sports association's news item: a long
menu whose entry names the venue the story is about, the date, the headline, a picture's
zoom button and caption, then the story); the expected values are what a reader of the page
would cite.
"""

from __future__ import annotations

from tests.head_pages import P1, P2, parse_page

ENTRIES = (
    "Start", "Verein", "Termine", "Region Nord", "Region Süd", "Das Rathaus", "Geschichte",
    "Partner", "Presse", "Jugend", "Vorstand", "Der Stadtrat", "Suchen",
)  # fmt: skip
HEADLINE = "Auf den Spuren eines langen Abends"
PICTURE = "Partner\nVergrößern\nAnna Weber\n"


def _page(entries: tuple[str, ...]) -> str:
    menu = "\n".join(entries)
    return f"{menu}\n03.02.2022\n{HEADLINE}\n{PICTURE}{P1}\n{P2}\n"


def test_a_menu_entry_naming_the_story_s_subject_is_no_headline() -> None:
    # "Der Stadtrat" shares its word with the story's opening; it is one of thirteen entries.
    article = parse_page(_page(ENTRIES))
    assert article.title == HEADLINE
    assert article.published == "2022-02-03"


def test_a_short_headline_right_under_the_menu_keeps_its_words() -> None:
    # The last line of the run stands on the story: it may be the headline itself, and it
    # keeps the words it shares with the story (against a teaser line over the menu).
    headline = "Haushalt beschlossen"
    page = (
        "Haushalt der Straßen\nKontakt\n" + "\n".join(ENTRIES[:-2]) + f"\n{headline}\n{P1}\n{P2}\n"
    )
    assert parse_page(page).title == headline
