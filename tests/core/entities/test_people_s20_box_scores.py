"""Players a results round-up credits with points, goals or saves are people (box_scores.py):
"Tolliver 25 points. Okonkwo 17 points.", "K. Hupfner 1 goal. L. Patakis 1 goal."; a full name
stays whole ("Shaniqua Fellows 6 points"). A lone name before a count, with no other in its
paragraph ("Nordwind 3 points higher" in a market report), is no box score. Hand-written
sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_players_in_box_scores() -> None:
    text = (
        "GIRLS BASKETBALL\n\nPalm Grove d. Eastfield 70-44\n\n"
        "Palm Grove (1-0): Tolliver 25 points. Okonkwo 17 points. Shaniqua Fellows 6 points.\n\n"
        "BOYS SOCCER\n\nVierra (4-0): K. Hupfner 1 goal. L. Patakis 1 goal. Osaru 3 saves."
    )
    assert _people(text) == {
        "Tolliver", "Okonkwo", "Shaniqua Fellows", "K. Hupfner", "L. Patakis", "Osaru",
    }  # fmt: skip


def test_a_lone_count_is_no_box_score() -> None:
    text = "The index closed with Nordwind 3 points higher after the report on Monday."
    assert not _people(text)
