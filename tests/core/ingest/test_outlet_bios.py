"""A writer's bio naming the outlet by the beat the writer covers (issue #10, en-news:
"Zac covers Apple news for 9to5Mac and hosts the weekly … podcast."), beside the bios that
name a role ("a reporter for NBC News", in test_outlet_rules). Expected names by hand."""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet_bios import bio_names

_TOP = ["Skip to content", "Gear"]
_BELOW = ["Privacy Policy"]


def test_a_writers_beat_names_the_outlet() -> None:
    bio = "Zac Hall covers Apple news for 9to5Mac and hosts the weekly Happy Hour podcast."
    assert _site(_TOP, _BELOW, [P1, P2, bio]) == "9to5Mac"
    bio = "Jane Roe writes about money and markets for The Harbor Post."
    assert _site(_TOP, _BELOW, [P1, P2, bio]) == "The Harbor Post"


def test_a_beats_subject_is_the_writer() -> None:
    # The first name alone is the writer's where the byline holds it.
    bio = "About the Author. Zac covers Apple news for 9to5Mac and hosts a podcast."
    assert bio_names(bio, "Zac Hall") == ["9to5Mac"]
    assert bio_names(bio) == []
    # What else covers something for someone is the story's.
    story = "The new fund covers tuition for Harbor University students from next year."
    assert _site(_TOP, _BELOW, [P1, P2, story]) is None
    assert bio_names("Insurance covers damage for Harbor Bank customers.") == []


def test_a_beat_word_inside_another_word_is_no_bio() -> None:
    # "discovers" holds "covers": the sentence is the story's.
    assert bio_names("The diver discovers old coins for Harbor Museum visitors.") == []


def test_a_role_for_some_years_names_no_outlet() -> None:
    bio = "Jane Roe has been a reporter for 20 years and lives in Harbor City."
    assert _site(_TOP, _BELOW, [P1, P2, bio]) is None
