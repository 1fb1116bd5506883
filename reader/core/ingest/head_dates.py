"""Which date line of a copied page's head is the publication date.

Dates are read from lines by `dates.find_date`; here the head zone's date lines are collected
and the one belonging to the headline chosen: the nearest below it, else one just above it,
else a dateline opening the story, else a date line announced as such under the text.
"""

from __future__ import annotations

from reader.core.ingest import byline as bylines
from reader.core.ingest.date_lines import bare_time, find_date, starts_with_date_lead
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head
from reader.core.ingest.phrases import CAPTION

_DATE_TAIL_CHARS = 12
_DATE_ABOVE_TITLE_LINES = 3
_DATELINE_WORDS = 3


def find_dates(head: Head) -> None:
    """Date lines of the head zone: short ones, ones ending in the date, announced ones."""
    for i in range(head.end):
        text = head.segments[i].text
        hit = find_date(text)
        if hit is None or head.labels[i] == CAPTION:
            continue
        tail = len(text) - hit.end <= _DATE_TAIL_CHARS
        short = head.shapes[i].n_words <= DATE_LINE_MAX_WORDS
        if short or tail or starts_with_date_lead(text):
            head.dates[i] = hit


def choose_date(head: Head, title: int) -> tuple[str | None, set[int]]:
    """The publication date (ISO) and the blocks that gave it, for the headline at `title`."""
    # The date nearest below the headline, else one of the few lines above it.
    near = [i for i in head.dates if i >= title - _DATE_ABOVE_TITLE_LINES]
    chosen = min(near, key=lambda i: (i < title, abs(i - title)), default=None)
    if chosen is None:
        chosen = _beside_an_author(head)
    opening = False
    if chosen is None:
        chosen = _dateline(head)
        opening = chosen is not None  # the story's first paragraph: it stays body
    if chosen is None:
        chosen = _announced_date_below(head, title)
    if chosen is None:
        return None, set()
    hit = head.dates[chosen]
    if opening:
        return hit.iso, set()
    after = chosen + 1
    if not hit.has_time and after < len(head.segments):
        clock = bare_time(head.segments[after].text)
        if clock:
            return f"{hit.iso}T{clock}", {chosen, after}
    return hit.iso, {chosen}


def _beside_an_author(head: Head) -> int | None:
    """A date on an author line or next to one, however far above the headline it stands
    ("By Al Root Updated Nov. 19, 2019 8:21 am ET" over a picture and its caption)."""
    for i in sorted(head.authors):
        for j in (i, i + 1, i - 1):
            if j in head.dates:
                return j
    return None


def _dateline(head: Head) -> int | None:
    """The story opens with its place and date ("Berlin, 31. Oktober 2023. Die …")."""
    i = head.first_prose
    hit = find_date(head.segments[i].text) if i < len(head.segments) else None
    if hit is None or len(head.segments[i].text[: hit.start].split()) > _DATELINE_WORDS:
        return None
    head.dates[i] = hit
    return i


def _announced_date_below(head: Head, title: int) -> int | None:
    """A date line announced as such ("Veröffentlicht am …", "Erscheinungsdatum: …") or
    naming the author ("Gespeichert von rasos am 24. Juli 2017") below the article's start:
    blogs and public bodies print it under the text. Its author counts when the head has
    none."""
    for i in range(max(title, head.end), len(head.segments)):
        text = head.segments[i].text
        if head.shapes[i].n_words > DATE_LINE_MAX_WORDS:
            continue
        announced = starts_with_date_lead(text)
        name = None if announced else bylines.byline_in_line(text, True)
        if not (announced or name):
            continue
        hit = find_date(text)
        if hit is not None:
            head.dates[i] = hit
            if name and not head.authors:
                head.authors[i] = name
            return i
    return None
