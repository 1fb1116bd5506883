"""Times of day beside a date and on a line of their own, as a reader sees them in the
metadata ("Updated 5:04 PM EST, March 3, 2025" was published at 17:04)."""

from __future__ import annotations

import pytest

from reader.core.ingest.clock_times import bare_time, time_near
from reader.core.ingest.date_lines import find_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Updated 5:04 PM EST, March 3, 2025", "2025-03-03T17:04"),
        ("March 3, 2025 12:05 p.m.", "2025-03-03T12:05"),  # noon stays 12
        ("March 3, 2025 12:30 AM", "2025-03-03T00:30"),  # half past midnight
        ("11.04.2024 - 11:46 Uhr", "2024-04-11T11:46"),
        ("28. Oktober 2025, 18.05 Uhr", "2025-10-28T18:05"),  # a dot time with its unit
        ("28. Oktober 2025: Inflation bei 3.14 Prozent", "2025-10-28"),  # a number, no time
        ("28. Oktober 2025, 25:10", "2025-10-28"),  # no hour 25
    ],
)
def test_the_time_beside_a_date(line: str, iso: str) -> None:
    hit = find_date(line)
    assert hit is not None and hit.iso == iso


def test_the_dates_own_numbers_are_no_time() -> None:
    """The search skips the span the date stands in, from its first character on, and takes the
    first time in reading order, before the date or after it."""
    assert time_near("um 09:30, am 28.10.2025 bis 18:05", 13, 23) == "09:30"
    assert time_near("Stand 28.10.2025 18:05", 6, 16) == "18:05"
    assert time_near("09:30 bis 18:05", 0, 5) == "18:05"


@pytest.mark.parametrize(
    ("line", "clock"),
    [("03:10", "03:10"), ("18.05 Uhr", "18:05"), ("um 9:30", "09:30"), ("at 9:30 pm", "21:30"),
     ("9:30 Uhr Treffen", None), ("Politik", None), ("18.05", None)],
)  # fmt: skip
def test_a_line_that_is_only_a_time(line: str, clock: str | None) -> None:
    assert bare_time(line) == clock
