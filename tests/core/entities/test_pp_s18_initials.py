"""Initials for the first names ("T.J. Carrie", "A.J. Hinch"): two or three run together
before one name-like word are a person; a place's initials ("U.S. Army", "L.A. Galaxy") and a
body's head or a frequent word after them ("D.C. Council", "K.R. Pharma", "P.O. Box") are none.
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_initials_before_a_surname_are_a_person() -> None:
    people = _people(
        "Yesterday A.J. Hinch managed the team, C.J. Stroud threw twice and the cornerback "
        "T.J. Carrie made the stop."
    )
    assert {"A.J. Hinch", "C.J. Stroud", "T.J. Carrie"} <= people


def test_a_places_or_a_bodys_initials_are_no_person() -> None:
    people = _people(
        "The U.S. Army and the N.Y. Yankees wrote to the D.C. Council at P.O. Box 12, and the "
        "L.A. Galaxy answered. Sales at K.R. Pharma rose."
    )
    assert (
        not {"U.S. Army", "N.Y. Yankees", "D.C. Council", "P.O. Box", "L.A. Galaxy", "K.R. Pharma"}
        & people
    )
