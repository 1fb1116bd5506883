"""A town's name in the German genitive that is the surname of a person the text names in
full is that person ("Morenos Warnungen" after "Juan Moreno"; Moreno is a town in
Argentina). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_a_surname_in_the_genitive_is_the_person_not_the_town() -> None:
    found = extract(
        "Der Reporter Juan Moreno zweifelt. Relotius ignoriert Morenos Warnungen.", "de"
    )
    people = {f.name: len(f.spans) for f in found if f.kind is EntityKind.PERSON}
    assert people == {"Juan Moreno": 2}
    assert not [f for f in found if f.kind is EntityKind.PLACE]
