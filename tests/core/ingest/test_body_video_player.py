"""A video player's buttons between the article's paragraphs are set aside.

A copy takes the player's own lines with the article: its list buttons ("Weitere Videos",
"Mehr Videos für dich") and a video advertisement's end card ("Thanks for watching!Visit
Website"); the reading view showed them as lines of the article. The page is written by hand
in the shape of a games site's column with such a player, its story made up.
"""

from __future__ import annotations

import pytest
from quality import DATA, block_roles, role_of

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole

PAGE = (DATA / "body_classes" / "de_video_player.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line", ["Weitere Videos", "Mehr Videos für dich", "Thanks for watching!Visit Website"]
)
def test_the_player_s_lines_are_set_aside(line: str) -> None:
    assert block_roles(PAGE)[line] is BlockRole.BOILERPLATE


@pytest.mark.parametrize(
    "paragraph", ["Nach ein paar Runden", "Die Meisterschaft im Spiel", "Heute fahre ich lieber"]
)
def test_the_column_goes_on_around_the_player(paragraph: str) -> None:
    assert role_of(block_roles(PAGE), paragraph) is BlockRole.BODY


def test_a_sentence_about_more_videos_is_the_article_s() -> None:
    page = PAGE.replace(
        "Weitere Videos\nMehr Videos für dich\n",
        "Weitere Videos von meinen Rennen gibt es zum Glück keine.\n",
    )
    assert role_of(block_roles(page), "Weitere Videos von meinen Rennen") is BlockRole.BODY


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Weitere Videos", phrases.NAVIGATION),
        ("Mehr Videos für dich", phrases.NAVIGATION),
        ("More videos", phrases.NAVIGATION),
        ("Thanks for watching!Visit Website", phrases.ADVERTISING),
        ("Thanks for watching!", phrases.ADVERTISING),
    ],
)
def test_the_player_s_lines_are_furniture_wherever_they_stand(line: str, reason: str) -> None:
    """On a page the body model does not set them aside by their shortness alone (a games
    site's player between a paragraph and a subheading in capitals kept both lines)."""
    assert phrases.label_reason(line) == reason
