"""Named venues are sites ("Staples Center", "Südtirol Arena"), also at the start of a
sentence after a preposition ("In der Südtirol Arena …") and after a city's possessive ("San
Francisco's Moscone Center"). Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _places(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.PLACE}


def test_a_venue_is_a_site() -> None:
    text = "The Clippers lost despite two solid performances at Staples Center on Sunday."
    assert _places(extract(text, "en")) == {"Staples Center"}
    text = "Die Biathletinnen boten in der Südtirol Arena ein Spektakel."
    assert _places(extract(text, "de")) == {"Südtirol Arena"}


def test_a_venue_after_a_sentences_preposition_or_a_possessive() -> None:
    text = "Sie siegte klar. In der Südtirol Arena hat sie schon 2019 gewonnen."
    assert _places(extract(text, "de")) == {"Südtirol Arena"}
    text = "Cook said, while visiting San Francisco's Moscone Center, that it was full."
    assert _places(extract(text, "en")) == {"San Francisco", "Moscone Center"}


def test_a_hyphenated_site_named_after_a_person() -> None:
    text = "Sie setzte in der Helmut-Körnig-Halle ihren Höhenflug fort."
    assert _places(extract(text, "de")) == {"Helmut-Körnig-Halle"}
    text = "Die Feier fand in einer Mehrzweck-Halle statt."
    assert _places(extract(text, "de")) == set()


def test_a_memorial_is_a_site() -> None:
    text = "Sie stimmten für eine Gedenkkugel in der Gedenkstätte Ravensbrück."
    assert _places(extract(text, "de")) == {"Gedenkstätte Ravensbrück"}
