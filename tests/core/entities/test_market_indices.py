"""A stock index named after a word for a benchmark ("the equity benchmark Sensex") is no
organisation in any mention. Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_an_index_after_benchmark_is_no_organisation() -> None:
    text = (
        "The equity benchmark Sensex scaled a new high on Wednesday. Not just the Sensex, "
        "even smaller stocks rallied, and the Sensex gained 1 percent."
    )
    assert {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG} == set()


def test_an_index_moving_by_a_number_is_the_index() -> None:
    text = "The Dow added 120 points on Friday. Nasdaq said it would list the shares."
    assert {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG} == {"Nasdaq"}
