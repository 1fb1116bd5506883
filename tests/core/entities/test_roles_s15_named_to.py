"""The office a sentence says its person was elected, named or appointed to is that person's
role ("… zur Premierministerin gewählt", "has been named new DHS acting secretary", "expected
to become chancellor"), unless another person is named first, and only within the sentence.
Hand-written sentences; the expected roles are what a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_the_office_a_person_is_elected_or_named_to() -> None:
    roles = _roles(
        "Sanae Takamura ist am Dienstag vom Parlament zur Premierministerin gewählt worden.", "de"
    )
    assert roles["Sanae Takamura"] == ("Premierministerin",)
    roles = _roles(
        "McAllen resigned and Chad Wolfe has been named new DHS acting secretary. The vote "
        "is a win for Friedrich Merten, who is expected to become chancellor.",
        "en",
    )
    assert roles["Chad Wolfe"] == ("acting secretary",)
    assert roles["Friedrich Merten"] == ("chancellor",)


def test_another_person_first_or_another_sentence_takes_it() -> None:
    roles = _roles(
        "Chad Wolfe said that Anna Lindqvist was named secretary. Tom Okafor left. He was "
        "elected mayor.",
        "en",
    )
    assert roles["Chad Wolfe"] == ()
    assert roles["Tom Okafor"] == ()
