"""Whether an English text shows a capitalised dictionary word doing what a body does.

English capitalises a dictionary noun for more than names: a game's or a book's title ("Sword
or Shield", "Web of Angels"), a tier of a service ("Upgrade to Premium"), a model's last word
("the LC 500 Convertible"), a crew credit ("Lighting Design"), a group of people ("450
Dreamers"). Named again and again inside sentences, such a word looked like a company that
happens to be a word ("Apple", "Paramount"). What tells the company is what the text has it
do: it is the subject of a verb ("Paramount is still deciding", "Apple released"), it owns
something ("Apple's chargers"), it has users or staff ("Stadia users"), or it makes a model
("Beats Solo3"). A title, a tier or a group of people is the object of a preposition or a
verb, or a word before a noun.
"""

from __future__ import annotations

from reader.core.entities.lexicon import SPEECH_EN
from reader.core.entities.names import Token, english_verb_form

# What follows a company that is the subject of its clause: an auxiliary, a modal, a verb of
# saying ("Paramount is", "Apple has", "Nintendo will", "Apple said").
_AUXILIARIES = frozenset(
    "is was are were has had have will would could can may might must does did also still".split()
)
_FINITE = _AUXILIARIES | SPEECH_EN

# Who a company or a service has, after its name: "Stadia users", "Apple employees".
_PEOPLE_OF_A_BODY = frozenset(
    """users customers subscribers members employees workers staff shareholders investors
    executives engineers""".split()
)


def acts(word: str, words: list[Token], mentions: list[int]) -> bool:
    """Whether one of the word's mentions is the subject of a verb ("Paramount is", "Apple
    admitted"), owns something ("Apple's"), has users or staff ("Stadia users") or names the
    maker of a model ("Beats Solo3")."""
    return any(_acting(word, words, at) for at in mentions)


def _acting(word: str, words: list[Token], at: int) -> bool:
    if words[at].text != word:  # "Apple's", "Apple’s": the owner
        return True
    if at + 1 >= len(words):
        return False
    after = words[at + 1]
    if words[at].end != after.start - 1:  # "Premium)", "Design_Sin Ho": no clause goes on
        return False
    if after.text in _PEOPLE_OF_A_BODY:
        return True  # "Stadia users", "Lantern employees"
    # "Fans of Ashes will …": the verb is the head's before "of", not the name's
    subject = not (at > 0 and words[at - 1].text == "of")
    if subject and after.text in _FINITE:
        return True
    if subject and after.text.islower() and after.text.endswith("ed"):
        return english_verb_form(after.text)  # "Apple released", "Apple admitted"
    return after.capital and any(c.isdigit() for c in after.text)  # "Beats Solo3"
