"""Which news agency the page credits: a wire line below the headline, the story's dateline,
or a source line under the text.

The agency is recorded on the article, and is its byline when no person is named.
"""

from __future__ import annotations

import re

from reader.core.ingest import wire_credits
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head
from reader.core.ingest.phrases import IMAGE_CREDIT
from reader.core.ingest.wire_tails import is_wire_credit, wire_after

_AGENCY_BELOW_HEAD = 3
# The fields of a meta line.
_FIELDS = re.compile(r"\s*[|·•]\s*")
# Source lines under the text ("Quelle: dpa", "Source: Reuters"), by their first 7 characters.
_SOURCE_LEADS = frozenset(("quelle:", "quelle ", "source:", "source "))


def find_agency(head: Head, title: int) -> tuple[int, str] | None:
    """The news agency named below the headline ("Reuters November 18, 2019", "PTI,
    Washington,") or in the story's dateline, or, when no author is named, on a source line
    under the text ("Quelle: dpa/lno"); with its line."""
    for i in range(title, min(len(head.segments), head.end + _AGENCY_BELOW_HEAD)):
        if head.shapes[i].n_words <= DATE_LINE_MAX_WORDS and _unlabelled(head, i, title):
            agency = _agency_in(head.segments[i].text)
            if agency:
                return i, agency
    # The dateline opens the story's first paragraph, or its second under a standfirst.
    for opening in _first_paragraphs(head):
        agency = wire_credits.dateline_agency(head.segments[opening].text)
        if agency:
            return opening, agency
    if head.authors:
        return None  # a source line far below matters only when no author is named
    for i in range(head.end, len(head.segments)):
        text = head.segments[i].text
        if text[:7].lower() in _SOURCE_LEADS and head.shapes[i].n_words <= DATE_LINE_MAX_WORDS:
            agency = wire_credits.agency_of(text)
            if agency:
                return i, agency
    return None


def _unlabelled(head: Head, i: int, title: int) -> bool:
    """The line is no furniture; a source line right under the headline or next to the date
    or author line is read though it has the shape of a picture credit ("Quelle: dpa" /
    "12.03.2024", "12.03.2024" / "Quelle: dpa" / "Von Anna Weber").
    A bare agency there is the lead picture's credit ("REUTERS")."""
    if head.labels[i] is None:
        return True
    if head.labels[i] != IMAGE_CREDIT or head.segments[i].text[:7].lower() not in _SOURCE_LEADS:
        return False
    return i == title + 1 or any(k in head.dates or k in head.authors for k in (i - 1, i + 1))


def _agency_in(text: str) -> str | None:
    """The agency a line credits, also as one field of a meta line ("12.03.2024 | Quelle:
    dpa", "Hamburg · dpa") or after the writers ("Le Monde avec AFP")."""
    agency = wire_credits.agency_of(text)
    if agency is None and is_wire_credit(text):
        credit = wire_after(text)  # "Le Monde avec AFP", "Von Anna Weber mit dpa"
        agency = credit[1] if credit else None
    if agency or ("|" not in text and "·" not in text and "•" not in text):
        return agency
    for part in _FIELDS.split(text):
        agency = wire_credits.agency_of(part)
        if agency:
            return agency
    return None


def _first_paragraphs(head: Head) -> list[int]:
    """The story's first two paragraphs (the blocks of prose from where its text starts)."""
    found: list[int] = []
    for i in range(head.first_prose, min(len(head.segments), head.end + 1)):
        if head.shapes[i].prose and head.labels[i] is None:
            found.append(i)
            if len(found) == 2:
                break
    return found
