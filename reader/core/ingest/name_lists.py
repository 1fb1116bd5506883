"""The names in a byline: a list of co-authors, or one name with a place, an employer or a job
after the comma ("Sadhbh O'Sullivan, Elisabeth Kochan" against "Kathrin Erdmann, ARD-Studio
Tokio"), and the job-title line under a name ("Tokyo correspondent").
"""

from __future__ import annotations

import re

from reader.core.ingest.date_lines import MONTHS, RELATIVE_DAYS, WEEKDAYS
from reader.core.ingest.person_shape import common_word, german_band_word, is_word_phrase
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.wire_credits import agency_of

# What stands around a name in an author line: spaces, punctuation, separators.
NAME_TRIM = " \t,;:-–—|·•."
# Job titles that follow a name on its own line or after a comma.
ROLE_WORDS = (
    "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "analyst",
    "contributor", "staff", "producer", "bureau chief", "korrespondent", "redakteur",
    "redakteurin", "autorin", "autor", "journalistin", "reporterin", "chefredakteur",
    "ressortleiter", "leiterin", "leiter",
)  # fmt: skip
ROLE = re.compile(r"\b(?:" + "|".join(ROLE_WORDS) + r")(?:in|innen|s)?\b", re.IGNORECASE)
_AND = re.compile(r"\s(?:and|und|&)\s", re.IGNORECASE)
_MAX_LISTED = 3  # names in a comma list without "and"
_CALENDAR_WORDS = frozenset(WEEKDAYS + RELATIVE_DAYS) | frozenset(MONTHS)
# A newsroom credited as the author in words of the language ("Staff Reports", "Redaktion
# Polizeiticker Schweiz", "News Desk").
_NEWSROOM = re.compile(r"redaktion|newsdesk|newsroom|\bdesk\b|\bteam\b", re.IGNORECASE)


def is_role_line(text: str) -> bool:
    """A short line naming the author's job ("Tokyo correspondent", "Business reporter")."""
    return len(text.split()) <= 5 and ROLE.search(text) is not None


def phrase_not_name(names: str) -> bool:
    """What a lead word introduces is no author: a phrase of words with no first name in it
    (`person_shape.is_word_phrase`: "By Any Means Necessary", a show in a programme list;
    "by European Space Agency", an organisation's credit), unless the words are a newsroom
    or its job ("Staff Reports", "Staff Writer") or a news agency ("Associated Press"),
    which pages credit as the author. The label is itself evidence: two words whose first is
    a word only by a little German use, the second no word at all, are a person whose first
    name the list lacks ("Autor: Gabor Munier"); a place or an organisation has a common word
    ("Von Montag an", "By Reuters Staff", "Stadtwerke Bochum")."""
    if not is_word_phrase(names) or ROLE.search(names) or _NEWSROOM.search(names):
        return False
    if _rare_first_name(names.split()):
        return False
    return agency_of(names) is None


def _rare_first_name(words: list[str]) -> bool:
    """A first name the list lacks and a surname: two words, the first a word only by a little
    German use (`person_shape.german_band_word`), the second no common word."""
    return len(words) == 2 and german_band_word(words[0]) and not common_word(words[1])


def name_parts(names: str) -> list[str]:
    """Comma-separated names ("A B, C D and E F"); otherwise what follows a comma is a place
    or an employer ("Kathrin Erdmann, ARD-Studio Tokio"). A semicolon separates as a comma
    does: in a credit line it ends the author's part ("Text: Anna Roth; Fotos: Peter Paul")."""
    parts = [p.strip(NAME_TRIM) for p in names.replace(";", ",").split(",")]
    if len(parts) > 1 and _AND.search(parts[-1]) and not any(ROLE.search(p) for p in parts):
        return [p for p in parts if p]
    if 1 < len(parts) <= _MAX_LISTED and all(_plain_person(p) for p in parts):
        return parts  # "Sadhbh O'Sullivan, Elisabeth Kochan": co-authors
    # Each author with the place they report from, as Swiss papers print it ("Markus M.
    # Haefliger, London, Beat Bumbacher"): the one-word places leave the list.
    named = [p for p in parts if " " in p]
    if 1 < len(named) < len(parts) and all(_plain_person(p) for p in named):
        return named
    return [parts[0]] if parts and parts[0] else []


def _plain_person(part: str) -> bool:
    """A person's name with nothing of an outlet, a desk or a date in it (no "ARD-Studio
    Tokio", "Minh Do Monday")."""
    if not is_person_name(part) or ROLE.search(part):
        return False
    words = part.split()
    if any(w.lower().rstrip(".,") in _CALENDAR_WORDS for w in words):
        return False  # "Minh Do Monday": the date line glued on
    # (An initial is no acronym: "Markus M. Haefliger".)
    return not any(len(w.rstrip(".")) > 1 and w.split("-")[0].isupper() for w in words)
