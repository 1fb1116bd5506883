"""Session 38: a company the text calls one with a word for its kind ("keyboard case maker
Brydge", "Chiphersteller Zorvex") stays a company when the text also writes a product named
after it ("the Brydge Pro"): what the kind word says of one mention holds for the others.
Made-up names and sentences; what a reader would mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_maker_called_so_keeps_its_name_beside_its_product() -> None:
    text = "Keyboard case maker Zorvex had a hard year. The Zorvex Pro costs $150."
    assert "Zorvex" in _orgs(text, "en")
    text = "The Zorvex Pro costs $150. It comes from the chipmaker Zorvex, based in Ohio."
    assert "Zorvex" in _orgs(text, "en")


def test_a_german_maker_called_so_keeps_its_name_beside_its_product() -> None:
    text = "Der Hersteller Zorvex hat ein gutes Jahr. Das Zorvex Pro kostet 150 Euro."
    assert "Zorvex" in _orgs(text, "de")


def test_a_product_name_with_no_word_for_a_company_stays_a_product() -> None:
    assert "Zorvex" not in _orgs("I bought the Zorvex Pro last week. The Zorvex Pro is great.", "en")
    # a partner or a rival is a person as often: no word for a company
    text = "Her business partner Zorvex liked it. The Zorvex Pro costs $150."
    assert "Zorvex" not in _orgs(text, "en")
