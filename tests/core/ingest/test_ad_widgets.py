"""An ad slot's own widgets copied between the article's paragraphs are furniture.

A copied page keeps the text around each ad: its feedback link ("Ad Feedback" under every
ad on a CNN page), the industry's opt-out icon ("AdChoices"), a short "Advert" label, and
the reader's way past the slot ("Advertisement - Continue Reading Below", "Weiterlesen nach
der Anzeige"). Left in, they read as one-line paragraphs of the article.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise
from tests.core.ingest.test_extraction_tails import (  # a plain story of three paragraphs
    HEAD,
    P1,
    P2,
    P3,
)

WIDGETS = [
    "Ad Feedback",
    "Video Ad Feedback",
    "Advert",
    "AdChoices",
    "Ad Choices",
    "Advertisement - Continue Reading Below",
    "CONTINUE READING BELOW",
    "Continue reading the main story",
    "Scroll to continue with content",
    "Sponsored Links",
    "Weiterlesen nach der Anzeige",
    "Artikel wird nach der Anzeige fortgesetzt",
]


@pytest.mark.parametrize("line", WIDGETS)
def test_an_ad_slots_widget_is_advertising(line: str) -> None:
    assert phrases.label_reason(line) == phrases.ADVERTISING


@pytest.mark.parametrize("line", WIDGETS)
def test_an_ad_slots_widget_between_paragraphs_leaves_the_body(line: str) -> None:
    article = parse(normalise(f"{HEAD}{P1}\n{P2}\n{line}\n{P3}\n"))
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisers pulled out of the council's bus shelters last year.",
        "Continue reading below the chart for the full list of routes.",
    ],
)
def test_sentences_about_ads_stay_text(line: str) -> None:
    assert phrases.label_reason(line) is None
