"""A Korean name of three words keeps its last syllable when the possessive ends it: "Kim Jong
Un's sister" names Kim Jong Un (it gave "Kim Jong" and a lone "Un"), and "Moon Jae-in's" names
Moon Jae-in (it gave nobody). A possessive inside ends the name there."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text, "en") if e.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim Jong Un’s younger sister issued a statement on Sunday.", "Kim Jong Un"),
        ("Critics praised Lee Ho Jun's costumes for the new musical.", "Lee Ho Jun"),
        ("Moon Jae-in's successor took office in May.", "Moon Jae-in"),
        ("Yesterday Choi Min Seo's second novel went on sale in Busan.", "Choi Min Seo"),
    ],
)
def test_the_possessive_ends_the_whole_name(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, people
    assert not any(p != name and p in name for p in people), people
