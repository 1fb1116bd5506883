"""Acronyms a text writes mostly as the first word of a thing: the thing's name, not a body's.

An acronym alone is taken for an organisation ("NATO", "EZB"). But a text that writes it, time
after time, right before the kind of thing it names speaks of that thing: a car maker's
platform ("the new MEB platform"), a state's exam ("the new ILEARN standardized exam"), a
line of toy sets ("the UCS sets"), a kind of website ("MFA-Websites", "MPA sites"), a file
format or a protocol. A body is written so at most now and then beside its other mentions
("die AVV-Website … der AVV"); the majority of mentions decides. The kinds are those a body
does not go by (a platform, a format, a protocol, an exam, a set, websites of a kind), not
what a body also has and names after itself ("the NHS app", "die ADAC-Website", "the ISO
standard").
"""

from __future__ import annotations

import re
from collections import Counter

_ACRONYM = re.compile(r"\b[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}\b")
# The kind of thing after the acronym, at most one small word between in English ("the
# ILEARN standardized exam"), joined by a hyphen in German ("MFA-Websites").
_THING_EN = re.compile(
    r" (?:[a-z-]+ )?(?:platforms?|formats?|protocols?|exams?|sets|websites|sites)\b"
)
_THING_DE = re.compile(
    r"-(?:Websites|Webseiten|Seiten|Sites|Plattform(?:en)?|Formate?|Protokolle?|Prüfung)\b"
)


def thing_acronyms(text: str, lang: str) -> frozenset[str]:
    """The acronyms of `text` that more than half of their mentions write before a kind of
    thing."""
    thing = _THING_DE if lang == "de" else _THING_EN
    mentions: Counter[str] = Counter()
    things: Counter[str] = Counter()
    for match in _ACRONYM.finditer(text):
        mentions[match.group()] += 1
        things[match.group()] += bool(thing.match(text, match.end()))
    return frozenset(a for a, n in things.items() if n * 2 > mentions[a])
