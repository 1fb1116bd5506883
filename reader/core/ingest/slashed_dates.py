"""Which way round a page writes its slashed dates: "11/08/2020" is 8 November in the United
States and 11 August nearly everywhere else.

A line alone cannot tell (`date_lines.find_date` reads such a date month first, as American
pages write it), but the page often can: a blog whose comments are dated "16/08/2020" writes
its days first, one dated "11/19/2019" its months. The head's chosen date is read again the
page's way when the page's other slashed dates show it one way and never the other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest.date_lines import DateHit
from reader.core.ingest.segment import Segment

_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_MONTHS = 12


def in_page_order(segments: list[Segment], text: str, hit: DateHit) -> DateHit:
    """`hit`, the date found in `text`, read day first when it is an ambiguous slashed date
    ("11/08/2020") and the page's other slashed dates put the day first ("16/08/2020") and
    never the month ("11/19/2020")."""
    match = _SLASHED.match(text, hit.start)
    if match is None:
        return hit  # most dates: a month's name or dots, which say their order
    first, second = int(match[1]), int(match[2])
    if first > _MONTHS or second > _MONTHS or first == second:
        return hit  # unambiguous, or the same either way
    day_first = month_first = False
    for segment in segments:
        if "/" not in segment.text:
            continue
        for other in _SLASHED.finditer(segment.text):
            a, b = int(other[1]), int(other[2])
            day_first |= a > _MONTHS >= b
            month_first |= b > _MONTHS >= a
    if not day_first or month_first:
        return hit
    # find_date read it month first: the ISO month is `first`, the day `second`.
    iso = f"{hit.iso[:5]}{second:02d}-{first:02d}{hit.iso[10:]}"
    return replace(hit, iso=iso)
