"""Session 30, read off a real library's lists: the words before a role that say its field are
content words ("press secretary", "dressage rider"), never a preposition or a wh-word that the
dictionary also lists ("a race against singer …" gave "tight race against singer", "what host"
one "what host"). Made-up people."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "She is locked in a close race against singer Mara Voss this season.",
            "Mara Voss",
            "singer",
        ),
        ("Viewers wondered what host Ben Kellard would say next.", "Ben Kellard", "host"),
        (
            "It was a long night for the crowd, despite rapper Tevo Lane on stage.",
            "Tevo Lane",
            "rapper",
        ),
    ],
)
def test_a_preposition_or_wh_word_is_no_field(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == (role,)


def test_a_field_noun_stays() -> None:
    assert _roles("The judges praised dressage rider Ilse Marten.")["Ilse Marten"] == (
        "dressage rider",
    )
