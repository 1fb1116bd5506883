"""A refused filter is named as the user typed it: `vor:` (German) stays "vor", `before:` stays
"before". The window translates the rest of the message; the filter word is the user's own."""

from __future__ import annotations

import pytest

from reader.core.search.query import InvalidSearch, parse


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("vor:2025-13", "invalid search: vor: takes a date like"),
        ("Vor:2025-13", "invalid search: vor: takes a date like"),
        ("nach:31.02.2025", "invalid search: nach: there is no such day in the calendar (31.02.2025)"),
        ("before:2025-13", "invalid search: before: takes a date like"),
        ("after:soon", "invalid search: after: takes a date like"),
        ("Japan agentur:", "invalid search: agentur: needs a value"),
        ("schlagwort: Japan", "invalid search: schlagwort: needs a value"),
        ('medium:""', "invalid search: medium: needs a value"),
        ("tag:", "invalid search: tag: needs a value"),
    ],
)
def test_the_refusal_names_the_filter_word_typed(text: str, message: str) -> None:
    with pytest.raises(InvalidSearch) as refused:
        parse(text)
    assert str(refused.value).startswith(message)
