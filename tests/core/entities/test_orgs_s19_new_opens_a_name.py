"""The word "New" inside a sentence may open a body's name ("the CEO of New Media Investment Group");
at a sentence's start before a noun it is an adjective of the headline kind. Expected values
read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind.value == "org"}


def test_new_inside_a_sentence_opens_a_body_s_name() -> None:
    text = "It was the chief executive of New Horizon Capital Group who spoke on Monday."
    assert "New Horizon Capital Group" in _orgs(text)
    assert "Horizon Capital Group" not in _orgs(text)


def test_new_opening_a_sentence_stays_out_of_a_name() -> None:
    text = "The plan is old. New Rules Committee members met on Friday in the hall."
    assert not any(name.startswith("New") for name in _orgs(text))
