"""A ruler's or a pope's number after the name is part of the name, no organisation's acronym
("King Edward IV", "Pope Benedict XVI"). The first sentence is from an s23 dev text; the
expected name is the gold's span. (German golds write the ordinal's period, "Benedikt XVI.",
which the name does not take yet.)"""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> set[tuple[EntityKind, str]]:
    return {(f.kind, f.name) for f in extract(text, lang) if f.kind is not EntityKind.FIGURE}


def test_king_with_his_number() -> None:
    text = "(His final one was a villanelle about King Edward IV.) Among his friends, he won."
    assert _kinds(text, "en") == {(EntityKind.PERSON, "Edward IV")}


def test_queen_and_pope_with_their_numbers() -> None:
    text = "Queen Elizabeth II met Pope Benedict XVI at the Palace of Holyroodhouse."
    people = {name for kind, name in _kinds(text, "en") if kind is EntityKind.PERSON}
    assert people == {"Elizabeth II", "Benedict XVI"}
