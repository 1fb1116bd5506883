"""A role written before a name with a comma between is that person's when an article, a
possessive or a sentence's start introduces it and the name closes like an apposition; a plural
role, or a role before a bracket of names, is every listed person's. Hand-written sentences; the
expected roles are what a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_role_before_a_comma_is_the_next_names() -> None:
    roles = _roles(
        "Die Bürgermeisterin von Wiesenbach, Carina Holtkamp, betont: „Wir warten.“", "de"
    )
    assert roles["Carina Holtkamp"] == ("Bürgermeisterin",)
    roles = _roles(
        "Norway's deputy director of public prosecutions, Ingrid Solberg, said on Tuesday that "
        "the Republicans' nominee for governor, Jim Calloway, lost.",
        "en",
    )
    assert roles["Ingrid Solberg"] == ("deputy director",)
    assert roles["Jim Calloway"] == ("nominee",)


def test_an_uninvited_role_before_a_comma_is_nobodys() -> None:
    roles = _roles("He wanted to be a senator, Tom Okafor said on Monday.", "en")
    assert roles["Tom Okafor"] == ()
    roles = _roles("They asked the analyst, Tom Okafor said on Monday.", "en")
    assert roles["Tom Okafor"] == ()


def test_a_plural_role_is_every_listed_persons() -> None:
    roles = _roles(
        "She danced for judges Lorna Whitby, Bruno Tonelli and Ada Finch on Monday. Later "
        "Tom Okafor sang.",
        "en",
    )
    assert roles["Tom Okafor"] == ()
    assert roles["Lorna Whitby"] == ("judge",)
    assert roles["Bruno Tonelli"] == ("judge",)
    assert roles["Ada Finch"] == ("judge",)
    roles = _roles("Das Gerät stammt von den Empa-Forschern Jonas Amrein und Oleg Bessonov.", "de")
    assert roles["Oleg Bessonov"] == ("Empa-Forscher",)


def test_a_singular_role_stays_with_its_name() -> None:
    roles = _roles("Präsident Viktor Hallmann und Petra Oswald trafen sich.", "de")
    assert roles["Petra Oswald"] == ()


def test_a_role_before_a_bracket_of_names_is_each_ones() -> None:
    roles = _roles(
        "Wenn führende FDP-Abgeordnete (Norbert Kessler, Reinhard Görtz) Posten annehmen, "
        "staunt man.",
        "de",
    )
    assert roles["Norbert Kessler"] == ("FDP-Abgeordneter",)  # each man's singular (session 40)
    assert roles["Reinhard Görtz"] == ("FDP-Abgeordneter",)
