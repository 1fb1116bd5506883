"""A company's name ended by its legal form is one name, whatever words it holds.

"Piracy Guard IT Solutions GmbH", "Trade Buzzer UG", "Northwind Security Partners Ltd.":
the legal form closes a company's name, and the words before it — from where the run begins —
are that name, even when one of them is a role elsewhere ("Guard", "Director"). Where a role
and "der"/"of" name an employer (`workplaces`), a role word inside the run ended the name
there: "Geschäftsführer der Piracy Guard IT Solutions GmbH" gave "Piracy". A firm named by its
partners joined by "&" or "and" ("Dunmore & Pike LLP", "Bramwell and Yates Ltd") is one name
too, where "and" would otherwise part two names (`partners_firm`).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from reader.core.entities.cues import bare, org_head
from reader.core.entities.inflected_names import case_stem
from reader.core.entities.lexicon import LEGAL_FORMS, ORG_SUFFIXES
from reader.core.entities.names import Token

# Legal forms only (`lexicon.ORG_SUFFIXES` adds "Group" and "Holdings", which also name a part
# of a company or a kind of firm).
_LEGAL_FORMS = frozenset(LEGAL_FORMS)
# What may stand inside a company's name besides capitalised words: "Müller & Söhne GmbH".
_JOINERS = frozenset(["&", "und", "and"])


def legal_name_end(run: list[Token]) -> int | None:
    """The index just past the legal form that closes a company's name opening the run, when
    every word before it is capitalised or joins two names; else None."""
    for at in range(1, len(run)):
        word = run[at].text
        if bare(word) in _LEGAL_FORMS:
            inside = run[:at]
            if (
                inside[0].capital
                and inside[-1].capital
                and all(w.capital or w.text in _JOINERS for w in inside)
            ):
                return at + 1
            return None
    return None


def partners_firm(run: list[Token], lang: str) -> bool:
    """Whether the run is names joined by "&", "and" or "und" and closed by a legal form: a
    firm named by its partners ("Dunmore & Pike LLP"); a legal form after other words is left
    to the rules on kinds ("Finanzierungen Valendo GmbH": a noun, then the firm)."""
    joined = any(w.text in ("and", "und") for w in run) or any(
        after.start - before.end == 3 for before, after in pairwise(run)
    )  # a run keeps " & " between its words: three characters
    return (
        len(run) > 2 and joined and legal_name_end(run) == len(run)
        and not _two_firms(run[:-1], lang)
    )  # fmt: skip


def _two_firms(words: list[Token], lang: str) -> bool:
    """Whether "and" joins two names each a body of its own before a legal form ("Ceres
    Robotics and Tyvak Systems Inc"): a firm named by its partners joins one word each side
    ("Bramwell and Yates Ltd")."""
    joins = [i for i, w in enumerate(words) if w.text in ("and", "und")]
    return bool(joins) and (
        len(words) != 3 or joins != [1] or any(org_head([w], lang) for w in words[::2])
    )


# The words that close a company's name ("Google Inc.", "RWE AG", "Boeing Co.", "SoftBank Group
# Corp", "BMW Group"), as a key writes them; not "Bros", part of the name a source shortens to
# another body's ("Warner Bros." is no "Warner": Warner Music, a person's surname).
_CLOSING = tuple(suffix.casefold() for suffix in ORG_SUFFIXES if suffix not in ("P.D.", "Bros", "Bros."))


@cache
def _key_forms() -> frozenset[str]:
    """The closing words in lower case, and each stemmed as a key's words are ("Holdings" →
    "holding"); worked out when first asked, since `case_stem` asks the gazetteer, which
    importing the rules must leave unread."""
    return frozenset((*_CLOSING, *(case_stem(word) for word in _CLOSING)))


def without_legal_form(words: list[str]) -> list[str]:
    """An organisation key's words without the legal forms (and "Group", "Holdings") that end
    it, one word at least kept: "googl inc." → "googl", "softbank group corp" → "softbank"."""
    while len(words) > 1 and (words[-1].rstrip(",") in _key_forms() or words[-1] in _JOINERS):
        words = words[:-1]  # "jpmorgan chas & co.": the "&" that joined "Co." goes with it
    return [*words[:-1], words[-1].rstrip(",")] if words else words
