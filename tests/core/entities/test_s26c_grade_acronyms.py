"""An acronym for a grade is no organisation: a wine's protected origin in a text about wine
("Kremstal DAC", "Barolo DOCG") and the top grade before what it grades ("AAA titles",
"die AAA-Industrie"); "AAA" that speaks stays the association (grade_acronyms.grade_acronyms).
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_wines_origin_is_no_organisation() -> None:
    kinds = _kinds(
        "Der Grüne Veltliner darf künftig als Kremstal DAC verkauft werden. Die Winzer hatten "
        "die DAC lange gefordert; der Wein kostet ab 12 Euro.",
        "de",
    )
    assert "DAC" not in kinds
    kinds = _kinds("The Barolo DOCG rules say the wine must age for 38 months.", "en")
    assert "DOCG" not in kinds


def test_a_grade_before_what_it_grades_is_no_organisation() -> None:
    kinds = _kinds(
        "Die AAA-Industrie steckt in der Krise. Viele AAA-Spiele kosten inzwischen 80 Euro.",
        "de",
    )
    assert "AAA" not in kinds
    kinds = _kinds("Players can stream AAA titles to their phones, the AAA studios say.", "en")
    assert "AAA" not in kinds


def test_the_association_that_speaks_stays_an_organisation() -> None:
    kinds = _kinds(
        "Gas prices rose again this week, AAA said on Monday. AAA expects 55 million people "
        "to travel, and AAA spokeswoman Jane Doe warned of delays before the AAA rating "
        "season.",
        "en",
    )
    assert kinds.get("AAA") is EntityKind.ORG
