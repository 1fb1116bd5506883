"""A club named by a word for "royal", "athletic", "sporting" or "racing" before its town is an
organisation, not the town ("Real Madrid", "Athletic Bilbao"); the same word before no town
stays a word. Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "club"),
    [
        ("The striker left Real Madrid for £40million last summer.", "en", "Real Madrid"),
        ("Athletic Bilbao rejected a second offer on Tuesday.", "en", "Athletic Bilbao"),
        ("Der Verteidiger wechselt von Sporting Lissabon nach England.", "de", "Sporting Lissabon"),
        ("Im Viertelfinale trifft Inter Mailand auf Olympique Lyon.", "de", "Olympique Lyon"),
    ],
)
def test_a_club_word_before_a_town_names_a_club(text: str, lang: str, club: str) -> None:
    found = _found(text, lang)
    assert found.get(club) is EntityKind.ORG
    assert club.split()[-1] not in found  # the town is the club's


def test_the_word_before_no_town_is_no_club() -> None:
    found = _found("Real wages fell while Racing Weekend drew crowds to Madrid.", "en")
    assert found.get("Madrid") is EntityKind.PLACE
    assert not [n for n, k in found.items() if k is EntityKind.ORG and "Madrid" in n]
