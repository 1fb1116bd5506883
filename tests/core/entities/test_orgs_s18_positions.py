"""A player's position before a name with initials opens no body. Expected values read off a
hand-written snap-count table (made-up players)."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_a_position_before_initials_and_a_surname_is_no_body() -> None:
    text = "Cornerback\n\nCB R.J. Vantrell 63 85% 1 tackle (1 combined).\n\nCB Denzo Marr 70 95%."
    assert not [f.name for f in extract(text, "en") if f.kind is EntityKind.ORG]


def test_a_body_opened_by_a_position_keeps_its_head() -> None:
    text = "The fund DL Capital Partners bought the stake on Monday."
    assert "DL Capital Partners" in {
        f.name for f in extract(text, "en") if f.kind is EntityKind.ORG
    }
