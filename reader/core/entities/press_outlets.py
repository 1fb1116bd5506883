"""German publications named by what the press grammar says of them, with no quotes and no
word for their kind: "die aktuelle Ausgabe des Cicero", "ein Beitrag in Die Welt", "der Beitrag
im Epidemiologischen Bulletin des RKI", "sagte er dem Bayerischen Rundfunk", "»Zeit«-
Chefredakteur Giovanni di Lorenzo".

Three places in a German sentence hold a publication and hardly anything else that is written
with a capital:

- after a noun for a piece of writing in a periodical (Ausgabe, Artikel, Beitrag, Kolumne …)
  and its preposition or genitive article: the periodical it appeared in;
- after a verb of saying, its speaker and a dative article ("sagte Klaus Weber dem Kurier"):
  whom a statement was given to, which a report names when it is another outlet;
- before the hyphen of a compound with the editor's or columnist's title ("Spiegel-Kolumnist").

Everyday nouns stand in the first two places too ("Ausgabe des Jahres", "Artikel des
Grundgesetzes", "sagte er der Polizei"), so there a title must look like a name: a word German
does not have ("Cicero"), adjectives written with a capital inside a sentence, as only names
write them ("Epidemiologischen Bulletin"), or a capital article mid-sentence, which only a
title carries ("in Die Welt"). Before an editor's title any word names the paper ("Zeit-
Chefredakteur": no department is called "Zeit"), except the words for a rank or a desk
("Vize-Chefredakteur", "Sport-Kolumnist").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# One word of a title: a capital, then letters, digits, hyphens ("L-MAG", "RTL2").
_CAP = r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ0-9][\wäöüß]*)*"
# An adjective written with a capital, as a name's: "Epidemiologischen", "Bayerischen".
_ADJ = r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)"
_TITLE = rf"(?P<name>(?:Die|Der|Das) {_CAP}(?: {_CAP})?|(?:{_ADJ} )+{_CAP}|{_CAP})"
# A title's words all open with a capital: it ends at punctuation, a small word, the text's end.
_END = r"(?=[.,;:!?)\]“”\"]|\s+[a-zäöüß]|\s*$)"
# A piece of writing, alone or ending a compound ("Gastbeitrag", "Coronabeitrag",
# "Sonderausgabe", "Zeitungsartikel").
_WRITINGS = (
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*(?:ausgabe|artikel|beitrag|kolumne)|Ausgabe|"
    r"Artikel|Beitrag|Kolumne|Titelgeschichte)"
)
_IN_PAPER = re.compile(rf"{_WRITINGS}\s+(?:des|der|im|in der|in|für die|für den)\s+{_TITLE}{_END}")
_SAYING = r"(?:sagte|sagt|erklärte|erklärt|bestätigte|verriet|betonte|versicherte)"
_TOLD = re.compile(
    rf"\b{_SAYING}\s+(?:er|sie|[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
    rf"(?:gegenüber\s+)?(?:der|dem)\s+{_TITLE}{_END}"
)
_EDITORS = re.compile(
    r"(?P<name>[A-ZÄÖÜ][\wäöüß]+)[«»“”\"]?-(?:Chefredakteur|Herausgeber|Kolumnist)(?:in)?\b"
)
# Ranks and desks that open an editor's title ("Vize-Chefredakteur", "Sport-Kolumnist").
_DESKS = frozenset(
    """vize co ko ex gast online print sport politik wirtschaft kultur feuilleton lokal
    chef mit haupt""".split()
)


def press_outlets(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The German publications the press grammar names (see the module's docstring)."""
    if lang != "de":
        return []
    starts = [w.start for w in words]
    found = []
    for pattern in (_IN_PAPER, _TOLD):
        for match in pattern.finditer(text):
            if _name_like(match.group("name")):
                found += _piece(words, starts, match.start("name"), match.end("name"))
    for match in _EDITORS.finditer(text):
        if match.group("name").casefold() not in _DESKS:
            found += _head(words, starts, match.start("name"), match.group("name"))
    return found


def _name_like(title: str) -> bool:
    """Whether a title in the grammar's place looks like a name, not an everyday noun: a
    capital article or a capital adjective before it, or a word German does not have and no
    first name alone."""
    parts = title.split()
    if len(parts) > 1:
        return True  # "Die Welt", "Epidemiologischen Bulletin"
    word = bare(parts[0])
    return not (
        zipf_frequency(word.casefold(), "de") >= 4.2  # "Polizei", "Richter": common German
        or german_word(word)
        or german_compound(word)
        or known_first_name(word)
    )


def _head(words: list[Token], starts: list[int], start: int, name: str) -> list[Piece]:
    """The organisation named by the first part of a compound ("Spiegel" of "Spiegel-
    Kolumnist"), a word of its own cut from the compound's."""
    at = bisect_left(starts, start)
    if at < len(words) and words[at].start == start:
        word = words[at]
        return [Piece(EntityKind.ORG, [Token(name, start, start + len(name), word.sentence_start)])]
    return _piece(words, starts, start, start + len(name))  # "»Zeit«-": a word of its own


def _piece(words: list[Token], starts: list[int], start: int, end: int) -> list[Piece]:
    """The organisation made of the words from `start` to `end`, if they are words of the
    text."""
    inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
    return [Piece(EntityKind.ORG, inside)] if inside else []
