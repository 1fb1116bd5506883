"""German bodies' names that go on past the capitals a run is made of, taken whole once the
runs are classified: an adjective before the name ("Technische Universität Braunschweig"), a
country's adjective that opens one ("die Deutsche Bahn", "die Vereinten Nationen"), and what
a body is for in small words or a field in the genitive ("Bundeszentrale für politische
Bildung", "Bundesministerium der Finanzen"). Split from `org_shapes`, whose shapes judge one
run: these look at the words around an organisation already found.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import acronym, bare, head_word, place_of
from reader.core.entities.german_words import german_word
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# An adjective's stem and ending: "Technische", "Deutschen", "Evangelische", "Nationale".
_ADJECTIVE = re.compile(r"\w*(?:isch|lich|al|deutsch)(?:e|en|er|es|em)")


def adjective_openers(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """A German body whose name opens with an adjective keeps it ("Technische Universität
    Braunschweig", "Deutsche Sporthochschule Köln", "des Deutschen GeoForschungsZentrums"):
    a capitalised adjective just before a body's name of words (not an acronym: "Deutsche
    G7-Präsidentschaft"), not a noun made of it ("im Wesentlichen"), no other entity's."""
    taken = {w.start for p in pieces for w in p.words}
    at = {w.start: i for i, w in enumerate(words)}
    for piece in pieces:
        i = at.get(piece.start, 0)
        if piece.kind is not EntityKind.ORG or i == 0 or acronym(piece.words[0].text):
            continue
        before = words[i - 1]
        if (
            before.capital
            and before.start not in taken
            and text[before.end : piece.start] == " "
            and _ADJECTIVE.fullmatch(before.text.casefold())
            and not (i > 1 and words[i - 2].text.casefold() in ("im", "am", "zum", "vom", "beim"))
        ):
            piece.words = [before, *piece.words]
    return pieces


# A country's adjective or "united", capitalised inside a German sentence: the opening of a
# proper name ("die Deutsche Bahn", "der Deutschen Welle", "die Vereinten Nationen").
_NATIONAL = re.compile(r"(?:Deutsch|Vereint|Österreichisch|Schweizerisch)(?:e|en|er|es)")
# What such an adjective opens that is no body: a currency, a day, a title, a bay, a language.
_NO_BODIES = frozenset(
    """Mark Einheit Meister Meisterin Meisterschaft Meisterschaften Reich Sprache Bucht
    Demokratische Staaten Emirate Königreich""".split()
)


def national_bodies(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """A German body named by a country's adjective and a noun ("die Deutsche Bahn", "bei der
    Deutschen Welle", "die Vereinten Nationen"): a capitalised adjective inside a sentence is
    part of a name, and after a national one the name is most often a body's — not a currency
    or a title ("Deutsche Mark", "Deutscher Meister"), nor a place or anything else the rules
    found."""
    openers = [
        (first, noun) for first, noun in zip(words, words[1:], strict=False)
        if first.text[:1] in "DVÖS" and _NATIONAL.fullmatch(first.text)
    ]  # fmt: skip
    if not openers:
        return pieces
    taken = {w.start: p for p in pieces for w in p.words}
    out = list(pieces)
    for first, noun in openers:
        if (
            not first.sentence_start
            and first.start not in taken
            and noun.capital
            and text[first.end : noun.start] == " "
            and bare(noun.text) not in _NO_BODIES | NEVER_NAME
            and place_of(noun.text) is None
            and not acronym(noun.text.split("-")[0])  # "die Deutsche G7-Präsidentschaft"
            and getattr(taken.get(noun.start), "kind", None) in (None, EntityKind.ORG)
            and not _LONGER.match(text, noun.end)  # "des Deutschen Zentrums für Luft- und …"
        ):
            covered = taken.get(noun.start)
            out = [p for p in out if p is not covered]
            rest = covered.words[1:] if covered is not None else _adjective_led(noun, words)
            out.append(Piece(EntityKind.ORG, [first, noun, *rest]))
    return sorted(out, key=lambda p: p.start)


# A name that goes on past the noun with what it is for or whose it is: left to other rules.
_LONGER = re.compile(r" (?:für|der|des|von|of) ")
_ADJECTIVE_ENDING = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)")


def _adjective_led(noun: Token, words: list[Token]) -> list[Token]:
    """The noun after a second adjective ("Deutsches Rotes Kreuz": Kreuz after "Rotes")."""
    at = next((i for i, w in enumerate(words) if w.start == noun.start), len(words) - 1)
    after = words[at + 1] if at + 1 < len(words) else None
    if (
        after is not None
        and after.capital
        and after.start == noun.end + 1
        and _ADJECTIVE_ENDING.fullmatch(noun.text)
        and zipf(noun.text.casefold(), "de") >= 4.0
    ):
        return [after]
    return []


# What a German body is for, with small words a run of capitals leaves out: an adjective
# ("für politische Bildung", "für wirtschaftliche Zusammenarbeit und Entwicklung") or where
# ("für Sicherheit in der Informationstechnik").
_FOR_ADJECTIVE = re.compile(
    r" für (?:[a-zäöüß]+(?:e|en|er|es) )+[A-ZÄÖÜ][\wäöüß-]*(?: und [A-ZÄÖÜ][\wäöüß-]*)?"
)
_IN_THE = re.compile(r" in der [A-ZÄÖÜ][\wäöüß-]*")
# Heads of official names that go on with whose or what they are in the genitive: a
# ministry's field, an academy's arts ("Bundesministerium der Verteidigung", "Akademie der
# Wissenschaften", "Universität der Künste"; the bodies `german_runs` knows join by then).
_GENITIVE_HEADS = ("ministerium", "ministeriums", "akademie", "universität", "hochschule")
_OF_FIELD = re.compile(r" (?:der|des) ([A-ZÄÖÜ][a-zäöüß]+)\b(?![-\w])")


def bodies_for(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """A German body's name taken whole where it goes on in small words: "Bundeszentrale für
    politische Bildung", "Bundesamt für Sicherheit in der Informationstechnik" (the capitals
    alone gave "Bundeszentrale", "Bundesamt für Sicherheit"), or in the genitive of a field
    ("Bundesministerium der Finanzen")."""
    for piece in pieces:
        if piece.kind is not EntityKind.ORG:
            continue
        has_for = any(w.text == "für" for w in piece.words)
        more = None
        last = bare(piece.words[-1].text).casefold()
        if not has_for and head_word(last):
            more = _FOR_ADJECTIVE.match(text, piece.end)
        if more is None and not has_for and last.endswith(_GENITIVE_HEADS):
            more = _field(text, piece.end)
        elif has_for:
            more = _IN_THE.match(text, piece.end)
        if more is not None:
            piece.words = [*piece.words, *(w for w in words if piece.end < w.start < more.end())]
    return pieces


def _field(text: str, end: int) -> re.Match[str] | None:
    """The genitive of a field after a body's head: a noun of the language, not a place or a
    body ("Ministerium der Ukraine", "Akademie des Bundes" name whose, not what)."""
    more = _OF_FIELD.match(text, end)
    if more is None:
        return None
    noun = more.group(1)
    if not german_word(noun) or place_of(noun) or head_word(noun.casefold()):
        return None
    return more
