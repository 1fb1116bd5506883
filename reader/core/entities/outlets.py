"""An outlet named as the source of a report: "Wie das Handelsblatt berichtete", "the
Guardian reported"; and the news agencies and outlets every news text cites, known by name.

A verb of reporting after a name says someone reported, a person or an outlet; an article
before the name says it is no person — news names no person with an article — so the two
together name an outlet, an organisation — unless the name is an everyday word of the language
("die Industrie meldet kaum Aufträge").
"""

from __future__ import annotations

from reader.core.entities.cues import bare
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
        and not common_word(bare(piece.words[0].text), lang)  # "die Industrie meldet"
    )
