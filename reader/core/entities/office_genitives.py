"""A German office that names where it is held in the genitive, right before the person: "Die
Sprecherin des Bundesrats Anna Berg sagte …", "Der Präsident des Deutschen Bundestags Jan
Koch". The office is the whole phrase ("Sprecherin des Bundesrats"), and the genitive names a
body. A run of capitals begins after "des", so the rules read the body's word alone as the
office — and "Bundesrat" is a Swiss minister's office too — or read no office at all.

English writes the same "spokeswoman of the Bundesrat" after the name or with the body first
("Bundesrat spokeswoman Anna Berg"), which the role phrases read already.
"""

from __future__ import annotations

from reader.core.entities.cues import bare, head_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.role_phrases import joined, role_size

# The genitive articles between an office and its body ("des Bundesrats", "der Grünen").
_GENITIVE = frozenset({"des", "der"})
# How many capitalised words the body's name may have ("des Deutschen Bundestags").
_BODY_WORDS = 3


def office_of_body(words: list[Token], at: int, text: str) -> tuple[int, int] | None:
    """Where the office before the name at `at` begins and its body's name begins, when a
    German office, a genitive article and a capitalised name stand right before the person or
    before a comma and the person ("Sprecherin des Bundesrats Anna Berg", "… des Bundesrats,
    Anna Berg"); else None. Not where the genitive is a person's office and no body's ("ein
    Sprecher des Bundeskanzlers Olaf Scholz", "die Frau des Präsidenten Joe Biden"), nor
    where one word after "des" ends in "-n", as a body's genitive never does and a person's
    does ("der Anwalt des Angeklagten Jan Koch"): the name is that person, whose the first
    office is."""
    if at < 1:
        return None
    last = words[at - 1]
    if role_size(words, at - 1) and not head_word(bare(last.text).casefold()):
        return None  # "Bundesrats", "Stadtrats": a body and an office both, read as the body
    if text[last.end : words[at].start].strip() not in ("", ","):
        return None  # "des Bundesrats, Anna Berg,": an apposition names her too
    for size in range(1, _BODY_WORDS + 1):
        body = at - size
        article = body - 1
        if article < 1 or not all(w.capital for w in words[body:at]):
            return None
        if not all(joined(words, i, i + 1, text) for i in range(article - 1, at - 1)):
            return None
        if words[article].text in _GENITIVE:
            if size == 1 and words[article].text == "des" and last.text.endswith("n"):
                return None  # "des Angeklagten Jan Koch": a person's genitive, who he is
            office = article - 1
            if role_size(words, office) == 1:
                return office, body
    return None


def genitive_offices(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> None:
    """Give each German person named after an office of a body in the genitive that whole
    office as the role, and make the body an organisation where the run gave it to the
    person as a role ("Sprecherin des Bundesrats Anna Berg": the role "Sprecherin des
    Bundesrats", the organisation "Bundesrat"). A body no rule read at all stays as it was:
    the genitive names a kind as often ("Rektor der Rechtsfakultät")."""
    added = []
    for piece in pieces:
        if piece.kind is not EntityKind.PERSON or piece.start not in index:
            continue
        at = index[piece.start]
        found = office_of_body(words, at, text)
        if found is None:
            continue
        office, body = found
        misread = piece.role == " ".join(bare(w.text) for w in words[body:at])
        if piece.role and not misread:
            continue  # a role of its own between: "Sprecherin des Bundesrats Ministerin …"
        piece.role = " ".join(bare(w.text) for w in words[office:at])
        if misread:  # the body the run took for her office ("Bundesrat" is a Swiss one too)
            added.append(Piece(EntityKind.ORG, words[body:at]))
    pieces.extend(added)
    pieces.sort(key=lambda p: p.start)
