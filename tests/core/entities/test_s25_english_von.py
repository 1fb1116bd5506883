"""English text writes "von" only inside a name: after two first names it still joins the
surname ("Fritz Eckart von Weizsäcker"), where German text may mean "from". Expected values
read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Fritz Eckart von Weizsäcker was stabbed during a lecture in Berlin.",
            "Fritz Eckart von Weizsäcker",
        ),
        (
            "The study was led by Hans Georg von Arnim, a physicist in Munich.",
            "Hans Georg von Arnim",
        ),
    ],
)
def test_von_joins_a_surname_in_english(text: str, person: str) -> None:
    people = {f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON}
    assert people == {person}
