"""A person's full name the text writes on its own marks where a longer run of names breaks.

Capitalised words run on in German and in lists: "Gerade hat Saharo Mohammed Feuerholz
bekommen" (Feuerholz is firewood), "Why Can't Taylor Swift Perform". Read alone, such a run breaks
where the word lists say, and they may say wrong: "Saharo" no name, "Mohammed Feuerholz" a man.
A reader who has met "Saharo Mohammed aus Somalia" a few lines before knows better: the text
has named the man already, and the words around his name in the longer run are something
else. So a person's name of two or more words that the text writes somewhere else decides
the break of a run holding it with more words: the name is the person (the one found
elsewhere), and what is left over is no name of its own by its looks (`fragment`) — also when
the rules read the longer run as a person too ("Amina Yusuf Brennholz gekauft"). The words
left over must be words of the dictionary and no first names, as "Feuerholz" and "Perform"
are: after "Jean Pierre" a surname follows ("Jean Pierre Amat"), and before "Pierre Amat" a
first name ("Jean", a word too), and they belong to the name.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_headword
from reader.core.entities.pieces import Piece


def split(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with each person's name that holds a known full name and more words, with
    the piece right before it in its run, broken into that name and the words around it."""
    known = {_key(p.words) for p in pieces if p.kind is EntityKind.PERSON and len(p.words) > 1}
    if not known:
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind is not EntityKind.PERSON:
            out.append(piece)
            continue
        before = out[-1] if out and _adjacent(out[-1], piece, text) else None
        broken = _broken([before, piece], known) if before else None
        if broken is not None:
            out[-1:] = broken  # "Saharo | Mohammed Feuerholz"
            continue
        out += _broken([piece], known) or [piece]
    return out


def _broken(stretch: list[Piece], known: set[tuple[str, ...]]) -> list[Piece] | None:
    """The stretch broken around the known name it holds with more words, or None."""
    words = [w for p in stretch for w in p.words]
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            rest = words[:start] + words[start + size :]
            if _key(words[start : start + size]) not in known or not all(map(_word, rest)):
                continue
            role = next((p.role for p in stretch if p.role), "")
            parts = [
                Piece(None, words[:start], fragment=True),
                Piece(EntityKind.PERSON, words[start : start + size], role=role),
                Piece(None, words[start + size :], fragment=True),
            ]
            return [p for p in parts if p.words]
    return None


def _word(token: Token) -> bool:
    """A word of the dictionary and no first name: "Feuerholz", "Perform"."""
    word = bare(token.text)
    if known_first_name(word):
        return False  # "Jean": a word, and a first name before "Pierre Amat"
    return english_headword(word) or german_word(word) or german_compound(word)


def _adjacent(first: Piece, second: Piece, text: str) -> bool:
    return text[first.end : second.start] == " "


def _key(words: list[Token]) -> tuple[str, ...]:
    return tuple(w.text for w in words)
