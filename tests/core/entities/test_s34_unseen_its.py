"""Session 34: an English company named once, as the subject of a clause that refers back to
it with "its" ("Zorvex has expanded its range") — a verb of saying made a person of such a
name ("Kanomax announced"), and lone company names were missed by all six recent blind batches
while unseen. Also: an adverb opening a sentence before a comma ("Similarly, Google …") is no
name listed beside a company. Made-up names and sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_its_refers_back_to_a_company() -> None:
    assert _kinds("Quandrix has expanded its range of pumps.").get("Quandrix") is EntityKind.ORG
    assert _kinds("Quandrix announced its results on Tuesday.").get("Quandrix") is EntityKind.ORG
    assert _kinds("Quandrix sold its Ohio plant in May.").get("Quandrix") is EntityKind.ORG


def test_its_of_another_owner_or_after_saying_makes_no_company() -> None:
    assert _kinds("Brannigan praised the firm for its work.").get("Brannigan") is not EntityKind.ORG
    assert _kinds("Brannigan has said its future is bright.").get("Brannigan") is not EntityKind.ORG
    assert _kinds("Brannigan announced his resignation.").get("Brannigan") is not EntityKind.ORG


def test_no_verb_after_the_word_no_subject() -> None:
    found = _kinds("Pneumatic pumps are known for its noise. Western buyers and its rivals.")
    assert EntityKind.ORG not in found.values()


def test_an_opening_adverb_is_no_name_beside_a_company() -> None:
    found = _kinds("Shares of Quandrix fell on Monday. Similarly, Quandrix said nothing.")
    assert "Similarly" not in found
