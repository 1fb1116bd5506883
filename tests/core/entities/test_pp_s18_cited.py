"""Authors a study's reference names are people (cited_people.py): a surname with initials in a
list of authors ("Brandt K., Oliveira P.R. (2021)", Vancouver style "Lindqvist KJ, Moreau
D."), and a surname before "et al." ("H. Takeda et al.", "nach Wendler et al. (1998)"); a list
of one word with letters ("Terminal A, Terminal C") or of products ("Fire TV, Apple TV") is
none. A cited author the text names in full joins that person. Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_list_of_authors_with_initials() -> None:
    people = _people(
        "Quelle: Brandt K., Oliveira P.R., Nakamura T. (2021): Soil Carbon in Alpine Meadows. "
        "Nature Geoscience, 14, 211-219.",
        "de",
    )
    assert people == {"Brandt K.", "Oliveira P.R.", "Nakamura T."}


def test_vancouver_style_authors() -> None:
    people = _people(
        "[2] Night shifts and sleep, Lindqvist KJ, Moreau D. Sleep Med Rev. 2019; 12: 40-48.",
        "en",
    )
    assert {"Lindqvist KJ", "Moreau D."} <= people


def test_authors_before_et_al() -> None:
    assert "H. Takeda" in _people("More information: H. Takeda et al. Ice Shells, 2020.", "en")
    people = _people("Die von Wendler et al. (1998) gezählten Hummeln waren selten.", "de")
    assert "Wendler" in people


def test_letters_and_products_in_lists_are_no_authors() -> None:
    text = "Gates open at Terminal A, Terminal C and the apps run on Apple TV, Android TV and Roku."
    assert not _people(text, "en")
    assert not _people("Der Eingang liegt zwischen Pavillon A, Pavillon C.", "de")


def test_a_cited_author_named_in_full_is_that_person() -> None:
    people = _people(
        "Die Geologin Katrin Brandt hat die Böden vermessen. Brandt K., Oliveira P.R. (2021): "
        "Soil Carbon in Alpine Meadows.",
        "de",
    )
    assert "Katrin Brandt" in people and "Brandt K." not in people
    assert "Oliveira P.R." in people


def test_a_cited_author_of_another_initial_stays_apart() -> None:
    people = _people(
        "Die Geologin Hanna Brandt hat die Böden vermessen. Brandt K., Oliveira P.R. (2021): "
        "Soil Carbon in Alpine Meadows.",
        "de",
    )
    assert {"Hanna Brandt", "Brandt K."} <= people
