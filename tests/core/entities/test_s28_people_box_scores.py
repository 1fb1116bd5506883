"""Session 28: a box score's players whose names have a capital inside ("O'Hara", "DeBose",
"McKnight") or initials for a first name ("CJ", "T.J.") are people (made-up players)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract

_ROUND_UP = (
    "Harbor City (2-1): Tevin Ashby 2 goals, 1 assist. Aden O'Malley 1 goal. "
    "CJ LaRue 2 assists. T.J. McKnight 1 goal. Derek Mott 4 saves."
)


@pytest.mark.parametrize("name", ["Aden O'Malley", "CJ LaRue", "T.J. McKnight", "Tevin Ashby"])
def test_a_credited_player_is_a_person(name: str) -> None:
    kinds = {f.name: f.kind for f in extract(_ROUND_UP, "en")}
    assert kinds.get(name) is EntityKind.PERSON


def test_a_market_report_credits_no_players() -> None:
    text = "Apple rose 3 points after the report, and IBM 2 points."
    assert not [f for f in extract(text, "en") if f.kind is EntityKind.PERSON]
