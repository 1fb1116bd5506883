"""Planets and moons are no organisations (misnamed._celestial): Saturn in a text that speaks of
moons, planets or spacecraft, and a one-word name a planet's possessive owns ("Jupiter's
Ganymede", "Neptune's largest moon Triton"). Hand-written sentences; Saturn, a German chain of
electronics shops, stays one where no sky is spoken of."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_saturn_among_moons_and_a_planet_s_moon_are_no_bodies() -> None:
    orgs = _orgs(
        "The probe flew past Saturn in 2017, then on to Neptune's largest moon Triton. "
        "Astronomers at the Keldor Institute compared it with Jupiter's Callisto, and "
        "Saturn's rings shone. Callisto is icy, and Triton is cold, they said of Callisto.",
        "en",
    )
    assert not orgs & {"Saturn", "Triton", "Callisto"}
    assert "Keldor Institute" in orgs


def test_saturn_the_shop_stays_where_no_sky_is_spoken_of() -> None:
    orgs = _orgs(
        "Die Elektronikkette Saturn eröffnet eine Filiale in Bonn. Kunden von Saturn und "
        "Media Markt sparen.",
        "de",
    )
    assert "Saturn" in orgs
