"""A box of similar posts or other stories under a pasted article ("Ähnliche Beiträge", "Weitere
Beiträge", "Related posts" over teaser headlines and their one-line teasers): the first teaser's
paragraph was read as the article's last. On the 26 dev pages that print one of these headings
the article never goes on under it, so it ends the article as the comments' heading does. An
inline box ("Mehr zum Thema" between paragraphs) ends nothing: the article goes on below it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.phrases import is_section_end
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


def _body(text: str) -> list[str]:
    return [b.text for b in parse(text).blocks if b.role is BlockRole.BODY]


@pytest.mark.parametrize(("name", "heading"), [
    ("related_box_de.txt", "Ähnliche Beiträge"),
    ("related_box_de.txt", "Ähnliche Artikel"),
    ("related_box_de.txt", "Weitere Beiträge"),
    ("related_box_de.txt", "Ähnliche Nachrichten"),
    ("related_box_de.txt", "Verwandte Artikel"),
    ("related_box_en.txt", "Related posts"),
    ("related_box_en.txt", "Similar articles"),
    ("related_box_en.txt", "More stories"),
])  # fmt: skip
def test_a_box_of_other_stories_under_the_article_ends_it(name: str, heading: str) -> None:
    lines = (PASTES / name).read_text(encoding="utf-8").splitlines()
    box = next(i for i, line in enumerate(lines) if line in ("Ähnliche Beiträge", "Related posts"))
    lines[box] = heading
    # The article: its three paragraphs under the headline, author and date lines.
    assert _body("\n".join(lines)) == lines[3:box]


def test_an_inline_box_between_paragraphs_ends_nothing() -> None:
    lines = (PASTES / "related_inline_de.txt").read_text(encoding="utf-8").splitlines()
    box = lines.index("Mehr zum Thema")
    assert _body("\n".join(lines)) == lines[3:box] + lines[box + 3 :]


@pytest.mark.parametrize("text", [
    "Mehr zum Thema", "Lesen Sie auch", "Verwandte Themen", "Auch interessant",
    "Das könnte Sie auch interessieren:",  # a lead-in between paragraphs (body_classes)
    "Das könnte dich auch interessieren",  # a shop's menu on one dev page, its article below
    "Weitere Artikel",  # a sidebar's link on one dev page, over its other boxes
    "Ähnliche Beiträge gibt es hier kaum",  # a sentence, not the heading
])  # fmt: skip
def test_headings_news_sites_print_between_paragraphs_are_no_end(text: str) -> None:
    assert not is_section_end(text)


@pytest.mark.parametrize("heading", ["Ähnliche Artikel", "More stories", "Weitere Beiträge"])
def test_a_box_heading_inside_the_article_with_its_paragraphs_right_under_it_ends_nothing(heading: str) -> None:
    # An inline box's heading between paragraphs, the article going on under it: as a section
    # end it cut the article in two and the paragraph above it was lost.
    lines = (PASTES / "related_inline_de.txt").read_text(encoding="utf-8").splitlines()
    box = lines.index("Mehr zum Thema")
    lines[box : box + 3] = [heading]
    assert _body("\n".join(lines)) == lines[3:box] + lines[box + 1 :]
