"""An ambiguous slashed date on a page in a Romance language: day first.

"12/03/2024" is 3 December in the United States and 12 March in France, Spain, Portugal,
Italy and Latin America. `slashed_dates.in_page_order` decides by the page's other slashed
dates; when they say nothing (no other slashed date, or none with a day above twelve), the
story's language does: pages in French, Spanish, Portuguese or Italian write the day first
("Por João Silva, 12/03/2024 às 10h30", "Le 08/02/2024 à 10:30"). Not German: German writes
dates with dots, and a German page with slashes has them from an American CMS ("Stand:
11/01/2021, 05:00" on an Austrian site is 1 November). Nor English, which writes both ways.
The language is the page's, as the parser detected it from its paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest.date_lines import DateHit
from reader.core.ingest.head import Head

_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_MONTHS = 12
_DAY_FIRST = frozenset(("fr", "es", "pt", "it"))


def in_language_order(head: Head, text: str, hit: DateHit) -> DateHit:
    """`hit` read day first when it is an ambiguous slashed date that `find_date` read month
    first, the page's slashed dates never put the month first, and the story is in a Romance
    language."""
    match = _SLASHED.match(text, hit.start)
    if match is None:
        return hit  # most dates: a month's name or dots, which say their order
    first, second = int(match[1]), int(match[2])
    if first > _MONTHS or second > _MONTHS or first == second:
        return hit
    if hit.iso[5:7] != f"{first:02d}":
        return hit  # already read day first (the page's other dates said so)
    for segment in head.segments:
        if "/" in segment.text:
            for other in _SLASHED.finditer(segment.text):
                if int(other[2]) > _MONTHS >= int(other[1]):
                    return hit  # "11/19/2019": the page writes the month first
    if head.lang not in _DAY_FIRST:
        return hit
    return replace(hit, iso=f"{hit.iso[:5]}{second:02d}-{first:02d}{hit.iso[10:]}")

