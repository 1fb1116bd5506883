"""Roles written before a name with a comma between ("Die Bürgermeisterin von Reichenbach,
Carina Dittrich, betont …", "Sweden's deputy director of public prosecutions, Eva-Marie
Persson, said") and roles a plural gives every name of the list after it ("judges Len Goodman,
Bruno Tonioli and Carrie Ann Inaba", "die Empa-Forschern Morten Hundt und Oleg Aseev").

A role before a comma is the next name's only when the phrase is introduced as one — by an
article, a possessive or a preposition ("the", "die", "Sweden's", "by") or at a sentence's
start — and the name is closed by punctuation as an apposition is: "is a senator, John Smith
said" names no senator.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.core.entities.cues import demonym, role_base, role_length
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.role_phrases import joined, phrase, role_size

_INTRODUCING = frozenset(
    "the a an their its his her our der die das den dem des ein eine einer unser ihre ihr sein "
    "seine".split()
) | {"by", "with", "from"}  # a preposition opens the phrase too: "an event by media mogul, …"
# Where the office is held, between the role and the comma: "von Reichenbach", "for governor".
_HELD = frozenset("of von for für at bei der des in".split())
_CLOSED = re.compile(r"\s*(?:[,;:(—–]|\.(?:\s|$)|$)")
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+|und\s+|sowie\s+)?|\s+(?:and|und|sowie)\s+)")


def before_comma(words: list[Token], at: int, end: int, text: str) -> str:
    """The role written before the name at word `at` (ending at `end`) with a comma between."""
    if at <= 0 or text[words[at - 1].end : words[at].start].strip() != ",":
        return ""
    if not _CLOSED.match(text, end):
        return ""
    last = at - 1
    for k in range(last, max(-1, last - 6), -1):
        size = role_size(words, k)
        if not size or k + size - 1 > last:
            continue
        if k + size - 1 < last and words[k + size].text not in _HELD:
            continue
        if not all(joined(words, i - 1, i, text) for i in range(k + 1, last + 1)):
            return ""
        start, _stop = phrase(words, k, k + size, text)
        if _introduced(words, start, text):
            return " ".join(w.text for w in words[start : k + size])
        opening = _introduced_by_names(words, start, text)
        if opening is not None:  # a capitalised office's names are in its title
            first = opening if words[start].capital else start  # "UK Home Secretary"
            return " ".join(w.text for w in words[first : k + size])
    return ""


def _introduced_by_names(words: list[Token], start: int, text: str) -> int | None:
    """Where up to two capitalised words right before the role phrase at `start` begin when
    they qualify it and are introduced as its opening would be ("Veteran Nollywood actress,
    Kate Henshaw,", "the then UK Home Secretary, Sajid Javid,"), or one of them is a
    nationality, which introduces it alone ("show Nigerian actress, Kate Henshaw, looking"):
    no sentence names a job so and means no one. None when they do not."""
    opening = start
    while (
        opening > 0 and start - opening < 2
        and words[opening - 1].capital
        and joined(words, opening - 1, opening, text)
    ):  # fmt: skip
        opening -= 1
        if demonym(words[opening].text):
            return opening
    return opening if opening < start and _introduced(words, opening, text) else None


def _introduced(words: list[Token], start: int, text: str) -> bool:
    """Whether the role phrase from `start` opens as one: an article or possessive before it
    (one free word between: "the Democratic candidate"), or a sentence's start."""
    for before in (start - 1, start - 2):
        if words[start].sentence_start or (before + 1 < start and words[before + 1].sentence_start):
            return True
        if before < 0:
            return False
        if text[words[before].end : words[before + 1].start].strip() in ("'", "’"):
            return True  # "the Republicans' nominee"
        if not joined(words, before, before + 1, text):
            return False
        word = words[before].text
        if word.casefold() in _INTRODUCING or word.endswith(("'s", "’s")):
            return True
        if text[words[before].end : words[before].end + 1] in ("'", "’"):
            return True  # "Sweden’s", split at the apostrophe: "Sweden", "s"
    return False


def plural(role: str) -> str:
    """The singular of a role in the plural, or "" ("judges" → "judge", "Forschern" →
    "Forscher"); a German plural is told by its dative or feminine ending only, since "Gründer"
    is one founder as well as two."""
    head, space, last = role.rpartition(" ")
    if last.islower() and last.endswith("s") and not last.endswith("ss"):
        single = last[:-1]
        if role_size([Token(single, 0, 0, False)], 0) and not role_length(
            [Token(last, 0, 0, False)], 0
        ):
            return f"{head}{space}{single}"
    if last[:1].isupper() and last.casefold().endswith(("ern", "innen")):
        return role_base(role)  # "Forschern", "Forscherinnen", "KünstlerInnen"
    if last[:1].isupper() and last.endswith("en") and (base := role_base(role)) != role:
        return base  # "Meditationsexperten": before a list of names a weak noun's plural
    return ""


def bracketed(words: list[Token], at: int, text: str) -> str:
    """A role word right before a bracket the name opens: "CDU/CSU-Abgeordnete (Norbert
    Röttgen, Reinhard Göhner)"."""
    if at <= 0 or text[words[at - 1].end : words[at].start].strip() != "(":
        return ""
    return words[at - 1].text if role_size(words, at - 1) == 1 else ""


def share_plural_roles(pieces: list[Piece], text: str) -> None:
    """A plural role before the first name of a list, or a role before a bracket of names, is
    every listed person's."""
    people = [p for p in pieces if p.kind is EntityKind.PERSON]
    shared = ""
    for first, second in pairwise(people):
        single = plural(first.role) if first.role else ""
        if not single and first.role and text[: first.start].rstrip().endswith("("):
            single = role_base(first.role)
        if single:
            first.role = shared = single
        elif first.role != shared:
            shared = ""
        if shared and not second.role and _LIST.fullmatch(text, first.end, second.start):
            second.role = shared
        else:
            shared = ""
