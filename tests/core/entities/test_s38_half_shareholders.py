"""Session 38: only a company has shareholders — "the largest shareholder of Zorvex", "a
shareholder in Zorvex", "größter Aktionär von Zorvex" name a company, as "shareholders of" and
"shares in" already did; what a person holds is said otherwise. Made-up names and sentences;
what a reader would mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_one_shareholder_of_a_company() -> None:
    assert "Zorvex" in _orgs("Alden became the largest shareholder of Zorvex on Tuesday.", "en")
    assert "Zorvex" in _orgs("Alden, a shareholder in Zorvex, voted against the deal.", "en")


def test_a_german_shareholder_of_a_company() -> None:
    assert "Zorvex" in _orgs("Alden ist seit Montag größter Aktionär von Zorvex.", "de")


def test_what_a_person_holds_names_no_company() -> None:
    assert "Zorvex" not in _orgs("Alden is a big fan of Zorvex, who sings on Tuesday.", "en")
