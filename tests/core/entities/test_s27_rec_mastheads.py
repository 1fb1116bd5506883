"""A newspaper whose masthead ends in an everyday word ("Leader", "Sentinel", "Star") and names
no place is one organisation where a sentence cites it or tells it something: "told the Argus
Leader", "according to a report in the Valley Sentinel". The words stay apart where a noun
after them makes them its modifier. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_paper_somebody_told_something() -> None:
    orgs = _orgs(
        '"We will reopen the bridge in May," the mayor told the Tollund Leader on Tuesday.'
    )
    assert "Tollund Leader" in orgs
    assert "Tollund" not in orgs


def test_a_paper_a_report_cites() -> None:
    orgs = _orgs("According to a report in the Valley Sentinel, the plant will close next spring.")
    assert "Valley Sentinel" in orgs


def test_a_masthead_word_before_a_noun_is_no_paper() -> None:
    orgs = _orgs("The coach told the Morning Star players that practice would start early.")
    assert "Morning Star" not in orgs


def test_an_office_the_masthead_word_also_is_is_no_paper() -> None:
    orgs = _orgs("The senator told the Majority Leader on Monday that the bill was dead.")
    assert "Majority Leader" not in orgs
