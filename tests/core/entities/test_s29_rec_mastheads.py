"""Session 29 (organisations' recall): American newspapers with a double masthead, named after
their town ("the Fort Worth Star-Telegram", "the Wheeling News-Register"), whether or not the
gazetteer knows the town; hand-written sentences (made-up towns where the gazetteer must not
help)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str, kind: EntityKind) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is kind}


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "The claim first appeared in the Fort Worth Star-Telegram last spring.",
            "Fort Worth Star-Telegram",
        ),
        (
            "Officials declined to comment, according to the Richmond Times-Dispatch.",
            "Richmond Times-Dispatch",
        ),
        (
            "He made the remark, the Quarrington News-Register reported on Friday.",
            "Quarrington News-Register",
        ),
        ("The Elbury Press-Enterprise reported the closure first.", "Elbury Press-Enterprise"),
    ],
)
def test_a_double_masthead_after_a_town_is_a_newspaper(text: str, paper: str) -> None:
    assert paper in _found(text, EntityKind.ORG)


@pytest.mark.parametrize(
    "text",
    [
        "She became a Hollywood-Star overnight, her agent said.",  # one half no paper's word
        "Her Kino-Star status did not last long, her agent said.",
    ],
)
def test_a_compound_that_only_ends_in_a_paper_s_word_is_no_newspaper(text: str) -> None:
    assert not {n for n in _found(text, EntityKind.ORG) if "Star" in n}
