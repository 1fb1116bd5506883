"""Sports clubs, named by what they are and where they play: an abbreviation or a word
for a club before the town ("TC Aschheim", "TV Wattenscheid", "Ski-Club Olpe",
"Stabhochsprungverein Horn-Bad Meinberg-Lippe"), often with the club's number before it or
its founding year after it ("1. FC Nürnberg", "TV Fürth 1860", "Schalke 04"). Theatres,
galleries and studios are named the same way, by their kind first ("Theater Thikwa",
"Staatsoper Stuttgart", "Galerie Rothamel").

A reader knows such a name by its shape, not by a list of clubs: results pages give a
player's club in brackets after the name, each written once, so no evidence of recurrence
ever comes. The number and the year belong to the name (the club calls itself so), and a
name cut before them is a different string from the one a reader marks. American leagues'
teams are named by their town and a nickname in the plural ("Pittsburgh Penguins", "Detroit
Red Wings", "Kansas City Chiefs"), which the gazetteer would cut into the town and a stray word.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.cues import bare, place_of
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

# Abbreviations that begin a sports club's name, whose words may end in its town: "SV Teuto
# Riesenbeck", "LG Olympia Dortmund", "TV Wattenscheid", "FC Barcelona", "AC Milan",
# "TC Aschheim" (tennis), "TTC" (table tennis), "HC"/"THC" (hockey), "DJK", "MTV", "SpVg".
CLUB_PREFIXES = frozenset(
    """SV TSV FC SC VfB VfL VfR TV TuS SG SpVgg SpVg LG AC AS ASV BSC SSV TSG FSV TC TTC HC
    THC DJK ESV KSV PSV MTV FV TuRa""".split()
)
# Words that open a famous club's name before its town, a virtue, a people or a country in Latin
# or German ("Eintracht Frankfurt", "Borussia Dortmund", "Fortuna Düsseldorf", "Werder
# Bremen"), and their kin in other languages: "royal", "athletic", "sporting", "racing",
# "stadium" ("Real Madrid", "Athletic Bilbao", "Atlético Madrid", "Sporting Lisbon", "Inter
# Milan", "Olympique Lyon", "Stade Rennes", "Dinamo Zagreb", "Lokomotiv Moskau"); they name a
# club only before a town ("Hertha Kraus" is a woman, "Real" an adjective).
_CLUB_NAMES = frozenset(
    """Eintracht Borussia Fortuna Arminia Alemannia Dynamo Werder Hansa Holstein Viktoria
    Kickers Preußen Germania Hertha Energie Real Athletic Atlético Atletico Sporting Racing
    Inter Olympique Stade Dinamo Spartak Lokomotiv Lokomotive Rapid Legia Slavia Partizan
    Hellas Celta Deportivo""".split()
)
# German words for a club that open its name before the town: "Ski-Club Olpe", "Turnverein
# Gütersloh", "Tennisclub Blau-Weiß Halle", "Stabhochsprungverein Horn-Bad Meinberg-Lippe".
_CLUB_ENDINGS = ("club", "klub", "verein")
# German words for a house of the arts that open its name, as a club's word does: "Theater
# Thikwa", "Staatsoper Stuttgart", "Galerie Rothamel", "Atelier Papenfuss", "Museum Ludwig".
# Climbing parks and zoos are named so too ("Kletterwald Strausberg", "Tierpark Hellabrunn";
# a spa has its head: "Therme Erding", "Fontane Therme").
_VENUE_ENDINGS = ("theater", "oper", "galerie", "atelier", "ballhaus", "museum", "kunsthalle",
                  "pinakothek", "kino", "kletterwald", "kletterpark", "tierpark")  # fmt: skip
# German words for a house that serves guests, which open its name too: "Restaurant Magnolie",
# "Gaststätte Felsenblick", "Café Tortenduft", "Parktherme Bad Radkersburg", "Hotel Adlon".
# Such houses are named after nouns, so a noun after the word is a name unless it is a word of
# the dictionary on its own ("Hotel Zimmer", "Restaurant Besuche", "Café Preise"); a compound
# of nouns names the house ("Felsenblick").
_HOSPITALITY = ("restaurant", "café", "gaststätte", "gasthof", "gasthaus", "wirtshaus",
                "therme", "hotel", "resort", "brauerei", "weingut")  # fmt: skip
# Endings of a German adjective before a venue's word that make it part of the name
# ("Deutsches Theater"); a town's adjective in -er is none ("das Berliner Theater Thikwa").
_ADJECTIVE = ("e", "en", "es", "em")
# A founding year after the name: four digits of the club era or two with a leading zero.
_YEAR = re.compile(r"1[89]\d\d|0\d")


def club_word(word: str, lang: str) -> bool:
    """A German word for a club or a house of the arts that may open its name ("Ski-Club",
    "Turnverein", "Staatsoper", "Galerie"); a name that only ends so is none ("Cooper")."""
    low = word.casefold()
    if lang != "de" or not word[:1].isupper():
        return False
    return low.endswith(_CLUB_ENDINGS) or _venue(word) or low.endswith(_HOSPITALITY)


def _noun_after(opener: str, word: str, lang: str) -> bool:
    """A noun after a club's or a venue's word, no name: "TV Produkte", "Museum Besuche"; a
    town stays its name however common the word ("Staatsoper Stuttgart")."""
    if place_of(word) is not None:
        return False
    if lang == "de" and opener.casefold().endswith(_HOSPITALITY):
        return common_word(word, lang) or german_word(word)
    return common_word(word, lang) or (
        _venue(opener) and (german_word(word) or german_compound(word))
    )


def _venue(word: str) -> bool:
    low = word.casefold()
    return low.endswith(_VENUE_ENDINGS) and (
        low in _VENUE_ENDINGS or german_word(word) or german_compound(word)
    )


# Plurals after a town's name that are no team's nickname: a place's parts ("Cayman Islands",
# "Golan Heights", "Niagara Falls"), events ("Tokyo Olympics"), treaties and talks ("Oslo
# Accords"), and a party's members where they sit ("Kentucky Democrats").
_NOT_NICKNAMES = frozenset(
    """Islands Isles Heights Falls Springs Hills Rapids Mountains Keys Lakes Woods Highlands
    Plains Gardens Towers Olympics Paralympics Games Accords Conventions Talks Protests Riots
    Caucuses Primaries Democrats Republicans Greens Liberals Conservatives Socialists Times
    News Sessions Awards Series Years Days Nights Streets Stations Schools Finals Championships
    Masters Opens Nationals Rights Affairs Relations Studies""".split()
)


def _nicknamed(run: list[Token], lang: str) -> tuple[int, int] | None:
    """Where a US town's or state's name and a nickname in the plural make a team ("the
    Pittsburgh Penguins", "Detroit Red Wings"): the span, or None. The town is one to three
    words the gazetteer knows as a city or a region (a country's side is its name); the
    nickname one or two capitalised words ending in a plural."""
    if lang != "en":
        return None
    for at in range(len(run) - 1):
        for size in (3, 2, 1):
            if at + size >= len(run):
                continue  # no word left for a nickname
            place = places.lookup(" ".join(bare(w.text) for w in run[at : at + size]))
            if place is None or not place.key.startswith(("city:", "region:")):
                continue
            for length in (1, 2):
                nick = run[at + size : at + size + length]
                last = nick[-1].text
                if (
                    len(nick) == length
                    and last == bare(last)
                    and last.endswith("s")
                    and len(last) > 4
                    and last[0].isupper()
                    and not last.isupper()
                    and last not in _NOT_NICKNAMES
                    and all(w.capital and not w.sentence_start for w in nick)
                    and not last.endswith(("ss", "us", "is"))  # "Metro Exodus": no plural
                    and (length == 1 or not nick[0].text.endswith("s"))
                    and not _longer_name(run, at + size + length)
                ):
                    return at, at + size + length
            break  # the longest town read there; a shorter one is inside it
    return None


def _team_of(run: list[Token], lang: str) -> tuple[int, int] | None:
    """Where "Team" and a country's or a sponsor's name make a side ("Team China", "Team
    USA", "Team Sky"): the span, or None; not "Team" before a noun ("Team Leader")."""
    for at in range(len(run) - 1):
        named = run[at + 1]
        if (
            run[at].text == "Team"
            and named.capital
            and bare(named.text) == named.text
            and (place_of(named.text) is not None or not common_word(named.text, lang))
            and not common_word(named.text, "en")
        ):
            return at, at + 2
    return None


def _longer_name(run: list[Token], after: int) -> bool:
    """Whether a capitalised word goes on after the plural: then it is part of a longer
    name ("California Public Utilities Commission", "Indiana State Teachers Association")."""
    return after < len(run) and run[after].capital


def club_in(run: list[Token], lang: str) -> tuple[list[Token], list[Token], list[Token]] | None:
    """The words of a run before a club, the club's, up to its first small word, and the
    capitalised words after that ("Turnverein Gütersloh und den Tennisclub Halle": two
    clubs); None when no club's abbreviation or word opens a name in it ("TV Produkte": a
    noun after it, no club)."""
    if (team := _nicknamed(run, lang) or _team_of(run, lang)) is not None:  # "Team China"
        return run[: team[0]], run[team[0] : team[1]], run[team[1] :]
    for at in range(len(run) - 1):
        after = run[at + 1]
        if (
            (
                run[at].text in CLUB_PREFIXES
                or club_word(run[at].text, lang)
                or (run[at].text in _CLUB_NAMES and place_of(after.text) is not None)
            )
            and after.capital
            and bare(after.text) == after.text
            and not _noun_after(run[at].text, after.text, lang)
            and not (at and _venue(run[at].text) and run[at - 1].text.endswith(_ADJECTIVE))
        ):  # "am Deutschen Theater Berlin": the adjective opens the name, as other rules read
            stop = next((i for i in range(at + 1, len(run)) if not run[i].capital), len(run))
            rest = next((i for i in range(stop, len(run)) if run[i].capital), len(run))
            return run[:at], run[at:stop], run[rest:]
    return None


def numbered(pieces: list[Piece], words: list[Token], index: dict[int, int], text: str) -> None:
    """Give a club's organisation its number before it and its founding year after it:
    "1. FC Nürnberg", "TV Fürth 1860" (not "FC Bayern 2:1", nor a season's "1860/61")."""
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or piece.words[0].text not in CLUB_PREFIXES:
            continue
        at = index.get(piece.start)
        if at is None:
            continue
        last = at + len(piece.words) - 1
        if (
            at > 0
            and words[at - 1].text.isdigit()
            and len(words[at - 1].text) == 1
            and text[words[at - 1].end : piece.start] == ". "
        ):
            piece.words = [words[at - 1], *piece.words]
        if (
            last + 1 < len(words)
            and _YEAR.fullmatch(words[last + 1].text)
            and text[piece.end : words[last + 1].start] == " "
            and text[words[last + 1].end : words[last + 1].end + 1] not in ("/", ":", "-", ".")
        ):
            piece.words = [*piece.words, words[last + 1]]
