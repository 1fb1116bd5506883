"""A contest named after a person or a sponsor is no person (misnamed.py): "the Davis Cup
Finals", "the Rakuten Madrid Finals", "the Lewis Marathon", "der Wilhelm-Pokal"; the person
stays ("Davis said"). Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_contests_are_no_people() -> None:
    text = (
        "The show covers the Grand Slams and the Davis Cup Finals. It is sponsored by the "
        "Nakamura Osaka Finals, and the host ran the Lewis Marathon and the Harper "
        "Championship in May."
    )
    assert not _people(text, "en")


def test_a_person_beside_a_contest_stays() -> None:
    text = "Anna Lewis won the Lewis Marathon again, Lewis said on Sunday."
    assert "Anna Lewis" in _people(text, "en")
