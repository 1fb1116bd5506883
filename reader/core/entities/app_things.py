"""A name the text writes before a word for a made thing, or after what one does with such a
thing, in every mention is that thing, no organisation: "die LUCA-App", "Users of the Fitbit
app", "Herr der Ringe Online DLC", "das Skyline-Update", "the Glimmer plugin"; "download
SecureDrop", "die LUCA herunterladen", "the new season of The Crown".

An app, an add-on to a game, a programme's update or plugin is what a reader uses, not a body
that acts; half the organisations the rules found wrongly on text they were not written on were
such things (session 38, half A). The word for the thing stands right after the name, joined by
a space or a hyphen, or ends the name itself ("Telekom-App", "Online DLC"); what is
downloaded or installed is software, what has seasons or episodes a series. The maker stays
where the text names it otherwise — a mention without the word ("Fitbit said …" beside "the
Fitbit app") — and a company of the main stock indices stays one ("the Apple TV app": Apple
makes more than its apps), as does a service people post on ("download TikTok").
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Words for a made thing a name stands before, in both languages' spellings (German writes
# them capitalised and joins them with a hyphen: "LUCA-App", "Windows-Update").
_THING_WORDS = (
    r"(?:[Aa]pps?|DLCs?|[Aa]dd-?[Oo]ns?|[Pp]lug-?[Ii]ns?|[Uu]pdates?|Patch|Patches|patch|patches)"
)
# ... but an English "update" after a body's name is its news ("the latest CDC update on
# cases"): only German writes it after a name ("das Skyline-Update", "das Windows Update").
_AFTER = re.compile(rf"(?:-{_THING_WORDS}| (?!updates?\b){_THING_WORDS})\b(?!-)")
# What one does with software, and what a series has, right before its name ("download the
# …", "Threema herunterladen" is German's order: after), with an article or a number between.
_BEFORE = re.compile(
    r"(?:\b(?:[Dd]ownload(?:s|ed|ing)?|[Ii]nstall(?:s|ed|ing)?)(?: the)?"
    r"|\b(?:[Ss]easons?|[Ee]pisodes?)(?: \d+)? of(?: the)?) $"
)
_AFTER_VERB = re.compile(r" (?:herunterladen|heruntergeladen|installieren|installiert)\b")
_ENDS = re.compile(rf"[ -]{_THING_WORDS}$")  # not the word alone: "Patch", a news site


def without_app_things(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the organisations, and the names not yet decided, that are things by
    the word for one after them (or at their end), or for what is done with them before them,
    in every mention of the name in `text`."""
    names = {p.text(text) for p in pieces if p.kind in _BODY_OR_OPEN}
    things = {
        name for name in names if not listed(name) and name not in PLATFORMS and _thing(name, text)
    }
    if not things:
        return pieces
    return [p for p in pieces if not (p.kind in _BODY_OR_OPEN and p.text(text) in things)]


# An organisation, or a name the rules have not yet said what it is ("the Fitbit app": the
# evidence for a body comes later, from the name's shape).
_BODY_OR_OPEN = (EntityKind.ORG, None)


def _thing(name: str, text: str) -> bool:
    if _ENDS.search(name):
        return True  # "Telekom-App", "Ringe Online DLC": the name says what it is
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))
    return bool(mentions) and all(
        _AFTER.match(text, m.end())
        or _AFTER_VERB.match(text, m.end())
        or (
            _BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            and text[m.end() : m.end() + 2] not in ("'s", "’s")  # "an episode of NPR's …"
        )
        for m in mentions
    )
