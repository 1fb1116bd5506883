"""A German organisation named as it calls itself: in the nominative, not in the case the
sentence put it in.

German declines a body's name with its sentence: "eine Sprecherin des Bundesministeriums der
Verteidigung", "im Deutschen Bundestag", "bei der Deutschen Post". A text that names the body
only so gave the index, the Entities view and the who's who the declined form
("Bundesministeriums der Verteidigung", "Deutschen Frauenrates"), which a reader takes for a
mangled name. The name's head — the noun that says what kind of body it is ("Ministerium",
"Rat", "Bank") — ends in "-s" or "-es" only in the genitive of a masculine or neuter noun, so
the ending goes; an adjective before the head ends in "-en" in every case but the nominative,
and the nominative without an article, as a name is written, ends as the head's gender asks:
"Deutscher Bundestag", "Deutsches Theater", "Deutsche Post"; so does one that opens the name in
"-e", as it stands after "der", "das" or "die" ("das Auswärtige Amt": "Auswärtiges Amt"). A head whose gender the table
does not know is taken as feminine only where an article says so ("der Deutschen Telekom").
What follows the head — "der Verteidigung", "der Europäischen Union", a town — is its own
attribute, already in its case, and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.entities.model import EntityKind, Found

# Heads of bodies' names by gender, matched at a word's end ("Bundesfinanzministerium").
_MASCULINE = (
    "rat", "verband", "bund", "verein", "dienst", "konzern", "senat", "hof", "kreis", "klub",
    "club", "rundfunk", "tag", "ausschuss", "vorstand", "stab", "fonds", "verlag", "sender",
    "kongress", "orden", "betrieb", "kurier", "anzeiger", "zirkel", "zoll", "ring",
)  # fmt: skip
_NEUTER = (
    "amt", "ministerium", "institut", "zentrum", "gericht", "werk", "büro", "kollegium",
    "komitee", "kommando", "präsidium", "parlament", "kabinett", "kuratorium", "unternehmen",
    "haus", "museum", "theater", "klinikum", "forum", "labor", "archiv", "sekretariat",
    "bündnis", "orchester", "festival", "magazin", "blatt", "fernsehen", "observatorium",
    "kreuz",
)  # fmt: skip
_FEMININE = (
    "bank", "partei", "behörde", "agentur", "gewerkschaft", "gruppe", "universität",
    "hochschule", "kommission", "stiftung", "union", "versicherung", "börse", "akademie",
    "kammer", "zentrale", "polizei", "feuerwehr", "anwaltschaft", "wehr", "allianz",
    "vereinigung", "gesellschaft", "holding", "bürgerschaft", "zeitung", "rundschau",
    "organisation", "anstalt", "liga", "kirche", "schule", "klinik", "initiative",
    "föderation", "konferenz", "verwaltung", "bahn", "post", "genossenschaft", "kasse",
    "regierung", "bibliothek", "redaktion",
)  # fmt: skip
_ENDINGS = {"m": "er", "n": "es", "f": "e"}  # an adjective's nominative without an article
# An adjective's stem as names use them: "Deutsch-", "Technisch-", "Internationa-l", "Neu-",
# an ordinal's ("Zweites Deutsches Fernsehen", "Erster Senat", "Oberster Gerichtshof").
ADJECTIVE_STEM = re.compile(
    r"(?:sch|lich|ig|al|ell|iv|är|ös|haft|bar|sam)$"
    r"|^(?:neu|frei|rot|grün|allgemein|vereinigt|erst|zweit|dritt|oberst)$"
)
# An article that declines a feminine name's adjective to "-en": "der Deutschen Telekom".
_FEMININE_ARTICLE = re.compile(r"\b(?:der|einer)\s+$")
# The articles before which a masculine or neuter name's adjective ends in "-e": "das
# Auswärtige Amt", "der Deutsche Bundestag" (after "dem", "des", "den" in "-en").
_ARTICLE_BEFORE_E = re.compile(r"\b(?:[Dd]er|[Dd]as)\s+$")


def nominative_orgs(found: list[Found], text: str) -> list[Found]:
    """The organisations of a German text named in the nominative."""
    return [replace(f, name=_nominative(f, text)) if f.kind is EntityKind.ORG else f for f in found]


# Small words of an English name, which German does not decline ("Rates of Iron Oxide …").
_ENGLISH = frozenset({"of", "and", "for", "the", "on"})


def _nominative(entity: Found, text: str) -> str:
    words = entity.name.split(" ")
    if _ENGLISH.intersection(words):
        return entity.name
    for at, word in enumerate(words):
        if not word[:1].isupper():
            return entity.name  # the head comes before the first small word ("für", "der")
        head, gender = _head(word)
        if gender is None:
            continue
        first = at
        while first > 0 and _adjective(words[first - 1]):
            first -= 1
        if first == at and gender in ("m", "n") and 0 < at and all(map(_after_article, words[:at])) \
                and _spans_after(_ARTICLE_BEFORE_E, entity, text):  # fmt: skip
            # "das Auswärtige Amt", "der Deutsche Bundestag": after an article the adjectives
            # end in "-e"; the name without one says "Auswärtiges Amt", "Deutscher Bundestag"
            # (with no article "-e" is a plural's: "Alternative Pensionsfonds" are funds)
            adjectives = [f"{w[:-1]}{_ENDINGS[gender]}" for w in words[:at]]
            return " ".join([*adjectives, head, *words[at + 1 :]])
        if gender == "?":
            if first == at or not _feminine_article(entity, text):
                continue
            gender = "f"
        adjectives = [f"{w[:-2]}{_ENDINGS[gender]}" for w in words[first:at]]
        return " ".join([*words[:first], *adjectives, head, *words[at + 1 :]])
    return entity.name


def _head(word: str) -> tuple[str, str | None]:
    """A word as the head of a name in the nominative, and its gender ("m", "n", "f"); "?" for
    a noun after an adjective the table does not know; None for no head."""
    low = word.casefold().rpartition("-")[2]
    for gender, heads in (("m", _MASCULINE), ("n", _NEUTER), ("f", _FEMININE)):
        if low.endswith(heads):
            return word, gender
        if gender != "f" and not low.endswith("crats"):  # "Democrats": no German "Rat"
            for ending in ("es", "s"):
                stem = low[: -len(ending)]
                if low.endswith(ending) and any(_compound(stem, head) for head in heads):
                    return word[: -len(ending)], gender
    if _adjective(word):
        return word, None
    return word, "?"


def _compound(stem: str, head: str) -> bool:
    """Whether a word's stem is the head or a compound ending in it with a word of its own
    before it ("Stadtrat"), not an English plural that ends in its letters ("Pirates")."""
    return stem == head or stem.endswith(head) and len(stem) - len(head) >= 3


def _adjective(word: str) -> bool:
    """A capitalised adjective in a case other than the nominative: "Deutschen"."""
    stem = word[:-2].casefold()
    return word[:1].isupper() and word.endswith("en") and bool(ADJECTIVE_STEM.search(stem))


def _after_article(word: str) -> bool:
    """A capitalised adjective as it stands between a definite article and a noun: "Deutsche"."""
    return word[:1].isupper() and word.endswith("e") and bool(ADJECTIVE_STEM.search(word[:-1].casefold()))


def _feminine_article(entity: Found, text: str) -> bool:
    return _spans_after(_FEMININE_ARTICLE, entity, text)


def _spans_after(article: re.Pattern[str], entity: Found, text: str) -> bool:
    """Whether `article` stands right before one of the entity's mentions."""
    return any(article.search(text, max(0, at - 8), at) for at, _end in entity.spans)
