"""Roles read before a known person's name that the lists missed: church offices and owners
("Bischof", "Besitzerin", "archbishop", "owner"), aides and members of a band ("congresswoman",
"guitarist"), German feminine plurals and plurals for all genders before a list of names ("die
Forscherinnen …", "die Künstler*innen … und …", "Referent:in"). Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_german_church_offices_and_owners() -> None:
    roles = _roles(
        "Am Sonntag predigte Bischöfin Maria Lenhardt im Dom. Besitzer Jonas Fehrmann "
        "verkauft dort Honig, und Inhaberin Petra Kolbe verkauft Kerzen.",
        "de",
    )
    assert roles["Maria Lenhardt"] == ("Bischöfin",)
    assert roles["Jonas Fehrmann"] == ("Besitzer",)
    assert roles["Petra Kolbe"] == ("Inhaberin",)


def test_english_offices_and_jobs_in_small_letters() -> None:
    roles = _roles(
        "The plan was criticised by congresswoman Dana Whitfield and archbishop Colm Farrell. "
        "The band's guitarist Rory Keane left; restaurant owner Lupe Ortega stayed.",
        "en",
    )
    assert roles["Dana Whitfield"] == ("congresswoman",)
    assert roles["Colm Farrell"] == ("archbishop",)
    assert roles["Rory Keane"] == ("guitarist",)
    assert roles["Lupe Ortega"] == ("restaurant owner",)


def test_a_feminine_plural_is_every_listed_persons_role() -> None:
    roles = _roles("Die Forscherinnen Anna Berg und Lena Vogt fanden das Nest.", "de")
    assert roles == {"Anna Berg": ("Forscherin",), "Lena Vogt": ("Forscherin",)}
    roles = _roles("Die KünstlerInnen Anna Berg und Lena Vogt fanden das Nest.", "de")
    assert roles == {"Anna Berg": ("KünstlerIn",), "Lena Vogt": ("KünstlerIn",)}


def test_a_plural_for_all_genders_is_kept_as_written_for_each() -> None:
    roles = _roles(
        "Im Dorf leben die Künstler*innen Ines Albrecht und Tomas Wendt. Dazu sprach "
        "Referent:in Kim Bauer.",
        "de",
    )
    assert roles["Ines Albrecht"] == ("Künstler*innen",)
    assert roles["Tomas Wendt"] == ("Künstler*innen",)
    assert roles["Kim Bauer"] == ("Referent:in",)


def test_people_of_a_town_are_no_job() -> None:
    roles = _roles("Die Kölner*innen Ines Albrecht und Tomas Wendt luden ein.", "de")
    assert roles.get("Ines Albrecht", ()) == ()
