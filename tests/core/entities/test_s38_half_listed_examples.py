"""Session 38: a name listed as an example of a kind of company is one organisation as the list
writes it, however its words read — dictionary words no rule made a name of, a first word read
as a term, a daughter named with "of" and its parent. Made-up names and sentences; what a reader
would mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_dictionary_words_listed_after_a_plural_for_companies() -> None:
    found = _orgs(
        "NASA gave the contracts to companies Zentrobix, Quiet Harbor and Silver Orbit.", "en"
    )
    assert {"Quiet Harbor", "Silver Orbit", "Zentrobix"} <= found


def test_dictionary_words_listed_after_such_as() -> None:
    found = _orgs("Suppliers such as Bright Fields, Zentrobix and Open Water cut prices.", "en")
    assert {"Bright Fields", "Open Water", "Zentrobix"} <= found


def test_a_term_opening_a_listed_name_stays_inside_it() -> None:
    found = _orgs(
        "Firmen wie Zentrobix, IVF Quandt oder Lumora GmbH suchen Fachkräfte.", "de"
    )
    assert "IVF Quandt" in found
    assert "Quandt" not in found


def test_a_daughter_listed_with_its_parent_is_the_daughter() -> None:
    found = _orgs(
        "Weltkonzerne wie Zentrobix, Lumora Pharma Companies of Carrow & Yates oder Quandrix "
        "sind dabei.",
        "de",
    )
    assert "Lumora Pharma Companies of Carrow & Yates" in found
    assert "Carrow & Yates" not in found


def test_what_is_no_list_of_companies_is_left_alone() -> None:
    # people, not companies; a person with an office keeps it; one word stays for others
    assert not _orgs("Lawmakers such as Anna Berger and John Miller voted against it.", "en")
    assert not _orgs("Anbieter wie Strom und Gas Vertrieb werden teurer.", "de") & {
        "Strom und Gas Vertrieb"
    }
    people = {
        f.name
        for f in extract("Firmen wie Zentrobix und Chefin Anna Berger protestierten.", "de")
        if f.kind is EntityKind.PERSON
    }
    assert "Anna Berger" in people


def test_an_owner_and_what_is_theirs_stay_two_names() -> None:
    found = extract("Companies such as Maren Olsby’s Zentrobix and Quiet Harbor hire.", "en")
    assert "Maren Olsby" in {f.name for f in found if f.kind is EntityKind.PERSON}
    assert "Zentrobix" in {f.name for f in found if f.kind is EntityKind.ORG}


def test_words_before_a_plural_for_companies_are_kinds_not_names() -> None:
    # review of session 38: the list's words became organisations though they say what kind
    text = "Companies such as Big Data and Machine Learning startups grew fast."
    assert not _orgs(text, "en")
