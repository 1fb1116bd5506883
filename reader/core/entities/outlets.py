"""An outlet named as the source of a report: "Wie das Handelsblatt berichtete", "the
Guardian reported"; and the news agencies and outlets every news text cites, known by name.

A verb of reporting after a name says someone reported, a person or an outlet; an article
before the name says it is no person — news names no person with an article — so the two
together name an outlet, an organisation — unless the name is an everyday word of the language
("die Industrie meldet kaum Aufträge").
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.cues import bare, role_length
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import ROLE_TITLES, ROLE_WORDS_EN
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_ARTICLES = frozenset("der die das the".split())
_REPORTED = frozenset(
    """berichtete berichtet berichten berichteten meldete meldet schrieb schreibt reported
    reports""".split()
)
# Agencies and outlets news cites by one word that is no word of English or German, so a
# mention needs no cue: "Reuters first reported", "Bloomberg said", "laut Handelsblatt",
# "Xinhua said" (a verb of saying would make a person of it). Titles that are words ("Time",
# "Fortune", "Spiegel", "Welt", "Bild") are left to the cues.
NEWS_OUTLETS = frozenset(
    """Reuters Bloomberg Forbes Politico Axios Newsweek Newsmax Breitbart Mediaite Semafor
    Engadget Gizmodo Mashable Kotaku Investopedia Xinhua Kyodo Yonhap Interfax Bernama
    Handelsblatt Tagesspiegel Tagesschau Tagesthemen Heise Deutschlandfunk Süddeutsche
    Süddeutschen""".split()
)
_OUTLETS_FOLDED = frozenset(w.casefold() for w in NEWS_OUTLETS)
# Papers and magazines whose one-word title is an everyday word of the language: the outlet
# only with the article and the verb of reporting around it ("The Times reported", "Die Zeit
# berichtete", "wie die Welt meldete"); a mention without them is left to the cues. Not "Die
# Presse" (Vienna): "wie die Presse berichtete" is the press at large far more often.
_TITLE_WORDS = {
    "en": frozenset("Times Sun Independent Telegraph Mirror Observer Economist Atlantic Hill "
                    "Verge Information Athletic Globe Post Star Spectator Nation".split()),
    "de": frozenset("Zeit Welt Bild Stern Standard Kurier Focus".split()),
}


def news_outlet(word: str) -> bool:
    """Whether a word names a news agency or outlet of `NEWS_OUTLETS`, also in the genitive
    ("des Handelsblatts")."""
    return word in NEWS_OUTLETS or (word.endswith("s") and word[:-1] in NEWS_OUTLETS)


def outlet_nominative(word: str) -> str:
    """An outlet's name without its genitive "s" ("Handelsblatts"; "Reuters" stays)."""
    low = word.casefold()
    if low not in _OUTLETS_FOLDED and low.endswith("s") and low[:-1] in _OUTLETS_FOLDED:
        return word[:-1]
    return word


def reporting_outlet(piece: Piece, words: list[Token], index: dict[int, int], lang: str) -> bool:
    """Whether a one-word name stands between an article and a verb of reporting."""
    at = index.get(piece.start)
    if at is None or len(piece.words) != 1 or at == 0 or at + 1 >= len(words):
        return False
    return (
        words[at - 1].text.casefold() in _ARTICLES
        and words[at + 1].text in _REPORTED
        and (not common_word(bare(piece.words[0].text), lang) or _titled(piece.words[0], lang))
        and not role_length(piece.words, 0)  # "die Sprecherin meldete": a person's role
    )


def _titled(word: Token, lang: str) -> bool:
    """An everyday word that is a paper's title, between the article and the verb ("The
    Times reported", "Die Zeit berichtete"), where "die Industrie meldet" names none. Only the
    papers known by such a title are taken (`_TITLE_WORDS`): German writes every noun in
    capitals, and English press releases their defined terms ("The Company reported a loss")."""
    return bare(word.text) in _TITLE_WORDS.get(lang, frozenset())


# The words a newspaper's masthead ends with that are everyday words elsewhere ("a rising
# star", "the sun"), so they name a paper only after the place it is published in: "Kansas
# City Star", "Baltimore Sun", "Sacramento Bee", "Hartford Courant", "Boston Globe", "Toronto
# Star", "Orange County Register", "Columbus Dispatch"; and the second part of a double name
# ("San Diego Union-Tribune", "Minneapolis Star-Tribune").
_MASTHEADS = frozenset(
    """star sun bee courant register globe dispatch mirror observer standard independent
    express sentinel record leader enquirer democrat republican advocate bulletin citizen
    monitor union-tribune star-tribune journal-constitution star-ledger""".split()
)
# A double masthead joins two papers' words, as American papers merged: "Star-Telegram",
# "Times-Picayune", "Post-Dispatch", "News-Register", "Press-Enterprise". Both halves are
# words of the trade, so a compound that merely ends in one is none ("Hollywood-Star").
_PAPER_WORDS = _MASTHEADS | frozenset(
    """times news post press herald journal union tribune gazette telegram picayune
    enterprise constitution ledger courier chronicle daily""".split()
)


def masthead_word(word: str) -> bool:
    """Whether a word ends a newspaper's masthead ("Leader", "Star", "Star-Tribune",
    "News-Register")."""
    last = bare(word).casefold()
    return last in _MASTHEADS or last.rsplit("-", 1)[-1] in ("tribune", "gazette") or _double(word)


def masthead(run: list[Token], lang: str) -> list[Token] | None:
    """An English run's newspaper named after its place: the place's name (in the gazetteer, or
    any town before a double masthead) and a masthead word after it; an article before it ("the
    Columbus Dispatch", "The Riverside Press-Enterprise") is left out."""
    while run and run[0].text.islower():
        run = run[1:]
    if len(run) > 2 and run[0].text == "The":
        run = run[1:]  # "The Riverside Press-Enterprise reported": a sentence's article
    if lang != "en" or len(run) < 2 or not all(w.text[:1].isupper() for w in run):
        return None
    if not masthead_word(run[-1].text):
        return None
    if places.lookup(" ".join(bare(w.text) for w in run[:-1])) is None and not _double(run[-1].text):
        return None  # "Wheeling News-Register": a double masthead needs no known place
    return run


def _double(word: str) -> bool:
    """A double masthead of two papers' words ("News-Register", "Star-Telegram"), which names
    a paper after any town, known to the gazetteer or not."""
    halves = bare(word).casefold().split("-")
    return len(halves) == 2 and all(half in _PAPER_WORDS for half in halves)


# What a report says it got from an outlet or gave to one: "told Reuters", "confirmed to
# WIRED", "obtained by Variety", "a statement to Rolling Stone", "according to a new report by
# E! News", "according to analysis from Poynter". People are told things too ("told Dempsey").
_TOLD = re.compile(
    r"\b(?:told|confirmed to|(?:statement|statements|comment|comments) to|obtained by|"
    r"(?:report|analysis) (?:by|from)|reported by|interview with)\s(?:the\s)?$"
)
# What stands before a person's name: "Senator Halvorsen", "Dr. Halvorsen".
_TITLES = frozenset(w.casefold() for w in ROLE_TITLES) | frozenset(ROLE_WORDS_EN)


def told_outlet(piece: Piece, text: str, lang: str) -> bool:
    """Whether an English name the rules left undecided stands where a report names the
    outlet it spoke to or drew from, is no first name alone, and the text writes it after no
    first name or title ("the economist Laura Field … told Field", where the rules read
    "Field" apart; "Senator Halvorsen")."""
    if lang != "en" or _TOLD.search(text, max(0, piece.start - 40), piece.start) is None:
        return False
    names = {bare(w.text) for w in piece.words}
    if len(names) == 1 and known_first_name(next(iter(names))):
        return False  # "told Maria"
    return not any(
        known_first_name(before[1]) or before[1].casefold() in _TITLES
        for name in names
        for before in re.finditer(rf"\b([A-Z][a-z]+\.?) {re.escape(name)}\b", text)
    )
