"""A band named as a plural of things: "the Goo Goo Dolls", "die Toten Hosen", "the Rolling
Stones". The rules read a run of capitals without an article as a person's name ("Goo Dolls"
beside "Sheryl Crow") or, in German, as an adjective and a noun, no name at all. A band is an
organisation, and what says so is the name's shape — two words or more, the last the plural
of an everyday noun, no first name in it, after the article a plural takes ("the", "die") or
in a list of artists — together with music named near ("album", "the band", "Konzert").

A family or a team is named as a plural too ("the Smiths", "the Yankees"): without a word of
music near, the other rules decide. One word is left to them too: a song's or a show's title
ends so ("Takin' It to the Streets", "Dancing with the Stars"), and German capitalises every
noun ("die Straßen" beside "Konzert" is no band). Nor are a body's members ("House
Democrats", "the Supreme Court Justices"), nor two German nouns after a verb's "den" or "der",
the sentence's objects ("Er gab den Musikern Noten").
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.companies import listed
from reader.core.entities.cues import head_word
from reader.core.entities.first_names import personal_name
from reader.core.entities.lexicon import ROLE_WORDS_EN
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.org_shapes import event_of
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# A name of one to four capitalised words after a plural's article, or as an item of a list
# of artists ("(Bon Jovi, Sheryl Crow, Goo Goo Dolls, …)").
_BAND = re.compile(
    r"(?:\b(?P<article>the|The|die|Die|den|Den|der|Der)\s+|(?<=, )|(?<=\())"
    r"(?P<name>(?:[A-ZÄÖÜ][\w'’-]*\s){0,3}[A-ZÄÖÜ][\w'’-]*)\b"
)
# Words of music that say a plural's name near them is a band's.
_MUSIC = re.compile(
    r"\b(?:band|bands|album|albums|song|songs|singer|guitarist|drummer|concert|concerts|tour|"
    r"gig|gigs|EP|LP|record label|frontman|rock|Band|Album|Alben|Konzert|Konzerte|Lied|Lieder|"
    r"Song|Songs|Tournee|Sänger|Sängerin|Frontmann|Rockband|Punkband)\b"
)
# What a band makes, which a title-case headline names in the plural ("The 50 Best Songs").
_RECORDINGS = frozenset("album song single track hit record video ballad".split())
# How often a language writes a noun for it to be an everyday one (zipf: "doll" 4.1, "Hose"
# 4.4 in German; "simmon" 1.3).
_EVERYDAY = 3.0
# How far a word of music may stand from the name: about a sentence either side.
_NEAR = 160
# What a lower-case "den" or "der" before a German band follows: a preposition ("von den
# Toten Hosen") or, for "der", the noun whose genitive it opens ("das Konzert der Toten
# Hosen"). After a verb it opens the sentence's objects, two nouns German capitalises ("Er
# gab den Musikern Noten", "Sie verkaufte der Kirche Kerzen").
_PREPOSITIONS_DE = frozenset(
    """von vom mit bei zu nach aus vor an in auf über unter neben hinter zwischen gegen für
    um durch ohne seit wegen trotz samt außer gegenüber""".split()
)


def bands(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The bands the text names as a plural of things, as organisations."""
    at = {w.start: i for i, w in enumerate(words)}
    found = []
    for match in _BAND.finditer(text):
        start = at.get(match.start("name"))
        if start is None:
            continue
        name = words[start : start + len(match.group("name").split())]
        if len(name) != len(match.group("name").split()) or not _band_name(name, lang):
            continue
        if lang == "de" and not _article_fits(match.group("article"), words, start):
            continue
        if _MUSIC.search(text, max(0, match.start() - _NEAR), match.end() + _NEAR) is None:
            continue
        found.append(Piece(EntityKind.ORG, name))
    return found


def _band_name(name: list[Token], lang: str) -> bool:
    """Whether capitalised words may name a band as a plural: two or more ("the Streets" and
    "the Stars" of a song's or a show's title are one), the last the plural of an everyday
    noun, none a first name, the whole no place, no listed company and no event."""
    texts = [w.text for w in name]
    whole = " ".join(texts)
    if len(name) < 2 or any(personal_name(t) for t in texts):
        return False
    if places.lookup(whole) or listed(whole) or event_of(name):
        return False  # "the United States", "the American Music Awards": a place, an event
    one = texts[-1][:-1].casefold()  # the last word's singular: "justice" of "Justices"
    if one in _RECORDINGS:
        return False  # a headline's "The Best Albums", "Greatest Hits": music, no band
    if any(head_word(t.casefold()) for t in texts[:-1]) or one in ROLE_WORDS_EN or head_word(one):
        return False  # "House Democrats", "the Supreme Court Justices": a body's, people
    return _german_plural(texts[-1]) if lang == "de" else _english_plural(texts[-1])


def _article_fits(article: str | None, words: list[Token], start: int) -> bool:
    """Whether a German article before the name at `start` may open a band's name: "die",
    any at a sentence's start, a lower-case "den" or "der" after a preposition, "der" after
    the noun it is the genitive of (`_PREPOSITIONS_DE`); one in a list needs none."""
    if article not in ("den", "der") or start < 2:
        return True
    before = words[start - 2].text
    return before.casefold() in _PREPOSITIONS_DE or (article == "der" and before[:1].isupper())


def _english_plural(word: str) -> bool:
    """"Dolls", "Stones": an "-s" after an everyday noun ("Simmons" is no "simmon"'s)."""
    stem = word[:-1]
    return word.endswith("s") and stem.isalpha() and zipf(stem.casefold(), "en") >= _EVERYDAY


def _german_plural(word: str) -> bool:
    """"Hosen": an "-n" after an everyday German noun in "-e" (one English may have too:
    "Hose")."""
    return word.endswith("en") and zipf(word[:-1].casefold(), "de") >= _EVERYDAY
