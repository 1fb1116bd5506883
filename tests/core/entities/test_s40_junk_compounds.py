"""The first part of a German compound after a preposition of place is no place (issue 15,
session 40): "aus Bio-Baumwolle", eight times on a page of knitwear labels, made "Bio" a place
of the library. The preposition governs the whole compound; a lone name after it still is a
place, and a compound of a town's name stays the town."""

from __future__ import annotations

from reader.core.entities import extract


def _places(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind.value == "place"}


def test_the_first_part_of_a_compound_after_aus_is_no_place() -> None:
    text = (
        "Die Knitwear des Labels besteht zu 100% aus Bio-Baumwolle. Für die vegane Strickmode "
        "kommt ausschließlich Bio-Baumwolle zum Einsatz, die Merinowolle aus Südafrika.\n"
    )
    assert _places(text) == {"Südafrika"}


def test_a_lone_name_after_a_preposition_is_still_a_place() -> None:
    assert "Xilingol" in _places("Die Hirten kommen aus Xilingol und ziehen weiter.\n")
    assert "Xilingol" in _places("The herders came from Xilingol last week.\n", "en")


def test_a_towns_hyphenated_name_after_a_preposition_stays_the_town() -> None:
    assert "Ober-Olm" in _places("Die Familie zog im Frühjahr nach Ober-Olm.\n")
