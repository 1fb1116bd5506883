"""A writer's bio naming the outlet by the beat the writer covers (issue #10, en-news:
"Zac covers Apple news for 9to5Mac and hosts the weekly … podcast."), beside the bios that
name a role ("a reporter for NBC News", in test_outlet_rules). Expected names by hand."""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet_evidence import bio_names

_TOP = ["Skip to content", "Gear"]
_BELOW = ["Privacy Policy"]


def test_a_writers_beat_names_the_outlet() -> None:
    bio = "Zac covers Apple news for 9to5Mac and hosts the weekly Happy Hour podcast."
    assert _site(_TOP, _BELOW, [P1, P2, bio]) == "9to5Mac"
    bio = "Jane Roe writes about money and markets for The Harbor Post."
    assert _site(_TOP, _BELOW, [P1, P2, bio]) == "The Harbor Post"


def test_a_beat_word_inside_another_word_is_no_bio() -> None:
    # "discovers" holds "covers": the sentence is the story's.
    assert bio_names("The diver discovers old coins for Harbor Museum visitors.") == []


def test_a_role_for_some_years_names_no_outlet() -> None:
    bio = "Jane Roe has been a reporter for 20 years and lives in Harbor City."
    assert _site(_TOP, _BELOW, [P1, P2, bio]) is None
