"""German phrases the rules took for a person's name: a noun phrase, not a name; and names
in the genitive.

German capitalises every noun, so a first name (or a word the first-name list holds, such as
the "Yon" of the brand "Yon-Ka") before a noun reads like a first name and a surname. Two
shapes of the phrase say otherwise, from the grammar of the sentence, not from lists of names:

- an article or determiner right before it ("die Yon-Ka Produkte", "eines Georg Fischer
  Innovationsprojektes"): German writes a person's name without one, and a noun phrase with
  one; its last word is the noun (a German word or a compound of two);
- a genitive opening it before a German noun ("Gottes Segen", "Habecks Plan"): the owner and
  his thing, where a first name never ends in a genitive "-s" the list does not know;
- a compound whose last part is a German noun opening it ("die drei Ganthaler-Schwestern
  Martina, Priska und Anna"): the kind of people, and the first names after it.

A name in the genitive before its noun ("James Comeys Stellungnahme") stays a person's, marked
so that `variants` names him without the "-s" (James Comey).

A surname that is a German noun too ("Achmed Leser", "Helena Fürst") has no article before it
and no genitive or compound before it, and stays.

A product, a dish or a site named by two foreign words ("auf einer Daiwa Caldia", "der Aperol
Sprizz", "vom Gambero Rosso", "im Kulturhof Krönbacken") reads like a first name and a surname
to the rules, which must take an unknown word for a first name ("Ryoyu Kobayashi"). German
writes such a thing after an article, a fused preposition or an article and its adjective
("die abwechslungsreichen Freeride Trails") and a person's name without one; when the first
word is no first name borne where these texts are read, and every mention of the name has one,
it is no person. A name whose first word is a first name here keeps the person, article or not
("der Thomas Müller" of southern speech, "die deutsche Katja Kraus").
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import first_name_frequency, known_first_name
from reader.core.entities.german_nouns import BEFORE_NOUNS
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.person_names import genitive_before_noun
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf


def not_people(pieces: list[Piece], words: list[Token], index: dict[int, int]) -> list[Piece]:
    """The pieces without the German noun phrases taken for people."""
    surnames = frozenset(
        bare(p.words[-1].text) for p in pieces if p.kind is EntityKind.PERSON and len(p.words) > 1
    )
    _mark_genitives(pieces, words, index)
    names = frozenset(_words(p) for p in pieces if p.kind is EntityKind.PERSON and len(p.words) > 1)
    kept = []
    for piece in pieces:
        if piece.kind is EntityKind.PERSON and (
            _noun_phrase(piece, words, index)
            or _foreign_first_name_noun(piece)
            or _lone_compound(piece)
        ):
            continue
        if piece.kind is EntityKind.PERSON and (owner := _named_owner(piece, names)):
            kept.append(Piece(EntityKind.PERSON, piece.words[:owner], genitive=True))
            continue  # "Hillary Clintons E-Mails" where the text names Hillary Clinton
        if piece.kind is EntityKind.PERSON and _genitive(piece, surnames):
            if bare(piece.words[0].text)[:-1] in surnames:  # "Habecks Plan": Habeck's
                kept.append(Piece(EntityKind.PERSON, piece.words[:1], genitive=True))
            continue
        kept.append(piece)
    return kept


def _foreign_first_name_noun(piece: Piece) -> bool:
    """Two words, a first name the list knows only from countries whose texts these are not
    and a German noun ("To Do Liste", "Costa Rica Surfen": "Do", "Rica" are first names in
    Vietnam and Spain): a phrase cut out of a longer one, no person — such a first name is a
    word German or English text writes. A first name of ours before a noun is a surname's
    ("Kathrin Bürger"), and so is one these texts never write but as a name ("Maybritt
    Sommer", a Danish name); a word the list does not know at all is left to the other rules
    ("Achmed Leser")."""
    if len(piece.words) != 2:
        return False
    first, last = (bare(w.text) for w in piece.words)
    return (
        known_first_name(first) and german_word(last)
        and max(first_name_frequency(part) for part in first.split("-")) == 0
        and max(zipf(first.casefold(), "en"), zipf(first.casefold(), "de")) >= _WRITTEN
    )  # fmt: skip  # "Frank-Walter Steinmeier": the list has each part, not the pair


# Zipf: from here German or English text writes a word ("Do", "Rica"), not only a name.
_WRITTEN = 2.5


def _lone_compound(piece: Piece) -> bool:
    """A lone word taken for a person that is a German compound of two common words English
    never writes: a noun after a role or beside a verb of saying ("Nimmt der Chef Firmengeld
    …", "… ist Auslegungssache, sagt Bürger"), not a name. A surname of that shape ("Jens
    Hausmann", then "Hausmann") is the full name's mention all the same: `surnames` gives the
    lone word back to the name the text writes in full."""
    if len(piece.words) != 1:
        return False
    word = bare(piece.words[0].text)
    return (german_compound(word) or _linked(word)) and zipf(word.casefold(), "en") == 0


def _named_owner(piece: Piece, names: frozenset[tuple[str, ...]]) -> int:
    """How many words of a run open with a name the text gives elsewhere, written in the
    genitive before what it owns ("Hillary Clintons E-Mails", "Tobias Kranichs Tannhäuser"
    after "Hillary Clinton", "Tobias Kranich"), or 0: whatever the thing is — a German noun
    (which `genitive_owner` already splits off), an English one or a title — the text itself
    says whose name it is."""
    text = _words(piece)
    for at in range(2, len(text)):
        owner = text[at - 1]
        if owner.endswith("s") and (*text[: at - 1], owner[:-1]) in names:
            return at
    return 0


def _words(piece: Piece) -> tuple[str, ...]:
    return tuple(bare(w.text) for w in piece.words)


def not_things(pieces: list[Piece], words: list[Token], index: dict[int, int]) -> list[Piece]:
    """The pieces without the things' names taken for people ("einer Daiwa Caldia"). Asked
    after `product_lines`, which counts a maker's products among the people ("das Ayla
    Serum, die Ayla Lotion, die Ayla Creme" make "Ayla Kosmetik" no person either)."""
    things = _articled_things(pieces, words, index)
    return [p for p in pieces if not (p.kind is EntityKind.PERSON and _words(p) in things)]


def _articled_things(
    pieces: list[Piece], words: list[Token], index: dict[int, int]
) -> frozenset[tuple[str, ...]]:
    """The names of two words or more, opened by no first name borne where these texts are
    read, that the text writes after an article (or an article and an adjective) in every
    mention: a thing's name, not a person's ("einer Daiwa Caldia", "der Aperol Sprizz")."""
    articled: dict[tuple[str, ...], bool] = {}
    for piece in pieces:
        if piece.kind is not EntityKind.PERSON or len(piece.words) < 2:
            continue
        opener = bare(piece.words[0].text)
        if max(first_name_frequency(part) for part in opener.split("-")) > 0:
            continue
        name = _words(piece)
        articled[name] = articled.get(name, True) and _after_article(piece, words, index)
    return frozenset(name for name, always in articled.items() if always)


def _after_article(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """An article or a fused preposition right before the name ("der", "im", "vom"), or one
    before an inflected adjective in small letters before it ("die abwechslungsreichen")."""
    at = index.get(piece.start, 0)
    before = [w.text for w in words[max(0, at - 2) : at] if w.end <= piece.start]
    if before and before[-1].casefold() in BEFORE_NOUNS:
        return True
    return (
        len(before) == 2 and before[0].casefold() in BEFORE_NOUNS
        and before[1].islower() and len(before[1]) >= 6 and before[1].endswith(_INFLECTED)
    )  # fmt: skip


# How an inflected German adjective ends ("abwechslungsreichen", "rekordverdächtigen"); a
# short word is as often a pronoun's or a particle's ("einer wie Chutta Arinye": one like him).
_INFLECTED = ("e", "en", "em", "er", "es")


def _mark_genitives(pieces: list[Piece], words: list[Token], index: dict[int, int]) -> None:
    """Mark a person's name written in the genitive right before the German noun it owns
    ("FBI-Direktor James Comeys Stellungnahme"): the person is James Comey, and the index
    keeps one name for him whichever case a text writes. A surname that is a first name too
    ("Hans Niels") may end in "-s" of its own and stays as written."""
    for piece in pieces:
        at = index.get(piece.words[-1].start, -1) + 1
        if (
            piece.kind is EntityKind.PERSON and len(piece.words) > 1 and 0 < at < len(words)
            and words[at].start == piece.end + 1
            and genitive_before_noun(piece.words[-1], words[at])
            and not known_first_name(bare(piece.words[-1].text))
        ):  # fmt: skip
            piece.genitive = True


def _noun_phrase(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    if len(piece.words) < 2:
        return False
    at = index.get(piece.start, 0)
    before = words[at - 1] if at > 0 else None
    if (
        before is not None
        and before.end <= piece.start
        and before.text.casefold() in BEFORE_NOUNS
        and _noun(bare(piece.words[-1].text))
    ):
        return True  # "die Yon-Ka Produkte"
    opener = bare(piece.words[0].text)
    return "-" in opener and not known_first_name(opener) and german_word(opener.rsplit("-", 1)[1])
    # "Ganthaler-Schwestern Martina"


def _genitive(piece: Piece, surnames: frozenset[str]) -> bool:
    """A genitive before what it owns: of a German noun or compound ("Gottes Segen", "des
    Sternbilds Stier") or of a surname the text gives with a first name ("Habecks Plan" after
    "Robert Habeck", "Mannings Rechtsbeistand" after "Chelsea Manning"), before a word German
    has ("Plan"; after such a surname also one only German writes: "Rechtsbeistand"), where a
    first name ending in "s" ("Klaus Fischer") opens a name."""
    if len(piece.words) != 2:
        return False
    opener, thing = (bare(w.text) for w in piece.words)
    if not opener.endswith("s") or known_first_name(opener):
        return False
    owner, low = opener[:-1], thing.casefold()
    if owner in surnames and zipf(low, "en") == 0 < zipf(low, "de"):
        return True  # "Mannings Rechtsbeistand"
    if german_word(owner) or german_compound(owner) or owner in surnames:
        return _noun(thing) or zipf(low, "de") >= 3.0
    return _noun(thing)


def _noun(word: str) -> bool:
    """A German noun, also in the genitive or as a compound joined by "-s-"."""
    return any(german_word(w) or german_compound(w) or _linked(w) for w in _forms(word))


def _forms(noun: str) -> tuple[str, ...]:
    """A noun and its stem in the genitive ("Innovationsprojektes": "Innovationsprojekt")."""
    for ending in ("es", "s"):
        if noun.endswith(ending) and len(noun) > len(ending) + 3:
            return noun, noun[: -len(ending)]
    return (noun,)


def _linked(word: str) -> bool:
    """A compound of two common German words joined by the linking "-s-" that
    `german_compound` does not cut ("Innovation|s|projekt")."""
    low = word.casefold()
    return any(
        low[cut - 1] == "s" and zipf(low[cut:], "de") >= 3.5 and zipf(low[: cut - 1], "de") >= 3.0
        for cut in range(4, len(low) - 3)
    )
