"""A town written right after a longer name's word in the same run — an acronym, a first name
or a word of no dictionary — is part of that name and no mention of the place ("(TC BW
Rosenheim)", "ETH Zürich", "Giorgio Livorno", "(TC Raschke Taufkirchen)"). A noun or a name of
everyday use before it, a word the text writes in small letters, another place, a number, a
country and a region keep it a place ("die Provinz Hebei", "Staatsoper Kassel", "Biden
Washington", "Gather In Lisbon", "Paris London Berlin", "69451 Weinheim"). Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_a_town_in_a_longer_name_is_no_place() -> None:
    assert not _places(
        "Sie spielt für den Tennisclub (TC BW Rosenheim), er für den TC Raschke Taufkirchen. "
        "Die Lampen baute der Designer Giorgio Livorno.",
        "de",
    )
    assert not _places("She studied physics at the ETH Zürich.", "en")


def test_nouns_before_the_town_keep_the_place() -> None:
    places = _places(
        "In der Provinz Hebei und in der Hauptstadt Managua regnete es. Sie sang an der "
        "Staatsoper Kassel. Sie liebt ihre Wahlheimat Bremen.",
        "de",
    )
    # "Staatsoper Kassel" is an arts venue's whole name since the organisation rules' venues
    # (clubs.py): the town inside an organisation's name is no place of its own (gold rule)
    assert places == {"Hebei", "Managua", "Bremen"}


def test_words_places_numbers_and_countries_keep_the_place() -> None:
    places = _places(
        "Über Taiwan sprachen sie lange. Die Tour führte nach Paris London Berlin. Es geht um "
        "die Zukunft Europas. Die Autorin Hedda Raschke, Kassel, schreibt. Post an: Postfach 12, "
        "69451 Weinheim.",
        "de",
    )
    assert {"Taiwan", "London", "Berlin", "Europa", "Kassel", "Weinheim"} <= places
    assert "Tokyo" in _places("In Tokyo, the ministry said so.", "en")
    assert "Lisbon" in _places(
        "Leaders Gather In Lisbon\n\nThe summit opens today, and in the evening they dine.", "en"
    )
    assert "Moscone Center" in _places("They met at San Francisco's Moscone Center.", "en")
    assert "Vereinigte Staaten" in _places("Dann empfängt Takaichi US-Präsident Trump.", "de")
    assert "Sachsen" in _places("Der Verein heißt Giorgio Sachsen, sagt Anna Berg.", "de")
    # a name of everyday use ("Biden") before a town is no longer name's word
    assert "Washington" in _places("Die Hilfe sagte Biden Washington zu, meldete Anna Berg.", "de")
    # a first name that is a word too opens a person's name ("Jack London")
    assert not _places("Sie las Jack Hamburg und Eva Kassel.", "de")
