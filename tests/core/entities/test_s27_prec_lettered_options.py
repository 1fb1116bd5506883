"""Options a text tells apart by a letter ("Training Track A … Training Track B") are labels,
no organisation; one lettered name alone is left to the other rules. Hand-written sentences;
the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_names_lettered_twice_or_more_are_options() -> None:
    text = (
        "Weekly Menu for Training Track A\n\nOats, eggs and tea.\n\n"
        "Weekly Menu for Training Track B\n\nRice, fish and coffee.\n\n"
        "Runners on Training Track B eat more. Group Stage C: Chile, Peru. Group Stage D: "
        "Italy, Spain, and the winners of Group Stage C meet in June. Meal Plan A has oats. "
        "Meal Plan B has rice. Fans of Meal Plan A said so."
    )
    orgs = _orgs(text)
    assert not [o for o in orgs if any(w in o for w in ("Track", "Stage", "Plan"))]


def test_one_lettered_name_is_not_a_list_of_options() -> None:
    text = "Shares of Vantor Group rose after Vantor Group said sales grew, analysts at Plexa said."
    assert "Vantor Group" in _orgs(text)
