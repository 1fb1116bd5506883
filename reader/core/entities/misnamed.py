"""Runs taken for people or organisations that the text shows to be something else.

A verb of saying or a capitalised pair makes a person of what is a company ("Apple said",
"SpaceX will", "Northwind Biotech, Inc."), a product ("Mac Pro") or a document named after a
person ("the Harris Treaty"); a list in a trademark notice makes organisations of products
("Amazon, Kindle, Fire … are trademarks of Amazon.com"). Each rule here reads evidence the
whole text gives, after the runs are classified and before the variants merge:

- a person's run ending in a model word ("Pro", "Max", "Mini") is a product, one ending in a
  word for a treaty, law or prize a thing named after someone — neither is an entity;
- a person's run followed by a legal form ("Northwind Biotech, Inc.") is a company;
- a lone word taken for a person, with no role and no part of any person's full name in the
  text, is a company when it is written as brands write ("SpaceX"), is one of the services
  people post on ("Twitter said"), is a company of the main stock indices ("Apple") or opens an organisation's longer name in the text ("Brightfield" of
  "Brightfield Energy"); a plural of an English noun ("Advisers said", "Utilities said") is no
  name at all;
- names listed before "are trademarks of" are products, their owner after it the organisation;
- a technology written as a name ("Wi-Fi", "Thunderbolt", "Android", "Chrome"), a noun of
  the web German borrowed ("Website", "Blogs") or an award's ceremony ("the Grammys") is none;
- a name the text introduces as a work or a product ("the novel Web of Angels", "die
  Open-Source-Alternative VeraCrypt") is none (`works`), and so is one it uses as a product
  ("another HomePod", "the FaceTime camera", `brand_products`);
- a disease named after a person ("Alzheimer's disease", "Tourette-Syndrom", "an Parkinson
  erkrankt") is none, unless the text names the person in full.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.agreement import MODEL_WORDS
from reader.core.entities.brand_products import brand_products
from reader.core.entities.companies import listed
from reader.core.entities.cues import bare, camel_case, head_word, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import PARTIES, PLATFORMS, TECHNOLOGIES, WEB_NOUNS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import english_noun
from reader.core.entities.owned import owner_apart
from reader.core.entities.party_names import countryside
from reader.core.entities.pieces import Piece
from reader.core.entities.works import works

# Things named after people: "Harris Treaty", "Dodd-Frank Act", "Nobel Prize", "Davis Cup";
# and the contests named after them or their sponsors ("Davis Cup Finals", "Rakuten Madrid
# Finals", "Boston Marathon"), which no person's name ends with.
NAMED_THINGS = frozenset(
    "Treaty Act Accord Agreement Pact Convention Protocol Doctrine Award Prize Medal Cup Trophy "
    "Finals Championship Championships Marathon Regatta Tournament "
    "Vertrag Abkommen Pakt Preis Gesetz Pokal Meisterschaft Turnier".split()
)
# Award ceremonies named by the prize's plural, which read like a team's or a body's name:
# "won at the Grammys", "the Oscars will be held"; the academies that give them are bodies.
_AWARD_SHOWS = frozenset("Oscars Grammys Emmys Tonys Globes BAFTAs Baftas Brits".split())
_LEGAL_AFTER = re.compile(r",?\s(?:Inc\.|Corp\.|Ltd\.|LLC\b|L\.P\.|plc\b|GmbH\b|AG\b|S\.A\.)")
# "X, Y, and Z are registered trademarks of", "X ist eine eingetragene Marke der": the notice.
_TRADEMARK = re.compile(
    r"\b(?:is|are)\s+(?:(?:a|the)\s+)?(?:registered\s+)?trademarks?\s+of\b|"
    r"\b(?:ist|sind)\s+(?:eine\s+)?(?:eingetragene\s+)?Marken?\s+(?:von|der|des)\b"
)
_SENTENCE_END = re.compile(r"[.!?:\n]\s")
# Diseases named after the physician who described them, which news writes alone
# ("Patienten mit Alzheimer", "Parkinson's"); any name before a word for a disease is one.
_EPONYM_DISEASES = frozenset(
    "Alzheimer Parkinson Crohn Huntington Tourette Asperger Hodgkin Hashimoto Raynaud".split()
    # and diseases whose names look like a brand's or a body's ("gegen Corona", "Impfungen
    # gegen Hepatitis A")
    + "Corona Hepatitis Ebola Malaria Cholera Polio Influenza".split()
)
# The planets, named in space news and horoscopes ("a crewed mission to Mars", "Venus und
# Jupiter verwöhnen Sie"), are no organisations; Saturn, a German chain of electronics shops,
# is one only in a text that speaks of no moon, planet or spacecraft.
_PLANETS = frozenset("Mercury Merkur Venus Mars Jupiter Uranus Neptune Neptun Pluto".split())
_SKY = re.compile(
    r"\b(?:planets?|moons?|spacecraft|probe|orbiter|telescope|astronom\w*|Planeten?|Monde?|"
    r"Raumsonde|Teleskop)\b"
)
# A planet's possessive before a name, with a word or two between, owns a moon: "Saturn's moon
# Titan", "Jupiter's icy moon Europa", "Jupiter's Ganymede".
_MOON_AFTER = re.compile(
    r"\b(?:Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto)['’]s\s+(?:[a-z-]+\s+){0,3}$"
)
_DISEASE_AFTER = re.compile(
    r"(?:['’]s)?[\s-](?:disease|diseases|syndrome|disorder|palsy|Krankheit|Syndrom|Erkrankung)\b"
)


def correct(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` with the kinds the whole text gives them; things that are no entity left out."""
    _companies_not_places(pieces, text)  # "Available from Amazon": the shop, not the river
    pieces = [_country_of(p) for p in pieces]  # "die größte Partei Deutschlands"
    pieces = works(pieces, text)  # "the novel Web of Angels", "die Kryptowährung FairCoin"
    pieces = brand_products(pieces, text)  # "another HomePod", "the FaceTime camera"
    pieces = owner_apart(pieces)  # "NASA's Goddard Space Flight Center": two bodies
    pieces = [p for p in pieces if not _title_fragment(p, text)]  # "Handbook of Life …"
    celestial = _celestial(pieces, text)
    kept = [
        p for p in pieces
        if not _thing(p)
        and not (p.kind is EntityKind.ORG and _technology(p.text(text)))
        and not (p.kind is EntityKind.ORG and p.text(text) in celestial)
        and not (len(p.words) == 1 and bare(p.words[0].text) in _AWARD_SHOWS)
        and not countryside(p, text)  # "mit Blick ins Grüne": no party
    ]  # fmt: skip
    full = {bare(w.text) for p in kept if p.kind is EntityKind.PERSON and len(p.words) > 1
            for w in p.words}  # fmt: skip
    diseases = _diseases(kept, text) - full
    kept = [p for p in kept if not (len(p.words) == 1 and p.text(text) in diseases)]
    openers = {bare(p.words[0].text) for p in kept if p.kind is EntityKind.ORG and len(p.words) > 1}
    legal = {p.text(text) for p in kept if p.kind is EntityKind.PERSON
             and _LEGAL_AFTER.match(text, p.end)}  # fmt: skip
    out = []
    for piece in kept:
        if piece.kind is EntityKind.PERSON and not piece.role:
            if piece.text(text) in legal:
                piece.kind = EntityKind.ORG  # "Northwind Biotech, Inc.", in every mention
            elif len(piece.words) == 1 and bare(piece.words[0].text) not in full:
                word = bare(piece.words[0].text)
                if (
                    camel_case(word)
                    or word in PLATFORMS
                    or word in openers
                    or (listed(word) and not known_first_name(word))
                ):
                    piece.kind = EntityKind.ORG  # "SpaceX", "Brightfield", "Apple"
                elif _plural_noun(word):
                    continue  # "Advisers said": a plural noun opening a sentence
        out.append(piece)
    return _trademarks(out, text)


def _celestial(pieces: list[Piece], text: str) -> frozenset[str]:
    """The planets, and the moons a planet owns ("Saturn's moon Titan") in any mention, the
    text names: no organisations."""
    sky = _PLANETS | ({"Saturn"} if _SKY.search(text) else set())
    moons = {
        p.text(text) for p in pieces
        if len(p.words) == 1 and _MOON_AFTER.search(text, max(0, p.start - 60), p.start)
    }  # fmt: skip
    return frozenset(sky | moons)


def _diseases(pieces: list[Piece], text: str) -> set[str]:
    """The one-word names the text uses for a disease: a listed eponym, or a name written
    before a word for a disease ("Tourette's syndrome", "Alzheimer-Krankheit")."""
    return {
        word for p in pieces
        if p.kind in (EntityKind.ORG, EntityKind.PERSON, None) and len(p.words) == 1
        and (
            (word := p.text(text)) in _EPONYM_DISEASES
            or _DISEASE_AFTER.match(text, p.start + len(word))
        )
    }  # fmt: skip


def _technology(name: str) -> bool:
    """A technology or a noun of the web, written like a name: "Wi-Fi", "Android",
    "Website", "Blogs"."""
    low = name.casefold()
    return name in TECHNOLOGIES or low in WEB_NOUNS or low.removesuffix("s") in WEB_NOUNS


# A word of a title-case name joined by "of" to more of it: "Handbook of Life Support
# Systems", "Wars of the Roses".
_OF_AFTER = re.compile(r" of (?:the )?[A-Z]")
_OF_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][\w'’-]* of (?:the )?$")  # not "Five of the …"


def _title_fragment(piece: Piece, text: str) -> bool:
    """A one-word organisation that is an English word and part of a longer name of words
    the rules left unread ("Handbook" of "Handbook of Life Support Systems", "Roses" of
    "Wars of the Roses"): no name by itself — a listed company, a service people post on
    or an acronym stays ("Apple of Cupertino" is rare, "Bank of America" is read whole)."""
    if piece.kind is not EntityKind.ORG or len(piece.words) != 1:
        return False
    word = bare(piece.words[0].text)
    if word.isupper() or word in PLATFORMS or word in PARTIES or listed(word):
        return False
    if not english_noun(word):
        return False
    return bool(
        _OF_AFTER.match(text, piece.end)
        or _OF_BEFORE.search(text, max(0, piece.start - 40), piece.start)
    )


def _plural_noun(word: str) -> bool:
    """The plural ("Advisers", "Utilities") of a word an English dictionary lists."""
    low = word.casefold()
    return low.endswith("s") and any(
        english_noun(low.removesuffix(ending) + again)
        for ending, again in (("ies", "y"), ("es", ""), ("s", ""))
        if low.endswith(ending)
    )


def _thing(piece: Piece) -> bool:
    """A person's run that names a product or a thing named after someone."""
    if piece.kind is not EntityKind.PERSON or piece.role or len(piece.words) < 2:
        return False
    last = bare(piece.words[-1].text)
    return last in MODEL_WORDS or last in NAMED_THINGS


def _trademarks(pieces: list[Piece], text: str) -> list[Piece]:
    """Organisations named in a trademark notice's list of marks are products, unless the
    notice names them as an owner too ("Roku is a registered trademark of Roku, Inc.")."""
    marks: list[tuple[int, int]] = []
    for notice in _TRADEMARK.finditer(text):
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, notice.start())]
        marks.append((ends[-1] if ends else 0, notice.start()))
    if not marks:
        return pieces
    owners = {p.text(text) for p in pieces if not any(a <= p.start < b for a, b in marks)}
    return [
        p for p in pieces
        if p.kind is not EntityKind.ORG or p.text(text) in owners
        or not any(a <= p.start < b for a, b in marks)
    ]  # fmt: skip


# Where a shop is named, and a place only by chance: "on Amazon", "Available from Amazon",
# "bei Amazon".
_SHOP_BEFORE = re.compile(r"\b(?:on|from|at|via|bei|über)\s+$")


def _companies_not_places(pieces: list[Piece], text: str) -> None:
    """Give a listed company back the one-word name that only the words around it made a place
    (no gazetteer knows it), where a word for where one buys stands before it: "on Amazon at
    just $139", "Available from Amazon" name the shop ("the Amazon" is the river); a town
    stays a town ("in der US-Stadt Phoenix", a dateline's "HAYWARD", "Bristow, VA")."""
    for piece in pieces:
        if (
            piece.kind is EntityKind.PLACE
            and len(piece.words) == 1
            and listed(name := piece.text(text))
            and places.lookup(bare(name).title() if name.isupper() else bare(name)) is None
            and _SHOP_BEFORE.search(text, max(0, piece.start - 6), piece.start)
        ):
            piece.kind, piece.place = EntityKind.ORG, None


def _country_of(piece: Piece) -> Piece:
    """A body's head alone before a country's genitive is a kind of body in that country, no
    name ("die größte Partei Deutschlands", "die älteste Universität Europas"): the country
    stays; a name gives its adjective ("Kommunistische Partei Deutschlands")."""
    if piece.kind is not EntityKind.ORG or len(piece.words) != 2:
        return piece
    head, country = (bare(w.text) for w in piece.words)
    if not head_word(head.casefold()) or places.lookup(country) is not None:
        return piece
    place = place_of(country)
    return piece if place is None else Piece(EntityKind.PLACE, piece.words[1:], place=place)
