"""Korean names written as three words ("Park Dong Woo", "Lee Ho Jun"): a family name Koreans
bear and given-name syllables make one name, though "Park" is an English word and "Jun" a
month; "Hong Kong" stays a place. Two people whose first name and surname agree but whose
middle words differ stay two ("Jeong Hye Jin", "Jeong Jae Jin"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str = "en") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_korean_family_name_and_two_syllables_are_one_name() -> None:
    people = _people(
        "The stage was designed by Park Dong Woo, and the costumes were made by Lee Ho Jun. "
        "Both had worked with Kim Sang Hee before."
    )
    assert {"Park Dong Woo", "Lee Ho Jun", "Kim Sang Hee"} <= people
    assert not {"Dong Woo", "Lee Ho"} & people


def test_a_hyphened_given_name_and_a_role() -> None:
    found = {
        f.name: f.roles for f in extract("President Moon Jae-in met the press on Monday.", "en")
    }
    assert found.get("Moon Jae-in") == ("President",)


def test_a_place_named_like_a_korean_name_stays_a_place() -> None:
    found = extract("Shares fell in Hong Kong and in Seoul, said Lee Ho Jun.", "en")
    assert "Hong Kong" not in {f.name for f in found if f.kind is EntityKind.PERSON}
    assert "Hong Kong" in {f.name for f in found if f.kind is EntityKind.PLACE}


def test_a_syllable_before_a_family_name_keeps_the_name_whole() -> None:
    people = _people("The script is by Kyeong Min Seon, the music by Oh Kyeong Taek.")
    assert "Kyeong Min Seon" in people
    assert "Min Seon" not in people


def test_two_names_that_differ_in_the_middle_are_two_people() -> None:
    people = _people(
        "The dance was made by Jeong Hye Jin. The video is by Jeong Jae Jin, who said "
        "Jeong Hye Jin had asked for it."
    )
    assert {"Jeong Hye Jin", "Jeong Jae Jin"} <= people


def test_a_middle_name_dropped_is_still_the_same_person() -> None:
    people = _people(
        "Anna Veronika Wendland spoke first. Later Anna Wendland said the plan would fail.", "en"
    )
    assert "Anna Veronika Wendland" in people
    assert "Anna Wendland" not in people
