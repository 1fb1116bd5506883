"""The outlet in a staff writer's bio: "Phil Helsel is a reporter for NBC News.", "Senior
editor at Gizmodo.", "Zac covers Apple news for 9to5Mac" — often the one place the copied text
names the outlet, in the writer's note closing the article or in the furniture."""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import ascii_lower, is_name_shaped
from reader.core.ingest.shape import is_person_name

# The writer's role, or the beat the writer covers ("Zac covers Apple news for 9to5Mac",
# "She writes about money for The Ledger"), then the outlet.
_BIO = re.compile(
    r"(?:(?i:reporter|writer|editor|correspondent|columnist|contributor|producer)"
    r"(?: [a-z-]+){0,3} (?:at|for|with)|(?:covers|writes about|reports on)(?: [\w&'’-]+){1,4}? for)"
    r" ((?:the )?[A-Z0-9][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
)
_STOP = re.compile(r"\.\s")
_BIO_HINTS = (b"reporter", b"writer", b"editor", b"correspondent", b"columnist", b"contributor",
              b"producer", b"covers", b"writes about", b"reports on")  # fmt: skip
_BEATS = frozenset((b"covers", b"writes about", b"reports on"))
# What ends the sentence before a beat's subject.
_SENTENCE_END = re.compile(r".*(?:[.!?:]\s|\n)", re.DOTALL)
_MAX_SUBJECT_CHARS = 50


def bio_names(text: str, byline: str | None = None) -> list[str]:
    """The outlet in a staff writer's bio: "Phil Helsel is a reporter for NBC News.", "Zac
    covers Apple news for 9to5Mac". The role and beat words are found by plain search and the
    pattern tried only where they stand. A beat's subject must be a person, by full name or
    by a name of the `byline`: "The fund covers tuition for Harvard students" is a story's."""
    lower = ascii_lower(text)
    found = []
    for hint in _BIO_HINTS:
        at = lower.find(hint)
        while at >= 0:
            # (a word of its own: not "covers" in "discovers")
            match = None if at and text[at - 1].isalpha() else _BIO.match(text, at)
            if match and hint in _BEATS and not _is_writer(text, at, byline):
                match = None
            if match:
                name = _sentence_part(match.group(1)).rstrip(".")
                if is_name_shaped(name):
                    found.append(name)
            at = lower.find(hint, at + len(hint))
    return found


def _is_writer(text: str, at: int, byline: str | None) -> bool:
    """Whether the sentence's words before `at` name a person: "Zac Hall", or "Zac" of the
    byline "Zac Hall"."""
    start = max(0, at - _MAX_SUBJECT_CHARS)
    opening = _SENTENCE_END.match(text, start, at)
    subject = text[opening.end() if opening else start : at].strip()
    if not subject:
        return False
    return is_person_name(subject) or (byline is not None and subject in byline.split())


def _sentence_part(name: str) -> str:
    """`name` up to the end of its sentence ("… a reporter for NBC News. He covers …"): a
    full stop after a lower-case letter ends it, one after an initial does not ("U.S. News")."""
    for stop in _STOP.finditer(name):
        if name[stop.start() - 1].islower():
            return name[: stop.start()]
    return name
