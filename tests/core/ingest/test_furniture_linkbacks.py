"""Another blog's notice in the comment thread that it links to the post ("Pingback: …",
"Pingback von …", "Trackback: …") is the thread's, in any language: the blog software writes
its own word. A line that merely counts them ("Pingbacks0", a tab's label) is no such notice."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    [
        "Pingback von Too much information - Papierkorb - Lesezeichen | 11.09.2011 23:31",
        "Pingback: Verlogene Justiz – Wake News Radio/TV | Mywakenews's Blog",
        "Trackback: Ein Jahr in Hamburg | Das Stadtblog",
        "Pingback : Les meilleures recettes de l'automne – Le blog cuisine",
    ],
)
def test_a_linkback_notice_is_comments_furniture(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.COMMENTS


def test_a_sentence_about_pingbacks_is_no_notice() -> None:
    line = "The blog software sends a pingback whenever another post links to this one."
    assert phrases.prompt_reason(line, len(line.split())) is None
