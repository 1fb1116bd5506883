"""A headline with the post's date copied onto its end.

Blog themes and some news sites print the date in an inline element right after the
headline; copying the page glues the two ("Stadtrat beschließt Haushalt12.03.2024", "… | Nov.
19, 2019", "… - 12. März 2024, 14:05 Uhr"). The date is the page's date, not part of its
title. A date the headline's own words lead to ("Wahl am 12. März 2024", "Streik bis
Freitag, 15. März 2024") is the story's and stays.
"""

from __future__ import annotations

import re

from reader.core.ingest.date_lines import WEEKDAYS, DateHit

# What may follow the date when it closes the line: a clock time and its zone ("14:05 Uhr",
# "at 5:30 pm", "9:02 AM EST").
_TIME_TAIL = re.compile(
    r"\s*(?:[,|·•–—-]\s*)?(?:(?:at|um|à|alle|a las)\s+)?"
    r"(?:\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,4})?)?\s*",
    re.IGNORECASE,
)
_WEEKDAYS = frozenset(WEEKDAYS)
# Separators between a headline and its date.
_SEPARATOR_ENDS = ("|", "-", "–", "—", "·", "•", ",", ":")
# Words that lead a headline to its own date ("am", "on", "until", "dal", "desde" …).
_LEADING_WORDS = frozenset(
    "am vom bis ab seit zum zur für an im ins auf nach vor zwischen und "
    "on from until till by since to through before after between and of "
    "le du au de des depuis jusqu el del al desde hasta il dal fino entre op van tot".split()
)  # fmt: skip
# Words of the headline before the date: fewer is a label or a meta line ("Redaktion Politik
# - 12. März 2024").
_MIN_HEADLINE_WORDS = 4


def closes_headline(text: str, hit: DateHit) -> bool:
    """The date (with its time) ends the line after a headline of its own: glued to it, set
    off by a separator, or after a word that does not lead to it."""
    if _TIME_TAIL.fullmatch(text, hit.end) is None:
        return False
    before = text[: hit.start]
    words = [word for word in before.split() if any(map(str.isalpha, word))]
    if words and words[-1].lower().strip(",") in _WEEKDAYS:
        # The date's weekday ("… bis Freitag, 15. März 2024"): the word before it decides.
        before = before[: before.rstrip().rstrip(",").rstrip().rfind(" ") + 1]
        words = words[:-1]
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    if before[-1:].isalpha():
        return True  # "…Straßen12.03.2024": glued
    stripped = before.rstrip()
    if stripped.endswith(_SEPARATOR_ENDS):
        return True
    last = stripped.rsplit(maxsplit=1)[-1].lower().strip(".,;:'\"’”»)")
    return last not in _LEADING_WORDS and not last.isdigit()


def without_closing_date(text: str, hit: DateHit) -> str:
    """The headline without the date closing it, when it does (`closes_headline`)."""
    if not closes_headline(text, hit):
        return text
    before = text[: hit.start].rstrip()
    words = before.split()
    if words and words[-1].lower().strip(",") in _WEEKDAYS:
        before = before[: before.rfind(" ")].rstrip()
    return before.rstrip("".join(_SEPARATOR_ENDS)).rstrip()
