"""A lone name right after a word for what a person does is a person: "Brazil star Neymar",
"ein Rapper wie Fler"; a word for a partner, which companies are too, decides nothing.
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_lone_name_after_a_lower_case_job_is_a_person() -> None:
    text = "Portugal star Ronaldinho was among the 40,000 fans in the stadium."
    assert _people(text, "en") == {"Ronaldinho": ("star",)}


def test_a_lone_name_after_a_german_job_and_wie_is_a_person() -> None:
    text = "Wenn ein Musiker wie Sido so etwas postet, folgt sofort Kritik."
    assert "Sido" in _people(text, "de")


def test_a_partner_may_be_a_company() -> None:
    text = "The deal with partner Zentrobix closed on Friday."
    assert _people(text, "en") == {}
