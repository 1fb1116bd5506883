"""A story's publication date where the page prints its update date too.

News sites and blogs print both: on one meta line ("Updated Nov. 19, 2019 8:21 am ET /
Original Nov. 18, 2019 8:02 am ET", "Aktualisiert: 03.03.2020 | Erstellt: 01.03.2020") or on
two lines, the update often first, right under the headline ("Mis à jour le 13 mars 2024" /
"Publié le 12 mars 2024", "Zuletzt aktualisiert: 14.03.2024" / "Veröffentlicht:
12.03.2024"). A citation gives the day the story was published, as the page's own
metadata (datePublished) does: the date the labels call the original wins over the one they
call the update, whichever comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest.date_lines import DateHit, find_date
from reader.core.ingest.head import Head

# The labels of an update (English, German, French, Spanish, Portuguese, Italian, Dutch).
_UPDATE_LABEL = re.compile(
    r"\b(?:updated|last updated|modified|aktualisiert|geändert|mis à jour|actualizad[oa]"
    r"|atualizad[oa]|aggiornat[oa]|bijgewerkt)\b",
    re.IGNORECASE,
)
# The labels of the first publication, in the same languages.
_ORIGINAL_LABEL = re.compile(
    r"\b(?:original(?:ly)?(?: published| posted)?|published|posted|veröffentlicht"
    r"|erschienen|erstellt|erstveröffentlichung|publié|publicad[oa]|pubblicat[oa]"
    r"|gepubliceerd)\b",
    re.IGNORECASE,
)
_LABEL_GAP_CHARS = 8  # between the label and its date: ": ", " on ", " am "
# The publication line stands this close to the update line (a byline may be between).
_PAIR_LINES = 2


def original_after_update(text: str, hit: DateHit) -> DateHit:
    """The publication date of a line that names the update first and the original after it;
    otherwise `hit`, the line's first date."""
    if not _update_first(text, hit):
        return hit  # most date lines: no update label before their first date
    label = _ORIGINAL_LABEL.search(text, hit.end)
    later = find_date(text[label.end() :]) if label else None
    if label is None or later is None or later.start > _LABEL_GAP_CHARS:
        return hit
    return replace(later, start=label.end() + later.start, end=label.end() + later.end)


def published_beside(head: Head, chosen: int) -> int:
    """The publication's date line for the chosen date line: itself, unless the chosen line
    dates an update and a line at most two lines away dates the original ("Updated March
    14, 2024" / "Published March 12, 2024")."""
    hit = head.dates[chosen]
    text = head.segments[chosen].text
    if not _update_first(text, hit) or _ORIGINAL_LABEL.search(text, hit.end):
        return chosen
    for step in range(1, _PAIR_LINES + 1):
        for k in (chosen + step, chosen - step):
            other = head.dates.get(k)
            if other is None or k in head.others:
                continue
            label = _ORIGINAL_LABEL.search(head.segments[k].text, 0, other.start)
            if label is not None and not _update_first(head.segments[k].text, other):
                return k
    return chosen


def _update_first(text: str, hit: DateHit) -> bool:
    """An update label stands before the line's date."""
    return _UPDATE_LABEL.search(text, 0, hit.start) is not None
