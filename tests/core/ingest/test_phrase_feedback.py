"""A documentation or service page's feedback box and a wiki's footer lines are furniture.

Lines written by hand in the shapes such pages print them; a sentence of an article that
speaks of a helpful page stays text.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    [
        "Was this page helpful?",
        "Is this article helpful?",
        "Did this answer help you?",
        "War diese Seite hilfreich?",
        "Ist dieser Artikel hilfreich für Sie?",
        "Fanden Sie diese Informationen hilfreich?",
        "Edit this page on GitHub",
        "Diese Seite wurde zuletzt am 3. März 2024 um 10:12 Uhr bearbeitet.",
        "Der Text ist unter der Lizenz CC BY-SA verfügbar.",
    ],
)
def test_feedback_and_wiki_footer_lines(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.FOOTER


@pytest.mark.parametrize(
    "line",
    [
        "The city says this page was helpful to thousands of residents looking for appointments.",
        "Die Stadt sagt, diese Seite sei für viele Bürger hilfreich gewesen.",
    ],
)
def test_sentences_about_helpful_pages_stay(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) is None
