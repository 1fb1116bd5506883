"""A body a picture or a story is credited to is an organisation, whatever words its name is
made of; a photographer's name and an everyday word there are none, nor is a label with no
colon. Expected names read off hand-written texts (made-up agencies and outlets)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "en") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "The probe flies on in 2031.\n\n(Image credit: Deep Orbit Weekly)",
            "en",
            "Deep Orbit Weekly",
        ),
        ("The probe flies on in 2031.\n\nMain image credit: Pixoria", "en", "Pixoria"),
        ("Die Sonde fliegt 2031.\n\nTitelbild: Pixoria, CC BY 2.0", "de", "Pixoria"),
        (
            "The probe flies on in 2031.\n\nOriginally published on Deep Orbit Weekly.",
            "en",
            "Deep Orbit Weekly",
        ),
        (
            "The probe flies on in 2031.\n\nThis article first appeared in Deep Orbit Weekly.",
            "en",
            "Deep Orbit Weekly",
        ),
        ("The probe flies on in 2031.\n\nPhotograph: Pixoria Images", "en", "Pixoria Images"),
    ],
)
def test_a_credit_names_a_body(text: str, lang: str, body: str) -> None:
    assert body in _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The probe flies on in 2031.\n\nPhoto: Neil Harlow", "en"),
        ("Die Sonde fliegt 2031.\n\nFoto: Privat", "de"),
        ("June 10 -- Westfield Credit Union Amphitheatre, Tampa, FL", "en"),
    ],
)
def test_a_photographer_a_word_or_a_label_without_colon_is_no_credit(text: str, lang: str) -> None:
    orgs = _orgs(text, lang)
    assert not orgs & {"Neil Harlow", "Privat", "Union Amphitheatre"}
