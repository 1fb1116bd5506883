"""A line of names is an author line when a date line, the story's age or the author's job
stands under it; that is asked before the names are read (`head_authors._over_date_or_role`,
the names' cleaning being the costlier test). These pages guard each of the three, and that a
photographer's name over "Fotograf", "Staff photographer" or "Photo editor" stays no byline
(the last two are job lines by their "staff" and "editor")."""

from __future__ import annotations

import pytest

from reader.core.ingest.prepare import format_of

_STORY_EN = (
    "The city wants to run more buses through the old town this summer, the mayor said on "
    "Monday. The line is to run every ten minutes and serve the schools better, which are "
    "reached only twice an hour today.\n\n"
) * 3
_STORY_DE = (
    "Die Stadt will im Sommer mehr Busse durch die Altstadt fahren lassen, sagte der "
    "Bürgermeister am Montag. Die Linie soll alle zehn Minuten fahren und die Schulen besser "
    "anbinden, die bisher nur zweimal in der Stunde erreicht werden.\n\n"
) * 3


def _byline(page: str) -> str | None:
    return format_of("article.txt").parse(page, "page.txt").byline


@pytest.mark.parametrize(
    ("above", "story", "byline"),
    [
        # The name and its job over the headline: nothing else names the author.
        ("Justin McCurry\n\nTokyo correspondent", _STORY_EN, "Justin McCurry"),
        ("Anna Weber\n\nRedakteurin", _STORY_DE, "Anna Weber"),
        # A photographer's credit over the headline is no byline, though the job names a
        # writer's too ("staff", "editor").
        ("Max Muster\n\nFotograf", _STORY_DE, None),
        ("Max Muster\n\nStaff photographer", _STORY_EN, None),
        ("Max Muster\n\nPhoto editor", _STORY_EN, None),
        # A name over a menu entry is a menu's or a sidebar's, not the author's.
        ("Max Muster\n\nKontakt", _STORY_DE, None),
    ],
)
def test_a_name_over_its_job_above_the_headline(above: str, story: str, byline: str | None) -> None:
    page = f"Startseite\n\n{above}\n\nMehr Busse für die Altstadt\n\n{story}"
    assert _byline(page) == byline


@pytest.mark.parametrize(
    ("under", "story"),
    [("14. März 2024", _STORY_DE), ("2 hours ago", _STORY_EN)],
)
def test_a_name_over_a_date_or_an_age_above_the_headline(under: str, story: str) -> None:
    """Under the name, a date line or how long ago the story appeared ("2 hours ago"): the
    author line, above the headline where nothing below it names anyone."""
    page = f"Startseite\n\nAnna Weber\n\n{under}\n\nMehr Busse für die Altstadt\n\n{story}"
    assert _byline(page) == "Anna Weber"
