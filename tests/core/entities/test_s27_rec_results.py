"""A round-up of results names its teams in lines of a fixed shape: a recap opening with the
final score ("Otters 3, Herons 2:"), a school result with "d." for "defeated" ("Lakeview d.
Bell Harbor 54-40"), and a side's record over its players ("Lakeview (2-1):"). The sides are
teams there, even when named by a word ("Otters") or by the town a school stands for. A record
alone, with no result line in the text, says nothing. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entity in extract(text, "en"):
        found.setdefault(entity.name, set()).add(entity.kind.name)
    return found


def test_a_recap_opening_with_the_score_names_both_sides() -> None:
    found = _kinds(
        "Hockey night\n\nOtters 3, Herons 2: Tomas Lindqvist scored twice and Ivo Marek "
        "made 31 saves.\n\nJets 4, Comets 1 (OT): Aaron Feld scored the winner."
    )
    for team in ("Otters", "Herons", "Jets", "Comets"):
        assert found.get(team) == {"ORG"}, team


def test_a_school_result_with_d_names_both_sides_and_their_records() -> None:
    found = _kinds(
        "GIRLS VOLLEYBALL\n\nMelbourne d. Space Coast 3-1\n\nMelbourne (2-1): Kara Olsen "
        "9 kills. Dana Pruitt 12 digs.\n\nSpace Coast (0-3): Lia Moreno 5 aces.\n\n"
        "Cocoa d. Lakeview"
    )
    for team in ("Melbourne", "Space Coast", "Cocoa", "Lakeview"):
        assert "ORG" in found.get(team, set()), team


def test_a_record_with_no_result_line_is_no_team() -> None:
    found = _kinds(
        "Quarterly update\n\nMelbourne (2-1): the council met twice and agreed the budget."
    )
    assert "ORG" not in found.get("Melbourne", set())


def test_one_line_of_that_shape_alone_is_no_round_up() -> None:
    found = _kinds("Reading plan\n\nRomans 3, Psalms 2: read both before the group meets.")
    assert "ORG" not in found.get("Romans", set())
    assert "ORG" not in found.get("Psalms", set())
