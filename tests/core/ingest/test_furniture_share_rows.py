"""A row of share buttons copied as one line ("Share  Tweet", "Facebook Twitter Email
LinkedIn", "Teilen | Twittern | Drucken") is share chrome; a sentence that uses the words is
text, and a single button is a whole-line label as before."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    [
        "Share  Tweet",
        "Facebook Twitter Email LinkedIn",
        "Teilen | Twittern | Drucken",
        "Share · Print",
    ],
)
def test_a_row_of_share_buttons_is_share_chrome(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) == phrases.SHARE


def test_a_sentence_with_the_words_is_text() -> None:
    line = "Print the share of tweets that mention the company"
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) is None
