"""Re-anchoring highlights after the text changed: position, quote, fuzzy, orphan."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import AnchorMethod, anchor, describe

WORDS = st.sampled_from(
    "Japan Tokio Kishida Microsoft investiert Milliarden in Rechenzentren und KI die USA "
    "the alliance chips 2024 — “quoted” Ämter 🇯🇵 e\u0301".split()
)
TEXTS = st.lists(WORDS, min_size=3, max_size=80).map(" ".join)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(TEXTS)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    return text, start, end


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(text_and_span())
def test_same_text_anchors_on_the_same_span(case: tuple[str, int, int]) -> None:
    text, start, end = case
    outcome = anchor(text, describe(text, start, end))
    assert (outcome.method, outcome.start, outcome.end) == (AnchorMethod.POSITION, start, end)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(text_and_span(), TEXTS, st.booleans())
def test_finds_the_span_after_text_was_inserted_elsewhere(
    case: tuple[str, int, int], inserted: str, before: bool
) -> None:
    text, start, end = case
    at = start if before else end
    changed = text[:at] + inserted + "\n\n" + text[at:]
    moved = (start + len(inserted) + 2, end + len(inserted) + 2) if before else (start, end)
    exact = text[start:end]
    outcome = anchor(changed, describe(text, start, end))
    assert outcome.anchored
    assert changed[outcome.start : outcome.end] == exact
    if changed.count(exact) == 1:
        assert (outcome.start, outcome.end) == moved


def test_quote_elsewhere_is_found_by_its_context() -> None:
    old = "Intro. The yen is weak. Middle part. The yen is weak, said Kishida."
    start = old.rindex("The yen is weak")
    selector = describe(old, start, start + len("The yen is weak"))
    new = "A new first paragraph.\n\n" + old
    outcome = anchor(new, selector)
    assert outcome.method is AnchorMethod.QUOTE
    assert outcome.start == new.rindex("The yen is weak")


def test_context_beats_distance_between_two_occurrences() -> None:
    old = "alpha beta KEY gamma delta. omega psi KEY chi phi."
    start = old.index("KEY")
    selector = describe(old, start, start + 3)
    # The first occurrence moves far away; a new one with other context appears at the old spot.
    new = "zzz zzz KEY zzz zzz. " + "filler " * 20 + "alpha beta KEY gamma delta."
    outcome = anchor(new, selector)
    assert outcome.start == new.rindex("KEY")


def test_edited_quote_is_found_fuzzily() -> None:
    old = "Before the meeting. Kishida wants more investment in Japan from the USA. After it."
    start = old.index("Kishida")
    end = old.index(" After")
    selector = describe(old, start, end)
    new = "Header.\n\nBefore the meeting. Kishida wants much more investment in Japan from the USA. After it."
    outcome = anchor(new, selector)
    assert outcome.method is AnchorMethod.FUZZY
    assert new[outcome.start : outcome.end].startswith("Kishida wants much more")
    assert new[outcome.start : outcome.end].endswith("USA.")


def test_vanished_passage_becomes_an_orphan() -> None:
    old = "Some intro. The central bank raised interest rates sharply. The end."
    start = old.index("The central")
    selector = describe(old, start, old.index(" The end"))
    outcome = anchor("Completely different words about football and weather only.", selector)
    assert outcome.method is AnchorMethod.ORPHAN
    assert not outcome.anchored and outcome.start is None


def test_non_latin_text_with_many_distinct_characters() -> None:
    text = "".join(chr(0x4E00 + i) for i in range(600))
    start, end = 300, 320
    selector = describe(text, start, end)
    changed = "新しい段落。\n\n" + text
    outcome = anchor(changed, selector)
    assert (outcome.start, outcome.end) == (start + 8, end + 8)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(text_and_span(), st.text(min_size=1, max_size=20))
def test_anchor_never_fails_and_spans_stay_inside(case: tuple[str, int, int], other: str) -> None:
    text, start, end = case
    outcome = anchor(other, describe(text, start, end))
    if outcome.anchored:
        assert 0 <= outcome.start < outcome.end <= len(other)  # type: ignore[operator]
