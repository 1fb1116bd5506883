"""A German name after "von" that ends its phrase, after a thing or a doing, and is no place,
no person and no word is the body that makes, sells or does it: "Outdoor-Bekleidung aus
Schafwolle, wie beispielsweise von Ortovox, ist …", "der Mantel von Desigual, den …" (a
compound too rare for the word lists before "von", "Patchworkmantel", leaves it out).

"von" names who a thing is from: a person ("ein Buch von Anna Weber"), a place ("der
Bürgermeister von Paris"), or a company. What rules out the place and the person after "bei"
(`bei_bodies.body_name`) rules them out here, and so a name shaped like a German compound
("Bio-Baumwolle von Hessnatur": "Natur") stays out too. "von" is also a noble name's particle
("Richard von Weizsäcker", whose whole name the person rules have taken, "Graf von
Zeppelin"): a capitalised word before "von" must be a German noun that is no title of
nobility and nothing only a person has or makes ("die Rede von Wadephul", "ein Film von
Tykwer", "die Frau von …": a surname alone), or a small word ("beispielsweise von …"); and an
apposition must not give the name a person's role ("von Lindqvor, dem Minister, …").
"""

from __future__ import annotations

import re

from reader.core.entities.bei_bodies import NAME_THEN_END, body_name
from reader.core.entities.cues import bare, role_length
from reader.core.entities.german_words import used_in_german
from reader.core.entities.kin import KIN_DE
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_FROM = re.compile(r"\bvon " + NAME_THEN_END)
# Words before "von" that a person's name follows: titles of nobility ("Graf von Zeppelin",
# "Freiherr von Stein") and what only a person says, does, makes or has, so the name is a
# surname written alone ("die Rede von Wadephul", "ein Tor von Musiala", "ein Film von Tykwer",
# "die Frau von …": `kin`). A band's album or a label's music may be a body's: not listed.
_PERSONS_BEFORE = frozenset(
    """graf gräfin freiherr freifrau freiin baron baronin fürst fürstin herzog herzogin prinz
    prinzessin könig königin kaiser kaiserin ritter edler edle landgraf markgraf kurfürst
    rede reden aussage aussagen worte worten äußerung äußerungen interview zitat forderung
    vorschlag kritik rücktritt tor tore treffer
    buch bücher roman romane gedicht gedichte film filme foto fotos bild bilder porträt
    brief briefe tweet tweets besuch tod kollege kollegin kollegen""".split()
) | {word.casefold() for word in KIN_DE}
# Verbs of talking whose "von" says what is talked of, not whom a thing comes from: "Er sprach
# von Lindqvor" names a topic, a word, a plan or a person as well as a body — no evidence of one.
_TALKED_OF = frozenset(
    """sprach sprachen spricht sprechen sprichst gesprochen redete redeten redet reden
    geredet erzählte erzählten erzählt erzählen träumte träumt schwärmte schwärmt""".split()
)
# The articles an apposition after the name opens with: "von Lindqvor, dem Minister, …".
_APPOSITION = frozenset("der die den dem des ein eine einer einem eines".split())


def von_bodies(text: str, words: list[Token], pieces: list[Piece]) -> list[Piece]:
    """The organisations German text names after "von" where no other rule found a name."""
    taken = {w.start for p in pieces if p.kind is not None for w in p.words}
    at = {w.start: i for i, w in enumerate(words)}
    found = []
    for match in _FROM.finditer(text):
        index = at.get(match.start("name"))
        if index is None or index < 2 or words[index].text != match.group("name"):
            continue
        word, before = words[index], words[index - 2]
        if word.start in taken or not _thing_before(before.text):
            continue
        if _role_after(text, words, index):
            continue
        if body_name(word.text):
            found.append(Piece(EntityKind.ORG, [word]))
    return found


def _thing_before(word: str) -> bool:
    """Whether the word before "von" is a small word or a German noun no noble name's particle
    or a lone surname follows ("Mantel von", "beispielsweise von"; not "Graf von", "Rede
    von"), and no verb of talking ("sprach von")."""
    if word.islower():
        return word not in _TALKED_OF  # not "sprach von Lindqvor": what one talks of
    word = bare(word)
    return word.casefold() not in _PERSONS_BEFORE and used_in_german(word)


def _role_after(text: str, words: list[Token], index: int) -> bool:
    """Whether an apposition after the name gives it a person's role ("von Lindqvor, dem
    Minister, …", "von Lindqvor, der früheren Trainerin"): a role word within three words of
    its article."""
    after = words[index + 1 : index + 5]
    if not after or text[words[index].end : after[0].start].strip() != ",":
        return False
    if after[0].text not in _APPOSITION:
        return False
    return any(w.capital and role_length(after, at) for at, w in enumerate(after[1:], 1))
