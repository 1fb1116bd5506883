"""A lone name the text shows to be a company in one mention ("Brindlecast, a software
company", "employees of Brindlecast", "made by Brindlecast") is no place in another, though a
preposition of place stands before it there ("joined from Brindlecast"). A town's office held
there ("the mayor of Olden") is no such sign. Hand-written sentences; expected values are what
a reader marks."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str, lang: str = "en") -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, lang)}


def test_a_company_by_its_apposition_is_no_place_after_from() -> None:
    found = _found(
        "Nora Vance spent ten years with Brindlecast, a software company that sells planning "
        "tools. The board hired her away from Brindlecast last spring."
    )
    assert found.get("Brindlecast") == "org"


def test_a_company_by_its_staff_is_no_place_after_from() -> None:
    found = _found(
        "The employees of Tarnwell voted to strike on Monday. Most of them came from Tarnwell "
        "Labs' old rival, and some came from Tarnwell itself."
    )
    assert found.get("Tarnwell") != "place"


def test_a_town_with_a_mayor_stays_a_place() -> None:
    found = _found(
        "In Olderup wird eine neue Idee ausprobiert. Die Bürgermeisterin von Olderup, Anna "
        "Berg, ist zufrieden.",
        "de",
    )
    assert found.get("Olderup") != "org"
