"""A person's name set alone on a line in capitals heads her portrait (name_headings.py):
"MARLENE BRANDSTÄTTER", "CHLOE KIM", shown as "Marlene Brandstätter" and "Chloe Kim"; menus and
headlines in capitals are no names ("ALLE MARKEN", "FRANCE WINS", "DAVIS CUP", "ARGENTINA
CRUISES", "NISSAN SENTRA"). Hand-written texts; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_names_heading_portraits() -> None:
    text = (
        "Fünf Sportlerinnen, die Mut machen\n\n"
        "MARLENE BRANDSTÄTTER\n\n"
        "Marlene segelte mit 16 Jahren allein um die Welt. Das machte sie berühmt.\n\n"
        "CHLOE KIM\n\n"
        "Chloe ist eine Snowboarderin, die schon mit 17 Jahren Gold gewann. Chloe Kim lebt in "
        "Kalifornien.\n"
    )
    # shown in small letters: as the text writes it elsewhere, else in capitals no more
    assert {"Marlene Brandstätter", "Chloe Kim"} <= _people(text, "de")


def test_menus_and_headlines_in_capitals_are_no_names() -> None:
    text = "ALLE MARKEN\n\nDAVIS CUP\n\nDie Saison beginnt im März mit den ersten Spielen.\n"
    assert not _people(text, "de")
    text = (
        "FRANCE WINS\n\nThe French team won the final on Sunday in Lille.\n\n"
        "ARGENTINA CRUISES\n\nThe hosts beat Chile 3-0.\n\n"
        "NISSAN SENTRA\n\nThe compact sedan gets a new engine.\n"
    )
    assert not _people(text, "en")
