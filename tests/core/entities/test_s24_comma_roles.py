"""A role before a name with a comma between is the name's when a nationality qualifies it
("Nigerian actress, Kate Henshaw,") or capitalised words the sentence opens with do ("Veteran
Nollywood actress, Kate Henshaw, who …"), and a capitalised office keeps those words as its
title ("the then UK Home Secretary, Sajid Javid,"); a role a sentence merely mentions before a
comma is no one's. Sentences from dev texts; expected roles are the gold's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_nationality_before_a_role_and_a_comma() -> None:
    text = (
        "Photos which were released online show Nigerian actress, Kate Henshaw, looking "
        "absolutely stunning in new make-up photos."
    )
    assert any("actress" in role for role in _roles(text)["Kate Henshaw"])


def test_names_opening_the_sentence_before_a_role() -> None:
    text = (
        "Veteran Nollywood actress, Kate Henshaw, who in 2008 won an award, spoke. "
        "Henshaw was pleased."
    )
    assert any("actress" in role for role in _roles(text)["Kate Henshaw"])


def test_a_role_mentioned_before_a_comma_is_no_ones() -> None:
    text = "He said he was never a Hollywood actress, Kate Henshaw said on Tuesday."
    assert _roles(text)["Kate Henshaw"] == ()


def test_a_capitalised_office_keeps_the_names_of_its_title() -> None:
    text = (
        "In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition "
        "request from the US."
    )
    assert _roles(text)["Sajid Javid"] == ("UK Home Secretary",)


def test_a_preposition_introduces_the_role() -> None:
    text = (
        "The 47 year old was one of the guests invited to an event by media mogul, "
        "Debola Lagos."
    )
    assert any("media mogul" in role for role in _roles(text)["Debola Lagos"])
