"""A role a verb gives the name right after it is that person's ("Hege is the CEO of DH",
"McAleenan, who was the acting director", "ist Ralf Ludwig neuer Intendant"); a role another
person holds ("the president's son") is not. Hand-written sentences; the expected roles are what
a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_role_the_verb_gives_is_the_persons() -> None:
    roles = _roles(
        "The campaign drew mockery, but Michelle Hegarty was calm. Hegarty is the CEO of DH, "
        "a firm in Spokane. In a letter to Kevin McAlister, who was the acting director of "
        "the agency, doctors asked for help.",
        "en",
    )
    assert roles["Michelle Hegarty"] == ("CEO",)
    assert roles["Kevin McAlister"] == ("acting director",)
    roles = _roles("Ab dem 1. November ist Ralf Ludewig neuer Intendant des Senders.", "de")
    assert roles["Ralf Ludewig"] == ("Intendant",)


def test_a_role_another_person_holds_is_not_the_persons() -> None:
    roles = _roles("In the photo, Tom Okafor is the president's son.", "en")
    assert roles["Tom Okafor"] == ()
    roles = _roles("Tom Okafor is a senior analyst at Kotak, they say.", "en")
    assert roles["Tom Okafor"] == ("senior analyst",)
    roles = _roles("Tom Okafor is a great analyst, they say.", "en")
    assert roles["Tom Okafor"] == ()  # a free adjective: no office of its own
