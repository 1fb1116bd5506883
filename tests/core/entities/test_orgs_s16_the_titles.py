"""A capitalised "The" inside a sentence opens an outlet's short title ("told The Hill"), but
a long one, or one with "of the" and no body's head, is a work's title: a book, a film, a
game. Expected names read off hand-written sentences (made-up titles)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "It should have been marketed like The Lantern of the Moors, she said.",
        "Her favourite books are The Quiet Thing About Quiet Rivers and others.",
    ],
)
def test_a_long_title_or_one_with_of_the_is_a_work(text: str) -> None:
    assert not _orgs(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The senator told The Daily Beast on Monday that he would run.", "The Daily Beast"),
        ("He wrote in The Chronicle of Lyon Affairs last week.", "The Chronicle of Lyon Affairs"),
    ],
)
def test_an_outlets_title_stays(text: str, outlet: str) -> None:
    assert outlet in _orgs(text)
