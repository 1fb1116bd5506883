"""Places whose name is also a common first name: "Mary" (a province of Turkmenistan),
"Florence", "Charlotte", "Victoria". The gazetteer alone cannot tell "Mary's Center" or "als
Mary und Gordy die Bühnen beherrschten" from the town, and a first name is written far more
often than such a town, so a lone name of this kind is a place only with evidence of one:

- where it stands: after a preposition of place ("in Florence", "nach Charlotte"), before a
  place after a comma ("Mary, Turkmenistan"; a dateline "FLORENCE, Italy"), beside a kind of
  place ("Mary province", "the city of Charlotte");
- else, unless the text makes a person of it ("Florence Pugh", "Florence said"), the text
  names the country the place lies in ("… Turkmenistan's gas … in Mary").

What one mention shows holds for every mention of the word, as elsewhere in the rules. A name
without such evidence is left undecided, for the person rules to take up or to drop.
Countries ("Jordan", "Georgia", "Chad") keep their names: a text says them as countries, and
one of them opens a person's name only before a surname ("Chad Wolf").
"""

from __future__ import annotations

from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import first_name_frequency
from reader.core.entities.lexicon import PLACE_KINDS, PLACE_PREPOSITIONS, SPEECH_DE, SPEECH_EN
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, english_noun
from reader.core.entities.pieces import Piece
from reader.core.entities.places import FIRST_NAME

# "from" is where a letter or a gift comes from as often as a town ("a call from Mary").
_PREPOSITIONS = PLACE_PREPOSITIONS - {"from"}


def first_name_place(word: str) -> bool:
    """A town or region of the gazetteer, not a country, whose name is a common first name."""
    place = place_of(word)
    return (
        place is not None
        and place.key.startswith(("city:", "region:"))
        and first_name_frequency(bare(word)) >= FIRST_NAME
    )


def first_name_country(word: str) -> bool:
    """A country whose name is a common first name where these texts are read ("Chad",
    "Jordan", "Georgia"; not "India" nor "Israel")."""
    place = place_of(word)
    return (
        place is not None
        and place.key.startswith("country:")
        and first_name_frequency(bare(word)) >= FIRST_NAME
    )


def opens_a_name(run: list[Token]) -> bool:
    """A first-name place before names that are no everyday word nor a noun's plural, as a
    team's or a sight's are ("Florence Pugh", "Mary Barra", "Chad Wolf"; not "Charlotte
    Hornets", "Victoria Falls", "Virginia Tech", "Jordan Valley"). Alone the country stays a
    country."""
    first = run[0].text
    return (first_name_place(first) or first_name_country(first)) and not any(
        common_word(bare(w.text), "en") or (w.text.endswith("s") and english_noun(w.text[:-1]))
        for w in run[1:]
    )


def needs_evidence(piece: Piece) -> bool:
    """A one-word place that may as well be a person's first name."""
    return (
        piece.kind is EntityKind.PLACE
        and len(piece.words) == 1
        and piece.place is not None
        and first_name_place(piece.words[0].text)
    )


def without_evidence(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> None:
    """Leave undecided every mention of a first-name place that nothing in the text places."""
    doubtful: dict[str, list[Piece]] = {}
    for piece in pieces:
        if needs_evidence(piece):
            doubtful.setdefault(bare(piece.words[0].text), []).append(piece)
    if not doubtful:
        return
    countries = {
        p.place.country for p in pieces
        if p.kind is EntityKind.PLACE and p.place is not None and p.place.key.startswith("country:")
    }  # fmt: skip
    for word, mentions in doubtful.items():
        if any(_placed(p, words, index, pieces, text) for p in mentions):
            continue
        place = mentions[0].place
        person = _person(word, pieces, words, index)
        if not person and place is not None and place.country in countries:
            continue
        for piece in mentions:
            piece.kind, piece.place = None, None


def _placed(
    piece: Piece, words: list[Token], index: dict[int, int], pieces: list[Piece], text: str
) -> bool:
    """Whether the words around this mention make it a place."""
    at = index.get(piece.start)
    if at is None:
        return False
    before = words[at - 1].text if at > 0 else ""
    after = words[at + 1].text if at + 1 < len(words) else ""
    if before.casefold() in _PREPOSITIONS and not words[at].sentence_start:
        return True
    if after in PLACE_KINDS and after.islower():
        return True  # "Mary province"
    if before in PLACE_KINDS or (before == "of" and at > 1 and words[at - 2].text in PLACE_KINDS):
        return True  # "Provinz Mary", "the city of Charlotte"
    if text[piece.end : piece.end + 2] != ", ":
        return False
    return any(
        p.kind is EntityKind.PLACE and p.start == piece.end + 2 and p is not piece for p in pieces
    )  # "Mary, Turkmenistan", "Florence, Italy"


def _person(word: str, pieces: list[Piece], words: list[Token], index: dict[int, int]) -> bool:
    """Whether the text makes a person of the word: it begins a person's name ("Florence
    Pugh") or a verb of saying stands beside it ("Florence said", "sagte Mary")."""
    for piece in pieces:
        if piece.kind is EntityKind.PERSON and bare(piece.words[0].text) == word:
            return True
        if len(piece.words) != 1 or bare(piece.words[0].text) != word:
            continue
        at = index.get(piece.start)
        if at is None:
            continue
        before = words[at - 1].text.casefold() if at > 0 else ""
        after = words[at + 1].text.casefold() if at + 1 < len(words) else ""
        said_before = before in SPEECH_EN or before in SPEECH_DE
        if said_before and words[at].start - words[at - 1].end == 1:
            return True  # "sagte Mary"; not "sagte, Virginia werde klagen"
        if after in SPEECH_EN or after in SPEECH_DE:
            return True
    return False
