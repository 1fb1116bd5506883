"""A dated line of the head that the run of article text opens with is not the article.

"updated: Nov 20 2019, 15:24pm ist", "Associated Press November 19, 2019, 9:02 AM": the
model may hold the line under the headline as likely as the paragraph below it. A short line
with a date and no sentence at the run's start is set aside; one inside the run stays. Lines
and probabilities are set by hand (all likely), so the tests read the rule.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PARAGRAPHS = [
    "A trade deal between the two countries is unlikely to be signed this year, officials "
    "on both sides said on Wednesday, as talks stalled over farm goods.",
    "Negotiators had hoped to close the first phase before the holidays, but a dispute over "
    "how much each side would buy has held up the text for weeks.",
]


def _roles(lines: list[str]) -> dict[str, BlockRole]:
    head = [
        "Markets",
        "Trade deal slips into next year",
        "By Jane Doe",
        "November 19, 2019 10:31 AM",
    ]
    text = "\n\n".join([*head, "Share", *lines, "More stories"])
    page = read_page(normalise(text))[0]
    probs = [0.9 if s.text not in ("More stories", "Share") else 0.05 for s in page.segments]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return {s.text: v.role for s, v in zip(page.segments, verdicts, strict=True)}


@pytest.mark.parametrize(
    "line",
    ["updated: Nov 20 2019, 15:24pm ist", "Associated Press November 19, 2019, 9:02 AM"],
)
def test_a_dated_head_line_opening_the_run_is_set_aside(line: str) -> None:
    roles = _roles([line, *PARAGRAPHS])
    assert roles[line] is BlockRole.BOILERPLATE
    assert all(roles[p] is BlockRole.BODY for p in PARAGRAPHS)


def test_an_undated_subheading_opening_the_run_stays() -> None:
    roles = _roles(["Talks stall over farm goods", *PARAGRAPHS])
    assert roles["Talks stall over farm goods"] is BlockRole.BODY


def test_a_dated_line_inside_the_run_stays() -> None:
    line = "Update, Nov 21 2019, 9:00 am"
    roles = _roles([PARAGRAPHS[0], line, PARAGRAPHS[1]])
    assert roles[line] is BlockRole.BODY
