"""German sports clubs, named by what they are and where they play: an abbreviation or a word
for a club before the town ("TC Aschheim", "TV Wattenscheid", "Ski-Club Olpe",
"Stabhochsprungverein Horn-Bad Meinberg-Lippe"), often with the club's number before it or
its founding year after it ("1. FC Nürnberg", "TV Fürth 1860", "Schalke 04"). Theatres,
galleries and studios are named the same way, by their kind first ("Theater Thikwa",
"Staatsoper Stuttgart", "Galerie Rothamel").

A reader knows such a name by its shape, not by a list of clubs: results pages give a
player's club in brackets after the name, each written once, so no evidence of recurrence
ever comes. The number and the year belong to the name (the club calls itself so), and a
name cut before them is a different string from the one a reader marks.
"""

from __future__ import annotations

import re

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
# Bremen"); they name a club only before a town ("Hertha Kraus" is a woman).
_CLUB_NAMES = frozenset(
    """Eintracht Borussia Fortuna Arminia Alemannia Dynamo Werder Hansa Holstein Viktoria
    Kickers Preußen Germania Hertha Energie""".split()
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
    return low.endswith(_CLUB_ENDINGS) or _venue(word)


def _noun_after(opener: str, word: str, lang: str) -> bool:
    """A noun after a club's or a venue's word, no name: "TV Produkte", "Museum Besuche"; a
    town stays its name however common the word ("Staatsoper Stuttgart")."""
    if place_of(word) is not None:
        return False
    return common_word(word, lang) or (
        _venue(opener) and (german_word(word) or german_compound(word))
    )


def _venue(word: str) -> bool:
    low = word.casefold()
    return low.endswith(_VENUE_ENDINGS) and (
        low in _VENUE_ENDINGS or german_word(word) or german_compound(word)
    )


def club_in(run: list[Token], lang: str) -> tuple[list[Token], list[Token], list[Token]] | None:
    """The words of a run before a club, the club's, up to its first small word, and the
    capitalised words after that ("Turnverein Gütersloh und den Tennisclub Halle": two
    clubs); None when no club's abbreviation or word opens a name in it ("TV Produkte": a
    noun after it, no club)."""
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
