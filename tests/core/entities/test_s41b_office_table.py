"""Session 41 (issue 15, who's who leftovers): the who's who of a real library printed English
offices in a German list ("Lieutenant Colonel", "counsel", "police commissioner", "soccer
player") and German ones in an English list ("Technikexperte", "Tennis-Olympiasieger",
"Spielpartner"), and half of "Energie-Experte" ("Energie expert": the field read as a name,
as "Volkswagen-Chef" is one). Expected lines are what a consultant would print; look-alikes
keep their reading (a company's name before an office, a compound no field table knows)."""

from __future__ import annotations

import pytest

from reader.core.entities import merge_roles


@pytest.mark.parametrize(
    ("roles", "name", "line"),
    [
        (["Lieutenant Colonel"], "Alexander Vindman", "Oberstleutnant"),
        (["lieutenant colonel"], "Angela Kaiser", "Oberstleutnant"),  # a rank hers as written
        (["counsel"], "Jan Koch", "Rechtsberater"),
        (["legal counsel"], "Angela Kaiser", "Rechtsberaterin"),
        (["police commissioner"], "Jan Koch", "Polizeipräsident"),
        (["Commissioner"], "Jan Koch", "Kommissar"),  # an EU commissioner, as before
        (["soccer player"], "Jan Koch", "Fußballspieler"),
        (["football player"], "Angela Kaiser", "Fußballspielerin"),
        (["specialist"], "Jan Koch", "Spezialist"),
        (["general counsel"], "Jan Koch", "general counsel"),  # a company's office: as written
    ],
)
def test_english_offices_print_in_german(roles: list[str], name: str, line: str) -> None:
    assert merge_roles(roles, "de", name) == (line,)


@pytest.mark.parametrize(
    ("roles", "name", "line"),
    [
        (["Oberstleutnant"], "Jan Koch", "Lieutenant Colonel"),
        (["Rechtsberater"], "Jan Koch", "legal adviser"),
        (["Polizeipräsident"], "Jan Koch", "police commissioner"),
        (["Fußballspieler"], "Jan Koch", "football player"),
        (["Olympiasieger"], "Jan Koch", "Olympic champion"),
        (["Tennis-Olympiasieger"], "Jan Koch", "tennis Olympic champion"),
        (["Tennis-Olympiasiegerin"], "Angela Kaiser", "tennis Olympic champion"),
        (["Spielpartner"], "Jan Koch", "playing partner"),
        (["Technikexperte"], "Jan Koch", "technology expert"),
        (["Energieexperte"], "Jan Koch", "energy expert"),
        (["Energie-Experte"], "Jan Koch", "energy expert"),  # was "Energie expert"
        (["Rechtsexperte"], "Angela Kaiser", "legal expert"),
        # a hyphen does not change a compound the table knows whole: "Finanzchef" is "CFO"
        (["Finanz-Chef"], "Jan Koch", "CFO"),
        (["Finanzchef"], "Jan Koch", "CFO"),
        (["Energie-Minister"], "Jan Koch", "Energy Minister"),
        # a field lowers a title with "of" in it as it lowers "company president"
        (["Bundesstaatsminister"], "Jan Koch", "federal minister of state"),
        # look-alikes that keep their reading
        (["Siemens-Experte"], "Jan Koch", "Siemens expert"),  # a company's name, no field
        (["Merkel-Berater"], "Jan Koch", "Merkel adviser"),  # a person's name, no field
        (["Volkswagen-Chef"], "Jan Koch", "Volkswagen chief"),  # a company's name
        (["Porsche-Chef"], "Jan Koch", "Porsche chief"),  # a listed company, a German word too
        (["HSV-Präsident"], "Jan Koch", "HSV President"),
        (["Unternehmenspräsident"], "Jan Koch", "company president"),
        (["Japanexperte"], "Jan Koch", "Japan expert"),
        (["Geschäftspartner"], "Jan Koch", "Geschäftspartner"),  # no field the table knows
        (["Lebenspartner"], "Jan Koch", "Lebenspartner"),  # kin, no office
    ],
)
def test_german_offices_print_in_english_whole_or_as_written(
    roles: list[str], name: str, line: str
) -> None:
    assert merge_roles(roles, "en", name) == (line,)
