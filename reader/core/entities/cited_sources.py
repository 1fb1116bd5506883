"""German outlets a sentence cites as its source by what they do — report, quote, claim —
or by being told something: "der eXXpress berichtete", "wie die „Krone“ behauptet",
"„…“, zitiert T3N den Forscher", "sagte eine Sprecherin dem Zugreiseblog", "erklärte er
gegenüber Zorblat.de".

Why the slot decides: a reporting verb in the third person singular takes as its subject a
person, a document or a body that publishes. With the definite article German names no
person (the article before a surname is colloquial), and a document is an everyday noun
("die Studie berichtet", "der Bericht meldet"); so a word after the article that no German
dictionary lists, that German text does not use every day and that nobody and no place is
called ("der eXXpress berichtete") names what publishes. A telling verb takes the one told in
the dative ("sagte … dem Blog") or after "gegenüber"; there too a noun is a word and a person
goes without the article. A word in quotes is a title whatever it means („Krone“, »Zeit«),
so only a person's or a place's name is refused there. Where the article is missing ("zitiert
T3N den Forscher", "gegenüber Zorblat") a surname could stand, so only a name shaped as no
person's is — one with a digit or a capital inside (T3N, GameStar), or one in capitals.

Outlets the gazetteer knows ("laut Spiegel", "die FAZ meldet") need none of this; these
slots reach the ones it does not know. English cites by "according to", "told" and "via",
which other rules read.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import used_in_german
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# A name of one word, in quotes or not; a quote opened is closed.
_NAME = r"(?P<q>[„“\"»«‚‘])?(?P<name>[\wÄÖÜäöü][\w’'&.]*\w)(?(q)[“”\"«»‘’])"
# What an outlet does in the third person singular, present or past.
_REPORTS = (
    r"(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb|zitiert|zitierte|behauptet|"
    r"behauptete|titelt|titelte|enthüllt|enthüllte)"
)
# What a source is told by, in the third person singular, present or past.
_TELLS = (
    r"(?:sagte|sagt|erklärte|erklärt|bestätigte|bestätigt|verriet|verrät|versicherte|"
    r"versichert|betonte|betont|schilderte|schildert)"
)
# Where the name ends: a sign, or a small word going on with the sentence ("am Montag").
_AFTER = r"(?=\s*[.,;:!?)–—]|\s+[a-zäöüß])"
_SUBJECT = re.compile(rf"\b(?P<art>[Dd]er|[Dd]ie|[Dd]as)\s+{_NAME}\s+{_REPORTS}\b")
_INVERTED = re.compile(rf"\b{_REPORTS}\s+(?P<art>der|die|das)\s+{_NAME}{_AFTER}")
_QUOTING = re.compile(rf"\bzitierte?\s+{_NAME}\s+(?:den|die|das|einen|eine|ihren|seinen)\b")
_TELLING = re.compile(rf"\b{_TELLS}\b[^.,!?;:\n„“\"»«]{{0,60}}")
# The one told, anywhere in the telling verb's clause: "sagte der Chef dem Blog". "der" after
# a capitalised word is that noun's genitive ("zur Einstellung der Heizkurve"), no one told.
_TOLD = re.compile(rf"\s(?:(?:gegenüber\s+)?(?P<art>dem|der)|gegenüber)\s+{_NAME}{_AFTER}")
# A word for who lives somewhere or does something ("der Flörsheimer berichtet"): a person.
_PERSON_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er(?:in)?")
# Brand-shaped: a digit, or a capital after the first letter (not Mc/Mac/O' of a surname);
# a word in capitals is one too ("T3N", "GameStar", "ORF").
_BRANDED = re.compile(r"(?!Mc|Mac|O’|O')\w[\w’'&.]*?[\dA-ZÄÖÜ]")


def cited_sources(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The outlets German sentences cite as who reported, quoted or was told."""
    if lang != "de":
        return []
    starts = [w.start for w in words]
    matches = [m for pattern in (_SUBJECT, _INVERTED, _QUOTING) for m in pattern.finditer(text)]
    for clause in _TELLING.finditer(text):
        for told in _TOLD.finditer(text, clause.start()):
            if told.start() >= clause.end():
                break
            if told.group("art") != "der" or not _after_noun(text, told.start()):
                matches.append(told)
    found = []
    for match in matches:
        articled = match.groupdict().get("art") is not None
        if _source(match.group("name"), match.group("q") is not None, articled):
            first = bisect_left(starts, match.start("name"))
            inside = words[first : bisect_left(starts, match.end("name"))]
            if inside:
                found.append(Piece(EntityKind.ORG, inside))
    return found


def _after_noun(text: str, at: int) -> bool:
    """Whether a capitalised word stands right before `at`: "der" there is its genitive."""
    before = text[:at].split()
    return bool(before) and before[-1][:1].isupper()


def _source(name: str, quoted: bool, articled: bool) -> bool:
    """Whether a word in a citing slot names an outlet: no person's or place's name, and —
    out of quotes — no German word; without the article, shaped as no person's name."""
    if not name[:1].isalpha() or not any(c.isupper() for c in name):
        return False
    if known_first_name(name) or places.lookup(name) is not None:
        return False
    if quoted:
        return True
    if _PERSON_NOUN.fullmatch(name):
        return False
    if used_in_german(name):
        return False
    return articled or bool(_BRANDED.match(name))
