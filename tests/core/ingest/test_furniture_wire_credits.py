"""The wire's credit line that closes a story is no part of the article: "(Reporting by X;
Editing by Y)", "X contributed reporting from Hong Kong.", "AP writer X contributed to this
report.", and the same in German, Spanish and French ("Mit Material von dpa", "Con
información de EFE", "Avec AFP"). A sentence of the story that says someone contributed to
something else stays text."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Greg Roumeliotis, Joshua Franklin; Editing by Tom Brown)",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Fox News’ Jessica Napoli contributed to this report.",
        "Associated Press writer Zeke Miller contributed to this story.",
        "Mit Material von dpa",
        "(mit Material der Nachrichtenagentur AFP)",
        "Con información de EFE y Reuters",
        "Avec AFP",
    ],
)
def test_a_wire_credit_line_is_credits(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) == phrases.CREDITS


@pytest.mark.parametrize(
    "line",
    [
        "He contributed to the campaign last year and now wants a post in the cabinet.",
        "Mit Material aus dem Baumarkt baute er das Boot selbst.",
    ],
)
def test_a_sentence_of_the_story_is_no_credit(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) is None
