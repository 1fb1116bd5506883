"""Whole runs that are a company's name, before `classify` takes them apart word by word: a
company of the main stock indices written in full ("Lockheed Martin", whose words alone are
a surname and a first name), and a noun that opens a sentence and a name at once ("Business Insider reported …": the noun is the name's first word, since the
name's last word is an organisation's head); and the shapes no body has, such as a player's
position before the player's name ("CB Greedy Williams").
"""

from __future__ import annotations

import re
from itertools import takewhile

from reader.core.entities.companies import listed
from reader.core.entities.cues import (
    acronym,
    bare,
    demonym,
    head_word,
    named_bank,
    org_head,
    place_of,
    role_length,
)
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_word
from reader.core.entities.lexicon import NEVER_NAME, ORG_HEADS_DE, ORG_HEADS_EN, ORG_SUFFIXES
from reader.core.entities.names import Token, english_noun, english_verb_form
from reader.core.entities.not_names import letters_and_digits
from reader.core.word_frequency import zipf


def company_in_full(run: list[Token]) -> bool:
    """A listed company's name of two or more words, as the run writes it."""
    return len(run) > 1 and listed(" ".join(bare(w.text) for w in run))


def noun_opens_name(run: list[Token], lang: str) -> bool:
    """An English noun or a country's adjective at a sentence's start that begins a name of
    two or three words ending in an organisation's head or naming a listed company: "Business
    Insider", "Consumer Reports", "Home Depot", "American Airlines" — also when "and" lists
    more after it ("Home Depot and Lowe's"); not "Allein Meridian Batteries", whose adverb is
    no noun."""
    name = list(takewhile(lambda w: not w.text.islower(), run))
    return (
        lang == "en"
        and 1 < len(name) <= 3
        and (english_noun(bare(name[0].text)) or demonym(bare(name[0].text)))
        and (org_head(name, lang) or company_in_full(name))
    )


def quote_code(word: Token) -> bool:
    """A market code or model number after a name ("London Metal Exchange CMAL3"): letters
    and digits in one word, which no name of a body has (a group like "G7" aside)."""
    text = word.text
    return len(text) > 3 and sum(c.isalpha() for c in text) > 1 and letters_and_digits(text)


def office_of(run: list[Token], at: int, lang: str) -> bool:
    """A body named after the office that holds it: an English noun in the possessive, then
    an organisation's head ("Sheriff’s Department", "U.S. Attorney’s Office for the Western
    District …"); not two names ("Vietnam’s Communist Party", "Apple’s AirPods")."""
    word = bare(run[at].text)
    return (
        lang == "en"
        and at + 1 < len(run)
        and bare(run[at + 1].text).casefold() in ORG_HEADS_EN
        and english_noun(word)
        and word[:1].isupper()
    )


def office_of_a_role(run: list[Token]) -> bool:
    """An office named after the role it serves is one body, the role inside it no person's:
    "Office of the Inspector General", "Office of the Director of National Intelligence",
    "Office of the United States Trade Representative"."""
    return any(
        run[at].text == "Office"
        and run[at + 1].text == "of"
        and any(role_length(run, later) for later in range(at + 2, len(run)))
        for at in range(len(run) - 2)
    )


def opening(run: list[Token]) -> int:
    """Where a name begins in a run: after the words that never begin one ("A", "The")."""
    return next((at for at, word in enumerate(run) if bare(word.text) not in NEVER_NAME), 0)


_COMPASS_DE = frozenset("Nord Süd Ost".split())  # not "West": "Kanye West"


def regional_branch(run: list[Token], lang: str) -> bool:
    """A German company's regional half: a name and a German compass word ("Aldi Süd", "Tüv
    Nord"); no person's name ends so, and a place's part ("Hamburg Nord") is found before."""
    return (
        lang == "de"
        and len(run) == 2
        and run[1].text in _COMPASS_DE
        and run[0].text[:1].isupper()
        and place_of(run[0].text) is None
        and not german_word(run[0].text)
    )


# English adjectives made of a place: "San Francisco-based", "Texas-born", "London-listed".
_OF_A_PLACE = ("-based", "-born", "-headquartered", "-listed")
# … and of who holds or pays for a thing: "Democratic Party-controlled", "Kremlin-backed".
_OF_AN_OWNER = (*_OF_A_PLACE, "-controlled", "-led", "-backed", "-owned", "-run", "-funded")


def without_based(run: list[Token]) -> list[Token]:
    """The run with such an adjective cut back to the place it names ("San Francisco-based"
    is "San Francisco"); no person's or company's name ends so."""
    if not run or not run[-1].text.endswith(_OF_A_PLACE):
        return run
    last = run[-1]
    cut = last.text.rsplit("-", 1)[0]
    return [*run[:-1], Token(cut, last.start, last.start + len(cut), last.sentence_start)]


def adjective_inside(run: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """A run read as two names where a word made an adjective by a participle stands inside
    it, before more names: the one the adjective is made of, cut back to it, and the one it
    describes ("the Delhi-based Council on Energy", "the Democratic Party-controlled House of
    Representatives"). At a run's end the owner's adjective stays whole ("the Braun-owned
    company": no mention of a name the text may give a person)."""
    for at, word in enumerate(run[:-1]):
        if word.text.endswith(_OF_AN_OWNER) and "-" in word.text[1:]:
            cut = word.text.rsplit("-", 1)[0]
            owner = Token(cut, word.start, word.start + len(cut), word.sentence_start)
            return [*run[:at], owner], run[at + 1 :]
    return None


# What a body holds or hands out, named after it: "ATP Finals", "X Games", "BET Awards".
_EVENTS = frozenset(
    """finals games awards grants prizes championships playoffs olympics trials grant award
    prize final""".split()
)
# A compass point after an event names its region's edition: "Talent Search Finals East".
_COMPASS = frozenset("East West North South".split())


def event_of(words: list[Token]) -> bool:
    """Words after a body's acronym that name what it holds or hands out, not the body ("ATP
    Finals", "EIC Accelerator Grants"); a closed list, since a plural after an acronym is as
    often a company's own name ("AMC Networks", "GE Appliances", "BBC Films")."""
    if len(words) > 1 and bare(words[-1].text) in _COMPASS:
        words = words[:-1]  # "Talent Search Finals East": the finals of the east
    return bool(words) and bare(words[-1].text).casefold() in _EVENTS


def head_compound(word: str) -> bool:
    """A compound that ends in a German body's head ("Commerzbank", "Lufthansa-Konzern"), not
    the head alone ("Allianz" is an alliance too)."""
    low = word.casefold()
    return any(low.endswith(head) and len(low) > len(head) + 2 for head in ORG_HEADS_DE)


def ampersand_firm(run: list[Token]) -> bool:
    """Two names joined by "&" are a firm, never one person: "Frost & Sullivan", "Ernst &
    Young", "Johnson & Johnson" (a run keeps " & " between its words: three characters); not
    two nouns ("Plug & Charge", "Sun & Mon") nor two words of no use ("Superboats &
    Daycruiser")."""
    return (
        len(run) == 2
        and run[1].start - run[0].end == 3
        and any(_surname_like(bare(w.text)) for w in run)
    )


def two_acronyms(run: list[Token]) -> bool:
    """Two acronyms joined by " & " are two bodies, not one firm: "(ETH & EPFL)", "NASA &
    ESA" — a firm's initials join without spaces ("AT&T", "H&M")."""
    return (
        len(run) == 2
        and run[1].start - run[0].end == 3
        and all(acronym(w.text) and len(bare(w.text)) > 1 for w in run)
    )


def _surname_like(word: str) -> bool:
    return not english_noun(word) and (known_first_name(word) or zipf(word.casefold(), "en") >= 2.0)


def one_name_with_and(run: list[Token], at: int, lang: str) -> bool:
    """ "Securities and Exchange Commission" is one organisation; "VW und IG Metall" and
    "Bundestag und Bundesrat" are two: only a head ending the words after "and" and none
    before makes one. In a German text an English "and" makes one English name of the words
    around it ("das Label Faible and Failure"): German joins two names with "und"; after an
    English dictionary word (a noun, a participle) the phrase is as often a term spelt out
    ("Digital Imaging and Communications in Medicine", "Terms and Conditions"), left to the
    rules below."""
    if run[at].text not in ("and", "und") or at == 0 or at + 1 >= len(run):
        return False
    previous = bare(run[at - 1].text)
    if lang == "de" and run[at].text == "and" and not english_noun(previous):
        if not english_verb_form(previous):
            return True  # German coordinates with "und": "and" is a name's ("Faible and …")
    before = run[:at]
    return (
        org_head(run[at + 1 :], lang)  # not "Department of Homeland Security and Alex Azar"
        and not named_bank(bare(run[-1].text).casefold())  # "WeWork und SoftBank": two names
        and not org_head(before[-1:], lang)
        and not head_word(bare(before[-1].text).casefold())
        and not any(acronym(w.text) for w in before)
        # English joins words into one name ("Customs and Border Protection"), not a name
        # and a name ("Wistron and Global Lighting Technologies")
        and (lang != "en" or english_noun(bare(before[-1].text)))
        # German ends such a name in a German head or a legal form ("Spessart Tourismus und
        # Marketing GmbH"); an English word after "und" ends another name ("Internetbildern
        # und Wake News", "Ballhaus Naunynstraße und Gorki Theater")
        and (run[at].text != "und" or _german_end(bare(run[-1].text)))
    )


def _german_end(last: str) -> bool:
    """A German body's head or a legal form ending a name: "Verband", "Bundesamt", "GmbH"."""
    return last in ORG_SUFFIXES or last.casefold().endswith(ORG_HEADS_DE)


# Positions in American football, basketball, baseball and football, which tables of players and
# drafts write before a player's name ("CB Greedy Williams, LSU", "PG Trae Young"): no body's
# acronym. Not "CF" (a club's form: "CF Montréal") nor "SS" (the Nazi body).
_POSITIONS = frozenset(
    """QB RB FB WR TE OL OT OG DL DE DT LB ILB OLB CB DB FS EDGE PG SG SF PF LHP RHP SP RP DH
    GK LW RW CDM CAM""".split()
)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def position_before_name(run: list[Token], lang: str) -> bool:
    """Whether an English run is a player's position and the two or three words of a name
    ("CB Greedy Williams", "CB T.J. Carrie": initials are a name's), not a body's name opened
    by an acronym ("CB Insights" is one word after it, "DL Capital Partners" ends in a body's
    head)."""
    return (
        lang == "en"
        and 3 <= len(run) <= 4
        and run[0].text in _POSITIONS
        and all(
            w.capital and (not w.text.isupper() or _INITIALS.fullmatch(w.text)) for w in run[1:]
        )
        and not org_head(run[1:], lang)
    )
