"""A meeting's texts a consultant pastes: minutes and agendas, their items numbered from one up
("TOP 1: Zölle auf Stahl", "TOP 2: …"; "Item 1: …", "Agenda item 2: …", "Punkt 3: …"), and a
calendar's invitation, its fields named ("Location: Zoom", "Organizer: …", "Meeting ID: …").

They carry a date line ("Datum: 3. Dezember 2024", "Tuesday, December 10, 2024 10:00 AM –
11:00 AM"), which made them a page to the note's rules; the page rules then set the items'
headings aside as a menu ("Teilnehmer: …", "TOP 1: Zölle auf Stahl"), the last items as a
footer, an invitation's time as navigation and its link as a page's article info. Items counted
so and a meeting's fields are a document's own: the text is a note, every line kept, its date
line shown in the header.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from reader.core.ingest import byline as bylines
from reader.core.ingest.yearless_dates import in_year

if TYPE_CHECKING:
    from datetime import datetime

    from reader.core.ingest.head import Head

_ITEM = re.compile(
    r"(?:top|tagesordnungspunkt|punkt|item|agenda item|agendapunkt)\s*(\d{1,2})\s*[:.)–-]", re.IGNORECASE
)
# Two items counted up from one make an agenda: "TOP 1" / "TOP 2" is no page's.
_AGENDA_ITEMS = 2


# The fields of a calendar's invitation, as Outlook, Google Calendar, Teams and Zoom copy them.
_FIELD = re.compile(
    r"(?:location|organi[sz]er|attendees|meeting id|passcode|ort|organisator|teilnehmende|"
    r"besprechungs-id|kenncode|meeting-id)\s*:",
    re.IGNORECASE,
)
_FIELDS = 2
# An invitation prints when the meeting is right under its subject (Outlook's "When:" line,
# Teams', Google's): a time range further down is another meeting's ("TOP 3: Nächster Termin
# 14. Januar 2025 10:00–11:00").
_WHEN_LINES = 3
# The years a calendar's day without one may fall in, from the paste's: the one before, its
# own, the next (`_yearless_when`).
_AROUND = (-1, 0, 1)


def is_meeting_text(texts: list[str]) -> bool:
    """Whether the lines are minutes, an agenda or an invitation (module docstring): they
    number their items from one up, in order, or name two of an invitation's fields."""
    numbers = [int(found[1]) for text in texts if (found := _ITEM.match(text))]
    if len(numbers) >= _AGENDA_ITEMS and numbers == list(range(1, len(numbers) + 1)):
        return True
    return sum(1 for text in texts if _FIELD.match(text)) >= _FIELDS


def read_as_meeting(head: Head, reference: datetime | None = None) -> set[int]:
    """The head of minutes or an invitation, read as the meeting's own (`is_meeting_text`).

    Its first date line, right under its subject, dates the meeting, a time range and all ("Tuesday, December 10, 2024
    10:00 AM – 11:00 AM", "Dienstag, 10. Dezember 2024 10:00–11:00"): on a page such a span is
    an event's the article announces (`head_dates`), and the invitation had no date. Its
    first line is its subject, not an author's bare name over the date ("Quartalsgespräch
    Müller" was the author, and the date line's "Dienstag, 10" the title); a line led as an
    author's ("Von Anna Weber" over the minutes' title) still names one. Google Calendar prints
    no year ("Tuesday, December 9 · 10:00 – 11:00am"): pasted at `reference`, that line dates
    the meeting in the year that puts it nearest the paste (`_yearless_when`). Returns the
    span's line, which stays in the text: the header shows when the meeting starts, not when
    it ends."""
    if 0 in head.authors and not bylines.starts_with_lead(head.segments[0].text):
        del head.authors[0]
        head.inferred.discard(0)
    if reference is not None:
        _yearless_when(head, reference.date())
    first = min(head.dates, default=None)
    if first is None or first >= _WHEN_LINES or first not in head.others:
        return set()
    head.others.discard(first)
    return {first}


def _yearless_when(head: Head, pasted: date) -> None:
    """Dates the invitation's time line under its subject that prints no year (in
    `head.dates`) in the year that puts the day nearest `pasted`, the day of the paste, as a
    page's yearless date line is dated by its copyright year (`yearless_dates`): an invitation
    copied out of Google Calendar ("Dienstag, 9. Dezember · 10:00–11:00") had no date. A
    meeting is pasted in the weeks around it: "Tuesday, January 13" pasted on 19 December is
    next year's, "Dienstag, 30. Dezember" pasted on 2 January last year's (the paste's own
    year put both eleven months off). Only where its first lines print no full date: a dated
    invitation's agenda item ("Review of the 9 December figures") is no time line. The day
    alone is read, not the time: Google writes the range's am/pm once, at its end
    ("1:00 – 2:00pm")."""
    if any(i < _WHEN_LINES for i in head.dates):
        return
    for i in range(1, min(_WHEN_LINES, len(head.segments))):
        text = head.segments[i].text
        hits = [hit for offset in _AROUND if (hit := in_year(text, pasted.year + offset)) is not None]
        if hits:
            head.dates[i] = min(hits, key=lambda hit: abs(date.fromisoformat(hit.iso) - pasted))
            return
