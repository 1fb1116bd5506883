"""A range of days before a month and year, its first day with a full stop ("14. - 20. Januar
2022", "14.-20.01.2022"), is read from its first day: the line's first date is the range's
start. A number before a dash that is not a day of a range ("Teil 2 - 20. Januar 2022") is not
read.

Expected values are the dates the lines print first.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.date_lines import find_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wochenbericht 14. - 20. Januar 2022", "2022-01-14"),
        ("3.–5. März 2020", "2020-03-03"),
        ("14.-20.01.2022", "2022-01-14"),
        # Not a range's start.
        ("Teil 2 - 20. Januar 2022", "2022-01-20"),
        ("Folge 25. - 20. Januar 2022", "2022-01-20"),  # a range runs forward
        ("20. Januar 2022", "2022-01-20"),
        # Two full dates: the first is read as it was.
        ("WoB 31. Dezember 2021-06. Januar 2022", "2021-12-31"),
    ],
)
def test_first_day_of_a_range(line: str, iso: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert hit.iso == iso
