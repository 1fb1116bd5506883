"""Session 30, read off a real library's lists: a company's name before a model's name is a
product, not a person, where the text names the company alone ("Velmora announced"); the
company keeps its mentions. A first name before a surname stays a person. Made-up names."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _names(text: str, kind: EntityKind) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, "en") if f.kind is kind}


TEXTS = [
    "Velmora shares rose after Velmora said it would sell a pager for nurses. It pairs with "
    "the Velmora Quill 3, a handset built for wards. A Velmora spokesperson gave no price.",
    "Velmora Holdings announced a pager for nurses. It pairs with the Velmora Quill 3, a "
    "handset built for wards. Velmora did not give a price.",
    "Hospitals will get Velmora Quill Connect for wards next year, the firm said. "
    "Velmora’s Quill Connect sends alarms to phones.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_maker_and_its_model_are_no_person(text: str) -> None:
    assert not any(name.startswith("Velmora") for name in _names(text, EntityKind.PERSON))


def test_the_maker_keeps_its_mentions() -> None:
    assert _names(TEXTS[0], EntityKind.ORG).get("Velmora", 0) >= 3


def test_a_first_name_before_a_surname_stays_a_person() -> None:
    text = "Sabine sang. Sabine Roth Holdings grew. Sabine Roth, a singer, said so."
    assert "Sabine Roth" in _names(text, EntityKind.PERSON)
