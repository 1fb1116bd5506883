"""Session 33: a first name alone before a field's word ("John Health", "Sarah Analytics"), or a
title and a first name before any head ("Dr. Peter Capital"), is no firm's name: a made-up word
or a family's name before the field still is ("Redfield Health"). Made-up sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_first_name_before_a_field_is_no_firm() -> None:
    found = _kinds("John Health said he would run again, and Sarah Analytics disagreed.")
    assert EntityKind.ORG not in found.values()


def test_a_title_and_a_first_name_make_a_person() -> None:
    found = _kinds("Dr. Peter Capital spoke at the conference on Tuesday.")
    assert found.get("Peter Capital") is EntityKind.PERSON


def test_a_made_up_word_before_a_field_is_still_a_firm() -> None:
    assert (
        _kinds("Patients at Brellwick Health were notified by mail.").get("Brellwick Health")
        is EntityKind.ORG
    )
