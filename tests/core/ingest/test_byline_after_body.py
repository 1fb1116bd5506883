"""Author lines under the story when no line above names an author: the name signing the
story off under its last paragraph ("… aus dem eigenen Wesenskern zu handeln." / "Claudia
Duwe", de-web's bewusster-leben page, whose last paragraph is cut off with "…" and continues in
the print issue), and a line the kind of article leads ("Gastbeitrag von Anna Roth").

The pages are written by hand around the shared story; expected values are the name as the
page prints it. A name under the story that is a tag, a subject of the story, an interview's
speaker, a subheading, a brand or one of a teaser list's authors names no author.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page

HEAD = f"Startseite\nStadt\n{HEADLINE}\n06.11.2023\n"
TAIL = "Zum Weiterlesen: Der Haushalt der Stadt, Verlag am See\n\nImpressum\nDatenschutz\n"
CUT = (
    "Im Herbst will der Stadtrat erneut beraten, welche Straßen zuerst an die Reihe kommen und "
    "wie viel Geld für die Radwege im Norden der Stadt übrig bleibt, wenn die Preise…"
)


def _page(after_story: str, story: str = f"{P1}\n\n{P2}") -> str:
    return f"{HEAD}\n{story}\n{after_story}\n\n{TAIL}"


@pytest.mark.parametrize(
    ("story", "author"),
    [
        (f"{P1}\n\n{P2}", "Claudia Duwe"),
        (f"{P1}\n\n{P2}\n\n{CUT}", "Claudia Duwe"),  # the rest is in the print issue
    ],
)
def test_the_name_signing_the_story_off_is_the_author(story: str, author: str) -> None:
    assert parse_page(_page("Claudia Duwe", story)).byline == author


def test_an_opening_that_introduces_the_author_does_not_make_her_the_subject() -> None:
    # The opening names her in full, as a standfirst introduces the author; a story about a
    # person names them again below it (see the next test).
    story = f"Claudia Duwe zeigt, wie die Stadt ihr Geld verteilt. {P1}\n\n{P2}"
    assert parse_page(_page("Claudia Duwe", story)).byline == "Claudia Duwe"


@pytest.mark.parametrize(
    "page",
    [
        # A tag under the story, the first of its column.
        _page("Angela Merkel\nPolitik\nHaushalt\nStadtrat"),
        # The person the story is about.
        _page("Claudia Duwe", f"{P1}\n\n{P2} Claudia Duwe sagte dazu nichts."),
        _page("Claudia Duwe", f"Kämmerin Duwe legt den Haushalt vor. {P1}\n\n{P2}"),
        # An interview's speaker over her answer.
        _page(f"Claudia Duwe\n{P2} Das sagen wir seit Jahren, und wir bleiben dabei."),
        # A subheading, a brand's heading.
        _page("Die Mischung"),
        _page("CHIP Fazit"),
        # The authors of a teaser list under the story, one under each teaser.
        f"{HEAD}\n{P1}\n\n{P2}\nClaudia Duwe\nDas könnte Sie auch interessieren\n{CUT}\nPeter Hartmann\n\n{TAIL}",
    ],
)
def test_a_name_under_the_story_that_signs_nothing_names_no_author(page: str) -> None:
    assert parse_page(page).byline is None


def test_the_head_author_wins_over_the_sign_off() -> None:
    head = f"Startseite\nStadt\n{HEADLINE}\nVon Anna Weber\n06.11.2023\n"
    page = f"{head}\n{P1}\n\n{P2}\nClaudia Duwe\n\n{TAIL}"
    assert parse_page(page).byline == "Anna Weber"


# An author line under the story that the kind of article leads, its lead word inside.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Gastbeitrag von Anna Roth", "Anna Roth"),
        ("Kommentar von Anna Roth", "Anna Roth"),
        ("Analysis by Anna Roth", "Anna Roth"),
    ],
)
def test_the_kind_of_article_before_its_lead_names_the_author(line: str, author: str) -> None:
    assert parse_page(f"{HEAD}\n{P1}\n\n{P2}\n{line}\n\n{TAIL}").byline == author


def test_a_kind_of_article_in_a_teaser_list_names_no_author() -> None:
    teasers = "Kommentar von Anna Roth\nNeue Buslinien ab Mai\nKommentar von Peter Hartmann\n"
    assert parse_page(f"{HEAD}\n{P1}\n\n{P2}\nMehr zum Thema\n{teasers}\n{TAIL}").byline is None
