"""An organisation's event or programme, named between its possessive and a word for what it
is: "Salesforce's Dreamforce conference", "Vox Media's Code Media conference", "the agency's
Artemis program" — no organisation, in any mention ("the Dreamforce audience", "at
Dreamforce").

English says whose an event is with the owner's "'s" and what it is with a small word after
its name; the name between is the event's. Both must stand there: "a Wikileaks conference" (no
owner) is a conference the body held, and "Salesforce's Slack" (no word for an event) may be a
company the owner bought (`owned` judges a name after an owner alone). A name with several
words keeps its head no matter: "Media" of "Code Media" heads many a company's name, yet the
conference after it says what this one is. The event's abbreviation names it too ("COTS").
"""

from __future__ import annotations

import re

from reader.core.entities.abbreviations import abbreviates
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Small words after a name that say it is an event or a programme.
_EVENT_WORDS = (
    "conference|summit|festival|expo|convention|keynote|hackathon|program|programme|"
    "initiative|campaign|effort"
)
_EVENT_AFTER = re.compile(rf" (?:{_EVENT_WORDS})s?\b")
# An owner's possessive right before the name, with up to two lower-case words between
# ("NASA's long-awaited Artemis program").
_OWNER_BEFORE = re.compile(r"['’]s (?:[a-z][\w-]* ){0,2}$")


def owned_events(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """`pieces` without the organisations that a mention shows to be an owner's event."""
    if lang != "en":
        return pieces
    owner_ends = {p.end for p in pieces if p.kind is EntityKind.ORG}
    events = {
        p.text(text)
        for p in pieces
        if p.kind is EntityKind.ORG
        and _EVENT_AFTER.match(text, p.end)
        and _owned(p.start, owner_ends, text)
    }
    if not events:
        return pieces
    # the event's abbreviation is the event too: "the COTS program" of "NASA's Commercial
    # Orbital Transportation Services effort"
    events |= {
        p.text(text)
        for p in pieces
        if p.kind is EntityKind.ORG
        and len(p.words) == 1
        and any(abbreviates(p.text(text), event) for event in events if " " in event)
    }
    return [p for p in pieces if not (p.kind is EntityKind.ORG and p.text(text) in events)]


def _owned(start: int, owner_ends: set[int], text: str) -> bool:
    """Whether an organisation's possessive ends right before `start` (lower-case words
    between allowed)."""
    before = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.start() + 2 in owner_ends
