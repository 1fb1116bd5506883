"""A headline whose first half ends in a compound of "Foto"/"Bild" before its colon ("Neuer Blick
auf das „Blue Marble“-Foto: ICON simuliert …", as on a research institute's page of the de-web
dev set) is no picture caption, while "Foto: dpa" and "(Foto: dpa)" still are."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from tests.head_pages import P1, P2, parse_page

HEADLINE = "Neuer Blick auf das „Blue Marble“-Foto: ICON simuliert das gekoppelte Klimasystem"


@pytest.mark.parametrize("text", [HEADLINE, "Das Merkel-Bild: Wie ein Schnappschuss Geschichte schrieb"])
def test_a_compound_before_the_colon_is_no_caption_prompt(text: str) -> None:
    assert phrases.prompt_reason(text, len(text.split())) is None


@pytest.mark.parametrize("text", ["Foto: dpa", "Der Hafen am Morgen. Foto: Max Muster", "Bild: picture alliance"])
def test_a_picture_credit_still_is(text: str) -> None:
    assert phrases.prompt_reason(text, len(text.split())) == phrases.CAPTION


def test_the_headline_is_the_title() -> None:
    page = f"Institut\nForschung\nAktuelles\n{HEADLINE}\n12. März 2021\n\n{P1}\n{P2}\n{P1}\n"
    assert parse_page(page).title == HEADLINE
