"""How a text writes every mention of one undecided word: after "the", after an honorific,
only at the end of another name. `undecided` asks these questions of the whole text once a
word's mentions are known; each answer holds for all its mentions, since a text names one
thing by one word.
"""

from __future__ import annotations

from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.names import Token

# What a person's surname is put before, as no company's: "the Trump administration".
_LED_BY_A_PERSON = frozenset("administration presidency campaign government cabinet era".split())
_HONORIFICS = frozenset("Mr. Mrs. Ms. Mr Mrs Ms Dr. Sen. Rep. Gov.".split())
# Outlets English names with "the" whose names are dictionary words ("the Guardian").
_THE_OUTLETS = frozenset("Guardian Telegraph Economist Atlantic Verge Observer Spectator".split())


def articled(lang: str, words: list[Token], mentions: list[int]) -> bool:
    """Whether an English text writes the word alone after "the" ("the Audi virtual
    cockpit", "the Fed"), as it writes no person's name."""
    return lang == "en" and any(
        at > 0 and words[at - 1].text.casefold() == "the"
        and not (at + 1 < len(words) and words[at + 1].capital)
        and not (at + 1 < len(words) and words[at + 1].text in _LED_BY_A_PERSON)
        for at in mentions
    )  # fmt: skip


def only_after_the(word: str, words: list[Token], mentions: list[int]) -> bool:
    """Whether (nearly) every mention of a singular word follows "the", at most one
    small-letter word between ("the Gateway", "the lunar Gateway", "the Pope"): English names a thing or an
    office so when it capitalises a dictionary word, where a company or a service that is one
    goes without an article ("Apple said", "on Twitter"). Teams and bands are plurals ("The
    Eagles led"), and a few outlets are named so ("the Guardian")."""
    if word.endswith("s") or word in _THE_OUTLETS:
        return False
    articled = sum(
        (at > 0 and words[at - 1].text.casefold() == "the")
        or (at > 1 and words[at - 1].text.islower() and words[at - 2].text.casefold() == "the")
        for at in mentions
    )
    return bool(mentions) and articled >= 0.75 * len(mentions)  # "no Gateway required"


def addressed(words: list[Token], mentions: list[int]) -> bool:
    """Whether the text gives the word an honorific in one of its mentions ("Mr. Trump"), as
    it gives no company."""
    return any(at > 0 and words[at - 1].text in _HONORIFICS for at in mentions)


def only_ending_names(word: str, words: list[Token], text: str) -> bool:
    """A dictionary word the text writes with a capital only right after another capitalised
    word: the end of a product's or a title's name ("MX Keys", "Smart Keyboard Folio",
    "Founder's Edition"), not a name of its own ("on Twitter", "Apple said")."""
    mentions = [at for at, w in enumerate(words) if w.text == word]
    return (
        bool(mentions)
        and all(
            at > 0
            and words[at - 1].capital
            and words[at - 1].text not in NEVER_NAME  # "The Eagles led": the team
            and text[words[at - 1].end : words[at].start] == " "
            and not words[at].sentence_start
            for at in mentions
        )
    )
