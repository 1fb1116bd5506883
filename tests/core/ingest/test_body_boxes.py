"""A person box inside an interview does not end the article.

"Zur Person" / "About the author" usually closes an article (what follows is the author box),
so the heading is a section end. In an interview the expert's box stands between paragraphs and
the article goes on below it; the page in tests/data/body_classes/de_interview_box.txt is
written by hand in that shape. The rule reads the model's probabilities after the box, so the
tests give `choose` probabilities directly: likely paragraphs below the box keep the article
going, unlikely ones (an author box at the end) do not.
"""

from __future__ import annotations

from quality import DATA, role_of

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "de_interview_box.txt"
BOX = "Kathrin Bürger ist Fachanwältin"
BELOW = ("Das hängt davon ab", "Alleinerziehende haben", "Ein ärztliches Attest", "Wer privat")


def _verdicts(text: str, below: float) -> dict[str, BlockRole]:
    """Roles by line when the article's paragraphs score 0.9, the box's line 0.3, the
    paragraphs below the box `below` and every other line 0.05."""
    page = read_page(normalise(text))[0]
    probs = []
    for segment in page.segments:
        line = segment.text
        if line.startswith(BELOW):
            probs.append(below)
        elif line.startswith(BOX):
            probs.append(0.3)
        elif len(line.split()) > 12:
            probs.append(0.9)
        else:
            probs.append(0.05)
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return {s.text: v.role for s, v in zip(page.segments, verdicts, strict=True)}


def test_the_article_goes_on_below_a_person_box_inside_it() -> None:
    roles = _verdicts(PAGE.read_text(encoding="utf-8"), 0.9)
    assert role_of(roles, "Das Gesetz nennt") is BlockRole.BODY
    for start in BELOW:
        assert role_of(roles, start) is BlockRole.BODY
    assert roles["Zur Person"] is BlockRole.BOILERPLATE
    assert role_of(roles, BOX) is BlockRole.BOILERPLATE


def test_a_person_box_with_no_likely_article_below_ends_it() -> None:
    roles = _verdicts(PAGE.read_text(encoding="utf-8"), 0.3)
    assert role_of(roles, "Das Gesetz nennt") is BlockRole.BODY
    assert role_of(roles, "Das hängt davon ab") is BlockRole.BOILERPLATE


def test_other_section_ends_still_end_the_article() -> None:
    # "Literatur" (a reference list) ends the article however the lines below it score.
    text = PAGE.read_text(encoding="utf-8").replace("Zur Person\n", "Literatur\n")
    roles = _verdicts(text, 0.9)
    assert role_of(roles, "Das Gesetz nennt") is BlockRole.BODY
    assert role_of(roles, "Das hängt davon ab") is BlockRole.BOILERPLATE
