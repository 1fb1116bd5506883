"""How a consultant's note is written, which a page's rules took for a news page's text.

A task under the note's title: "Urlaub Italien" / "Flüge nach Rom buchen" / "Vorher mit Anna
klären, ob wir im Mai fliegen …" was titled "Flüge nach Rom buchen", read as a news item's
headline under its kicker. The two first lines shape alike ("Klimapolitik" / "Bundestag
beschließt Heizungsgesetz"); what tells them apart is how they are written. A task says what to
do, not what happened: German writes it as an infinitive at the end with no subject ("Flüge
nach Rom buchen", "Angebot an Müller schicken"), English as an imperative ("Book flights to
Rome"). German plural verbs have the infinitive's form ("Mieten in Berlin steigen"), so a task's
line alone decides nothing; the paragraph under it decides with it, written by the note's writer
in the first person ("ob wir im Mai fliegen"), which a news item's lede is not outside its
quotes.
"""

from __future__ import annotations

import re

# The verbs an English to-do opens with ("Book flights to Rome", "Call Müller about the
# quote"), written out: an English headline opens with its subject, and a verb's base form
# alone says no imperative ("Rome" or "Tariffs" would fit any pattern of shapes).
_EN_TASK_VERBS = frozenset(
    "ask book bring buy call cancel check clarify collect confirm discuss draft email fix "
    "follow order organise organize pay pick plan prepare print remind renew reply review "
    "schedule send sign submit update write".split()
)  # fmt: skip
# A German infinitive's endings ("buchen", "ändern", "sammeln").
_INFINITIVE_ENDS = ("en", "ern", "eln")
# A German task is jotted without the article a headline's slogan opens with ("Flüge nach Rom
# buchen", "Angebot an Müller schicken"; "Die Kohle im Boden lassen", "Die Schuldenbremse
# reformieren" over a commentary's first-person paragraph, titled by its kicker).
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())
# The writer speaking of themselves, German and English.
_FIRST_PERSON = frozenset(
    "ich wir mir mich uns unser unsere unseren unserem unserer mein meine meinen meinem "
    "meiner i we me us my our".split()
)  # fmt: skip
# What a lede quotes ("„Wir sind enttäuscht“, sagte …"): someone else's first person.
_QUOTED = re.compile(r"[„“\"«»‚‘][^„“\"«»‚‘’”]*[“”\"«»‘’]")
_WORD = re.compile(r"[^\W\d_]+")
# "US" in capitals is the country ("US-Präsident", "the US Navy"), not the writer's "us": a
# German report on the United States names it in most paragraphs and read as a note.
_COUNTRY = "US"


def is_task(text: str, stops: frozenset[str]) -> bool:
    """`text` reads as a to-do: an English imperative of the usual verbs, or German words
    (capitalised nouns and names, function words) ending in an infinitive with nothing else
    in lower case between and no article first ("Flüge nach Rom buchen"; not "Bundestag
    beschließt Heizungsgesetz", nor "Die Kohle im Boden lassen")."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if words[0].casefold() in _EN_TASK_VERBS:
        return True
    last = words[-1]
    if not (last.islower() and last.endswith(_INFINITIVE_ENDS)) or words[0].casefold() in _ARTICLES:
        return False
    return all(word[:1].isupper() or word.casefold() in stops for word in words[1:-1])


def in_first_person(text: str) -> bool:
    """The paragraph speaks of its writer ("ob wir im Mai fliegen", "I asked Anna"), outside
    what it quotes."""
    words = _WORD.findall(_QUOTED.sub(" ", text))
    return not _FIRST_PERSON.isdisjoint(word.casefold() for word in words if word != _COUNTRY)
