"""Session 28: the maker a credit line names, a first name and a surname, is a person even
when the surname is a word or a country (made-up people; hand-written lines)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Der Steg im Morgennebel.\n\nFoto: Kerstin Jordan\n\nIm Sommer kommen Gäste.",
            "de",
            "Kerstin Jordan",
        ),
        ("Der Steg im Morgennebel.\n\nText und Fotos: Ole Sommer", "de", "Ole Sommer"),
        ("Wir danken allen. Alle Bilder von Maren Winter.", "de", "Maren Winter"),
        (
            "The pier at dawn.\n\nPhoto: Tom Young\n\nMore visitors come in summer.",
            "en",
            "Tom Young",
        ),
        ("The pier at dawn. Photo by Grace Hill/Wire Pictures", "en", "Grace Hill"),
        ("Tested by: Paul Fielding RRP: £19.99 More info: the maker's site", "en", "Paul Fielding"),
        ("The pier at dawn. © Jane Roe 2021", "en", "Jane Roe"),
    ],
)
def test_a_credited_maker_is_a_person(text: str, lang: str, name: str) -> None:
    assert _kinds(text, lang).get(name) is EntityKind.PERSON


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The pier at dawn.\n\nImage: Deep Orbit Weekly", "en"),
        ("Der Steg im Morgennebel.\n\n© Alfa Romeo F1 Team", "de"),
        ("Der Steg im Morgennebel. Foto: privat", "de"),
    ],
)
def test_a_credited_body_is_no_person(text: str, lang: str) -> None:
    assert EntityKind.PERSON not in _kinds(text, lang).values()
