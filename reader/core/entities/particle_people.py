"""A first name, a family name's particle and a surname: one person, whatever the surname's
words are elsewhere.

Family names of the Low Countries, Portugal, Spain and Italy carry a particle ("van der",
"da", "dos", "di") and those of Portugal and Brazil may close with "Filho", "Neto" or
"Júnior" (son, grandson). The words after the particle are often a town's or a word's:
"Brigitta van Rheinberg" (a town on the Rhine), "Maria Aparecida da Costa Barros" ("Costa" a
coast), "Wilson Madeira Filho" (an island), and the rules for runs gave the town, or cut the
name where the particle stands. A known first name before the particle (German has no "van"
of its own, and a first name does not come before a preposition "da") and capitalised words
after it that are no everyday words make a person's name; "von" is left to the other rules,
as German says where one comes from with it ("Sophie von nebenan", "Anna von Bremen").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.first_names import personal_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import VESSEL_WORDS_DE
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_LETTERS = r"[a-zäöüßáàâãçéèêëíìîïñóòôõúùû]"
_WORD = rf"[A-ZÄÖÜÁÉÍÓÚ]{_LETTERS}+"
# In small letters, or with a capital as English writes many ("Jason La Canfora").
_PARTICLE = (
    r"(?:van der|van den|van de|van|ter|ten|da|das|dos|do|de la|de|del|della|di"
    r"|Van Der|Van|La|Le|De|Di|Da|Del|Della|Du)"
)
_HEIRS = r"(?:Filho|Neto|Júnior|Sobrinho)"
# Up to three given names, then a particle and one or two surnames, or a surname and an heir's
# word ("Madeira Filho"); a particle may come twice ("Aparecida da Costa Barros").
# Read at every word (a lookahead), as a word that is no first name may open a longer match.
_NAME = re.compile(
    rf"(?<![\w.-])(?=(?P<name>(?P<first>{_WORD})(?: {_WORD}){{0,2}}"
    rf"(?:(?: {_PARTICLE}(?: {_WORD}){{1,2}})+(?: {_HEIRS})?| {_WORD} {_HEIRS})(?![\w-])))"
)
_PARTICLES = frozenset(
    "van der den de ter ten da das dos do la del della di Van Der La Le De Di Da Del Della Du".split()
)
# The particles that are German words too, and of those the articles, which in German text
# are no particle at all ("das Lager").
_GERMAN_WORDS = frozenset("da das de do der den".split())
_ARTICLES = frozenset(("das",))


def particle_people(text: str, words: list[Token], lang: str, pieces: list[Piece]) -> list[Piece]:
    """The people named with a family name's particle or an heir's word; a person the rules
    for runs found from an earlier word on keeps that word ("Luiz Inácio Lula da Silva")."""
    if not re.search(rf" {_PARTICLE} [A-ZÄÖÜ]| {_HEIRS}\b", text):
        return []  # a quick look first: most texts name no one so
    starts = [w.start for w in words]
    found: list[Piece] = []
    for match in _NAME.finditer(text):
        start, end = match.span("name")
        inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
        if found and start < found[-1].end:
            continue  # a later word of a name taken already
        if len(inside) < 3 or not personal_name(match.group("first")):
            continue
        at = bisect_left(starts, start)
        if at and _named_after(words[at - 1].text):
            continue  # "der Flugzeugträger Charles de Gaulle", "Rua Maria da Silva"
        opened = [
            p.start for p in pieces if p.kind is EntityKind.PERSON and p.start < start < p.end
        ]
        if opened:  # "Luiz Inácio Lula": the rules' name opens with a word no list has
            start = opened[0]
            inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
        if places.lookup(match.group("first")) or places.lookup(text[start:end]):
            continue  # "Rio de Janeiro", "Santiago de Compostela": a town's name
        if lang == "de" and any(w.text in _ARTICLES for w in inside):
            continue  # "William Ruto das Lager": a German article, no particle
        inside = _to_genitive(inside, lang)
        names = [w for w in inside if w.text not in _PARTICLES]
        german = lang == "de" and any(w.text in _GERMAN_WORDS for w in inside)
        if any(_word(w.text, lang, german) for w in names[1:]):
            continue  # "Peter da Angst hatte": a German noun after the adverb
        genitive = (
            lang == "de"
            and inside[-1].text.endswith("s")
            and re.match(r" [A-ZÄÖÜ]", text[inside[-1].end :]) is not None
        )  # "Rafael van der Vaarts Abschiedsgala"
        found.append(Piece(EntityKind.PERSON, inside, genitive=genitive))
    return found


def _word(word: str, lang: str, german: bool) -> bool:
    """A word of the language, no surname ("House"); after a particle that is a German word
    too ("da", "das"), any German noun ("Angst", "Kinderzimmer")."""
    return common_word(word, lang) or (german and (german_word(word) or german_compound(word)))


def _to_genitive(name: list[Token], lang: str) -> list[Token]:
    """The name up to a German genitive's surname ("Rafael van der Vaarts | Abschiedsgala"):
    what follows it is what the person owns."""
    if lang != "de":
        return name
    for at, word in enumerate(name[:-1]):
        if at > 1 and word.text.endswith("s") and name[at - 1].text in _PARTICLES:
            return name[: at + 1]
    return name


# What is named after a person without being one: a ship, a street, a square, a saint's town
# ("San Juan De Los Lagos").
_NAMED_AFTER = frozenset(
    "USS HMS RMS MS MV SS Rua Avenida Praça Largo Via Viale Piazza Calle Plaza Rue Avenue "
    "San Santa Santo São St. Saint Sankt".split()
)


def _named_after(word: str) -> bool:
    """A word before a name that makes the name a ship's, a street's, a square's or a
    saint's town's."""
    return word in _NAMED_AFTER or word.casefold().endswith(VESSEL_WORDS_DE)
