"""A listed company's name keeps what looks like a possessive when it is part of the name
("Lowe's", "McDonald's"), and a listed name that opens a sentence with an everyday noun keeps
it when "and" lists another after it ("Home Depot and …"). Expected values read off the
hand-written sentences and the names as the stock indices write them."""

from __future__ import annotations

from reader.core.entities import extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind.value == "org"}


def test_an_apostrophe_s_in_a_listed_name_stays() -> None:
    orgs = _orgs("Home Depot and Lowe’s reported earnings on Tuesday. Shares of Lowe’s rose.")
    assert "Lowe’s" in orgs and "Lowe" not in orgs
    assert "McDonald's" in _orgs("McDonald's said sales rose. McDonald's shares fell.")


def test_a_possessive_after_a_company_is_still_cut() -> None:
    assert "Siemens" in _orgs("Analysts liked Siemens’s results, and Siemens shares rose.")


def test_a_listed_name_opening_a_sentence_before_and_keeps_its_noun() -> None:
    orgs = _orgs("Home Depot and Lowe’s reported earnings on Tuesday.")
    assert "Home Depot" in orgs and "Depot" not in orgs
