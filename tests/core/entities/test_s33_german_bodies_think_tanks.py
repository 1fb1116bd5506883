"""Session 33: an English body named by what it studies lists its fields up to the field's
noun ("Center for Naval and Maritime Studies", "Institute for Urban and Regional Research"),
not only to the last adjective. Made-up names and sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Center for Naval and Maritime Studies published a report on Monday.",
         "Center for Naval and Maritime Studies"),
        ("Analysts at the Institute for Urban and Regional Research disagreed.",
         "Institute for Urban and Regional Research"),
    ],
)  # fmt: skip
def test_the_fields_run_to_their_noun(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_body_of_a_place_then_another_body_is_not_joined_by_the_field_noun() -> None:
    """A body after "Bank of England and" ("Treasury Research") is no field of the bank's: the listed
    word is no common noun, so the bank's name ends before "and", as without the noun after."""
    orgs = _orgs(
        "Analysts at the Bank of England and Treasury Research said the figures were weak."
    )
    assert "Bank of England" in orgs
    assert not any(name.startswith("Bank of England and") for name in orgs)
