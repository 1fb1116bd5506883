"""Evidence for an organisation that a single word's look cannot give: what the whole text
says about a name.

A stock index is named like a company ("the Nasdaq rose"), but somewhere the text calls it by
its index name ("Nasdaq Composite", "STOXX 600"); a team is a capitalised plural after "the"
("the Chargers", "the Browns"), which no company word announces; a name after a role and "of"
is where the role is held ("Direktor von Greenpeace"); a news agency may be written in lower
case ("(dpa)"), an outlet as its web address ("Motorsport-Total.com") or by its abbreviation
before a word for its journalists or its reports ("SZ-Journalistin", "FAZ-Korrespondent"); and a lone first name
("his wife, Kimberly") is a person however often it recurs, unless it is as widely written as
a brand ("Nato", "Mercedes").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import bare, demonym, role_length
from reader.core.entities.first_names import first_name_frequency, personal_name
from reader.core.entities.lexicon import (
    INDEX_AFTER,
    MARKET_INDICES,
    NEWS_AGENCIES_LOWER,
    NOT_ORG_ACRONYMS,
    PARTIES,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.places import lookup
from reader.core.entities.role_phrases import role_size
from reader.core.word_frequency import zipf

# A site's name as an outlet writes it: "Motorsport-Total.com", "t-online.de",
# "PanARMENIAN.Net", "9to5Mac.com" (links with "www." or "https://" were blanked out before;
# an e-mail's "@name" too). A name may open with a digit, not be one ("1.de" is none).
_SITE = re.compile(
    r"(?<![\w.@/])(?<!\(at\) )(?<!\[at\] )"  # "redaktion (at) wakenews.net": a mail address
    r"(?:[A-Za-z]|\d+[A-Za-z])[\w-]*(?:\.[\w-]+)*\.(?i:com|net|org|de|at|ch|co\.uk|fr|it|es|eu|info|io)"
    r"(?![\w.]*\w|/\w)"  # "twitter.com/ekir_de/status…": a link to a page, no outlet named
)
# What every address `_SITE` finds holds: a quick look over the text, which seldom has one,
# before the slow search that tries each word.
_TLD = re.compile(r"\.(?i:com|net|org|de|at|ch|co\.uk|fr|it|es|eu|info|io)")
# An abbreviation in capitals joined to a word for a journalist, an editorial office or a report
# ("SZ-Journalistin", "FAZ-Wirtschaftskorrespondent", "WDR-Recherche"): the outlet, whatever
# else its letters mean ("SZ" is also a German letter, so no acronym by its looks alone).
_JOURNALISM = (
    "journalist korrespondent reporter redakteur redaktion kolumnist moderator autor interview "
    "recherche bericht artikel kommentar"
).split()
_OUTLET_BEFORE_ROLE = re.compile(
    r"([A-ZÄÖÜ]{2,5})-(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:" + "|".join(_JOURNALISM) + r")"
    r"(?:in|innen|en|e|n|s|es|nen|sleiter|sleiterin|steam)?"  # not "GT-Autorennen"
)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")  # what `_OUTLET_BEFORE_ROLE` opens with
# Articles before a lone name in German: an organisation may have one ("die Nato"), a person
# goes without.
_ARTICLES_DE = frozenset("der die das den dem des".split())
# Zipf in English from which a first name is written about as a brand or body ("Nato" 4.0,
# "Mercedes" 4.0, "Nike" 3.9) rather than as somebody's name ("Lena" 3.6, "Kimberly" 3.4).
_FAMOUS = 3.8
# … unless it is a common first name where these texts are read (gender-guesser's scale:
# "Michael" 9, "Sandra" 8, "David" 10; "Nato" 0, "Mercedes" 2, "Nike" 1): frequent as a name.
_COMMON_NAME = 5
# Words before an index's name that say it is one: "the benchmark Nikkei", "Leitindex DAX".
_INDEX_BEFORE = frozenset("benchmark index gauge Leitindex Index Börsenbarometer".split())
# How an index moves, before its points or per cent: "the Dow added 120 points", "the Nasdaq
# fell 1.2%", "der Nikkei stieg um 2 Prozent" (an exchange "said" or "listed").
_MOVES = frozenset(
    """rose rises fell falls gained gains added adds lost loses slipped climbed dropped jumped
    slid tumbled rallied closed ended finished stieg steigt fiel fällt gewann verlor schloss
    legte""".split()
)


def market_indices(words: list[Token]) -> frozenset[str]:
    """The index names the text uses as stock indices: followed, somewhere, by what makes them
    the index ("Nasdaq Composite", "STOXX 600", "Nikkei futures", "Dow Jones Industrial"), after
    a word for a benchmark ("the equity benchmark Sensex", "Leitindex DAX"), or moving by a
    number ("the Dow added 120 points")."""
    return frozenset(
        bare(word.text) for at, word in enumerate(words)
        if bare(word.text) in MARKET_INDICES
        and (
            (at + 1 < len(words) and (
                words[at + 1].text in INDEX_AFTER or bare(words[at + 1].text) in MARKET_INDICES
            ))
            or (at > 0 and words[at - 1].text in _INDEX_BEFORE)
            or (
                at + 1 < len(words) and words[at + 1].text in _MOVES
                and any(w.text[:1].isdigit() for w in words[at + 2 : at + 5])
            )
        )
    )  # fmt: skip


def market_index(piece: Piece, indices: frozenset[str]) -> bool:
    """A stock index, not a company, an exchange or a person: only such index names, perhaps
    with their "Composite" or "Index" ("the Nasdaq rose" once the text has named the Nasdaq
    Composite; "South Korea's Kospi Index", whose two words read as a first name and a
    surname)."""
    texts = [bare(w.text) for w in piece.words]
    return (
        piece.kind in (EntityKind.ORG, EntityKind.PERSON, None)
        and texts[0] in indices
        and all(t in indices or t in INDEX_AFTER for t in texts)
    )


def team(
    piece: Piece, words: list[Token], index: dict[int, int], lower_words: frozenset[str]
) -> bool:
    """A team or band in English: one capitalised plural after "the" ("the Chargers", "The
    Gophers (9-1) play …", "The Corrs’ song"), which the text never writes in lower case, and
    no people of a country ("the Dakotans"), place ("the Philippines") or party ("the
    Democrats"); also without "the" when it employs the person named after a role right
    after it ("Steelers quarterback Mason Rudolph"); a plural of a word English has ("Charger", "Puma"), not a word that only ends
    in "s" ("the Christmas party", "the Genesis launch"), nor a maker's product line."""
    word = piece.words[0]
    text = bare(word.text)
    at = index.get(piece.start, 0)
    return (
        len(piece.words) == 1
        and not word.sentence_start
        and not _name_goes_on(words, at)  # "the James Webb Space Telescope": a longer name
        and at > 0
        and (
            words[at - 1].text == "the"
            or words[at - 1].text == "The"
            and zipf(text[:-1].casefold(), "en") < 4.0
            or _employs(words, at)
        )  # "The Games return": a common word's plural may open a sentence as a noun
        and len(text) > 3
        and text.endswith("s")
        and not text.endswith(("ss", "ans", "ians", "ese"))
        and text[1:].islower()
        and text.casefold() not in lower_words
        and text[:-1].casefold() not in lower_words
        and zipf(text[:-1].casefold(), "en") > 0
        and not demonym(text[:-1])
        and text not in PARTIES
        and lookup(text) is None
        and not _product_line(text, words)
    )


def _product_line(plural: str, words: list[Token]) -> bool:
    """Whether the text writes the plural's one thing as a name ("Netgear Nighthawk R6700 …
    the Nighthawks are popular routers") or the plural in a brand's capitals ("AirPods …
    the Airpods"): a maker's product line, not a team."""
    return any(
        w.text == plural[:-1]
        or (w.text.casefold() == plural.casefold() and w.text != plural and not w.text.isupper())
        for w in words
    )


def _employs(words: list[Token], at: int) -> bool:
    """Whether a lower-case role and then a capitalised name follow word `at`: the role is
    held there ("Steelers quarterback Mason Rudolph", "Lakers assistant coach Jason Kidd")."""
    size = role_size(words, at + 1)
    follows = at + 1 + size
    return (
        size > 0 and words[at + 1].text.islower()
        and follows < len(words) and words[follows].capital
    )  # fmt: skip


def first_name_alone(piece: Piece, words: list[Token], index: dict[int, int], lang: str) -> bool:
    """A lone first name, which frequency alone never makes an organisation; in German an
    article before it still may ("die Nato": a person goes without one)."""
    word = bare(piece.words[0].text)
    if not personal_name(word) or (
        zipf(word.casefold(), "en") >= _FAMOUS and first_name_frequency(word) < _COMMON_NAME
    ):
        return False  # "Nato", "Mercedes", "Nike": names so widely written they are brands
    at = index.get(piece.start, 0)
    before = words[at - 1].text.casefold() if at > 0 else ""
    return not (lang == "de" and before in _ARTICLES_DE)


def _name_goes_on(words: list[Token], at: int) -> bool:
    """Whether a capitalised word follows the word at `at` in the same name."""
    return (
        at + 1 < len(words) and words[at + 1].capital and words[at + 1].start == words[at].end + 1
    )


def agencies(words: list[Token]) -> list[Piece]:
    """News agencies named in lower case ("(dpa)", "dpa/gem"), also with the capital of their
    country's service ("Wien (epdÖ)"): organisations no capital shows."""
    return [
        Piece(EntityKind.ORG, [w])
        for w in words
        if w.text in NEWS_AGENCIES_LOWER
        or (len(w.text) > 1 and w.text[-1].isupper() and w.text[:-1] in NEWS_AGENCIES_LOWER)
    ]


def member_of(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """A name after a role and "of"/"von": where the role is held ("früherer Direktor von
    Greenpeace", "Generalsekretär von Amnesty International", "CEO of Valve")."""
    at = index.get(piece.start, 0)
    return (
        at > 1
        and words[at - 1].text in ("of", "von", "vom")
        and role_length(words[at - 2 : at - 1], 0) > 0
    )


# People a body employs, gathers or serves, in the plural, before the body's name with
# "of"/"von" or a genitive article: "Forschenden der Eawag", "Die Experten von viversum",
# "Nutzer*innen von Ecosia", "employees of Hipcricket".
_STAFF_OF = re.compile(
    r"\b(?:[Mm]itarbeiter|[Mm]itarbeitende|[Bb]eschäftigte|[Aa]ngestellte|[Ff]orschende|"
    r"[Ff]orscher|[Ww]issenschaftler|[Ee]xpert|[Aa]nalyst|[Ii]ngenieur|[Ee]ntwickler|[Nn]utzer|"
    r"[Kk]und|[Mm]itglied|employee|staffer|researcher|scientist|expert|analyst|engineer|"
    r"developer|user|customer|member)"
    r"(?:e|en|er|n|s|innen|Innen|[*:_]innen)?\s+(?:of|von|vom|der|des)\s+$"
)


_STAFF_JOINERS = (" of ", " von ", " vom ", " der ", " des ")


def staff_of(piece: Piece, text: str) -> bool:
    """A name after people a body employs, gathers or serves ("Forschenden der Eawag",
    "die Experten von viversum", "users of Ecosia"): the body they belong to."""
    if not text[max(0, piece.start - 5) : piece.start].endswith(_STAFF_JOINERS):
        return False  # a quick look first: no "of", "von", "der" right before it
    return bool(_STAFF_OF.search(text, max(0, piece.start - 40), piece.start))


def outlet_sites(text: str, words: list[Token]) -> list[Piece]:
    """Outlets named by their web address ("(Motorsport-Total.com)", "laut t-online.de") or by
    their abbreviation before a word for their journalists ("SZ-Journalistin", "die CHIP
    Redaktion")."""
    found = []
    starts = [w.start for w in words]  # in text order: the words of a match by binary search
    for match in _SITE.finditer(text) if _TLD.search(text) else ():
        inside = words[bisect_left(starts, match.start()) : bisect_left(starts, match.end())]
        if inside:
            found.append(Piece(EntityKind.ORG, inside))
    for at, word in enumerate(words):
        if word.text[:1] not in _CAPITALS or word.text[1:2] not in _CAPITALS:
            continue  # both readings below open with two capitals: a quick look first
        after = words[at + 1] if at + 1 < len(words) else None
        outlet = _OUTLET_BEFORE_ROLE.fullmatch(word.text)  # "SZ-Journalistin"
        if outlet is None and after is not None and after.start == word.end + 1:
            outlet = _OUTLET_BEFORE_ROLE.fullmatch(f"{word.text}-{after.text}")  # "CHIP Redaktion"
        if outlet and outlet[1] not in NOT_ORG_ACRONYMS and lookup(outlet[1]) is None:
            span = Token(outlet[1], word.start, word.start + len(outlet[1]), False)
            found.append(Piece(EntityKind.ORG, [span]))  # "SZ-Journalistin": the SZ
    return found
