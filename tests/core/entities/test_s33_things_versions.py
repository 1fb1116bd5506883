"""Session 33: a name given a version number or the word "version", and a name a doctor
prescribes, is software, a device or a drug, no organisation ("Starveil 2.0", "Version 3.1
of Quillpad", "verschrieb ihr Migralin"); an amount after a name ("2.5 billion", "2.000
Stellen"), a date or a time is no version. Made-up names, hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.versioned_things import versioned


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "product"),
    [
        ("Players can download Starveil on Steam. Starveil 2.0 sold a million copies.", "en", "Starveil"),
        ("Version 3.1 of Quillpad fixes bugs. Quillpad now syncs notes.", "en", "Quillpad"),
        ("Doctors prescribed Migralin, and Migralin cut headaches by half.", "en", "Migralin"),
        ("Die Version 4 von Notizblick ist da. Notizblick kann jetzt mehr.", "de", "Notizblick"),
        ("Ihr Arzt verschrieb ihr Migralin. Migralin half sofort.", "de", "Migralin"),
    ],
)
def test_a_versioned_or_prescribed_name_is_a_product(text: str, lang: str, product: str) -> None:
    assert product in versioned(text)
    assert product not in _orgs(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Zentrolix 2.5 billion in sales",
        "Zentrolix 2.000 Stellen",
        "Zentrolix 1.5 Prozent",
        "Zentrolix 2.5% higher",
        "Zentrolix 20.7 cubic feet of room",
        "Zentrolix 11.04.2024 - 11:46 Uhr",
        "Zentrolix 12.30 Uhr",
        "Am 7.2. folgt Zentrolix 7.2. in Oslo",
    ],
)
def test_an_amount_after_a_name_is_no_version(text: str) -> None:
    assert "Zentrolix" not in versioned(text)


def test_the_maker_before_a_versioned_product_stays() -> None:
    text = "Critics praised Korvato Notes 7.0 then. Korvato Inc. said sales rose."
    assert "Korvato" not in versioned(text)
    assert "Korvato Inc." in _orgs(text, "en")
