"""Numbers written out as compounds ("Fifty-one percent", "five-and-a-half points") are one
figure, also at a sentence start, not their last part ("one percent", "half points"); a thin
space groups thousands as other spaces do ("450 000 Euro"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities.figures import figures


def _found(text: str) -> set[str]:
    return {f for _, _, f in figures(text)}


def test_written_out_compounds_are_one_figure() -> None:
    found = _found(
        "Fifty-one percent say he should go. The governor lost by five-and-a-half points, and "
        "twenty-two percent stayed home."
    )
    assert found == {"Fifty-one percent", "five-and-a-half points", "twenty-two percent"}


def test_a_capitalised_simple_number_word_stays_no_figure() -> None:
    assert _found("Ten percent rose. Zwei Prozent fielen.") == set()


def test_a_thin_space_groups_thousands() -> None:
    found = _found("Die Gemeinde zahlte 450\u2009000 Euro für das Haus.")
    assert found == {"450 000 Euro"}


def test_a_is_no_number() -> None:
    found = _found(
        "It cost a million dollars; a dozen people came, a sign small companies struggle. "
        "Three children and 40 people waited."
    )
    assert found == {"40 people"}
