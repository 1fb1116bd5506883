"""Companies listed after a colon in a sentence that has named their kind: "Viele
Outdoor-Labels zogen Konsequenzen: Jack Wolfskin, Tatonka, Vaude oder Fjällräven bieten …",
"Several carmakers followed suit: Lunavit, Zentrobix and Orvane."

`examples` reads a list right after a plural word for companies ("Hersteller wie …"); news
also names the kind first and lists its members after a colon, a clause later. The kind must
stand in the same sentence before the colon, and the list must end in "and"/"oder" and a
last name: one name after a colon is as often a heading's subject or a quotation's speaker.
"""

from __future__ import annotations

import re

from reader.core.entities.lexicon import ORG_WORDS
from reader.core.entities.names import Token

_AND = frozenset("and und or oder sowie".split())
# Plural endings of words for companies ("Labels", "Marken", "Hersteller", "companies").
_PLURALS = (("ies", "y"), ("en", ""), ("n", ""), ("s", ""), ("e", ""), ("", ""))
# Plurals of people that end in a word for companies: "lawmakers", "Partner", "rivals".
_PEOPLE = ("lawmaker", "policymaker", "filmmaker", "playmaker", "partner", "rival")
_SENTENCE_END = re.compile(r"[.!?\n]")
_REACH = 200  # characters before the colon searched for the kind


def kind_lists(words: list[Token], text: str) -> frozenset[int]:
    """The indices (in `words`) of the first word of each name listed after a colon whose
    sentence names a kind of company before it."""
    if ": " not in text:
        return frozenset()  # a quick look first: most texts list nothing so
    found: set[int] = set()
    for at in range(len(words) - 1):
        if text[words[at].end : words[at + 1].start] != ": " or not words[at + 1].capital:
            continue
        begin = max(0, words[at].end - _REACH)
        sentence = text[begin : words[at].end]
        stops = list(_SENTENCE_END.finditer(sentence))
        if stops:
            sentence = sentence[stops[-1].end() :]
        if any(_companies(w) for w in re.findall(r"[\w-]+", sentence)):
            found |= _listed(words, at + 1, text)
    return frozenset(found)


def _companies(word: str) -> bool:
    """A plural (or a German word, whose plural may be its singular) for companies:
    "Outdoor-Labels", "carmakers", "Hersteller", "Marken"; not one for people."""
    low = word.casefold().rsplit("-", 1)[-1]
    if not low.endswith(("s", "n", "r", "e")) or low.removesuffix("s").endswith(_PEOPLE):
        return False
    return any(
        low.endswith(ending) and (low[: len(low) - len(ending)] + again).endswith(ORG_WORDS)
        for ending, again in _PLURALS
    )


def _listed(words: list[Token], at: int, text: str) -> set[int]:
    """The first words of the names listed from `at` on ("Jack Wolfskin, Tatonka, Vaude oder
    Fjällräven"): names over commas, ending after "and"/"oder" and one more name; nothing
    when anything else ends the list before such a last name."""
    starts: set[int] = set()
    while at < len(words) and words[at].capital:
        starts.add(at)
        end = at
        while end + 1 < len(words) and words[end + 1].capital:
            if text[words[end].end : words[end + 1].start] != " ":
                break
            end += 1  # "Jack Wolfskin" stays one name
        if end + 1 >= len(words):
            break
        between = text[words[end].end : words[end + 1].start]
        following = words[end + 1].text.casefold()
        if between == " " and following in _AND:
            at = end + 2
            if at < len(words) and words[at].capital:
                starts.add(at)
                return starts  # "… oder Fjällräven": the last name
            return set()
        if between != ", ":
            return set()  # no "and" before the list ended: a sentence, no list
        at = end + 1
    return set()
