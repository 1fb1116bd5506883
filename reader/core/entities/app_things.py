"""A name the text writes before a word for a made thing, or after what one does with such a
thing, in every mention is that thing, no organisation: "die Telekom-App", "Users of the Fitbit
app", "Herr der Ringe Online DLC", "das Skyline-Update", "the Glimmer plugin"; "download
SecureDrop", "die LUCA herunterladen", "the new season of The Crown".

An app, an add-on to a game, a programme's update or plugin is what a reader uses, not a body
that acts; half the organisations the rules found wrongly on text they were not written on were
such things (session 38, half A). The word for the thing stands right after the name, joined by
a space or a hyphen, or ends the name itself ("Telekom-App", "Online DLC"); what is
downloaded or installed is software, what has seasons or episodes a series. The maker stays
where the text names it otherwise — a mention without the word ("Fitbit said …" beside "the
Fitbit app") — and a company of the main stock indices stays one ("the Apple TV app": Apple
makes more than its apps), as does a service people post on ("download TikTok"),
a name ending in an organisation's word ("the Zorvex Health Agency app"), an acronym before its
app ("the NHS app", "die ADAC-App"; so "die LUCA-App" keeps "LUCA" too: the letters cannot tell
them apart) and a league whose season it is ("the 2019 season of the NFL"): those name the body
the thing is of.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, function_word, head_word
from reader.core.entities.lexicon import ORG_SUFFIXES, PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Words for a made thing a name stands before, in both languages' spellings (German writes
# them capitalised and joins them with a hyphen: "Zalando-App", "Windows-Update").
_THING_WORDS = r"(?:[Aa]pps?|DLCs?|[Aa]dd-?[Oo]ns?|[Pp]lug-?[Ii]ns?|Patch|Patches|patch|patches)"
# ... and German's "Update": English's after a body's name is its news, in a sentence or a
# headline's capitals ("the latest CDC update on cases", "CDC Update: Cases Rise").
_THING_WORDS_DE = rf"(?:{_THING_WORDS}|[Uu]pdates?)"
_AFTER = {
    lang: re.compile(rf"[ -]{words}\b(?!-)") for lang, words in (("en", _THING_WORDS), ("de", _THING_WORDS_DE))
}
_ENDS = {  # not the word alone: "Patch", a news site
    lang: re.compile(rf"[ -]{words}$") for lang, words in (("en", _THING_WORDS), ("de", _THING_WORDS_DE))
}
# What one does with software, and what a series has, right before its name ("download the
# …", "Threema herunterladen" is German's order: after), with an article or a number between.
_DONE_WITH = re.compile(r"\b(?:[Dd]ownload(?:s|ed|ing)?|[Ii]nstall(?:s|ed|ing)?)(?: the)? $")
_SEASON_OF = re.compile(r"\b(?:[Ss]easons?|[Ee]pisodes?)(?: \d+)? of(?: the)? $")
_NEXT_WORD = re.compile(r" ([a-z][\w-]*)")
# ... "installiert" only as the participle, at its clause's end: "Enpal installiert Solaranlagen"
# is the company at work ("Wer Threema installiert, …", "Threema installiert hat").
_AFTER_VERB = re.compile(
    r" (?:herunterladen|heruntergeladen|installieren"
    r"|installiert(?=[,.;:!?)]|$| (?:hat|haben|hatte|ist|sind|wird|werden|wurde|wurden)\b))\b"
)


def without_app_things(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """The pieces without the organisations, and the names not yet decided, that are things by
    the word for one after them (or at their end), or for what is done with them before them,
    in every mention of the name in `text` (of `lang`, "de" or "en")."""
    names = {p.text(text) for p in pieces if p.kind in _BODY_OR_OPEN}
    things = {
        name for name in names
        if not listed(name) and name not in PLATFORMS and _thing(name, text, lang)
    }  # fmt: skip
    if not things:
        return pieces
    return [p for p in pieces if not (p.kind in _BODY_OR_OPEN and p.text(text) in things)]


# An organisation, or a name the rules have not yet said what it is ("the Fitbit app": the
# evidence for a body comes later, from the name's shape).
_BODY_OR_OPEN = (EntityKind.ORG, None)


def _thing(name: str, text: str, lang: str) -> bool:
    if _ENDS[lang].search(name):
        return True  # "Telekom-App", "Ringe Online DLC": the name says what it is
    last = bare(name.rsplit(" ", 1)[-1])
    if " " in name and (head_word(last.casefold()) or last in ORG_SUFFIXES):
        return False  # "the Zorvex Health Agency app", "die Zorvex GmbH installiert Wärmepumpen"
    # an acronym's app is a body's, as `thing_acronyms` reads it ("the NHS app", "die ADAC-App")
    own = acronym(name)
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))
    return bool(mentions) and all(
        (not own and _AFTER[lang].match(text, m.end()))
        or _AFTER_VERB.match(text, m.end())
        or _done_with(name, text, m)
        for m in mentions
    )


def _done_with(name: str, text: str, mention: re.Match[str]) -> bool:
    """Whether the mention is what is downloaded or installed, or the series a season is of:
    not where the name says whose the thing is — a possessive ("an episode of NPR's …"), a
    noun after it ("download the Brightwell Bank statement", "install Zorvex Solar panels") —
    nor a league's acronym ("the 2019 season of the NFL")."""
    begin, end = max(0, mention.start() - 30), mention.start()
    if text[mention.end() : mention.end() + 2] in ("'s", "’s"):
        return False
    if _DONE_WITH.search(text, begin, end):
        after = _NEXT_WORD.match(text, mention.end())  # "here", "on a laptop": no noun
        return not after or function_word(after[1])
    return _SEASON_OF.search(text, begin, end) is not None and not acronym(name)
