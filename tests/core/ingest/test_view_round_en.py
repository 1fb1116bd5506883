"""What the English window's reading view showed of real pages (issue 10, a look round 36
development pages drawn at random): a question headline printed again over the story.

The pages here are written for these tests in the shapes seen on the development pages.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "view_round_en"


def _parse(name: str):  # type: ignore[no-untyped-def]
    return parse(normalise((DATA / name).read_text(encoding="utf-8")), name)


def test_a_question_headline_printed_again_over_the_story_is_set_aside() -> None:
    """A fact check's headline asks a question; the page prints it twice, and the reading view
    showed it under the title as the text's first line."""
    article = _parse("question_title_twice.txt")
    title = "Did the Harbour Board Spend $4 Million on a Single Crane?"
    assert article.title == title
    assert article.body.startswith("On Monday, a post shared")
    repeat = next(b for b in article.blocks if b.text == title and b.role is not BlockRole.META)
    assert repeat.role is BlockRole.BOILERPLATE and repeat.reason == "article info"


def test_a_question_that_opens_the_story_in_other_words_stays() -> None:
    """Only the headline word for word is a repeat: the story's own first sentence asking the
    same thing in longer words is its first paragraph."""
    article = _parse("question_opens_story.txt")
    assert article.body.startswith("Did the harbour board spend $4 million on a single crane, as a post")

