"""What the reading view shows says each thing once: an author line in the teaser's place
("By Maria Keller - Coastal Ledger Contributor …", "Maria Keller and Thomas J. Brandt Coastal
Ledger", "Johanna Berger Zuletzt geändert am …") is no teaser; a standfirst the page prints again
as the story's first paragraph is shown once, in the text; the headline printed again over the
story is set aside; a gallery's "View all (4)" is no subheading.

Pages written for these tests in the shapes seen on development pages: an author line as the
teaser on four pages of three sites, the standfirst twice on two, the headline again on four
(two sites in each set), "View all (N)" on two AP stories.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.head_teaser import _author_line
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "header_repeats"


def _parse(name: str):  # type: ignore[no-untyped-def]
    return parse(normalise((DATA / name).read_text(encoding="utf-8")), name)


@pytest.mark.parametrize(
    ("name", "author_words"),
    [
        ("by_contributor.txt", "By Maria Keller - Coastal Ledger Contributor"),
        ("names_and_house.txt", "Maria Keller and Thomas J. Brandt Coastal Ledger"),
        ("zuletzt_geaendert.txt", "Johanna Berger Zuletzt geändert am"),
    ],
)
def test_an_author_line_in_the_teasers_place_is_no_teaser(name: str, author_words: str) -> None:
    article = _parse(name)
    assert article.teaser is None
    # Still set aside with the head's metadata, not read as the story's first paragraph.
    line = next(b for b in article.blocks if b.text.startswith(author_words))
    assert line.role is BlockRole.META
    assert not article.body.startswith(author_words[:12])


def test_a_standfirst_printed_again_as_the_first_paragraph_is_shown_once() -> None:
    article = _parse("standfirst_twice.txt")
    standfirst = "A short guide to the best paths around the lake when the days get shorter and the fog rolls in."
    assert article.teaser is None
    assert article.body.startswith(standfirst)
    assert article.body.count(standfirst) == 1


@pytest.mark.parametrize(
    "teaser",
    [
        "Angela Merkel trifft Biden in Washington",  # a verb after the name: a sentence
        "Maria Keller has led the harbour authority since 2019 and now wants a second farm.",
        "Twenty teams have punched tickets for next summer's tournament",
        "Der Bürgermeister verspricht schnelle Hilfe für die Anwohner",
    ],
)
def test_a_standfirst_that_names_a_person_stays_a_teaser(teaser: str) -> None:
    assert not _author_line(teaser)


def test_the_headline_printed_again_over_the_story_is_set_aside() -> None:
    """The reading view showed the title, then the same words as the text's first heading."""
    article = _parse("title_twice.txt")
    assert article.title == "Mein Jahr ohne Auto: Bilanz, Erkenntnisse und meine Pläne für 2025"
    assert article.body.startswith("Das Jahr 2024 stand für mich")
    repeat = next(b for b in article.blocks if b.text == "Mein Jahr ohne Auto: Bilanz, Erkenntnisse, Pläne")
    assert repeat.role is BlockRole.BOILERPLATE and repeat.reason == "article info"


def test_a_subheading_of_other_words_stays() -> None:
    text = (DATA / "title_twice.txt").read_text(encoding="utf-8").replace(
        "Mein Jahr ohne Auto: Bilanz, Erkenntnisse, Pläne", "Warum ich das Auto verkauft habe"
    )
    article = parse(normalise(text), "title_twice.txt")
    assert article.body.startswith("Warum ich das Auto verkauft habe")


def test_a_galleries_view_all_link_is_no_subheading() -> None:
    """"View all (4)" under an AP story's photo strip stood in the text as its first subheading."""
    article = _parse("gallery_view_all.txt")
    assert "View all" not in article.body
    assert article.body.startswith("HARBOUR TOWN (AP)")
    assert "Engineers anchored" in article.body
    line = next(b for b in article.blocks if b.text == "View all (6)")
    assert line.reason == "navigation"


def test_a_share_row_with_soft_hyphens_is_furniture() -> None:
    """A site that hyphenates its pages copies the soft hyphens into its share row
    ("Face\xadbookTwit\xadterPin\xadte\xadrestE-MailWhats\xadApp"), which stood in the text as a
    subheading: the furniture phrases are matched without them."""
    article = _parse("soft_hyphen_share_row.txt")
    assert "book" not in article.body.replace("\xad", "")
    assert "Twit" not in article.body
    paragraphs = article.body.replace("\xad", "").split("\n\n")
    assert paragraphs[0].startswith("An den Hängen") and paragraphs[1].startswith("Schon im Mittelalter")
    row = next(b for b in article.blocks if b.text.startswith("Face\xadbookTwit"))
    assert row.reason == "share prompt"
