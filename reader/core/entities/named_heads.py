"""English heads that end a body's name only after a name: "Brightline Health", "Vellum
Therapeutics", "Kestrel Biosciences", "Hartwell School District".

A company in drugs, data or care names itself by a made-up or family word and the field it
works in, and a district that runs schools or water by its town and what it runs. The field's
word is an ordinary noun too, so the words before it must be a name's, not English's: "Mental
Health", "Public Health", "Predictive Analytics" and "Cyber Security" are what somebody
studies or guards, "Redfield Health" a company. Words only firms end their names with
("Therapeutics", "Biosciences", "Realty") also follow a noun a firm takes for its name
("Kestrel", "Summit"); a discipline's word ("Health", "Research") follows no word of English at
all, nor a place ("the Tokyo Security conference"), only a made-up word or a family's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.entities import places
from reader.core.entities.first_names import known_first_name
from reader.core.entities.names import Token, common_word, english_noun
from reader.core.word_frequency import zipf as zipf_frequency

# Words only a firm ends its name with.
_FIRMS = frozenset(
    """therapeutics biotherapeutics biosciences biologics genomics diagnostics biotech realty
    properties""".split()
)
# Disciplines a firm names itself after, each also what somebody studies or works in.
_DISCIPLINES = frozenset(
    """health analytics genetics research security medical engineering construction aviation
    resources""".split()
)  # not "Games" ("the Tokyo Games"), not "Power" ("Samantha Power"): a name too
# An English adjective's ending: "predictive", "behavioral", "clinical", "integrated".
_ADJECTIVE = re.compile(r"(?:ive|al|ic|ary|ory|ous|ed|ing|ful|less|ent|ant|ar|ile|able|ible)$")
# A person's title or salutation before a first name.
_PERSON_TITLES = frozenset("Dr. Prof. Mr. Mrs. Ms. Dr Mr Mrs Ms".split())
# How often English writes a word for it to be no firm's made-up name ("digital" 4.8).
_EVERYDAY = 4.3
# How often English writes a word no dictionary lists for it to be a word, not a family's name
# ("cyber" 4.0, "aerospace" 3.7, "blockchain" 3.7; "Brennan" 3.65 is a first name too, "Kaiser"
# 3.5, "Harlow" 3.1).
_NEW_WORD = 3.6
# What a special-purpose district runs: "Marlow School District", "Linden Water District".
_DISTRICTS = frozenset(
    """school schools water fire hospital irrigation transit sanitation utility park
    parks""".split()
)
# Words between a district's town and what it runs: "Sacramento City Unified School District",
# "Houston Independent School District", "Marlow Area School District".
_DISTRICT_KINDS = frozenset("city county unified independent area community consolidated".split())


def named_head(words: list[Token], lang: str) -> bool:
    """Whether an English run ends in a field's or a district's head after name-shaped words."""
    if lang != "en" or len(words) < 2:
        return False
    low = _bare(words[-1].text).casefold()
    if low == "district" and len(words) > 2 and _bare(words[-2].text).casefold() in _DISTRICTS:
        before = words[:-2]
        while before and before[-1].text.casefold() in _DISTRICT_KINDS:
            before = before[:-1]  # "Sacramento City Unified School District": the town's
        return _named(before, _town_word)
    if low in _FIRMS:
        return _named(words[:-1], _firm_word)
    return (
        low in _DISCIPLINES
        and _named(words[:-1], _made_up)
        and not _first_name_alone(words[:-1])
        and not any(places.lookup(_bare(w.text)) for w in words[:-1])
    )


def field_end(words: list[Token], lang: str) -> bool:
    """Whether an English run ends in a field firms name themselves after: whatever its words
    before, no person's name ("Kestrel Analytics said", though "Kestrel" is a word too)."""
    last = _bare(words[-1].text).casefold()
    if last in _DISCIPLINES and _first_name_alone(words[:-1]):
        return False  # "John Health said": a first name is a person's, not a made-up word
    return lang == "en" and len(words) > 1 and (last in _FIRMS or last in _DISCIPLINES)


def titled(words: list[Token]) -> bool:
    """Whether a run opens with a person's title and a first name ("Dr. Peter Capital", "Mr.
    John Health"): a person, whatever word closes it; not "Dr. Reddy's Laboratories"."""
    return (
        len(words) > 2
        and words[0].text in _PERSON_TITLES
        and known_first_name(_bare(words[1].text))
    )


def _first_name_alone(before: list[Token]) -> bool:
    """A first name alone before a discipline ("John Health", "Mary Analytics"): nobody's
    made-up word for a firm, the way a person's name reads when the words are run together."""
    return len(before) == 1 and known_first_name(_bare(before[0].text))


def _named(before: list[Token], name_word: Callable[[str], bool]) -> bool:
    """Words that are a name's: each capitalised and a word of a name (`name_word`)."""
    return bool(before) and all(w.capital and name_word(_bare(w.text)) for w in before)


def _made_up(word: str) -> bool:
    """A made-up word or a family's or first name: no word of English ("Mental"), nor one the
    dictionary has yet to list that English writes as often as a word ("Cyber", "Blockchain",
    "Aerospace"), unless a first name ("Tom")."""
    if common_word(word, "en"):
        return False
    if known_first_name(word):
        return True
    return not english_noun(word) and zipf_frequency(word.casefold(), "en") < _NEW_WORD


def _town_word(word: str) -> bool:
    """A word of a district's town: a place the gazetteer knows, or a made-up word."""
    return places.lookup(word) is not None or _made_up(word)


def _firm_word(word: str) -> bool:
    """A word a firm takes for its name: a made-up one, or a noun ("Kestrel", "Summit", "Apex"),
    not an adjective of the field ("Molecular Diagnostics", "Clinical Genomics")."""
    if _made_up(word):
        return True
    low = word.casefold()
    return (
        not common_word(word, "en")
        and zipf_frequency(low, "en") < _EVERYDAY
        and not _ADJECTIVE.search(low)
    )


def _bare(word: str) -> str:
    return word.rstrip(".,;:").removesuffix("'s").removesuffix("’s")
