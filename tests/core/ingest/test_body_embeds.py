"""Posts embedded from X/Twitter are the article's quotes, inside the run and at its end.

The lines are written by hand in the shape a copied page gives an embedded post: its text,
then "— Name (@handle) date". The probabilities are set by hand too (paragraphs likely,
short lines not, the paragraph between the closing posts doubtful), so the tests read the
rule, not the body model.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_embeds import is_signature
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that "
    "will send thousands of commuters onto a ferry for most of next year.",
    "Engineers had warned for years that the steel under the deck was rusting faster than "
    "expected, and an inspection in the spring found cracks in two of its main beams.",
    "The mayor said the closure was painful but that the city could not take the risk of "
    "waiting for another winter, when salt on the road makes the damage worse.",
    "Repairs are expected to cost about 40 million dollars, most of it paid by the state, "
    "and the work should be finished before the end of next summer.",
]
DOUBTFUL = (
    "Commuters who spoke to reporters on Wednesday said they feared long queues at the ferry "
    "landing every morning."
)


def _page() -> str:
    return "\n\n".join(
        [
            "Home",
            "News",
            "City closes the old bridge for a year",
            *PARAGRAPHS[:2],
            "The bridge is closing. Plan your trips now pic.twitter.com/abc123",
            "— City of Springfield (@SpringfieldCity) November 19, 2019",
            *PARAGRAPHS[2:],
            "We will all be late for a year",
            "— Jane Doe (@janedoe) November 19, 2019",
            DOUBTFUL,
            "Ferry times are on our website now",
            "— Springfield Ferries (@SpfdFerry) November 20, 2019",
            "More stories",
            "Mayor opens the new library",
            "Snow expected on the weekend",
        ]
    )


def _kept(text: str) -> list[str]:
    page = read_page(normalise(text))[0]
    probs = [
        0.3 if s.text == DOUBTFUL else 0.9 if shape.prose else 0.05
        for s, shape in zip(page.segments, page.shapes, strict=True)
    ]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


@pytest.mark.parametrize(
    "line",
    [
        "— The Nigerian Senate (@NGRSenate) October 9, 2018",
        "— ZDF heute (@ZDFheute) 26. Mai 2019",
        "— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019",
        "– Jean Dupont (@jdupont) 3 avril 2020",
    ],
)
def test_an_embedded_posts_signature_is_recognised(line: str) -> None:
    assert is_signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter (@SpringfieldCity) for updates",
        "— Jane Doe, November 19, 2019",
        "The council (@SpringfieldCity) said on Tuesday that the bridge would close in 2019",
    ],
)
def test_other_lines_with_a_handle_are_no_signature(line: str) -> None:
    assert not is_signature(line)


def test_a_post_inside_the_article_is_kept_with_its_text() -> None:
    kept = _kept(_page())
    assert "The bridge is closing. Plan your trips now pic.twitter.com/abc123" in kept
    assert "— City of Springfield (@SpringfieldCity) November 19, 2019" in kept


def test_the_posts_that_close_the_article_are_kept_up_to_the_last() -> None:
    kept = _kept(_page())
    assert kept[-4:] == [
        "— Jane Doe (@janedoe) November 19, 2019",
        DOUBTFUL,
        "Ferry times are on our website now",
        "— Springfield Ferries (@SpfdFerry) November 20, 2019",
    ]
    assert "Mayor opens the new library" not in kept


def test_without_a_signature_the_run_ends_at_its_last_paragraph() -> None:
    text = _page().replace("— Jane Doe (@janedoe) November 19, 2019", "Jane Doe")
    text = text.replace("— Springfield Ferries (@SpfdFerry) November 20, 2019", "Ferries")
    assert _kept(text)[-1] == PARAGRAPHS[-1]


def test_a_closing_post_of_many_short_lines_is_one_post() -> None:
    # A post listing its points one a line (five short lines, under 280 characters): its
    # signature stands further below the run than GAP blocks, and the post is still kept.
    lines = [
        "📍 Springfield harbour, this morning.",
        "Ferry schedule:",
        "⛴️ 6:00 first boat from the north landing",
        "⛴️ 6:20 second boat from the south landing",
        "⛴️ every 20 minutes after that until 22:00",
    ]
    text = "\n\n".join(
        [
            "Home",
            "City closes the old bridge for a year",
            *PARAGRAPHS,
            *lines,
            "— Springfield Ferries (@SpfdFerry) November 20, 2019",
            "More stories",
            "Mayor opens the new library",
        ]
    )
    kept = _kept(text)
    assert kept[-6:] == [*lines, "— Springfield Ferries (@SpfdFerry) November 20, 2019"]
    assert "Mayor opens the new library" not in kept
