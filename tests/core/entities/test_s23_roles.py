"""Session 23's role class, read off session 22's blind pages (s23) and checked on hand-written
sentences (made-up people): a German role in the weak nouns' plural ("-en") before a list of
names is every listed person's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_weak_nouns_plural_before_a_list_is_each_listed_persons_role() -> None:
    roles = _roles(
        "Unsere erfahrenen Meditationsexperten Sabine Korte und Holger Wittkamp begleiten "
        "dich durch den Kurs."
    )
    assert roles["Sabine Korte"] == ("Meditationsexperte",)
    assert roles["Holger Wittkamp"] == ("Meditationsexperte",)


def test_the_role_of_one_name_is_not_shared_with_a_name_after_a_verb() -> None:
    roles = _roles("Der Präsident Frank Moll lobte Jana Rothmund für ihre Arbeit.")
    assert roles["Frank Moll"] == ("Präsident",)
    assert not roles["Jana Rothmund"]
