"""A short sentence closing the run is the article's last line, not an orphaned heading.

An interview or a hearing's account often ends on a short reply ('"That's correct," Volker
said.'): too short to count as prose, with no paragraph under it, it was set aside as a
heading without its section. A short line that is no sentence there still is. The lines and
probabilities are set by hand (paragraphs likely, the closing line doubtful).
"""

from __future__ import annotations

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PARAGRAPHS = [
    "The envoy told the committee that he had tried to work with the president's lawyer, "
    "and that he had warned him that the claims he was spreading were not credible.",
    '"So it is fair to say you have not fixed the problem?" the chairman asked the witness '
    "at the end of the afternoon session.",
]


def _roles(last: str) -> dict[str, BlockRole]:
    text = "\n\n".join(["Hearing ends with a question", *PARAGRAPHS, last, "More stories"])
    page = read_page(normalise(text))[0]
    probs = [
        0.6 if s.text == last else 0.9 if shape.prose else 0.05
        for s, shape in zip(page.segments, page.shapes, strict=True)
    ]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return {s.text: v.role for s, v in zip(page.segments, verdicts, strict=True)}


def test_a_short_closing_sentence_is_kept() -> None:
    last = '"That\'s correct," Volker said.'
    assert _roles(last)[last] is BlockRole.BODY


def test_a_short_closing_line_that_is_no_sentence_is_set_aside() -> None:
    last = "What the witnesses said"
    assert _roles(last)[last] is BlockRole.BOILERPLATE
