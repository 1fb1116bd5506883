"""Minutes and agendas a consultant pastes: their items numbered from one up ("TOP 1: Zölle auf
Stahl", "TOP 2: …"; "Item 1: …", "Agenda item 2: …", "Punkt 3: …").

Minutes carry a date line ("Datum: 3. Dezember 2024"), which made them a page to the note's
rules; the page rules then set the items' headings aside as a menu ("Teilnehmer: …", "TOP 1:
Zölle auf Stahl") and the last items as a footer. Items counted so are a document's own: the
text is a note, every line kept, its date line shown in the header.
"""

from __future__ import annotations

import re

_ITEM = re.compile(
    r"(?:top|tagesordnungspunkt|punkt|item|agenda item|agendapunkt)\s*(\d{1,2})\s*[:.)–-]", re.IGNORECASE
)
# Two items counted up from one make an agenda: "TOP 1" / "TOP 2" is no page's.
_AGENDA_ITEMS = 2


def is_agenda(texts: list[str]) -> bool:
    """Whether the lines number an agenda's items from one up, in order (module docstring)."""
    numbers = [int(found[1]) for text in texts if (found := _ITEM.match(text))]
    return len(numbers) >= _AGENDA_ITEMS and numbers == list(range(1, len(numbers) + 1))
