"""Session 28: an author introducing themself by name is a person; a faith or a mood said the
same way is not (made-up authors; hand-written sentences)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Hallo, ich bin Jonas, der Gründer dieses Reiseblogs.", "de", "Jonas"),
        ("Mein Name ist Greta Vollmer. Ich schreibe über Gärten.", "de", "Greta Vollmer"),
        ("Hi, I'm Lena, your host for this course.", "en", "Lena"),
        ("My name is Ruth Ambler and I bake bread.", "en", "Ruth Ambler"),
    ],
)
def test_an_author_introducing_themself_is_a_person(text: str, lang: str, name: str) -> None:
    assert name in _people(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Honestly, I'm Christian, and I pray every day.", "en"),
        ("I'm Frank, I say what I think.", "en"),
        ("Ehrlich gesagt, ich bin Christ.", "de"),
    ],
)
def test_what_one_is_is_no_name(text: str, lang: str) -> None:
    assert not _people(text, lang)
