"""A German institute, university or school named after a person or by a coined word keeps
that name before its kind word: "die Leibniz Universität Hannover", "vom Helmholtz Zentrum
München", "ein Team der Fraunhofer Gesellschaft".

Such bodies are named "<Name> <kind word> [<town>]", officially often with a space rather
than a hyphen. The capitals read "Universität Hannover" as the body (a kind word and its town)
and left the name before it to stand alone, where it was taken for a person or dropped. A word
just before the kind word, inside the sentence, after a small word (an article, a preposition)
and itself no everyday German word, no place and no other entity's, is the body's first name:
"die Technische Universität" keeps its adjective elsewhere (`german_bodies.adjective_openers`),
and "Professor Universität Hannover" is no German at all.
"""

from __future__ import annotations

from reader.core.entities.cues import bare, place_of
from reader.core.entities.german_words import german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

# Kinds of body named after a founder, a scholar or a coined word.
_KINDS = frozenset(
    """Universität Hochschule Fachhochschule Akademie Institut Zentrum Klinik Klinikum
    Gesellschaft Stiftung Schule Gymnasium Museum Bibliothek""".split()
)


def founder_names(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """The pieces with each body opened by a kind word taking the name just before it, and
    without that name as an entity of its own."""
    at = {w.start: i for i, w in enumerate(words)}
    owner = {w.start: p for p in pieces for w in p.words}
    dropped: set[int] = set()
    for piece in pieces:
        i = at.get(piece.start, 0)
        if piece.kind is not EntityKind.ORG or bare(piece.words[0].text) not in _KINDS or i < 2:
            continue
        name, before = words[i - 1], words[i - 2]
        if text[name.end : piece.start] != " " or name.sentence_start or not name.capital:
            continue
        if not before.text.islower() or text[before.end : name.start] != " ":
            continue  # after a small word only: "an der Leibniz …", not "Professor Müller …"
        word = bare(name.text)
        if common_word(word, "de") or german_word(word) or place_of(word) is not None:
            continue  # "die Neue Universität", "der Berliner Universität", "Hannover Institut"
        alone = owner.get(name.start)
        if alone is not None and (alone.kind is EntityKind.ORG or len(alone.words) > 1):
            continue  # another entity's word
        if alone is not None:
            dropped.add(id(alone))
        piece.words = [name, *piece.words]
    return [p for p in pieces if id(p) not in dropped]
