"""A photographer's credit in the shapes news sites print under pictures: name and outlet
joined by slashes ("Sakib Ali/Hindustan Times/Getty Images"), by bars before a picture agency
("Natalie Naccache | Bloomberg | Getty Images"), or after the BBC's "Image copyright". A byline
joined by a bar to its outlet or a news agency is no picture credit. The shapes were seen on
several pages of the English dev set; the lines here are written by hand."""

from __future__ import annotations

import pytest

from reader.core.ingest import credit_phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise


@pytest.mark.parametrize(
    "line",
    [
        "Tom Becker/Millbrook Herald/Getty Images",
        "Jana Weber / Talbote / dpa",
        "Natalie Naccache | Bloomberg | Getty Images",
        "Alex Wong | Getty Images",
        "Image copyright Getty Images",
        "Image copyright AFP",
    ],
)
def test_picture_credits(line: str) -> None:
    assert credit_phrases.is_credit_only(line)


@pytest.mark.parametrize(
    "line",
    ["Amy Kuperinsky | NJ Advance Media", "Anna Berger | Reuters", "Home | Kontakt | Impressum",
     "Either/Or/Neither"],
)  # fmt: skip
def test_bylines_and_menus_are_no_picture_credits(line: str) -> None:
    assert not credit_phrases.is_credit_only(line)


def test_a_credit_between_paragraphs_is_set_aside_and_the_story_kept() -> None:
    story = (
        "Flood barriers went up along the river on Tuesday as forecasters warned that the water "
        "could reach its highest level in a decade by the end of the week."
    )
    more = (
        "Residents in the lower town were told to move cars and valuables to higher ground, and "
        "the council opened two schools as shelters for anyone who had to leave home."
    )
    text = f"River barriers go up as flood warning grows\n\n{story}\n\nSakib Ali/Hindustan Times/Getty Images\n\n{more}\n"
    roles = {b.text: b.role for b in parse(normalise(text)).blocks}
    assert roles["Sakib Ali/Hindustan Times/Getty Images"] is BlockRole.BOILERPLATE
    assert roles[story] is BlockRole.BODY and roles[more] is BlockRole.BODY
