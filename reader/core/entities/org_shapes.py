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
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import NEVER_NAME, ORG_HEADS_DE, ORG_HEADS_EN, ORG_SUFFIXES
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_noun
from reader.core.entities.pieces import Piece
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


def letters_and_digits(text: str) -> bool:
    """Letters and digits in one word, no hyphen: a market code or a model number ("CLc1",
    "US10YT", "C42"), not "COVID-19"."""
    letters = sum(c.isalpha() for c in text)
    return 0 < letters < len(text) and any(c.isdigit() for c in text) and "-" not in text


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
    prize""".split()
)


def event_of(words: list[Token]) -> bool:
    """Words after a body's acronym that name what it holds or hands out, not the body ("ATP
    Finals", "EIC Accelerator Grants"); a closed list, since a plural after an acronym is as
    often a company's own name ("AMC Networks", "GE Appliances", "BBC Films")."""
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


def _surname_like(word: str) -> bool:
    return not english_noun(word) and (known_first_name(word) or zipf(word.casefold(), "en") >= 2.0)


# The rest of a body's name that lists what it is for after "of"/"für": ", Industry and Energy",
# ", Informationstechnik und Nutzung der Bundeswehr", " und Landwirtschaft".
_LISTED_PARTS = re.compile(
    r"(?:, [A-ZÄÖÜ][\w-]*)*,? (?:and|und) [A-ZÄÖÜ][\w-]*(?: (?:der|des|of the|of) [A-ZÄÖÜ][\w-]*)?"
)


def listed_parts(piece_words: list[Token], text: str) -> int:
    """Where a body's name named by what it is for ends when it lists several things: "Ministry
    of Trade, Industry and Energy", "Bundesamt für Ausrüstung, Informationstechnik und Nutzung
    der Bundeswehr", "Council on Energy, Environment and Water" (the end of the piece when it
    lists nothing)."""
    end = piece_words[-1].end
    if not any(w.text in ("of", "für", "for", "on") for w in piece_words[1:]):
        return end
    more = _LISTED_PARTS.match(text, end)
    if more is None:
        return end
    listed_words = re.findall(r"[A-ZÄÖÜ][\w-]*", more.group().split(" der ")[0].split(" of ")[0])
    if "," not in more.group():  # "für Ernährung und Landwirtschaft": two things, both nouns
        listed_words.append(bare(piece_words[-1].text))  # not "Bank of England and Treasury"
    if not all(_common_noun(w) for w in listed_words):
        return end  # "Bank of England, Barclays and HSBC": three bodies
    return more.end()


def _common_noun(word: str) -> bool:
    """What a body is for is a common noun of either language, never a place ("Bank of
    England" is England's; "england" splits into two German words); a German compound whose
    first part no dictionary holds counts by its head ("Ausfuhrkontrolle": Kontrolle)."""
    return place_of(word) is None and (
        english_noun(word) or german_word(word) or german_compound(word)
        or any(german_word(word[at:].capitalize()) for at in range(3, len(word) - 5))
    )  # fmt: skip


def one_name_with_and(run: list[Token], at: int, lang: str) -> bool:
    """ "Securities and Exchange Commission" is one organisation; "VW und IG Metall" and
    "Bundestag und Bundesrat" are two: only a head ending the words after "and" and none
    before makes one."""
    if run[at].text not in ("and", "und") or at == 0 or at + 1 >= len(run):
        return False
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


# An adjective's stem and ending: "Technische", "Deutschen", "Evangelische", "Nationale".
_ADJECTIVE = re.compile(r"\w*(?:isch|lich|al|deutsch)(?:e|en|er|es|em)")


def adjective_openers(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """A German body whose name opens with an adjective keeps it ("Technische Universität
    Braunschweig", "Deutsche Sporthochschule Köln", "des Deutschen GeoForschungsZentrums"):
    a capitalised adjective just before a body's name of words (not an acronym: "Deutsche
    G7-Präsidentschaft"), not a noun made of it ("im Wesentlichen"), no other entity's."""
    taken = {w.start for p in pieces for w in p.words}
    at = {w.start: i for i, w in enumerate(words)}
    for piece in pieces:
        i = at.get(piece.start, 0)
        if piece.kind is not EntityKind.ORG or i == 0 or acronym(piece.words[0].text):
            continue
        before = words[i - 1]
        if (
            before.capital
            and before.start not in taken
            and text[before.end : piece.start] == " "
            and _ADJECTIVE.fullmatch(before.text.casefold())
            and not (i > 1 and words[i - 2].text.casefold() in ("im", "am", "zum", "vom", "beim"))
        ):
            piece.words = [before, *piece.words]
    return pieces


# A country's adjective or "united", capitalised inside a German sentence: the opening of a
# proper name ("die Deutsche Bahn", "der Deutschen Welle", "die Vereinten Nationen").
_NATIONAL = re.compile(r"(?:Deutsch|Vereint|Österreichisch|Schweizerisch)(?:e|en|er|es)")
# What such an adjective opens that is no body: a currency, a day, a title, a bay, a language.
_NO_BODIES = frozenset(
    """Mark Einheit Meister Meisterin Meisterschaft Meisterschaften Reich Sprache Bucht
    Demokratische Staaten Emirate Königreich""".split()
)


def national_bodies(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """A German body named by a country's adjective and a noun ("die Deutsche Bahn", "bei der
    Deutschen Welle", "die Vereinten Nationen"): a capitalised adjective inside a sentence is
    part of a name, and after a national one the name is most often a body's — not a currency
    or a title ("Deutsche Mark", "Deutscher Meister"), nor a place or anything else the rules
    found."""
    openers = [
        (first, noun) for first, noun in zip(words, words[1:], strict=False)
        if first.text[:1] in "DVÖS" and _NATIONAL.fullmatch(first.text)
    ]  # fmt: skip
    if not openers:
        return pieces
    taken = {w.start: p for p in pieces for w in p.words}
    out = list(pieces)
    for first, noun in openers:
        if (
            not first.sentence_start
            and first.start not in taken
            and noun.capital
            and text[first.end : noun.start] == " "
            and bare(noun.text) not in _NO_BODIES | NEVER_NAME
            and place_of(noun.text) is None
            and not acronym(noun.text.split("-")[0])  # "die Deutsche G7-Präsidentschaft"
            and getattr(taken.get(noun.start), "kind", None) in (None, EntityKind.ORG)
            and not _LONGER.match(text, noun.end)  # "des Deutschen Zentrums für Luft- und …"
        ):
            covered = taken.get(noun.start)
            out = [p for p in out if p is not covered]
            rest = covered.words[1:] if covered is not None else _adjective_led(noun, words)
            out.append(Piece(EntityKind.ORG, [first, noun, *rest]))
    return sorted(out, key=lambda p: p.start)


# A name that goes on past the noun with what it is for or whose it is: left to other rules.
_LONGER = re.compile(r" (?:für|der|des|von|of) ")
_ADJECTIVE_ENDING = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)")


def _adjective_led(noun: Token, words: list[Token]) -> list[Token]:
    """The noun after a second adjective ("Deutsches Rotes Kreuz": Kreuz after "Rotes")."""
    at = next((i for i, w in enumerate(words) if w.start == noun.start), len(words) - 1)
    after = words[at + 1] if at + 1 < len(words) else None
    if (
        after is not None
        and after.capital
        and after.start == noun.end + 1
        and _ADJECTIVE_ENDING.fullmatch(noun.text)
        and zipf(noun.text.casefold(), "de") >= 4.0
    ):
        return [after]
    return []


# What a German body is for, with small words a run of capitals leaves out: an adjective
# ("für politische Bildung", "für wirtschaftliche Zusammenarbeit und Entwicklung") or where
# ("für Sicherheit in der Informationstechnik").
_FOR_ADJECTIVE = re.compile(
    r" für (?:[a-zäöüß]+(?:e|en|er|es) )+[A-ZÄÖÜ][\wäöüß-]*(?: und [A-ZÄÖÜ][\wäöüß-]*)?"
)
_IN_THE = re.compile(r" in der [A-ZÄÖÜ][\wäöüß-]*")
# Heads of official names that go on with whose or what they are in the genitive: a
# ministry's field, an academy's arts ("Bundesministerium der Verteidigung", "Akademie der
# Wissenschaften", "Universität der Künste"; the bodies `german_runs` knows join by then).
_GENITIVE_HEADS = ("ministerium", "ministeriums", "akademie", "universität", "hochschule")
_OF_FIELD = re.compile(r" (?:der|des) ([A-ZÄÖÜ][a-zäöüß]+)\b(?![-\w])")


def bodies_for(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """A German body's name taken whole where it goes on in small words: "Bundeszentrale für
    politische Bildung", "Bundesamt für Sicherheit in der Informationstechnik" (the capitals
    alone gave "Bundeszentrale", "Bundesamt für Sicherheit"), or in the genitive of a field
    ("Bundesministerium der Finanzen")."""
    for piece in pieces:
        if piece.kind is not EntityKind.ORG:
            continue
        has_for = any(w.text == "für" for w in piece.words)
        more = None
        last = bare(piece.words[-1].text).casefold()
        if not has_for and head_word(last):
            more = _FOR_ADJECTIVE.match(text, piece.end)
        if more is None and not has_for and last.endswith(_GENITIVE_HEADS):
            more = _field(text, piece.end)
        elif has_for:
            more = _IN_THE.match(text, piece.end)
        if more is not None:
            piece.words = [*piece.words, *(w for w in words if piece.end < w.start < more.end())]
    return pieces


def _field(text: str, end: int) -> re.Match[str] | None:
    """The genitive of a field after a body's head: a noun of the language, not a place or a
    body ("Ministerium der Ukraine", "Akademie des Bundes" name whose, not what)."""
    more = _OF_FIELD.match(text, end)
    if more is None:
        return None
    noun = more.group(1)
    if not german_word(noun) or place_of(noun) or head_word(noun.casefold()):
        return None
    return more


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
