"""Captions the run of article text opens with, and captions closing with their agency.

A picture over the article prints its caption, then its credit on a line of its own; copied
as text, the caption is the run's first sentence. A caption may also close with its agency in
brackets after the sentence ("… on Aug. 31, 2019. (AP)"). The lines are written by hand; the
probabilities are set by hand (every sentence likely, short lines not), so the tests read the
rules, not the body model.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

CAPTION = "A cargo ship leaves the port of Miami at dawn, loaded with containers for Europe."
PARAGRAPHS = [
    "Breaking with decades of policy that favoured free trade, the government has raised "
    "tariffs on goods from dozens of countries over the past two years.",
    "Backers of the tariffs say that they help companies at home become more competitive, "
    "while most economists argue that consumers end up paying for them.",
    "The ports say the number of ships calling has fallen by a tenth since the first round "
    "of tariffs, and several lines have cut their weekly services.",
]


def _roles(lines: list[str], likely: str = "") -> dict[str, BlockRole]:
    """Each line's role; sentences and the `likely` line are likely article text (0.9)."""
    text = "\n\n".join(["World", "Tariffs reshape the shipping trade", *lines, "More stories"])
    page = read_page(normalise(text))[0]
    probs = [
        0.9 if shape.sentence_end or s.text == likely else 0.05
        for s, shape in zip(page.segments, page.shapes, strict=True)
    ]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return {s.text: v.role for s, v in zip(page.segments, verdicts, strict=True)}


@pytest.mark.parametrize(
    "credit",
    [
        "Photograph: Tim Robberts/Getty Images",
        "(Image: © Port of Miami)",
        "Photo: Hau Dinh, AP",
    ],
)
def test_the_sentence_over_a_picture_credit_at_the_start_is_the_caption(credit: str) -> None:
    roles = _roles([CAPTION, credit, *PARAGRAPHS])
    assert roles[CAPTION] is BlockRole.BOILERPLATE
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


def test_an_unlabelled_credit_under_the_first_paragraph_leaves_it_the_article() -> None:
    # A picture between paragraphs may carry a credit and no caption.
    roles = _roles([PARAGRAPHS[0], "Sakib Ali/Hindustan Times/Getty Images", *PARAGRAPHS[1:]])
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


def test_a_lone_source_under_the_first_sentence_leaves_it_the_article() -> None:
    # "Bildquelle: SWR" credits a video or teaser picture as often as a captioned one.
    roles = _roles([PARAGRAPHS[0], "Bildquelle: SWR", *PARAGRAPHS[1:]])
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


def test_a_caption_line_under_the_first_paragraph_leaves_it_the_article() -> None:
    caption = "FILE PHOTO: Traders work on the floor of the stock exchange in New York, U.S."
    roles = _roles([PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])
    assert roles[PARAGRAPHS[0]] is BlockRole.BODY


def test_a_caption_printed_twice_over_its_credit_is_set_aside_twice() -> None:
    roles = _roles([CAPTION, CAPTION[:60] + " (File)", "Photo: Hau Dinh, AP", *PARAGRAPHS])
    assert roles[CAPTION] is BlockRole.BOILERPLATE
    assert roles[CAPTION[:60] + " (File)"] is BlockRole.BOILERPLATE
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


def test_between_paragraphs_the_sentence_over_a_credit_stays() -> None:
    roles = _roles([PARAGRAPHS[0], PARAGRAPHS[1], "Photo: Hau Dinh, AP", PARAGRAPHS[2]])
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "caption",
    [
        "An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)",
        "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)",
        "Workers load a ship in the port of Hamburg on Monday. (Reuters)",
    ],
)
def test_a_sentence_closing_with_its_agency_in_brackets_is_a_caption(caption: str) -> None:
    roles = _roles([*PARAGRAPHS[:2], caption, PARAGRAPHS[2]])
    assert roles[caption] is BlockRole.BOILERPLATE
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


def test_a_bracketed_aside_closing_a_paragraph_is_no_credit() -> None:
    paragraph = "The ports expect the trade to recover next year. (Read our full report.)"
    roles = _roles([*PARAGRAPHS[:2], paragraph, PARAGRAPHS[2]])
    assert roles[paragraph] is BlockRole.BODY


def test_the_story_signed_by_its_agency_keeps_its_last_paragraph() -> None:
    last = "The port expects the trade to recover by the end of next year. (dpa)"
    roles = _roles([*PARAGRAPHS, last], likely=last)
    assert roles[last] is BlockRole.BODY
