"""Python offsets ↔ Qt UTF-16 positions, checked against Python's own UTF-16 encoding."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.ui.article.utf16 import Utf16Map

CHARS = st.sampled_from(["a", "é", "e\u0301", "😀", "🇯🇵", "日", "\U0001d11e", "\n", " "])


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_emoji_and_combining_marks() -> None:
    text = "Tokyo 🇯🇵 cafe\u0301 😀!"
    mapping = Utf16Map(text)
    bang = text.index("!")
    assert mapping.to_qt(bang) == bang + 3  # the flag is two wide characters, 😀 one
    assert mapping.to_python(mapping.to_qt(bang)) == bang
    accent = text.index("\u0301")
    assert mapping.to_qt(accent) == accent + 2  # combining marks are one unit on both sides


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    mapping = Utf16Map("a😀b")
    assert [mapping.to_python(p) for p in range(5)] == [0, 1, 1, 2, 3]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(st.lists(CHARS, max_size=40).map("".join))
def test_round_trip_matches_utf16_encoding(text: str) -> None:
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        position = mapping.to_qt(offset)
        assert position == _utf16_length(text[:offset])
        assert mapping.to_python(position) == offset
