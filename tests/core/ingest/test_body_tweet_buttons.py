"""A quote offered for tweeting keeps its sentence and loses the button glued to it.

A blog plug-in prints a sentence of the post in a box with a "Click To Tweet" button; a copy
glues the button to the sentence, and the reading view showed the line as a heading ending in
the button's words. The page is written by hand in the shape of such a blog post.
"""

from __future__ import annotations

from quality import DATA

from reader.core.ingest.article import BlockKind, BlockRole, ParsedArticle
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PAGE = (DATA / "body_classes" / "en_tweet_quotes.txt").read_text(encoding="utf-8")
QUOTE = "Increasing your visibility gradually lets you grow into your leadership role with much less stress."


def _article(page: str = PAGE) -> ParsedArticle:
    return parse(normalise(page))


def test_the_quote_is_a_paragraph_of_the_post_without_the_button() -> None:
    [block] = [b for b in _article().blocks if b.text.startswith("Increasing your visibility")]
    assert (block.text, block.kind, block.role) == (QUOTE, BlockKind.PARAGRAPH, BlockRole.BODY)
    assert "Tweet" not in _article().body


def test_the_button_in_lower_case_and_after_a_quote_mark_goes_too() -> None:
    page = PAGE.replace("much less stress.Click To Tweet", "“much less stress.” click to tweet")
    [block] = [b for b in _article(page).blocks if b.text.startswith("Increasing your visibility")]
    assert block.text.endswith("with “much less stress.”")


def test_a_sentence_that_says_click_to_tweet_keeps_its_words() -> None:
    """Not after a sentence's end: the words are the writer's."""
    assert "readers can click to tweet" in _article().body


def test_a_sentence_asking_readers_to_tweet_keeps_its_words() -> None:
    """The button's words ending the line, not going on: "Click to tweet this!" is the writer's."""
    page = PAGE.replace("much less stress.Click To Tweet", "much less stress. Agree? Click to tweet this!")
    assert "Agree? Click to tweet this!" in _article(page).body
