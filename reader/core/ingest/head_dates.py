"""Which date line of a copied page's head is the publication date.

Dates are read from lines by `dates.find_date`; here the head zone's date lines are collected
and the one belonging to the headline chosen: the nearest below it, else one just above it,
else a dateline opening the story, else a date line announced as such under the text (read in
`tail_dates`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest import byline as bylines
from reader.core.ingest.clock_times import bare_time
from reader.core.ingest.date_lines import (
    RELATIVE_DAYS,
    WEEKDAYS,
    DateHit,
    find_date,
    starts_with_date_lead,
)
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head, is_linkback
from reader.core.ingest.head_date_order import in_language_order
from reader.core.ingest.phrases import CAPTION, RELATED
from reader.core.ingest.shape import is_headline
from reader.core.ingest.slashed_dates import in_page_order
from reader.core.ingest.tail_dates import (
    CLOCK_WORDS,
    announced_date_below,
    date_under_the_text,
    opening_date,
)
from reader.core.ingest.update_dates import original_after_update, published_beside
from reader.core.ingest.yearless_dates import yearless_date

# A date closing a line ("… | Nov. 19, 2019", a teaser with the date glued on) ends at most
# this many characters before the line's end.
DATE_TAIL_CHARS = 12
# Dates of something else than the article: an event, a game's release, a deadline
# ("Termin: 21.02.2020, 19 Uhr", "Release: 04.04.2014").
_OTHER_DATE = re.compile(
    r"\s*(?:termine?|release|event|veranstaltung|deadline|einsendeschluss|anmeldeschluss"
    r"|erscheinungstermin)\s*:",
    re.IGNORECASE,
)
# An event's span, not a publication's moment: a time range ("30. März 2020, 13:15 Uhr -
# 19:00 Uhr") or the first day of a range of days before the date ("9-23 Feb 2017").
_TIME_SPAN = re.compile(
    r"\b\d{1,2}:\d\d\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?\s*(?:[-–—]|bis|to|until)\s*\d{1,2}:\d\d\b",
    re.IGNORECASE,
)
_DAY_SPAN_BEFORE = re.compile(r"(?:^|\s)\d{1,2}\.?\s*(?:[-–—]|bis|to|until)\s*$", re.IGNORECASE)
# A press release puts its date above a kicker, the press officer and the institution.
_DATE_ABOVE_TITLE_LINES = 4
_DATELINE_WORDS = 3
_AFTER_START_LINES = 6
# How long ago the story appeared: "1 day ago", "Erstellt: vor 4 Stunden", "Monday 5:30PM".
_AGE = re.compile(
    r"(?:(?:erstellt|veröffentlicht|aktualisiert|published|posted|updated):?\s+)?"
    r"(?:(?:\d+|an?|one) (?:hours?|hrs?|minutes?|mins?|days?|weeks?) ago"
    r"|vor (?:\d+|einer?|einem) (?:stunden?|minuten?|tagen?|wochen?)"
    r"|(?:" + "|".join(RELATIVE_DAYS + WEEKDAYS) + r"),? "
    r"\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?|uhr)?)$",
    re.IGNORECASE,
)
_AGE_WORDS = 4
_AGE_BELOW_TITLE_LINES = 3
# The marks between the fields of a meta line ("Fotos: Max Muster | 12.03.2024").
_FIELD_MARKS = ("|", "·", "•")


def find_dates(head: Head) -> None:
    """Date lines of the head zone: short ones, ones ending in the date, announced ones."""
    for i in range(head.end):
        text = head.segments[i].text
        hit = find_date(text)
        if hit is None or _OTHER_DATE.match(text):
            continue
        if head.labels[i] == CAPTION and not _bare_date(text, hit):
            continue  # a caption's date is the picture's; a date alone is no caption
        if _event_span(text, hit) or is_linkback(text):
            head.others.add(i)
        hit = _earliest(text, original_after_update(text, hit))
        # A date closing a meta line ("… | Nov. 19, 2019", a teaser with the author glued on:
        # "… dagegen.Nicole Bastian 11.04.2024"), not a sentence of the story ("… which will
        # be held until October 31."): there a word of the sentence leads to the date.
        tail = len(text) - hit.end <= DATE_TAIL_CHARS and not (
            head.shapes[i].prose and _in_a_sentence(text, hit.start)
        )
        short = head.shapes[i].n_words <= DATE_LINE_MAX_WORDS
        if short or tail or starts_with_date_lead(text):
            head.dates[i] = hit


def _bare_date(text: str, hit: DateHit) -> bool:
    """The date (and time) stands alone on the line or in its own field of a meta line:
    read as the caption of a picture credit right above it ("Foto: Juan Pérez" / "12 de
    marzo de 2024") or as a credit ("Fotos: Max Muster | 12.03.2024"), but a caption
    describes the picture in words."""
    start = max(text.rfind(mark, 0, hit.start) for mark in _FIELD_MARKS) + 1
    ends = [k for k in (text.find(mark, hit.end) for mark in _FIELD_MARKS) if k >= 0]
    rest = text[start : hit.start] + text[hit.end : min(ends, default=len(text))]
    return not any(map(str.isalpha, CLOCK_WORDS.sub("", rest)))


def _event_span(text: str, hit: DateHit) -> bool:
    """The date is an event's: a span of hours or days, where a publication has one moment
    ("30. März 2020, 13:15 Uhr - 19:00 Uhr", "9-23 Feb 2017 | Mo-Fr 9–16")."""
    if _DAY_SPAN_BEFORE.search(text, 0, hit.start) is not None:
        return True
    return hit.has_time and _TIME_SPAN.search(text) is not None


def _earliest(text: str, hit: DateHit) -> DateHit:
    """The earliest of the dates a meta line prints one right after another, with only times
    and separators between them ("2018-08-29 14:15:57 2018-06-22 10:20:00"): a page is
    published before it is modified, so the earlier date is the publication's. A date after
    words belongs to them ("… zum Bericht vom 01.03.2020")."""
    best, offset = hit, hit.end
    while (later := find_date(text[offset:])) is not None:
        if any(map(str.isalpha, text[offset : offset + later.start])):
            break
        later = replace(later, start=offset + later.start, end=offset + later.end)
        if later.iso[:10] < best.iso[:10]:
            best = later
        offset = later.end
    return best


def _aged_below(head: Head, title: int) -> bool:
    """The lines under the headline say how old the story is instead of its date ("Adam
    Clark Estes" / "Monday 5:30PM", "Published 1 day ago"): a full date just above the
    headline then closes another story's teaser in the list over it."""
    stop = min(len(head.segments), title + 1 + _AGE_BELOW_TITLE_LINES)
    return any(aged(head, i) for i in range(title + 1, stop))


def aged(head: Head, i: int) -> bool:
    """Line `i` says how long ago the story appeared, as sites print it under the author's
    name ("Suzanne Gamboa" / "1 day ago", "Adam Clark Estes" / "Monday 5:30PM")."""
    if i >= len(head.segments) or head.shapes[i].n_words > _AGE_WORDS:
        return False
    return _AGE.match(head.segments[i].text) is not None


def _in_a_sentence(text: str, start: int) -> bool:
    """Whether the word before the date at `start` is a lower-case word of running text
    ("until", "bis zum"), not a name or a separator."""
    before = text[:start].split()
    return bool(before) and before[-1][:1].islower()


def choose_date(head: Head, title: int) -> tuple[str | None, set[int]]:
    """The publication date (ISO) and the blocks that gave it, for the headline at `title`."""
    # The date nearest below the headline, else one of the few lines above it.
    near = [
        i
        for i in head.dates
        if i >= title - _DATE_ABOVE_TITLE_LINES
        and i not in head.others
        and not (i < title and _closes_a_card(head, i))
    ]
    if not any(i > title for i in near) and _aged_below(head, title):
        # The page dates the story by its age; dates above are others', and only a date line
        # announced as the story's own under its text stands ("Veröffentlicht am …").
        chosen = announced_date_below(head, title)
        if chosen is None:
            return None, set()
    else:
        chosen = _led_author_line(head)
    if chosen is None:
        chosen = min(near, key=lambda i: (i < title, abs(i - title)), default=None)
    if chosen is None:
        chosen = _beside_an_author(head)
    if chosen is None:
        chosen = _date_line_after_standfirst(head)
    opening = False
    if chosen is None:
        chosen = _dateline(head)
        opening = chosen is not None  # the story's first paragraph: it stays body
    if chosen is None:
        chosen = announced_date_below(head, title)
    if chosen is None:
        chosen = yearless_date(head, title)
    if chosen is None:
        chosen = date_under_the_text(head, title)
    if chosen is None or chosen in head.others:
        return None, set()
    if not opening:
        chosen = published_beside(head, chosen)  # "Updated …" / "Published …"
    text = head.segments[chosen].text
    hit = in_language_order(head, text, in_page_order(head.segments, text, head.dates[chosen]))
    if opening:
        return hit.iso, set()
    after = chosen + 1
    if not hit.has_time and after < len(head.segments):
        clock = bare_time(head.segments[after].text)
        if clock:
            return f"{hit.iso}T{clock}", {chosen, after}
    return hit.iso, {chosen}


def _closes_a_card(head: Head, i: int) -> bool:
    """The date line `i` above the headline closes a teaser card of a list over it ("Most
    Read" / "City plans new bus routes" / "March 10, 2024" / "Parking fees to rise in May" /
    "March 9, 2024" / headline, or customers' reviews, each dated): another date line
    stands two or three lines above or below it, with a card's title or text between. The
    list's dates are other stories'."""
    return any(k in head.dates for k in (i - 3, i - 2, i + 2, i + 3))


def _led_author_line(head: Head) -> int | None:
    """The one meta line of the head that dates the story and introduces its author by name
    ("am 23. Januar 2020 von Christian Spließ"): the story's own meta line, wherever the
    headline was read. A caption's "by" before a lower-case word ("… rescued by police …
    (Published Monday, Nov. 18, 2019)") introduces no author."""
    led = [i for i in head.authors if i in head.dates and _led_meta_line(head, i)]
    return led[0] if len(led) == 1 else None


def _led_meta_line(head: Head, i: int) -> bool:
    name = bylines.byline_in_line(head.segments[i].text, True)
    return name is not None and name[:1].isupper()


def _beside_an_author(head: Head) -> int | None:
    """A date on an author line or next to one, however far above the headline it stands
    ("By Al Root Updated Nov. 19, 2019 8:21 am ET" over a picture and its caption), or
    under the text beside an author line found there ("13. 1. 2020" / "Kommentar von" /
    "Ingo Arzt", "Von" / "Simon Braasch" / "19.10.19, 08:16 Uhr"): the lead alone on its
    line stands between them."""
    for i in sorted(head.authors):
        beside = [i, i + 1, i - 1]
        if i >= 1 and bylines.ends_with_connector(head.segments[i - 1].text):
            beside.append(i - 2)
        for j in beside:
            if j in head.dates:
                return j
            if head.end <= j < len(head.segments) and _date_only(head, j):
                return j
    return None


def _date_only(head: Head, i: int) -> bool:
    """Line `i`, below the head zone, is a short line opening with a date (then recorded)."""
    hit = opening_date(head, i)
    if hit is None:
        return False
    head.dates[i] = hit
    return True


def _date_line_after_standfirst(head: Head) -> int | None:
    """A line that is only a date, a few blocks past the head zone's end: the zone ends at
    the second strong paragraph, which may be the standfirst's neighbour (a newsletter
    prompt) with the date line still to come."""
    stop = min(len(head.segments), head.first_prose + _AFTER_START_LINES)
    for i in range(head.end, stop):
        if head.labels[i] == RELATED:
            return None  # what follows are other stories, with their dates
        hit = opening_date(head, i)
        if hit is None:
            continue
        # The date does not stand under another story's title.
        above = head.segments[i - 1].text
        if head.labels[i - 1] is None and is_headline(above, head.shapes[i - 1]):
            continue
        head.dates[i] = hit
        return i
    return None


def _dateline(head: Head) -> int | None:
    """The story opens with its place and date ("Berlin, 31. Oktober 2023. Die …"): its
    first paragraph, or the first under the author line when a standfirst stands above it
    ("Von Claudia Lindner" / "27.1.2022 - Bei der Erinnerung …")."""
    below_author = [i + 1 for i in head.authors if i > head.first_prose]
    for i in (head.first_prose, *sorted(below_author)[:1]):
        if i >= len(head.segments) or not head.shapes[i].prose:
            continue
        hit = find_date(head.segments[i].text)
        if hit is None or len(head.segments[i].text[: hit.start].split()) > _DATELINE_WORDS:
            continue
        head.dates[i] = hit
        return i
    return None
