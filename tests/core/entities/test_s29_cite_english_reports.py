"""Session 29 (organisations cited as sources): the journal English says a paper was
published in and the firm a survey or a poll came from are organisations ("published in
Varnell Letters", "a new poll from Dresk Hanlon"), on hand-written sentences with made-up
names; a language, a month, a place after "published in" and a person who wrote a study are
not."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A study published in Varnell Letters found that the cells divide.", "Varnell Letters"),
        ("The results were published in the journal Quorin Reviews on Monday.", "Quorin Reviews"),
        ("Sales fell, according to a new poll from Dresk Hanlon.", "Dresk Hanlon"),
        ("Margins shrank, said a survey from Morgan Hale on Friday.", "Morgan Hale"),
        ("Margins shrank, said a report from Tavish Quorn Equities.", "Tavish Quorn Equities"),
    ],
)
def test_a_journal_or_a_firm_a_work_came_from_is_an_organisation(text: str, name: str) -> None:
    assert _found(text).get(name) is EntityKind.ORG


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The novel was published in Spanish two years later.", "Spanish"),
        ("The rule was published in October by the agency.", "October"),
        ("Her memoir was published in London and Paris.", "London"),
        ("A study by Jane Orlow found no effect.", "Jane Orlow"),
    ],
)
def test_a_language_a_month_a_place_or_an_author_is_no_source(text: str, word: str) -> None:
    assert _found(text).get(word) is not EntityKind.ORG
