"""Companies listed after a colon in a sentence that named their kind first, and magazines
named by a German head after their title. Expected values read off hand-written sentences
(made-up brands and magazines)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "brands"),
    [
        (
            "Viele Outdoor-Labels zogen daraus Konsequenzen: Torvane, Quelmo oder Brastik "
            "nähen inzwischen ohne Chemie.",
            "de",
            {"Torvane", "Quelmo", "Brastik"},
        ),
        (
            "Several carmakers followed suit within a week: Lunavit, Zentrobix and Orvane cut "
            "their prices.",
            "en",
            {"Lunavit", "Zentrobix", "Orvane"},
        ),
    ],
)
def test_names_listed_after_a_colon_in_a_sentence_of_companies_are_companies(
    text: str, lang: str, brands: set[str]
) -> None:
    assert brands <= _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Partner sagten es so: Torvane, Quelmo und Brastik kommen morgen.", "de"),
        ("Viele Marken zogen nach. Es kamen: Torvane, Quelmo und Brastik.", "de"),
        ("Viele Marken zogen nach: Torvane kam zuerst, später auch andere.", "de"),
    ],
)
def test_no_kind_of_company_in_the_sentence_or_no_list_makes_no_company(
    text: str, lang: str
) -> None:
    assert not _orgs(text, lang) & {"Torvane", "Quelmo", "Brastik"}


def test_a_title_before_magazin_is_a_magazine() -> None:
    assert "Erfolg Magazin" in _orgs("Das verrät er im Interview mit dem Erfolg Magazin.", "de")


def test_a_determiner_opens_no_magazine() -> None:
    assert not _orgs("Manches Magazin schreibt darüber gar nicht.", "de")
