"""Names that only ever stand beside a number, and codes in brackets after a stock index: no
organisations, whatever their capitals say.

A unit or currency is written in capitals next to its amount ("540 Nm", "151 PS", "Rs 24
lakh", "CHF 80 000"), a hull or hill code before its number ("CVN 69", "HS 147"), and a
product by its sequel or version number ("Destiny 2", "Windows 10"). A company's name stands
beside a number now and then too ("Siemens 2,5 Prozent"), so only a name the text writes beside
a number in every mention counts: short words (three letters at most) next to any number, longer
ones when each mention is followed by a small whole number that is no amount ("Destiny 2 on
Stadia"; not "Siemens 2 Prozent") or follows an amount that is no year ("1,77 Meter"). A stock index's ticker follows its name in brackets ("Hang
Seng Index (HSI)", "Shanghai Composite (SHCOMP)"): the index's code, not a body.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.core.entities.cues import bare
from reader.core.entities.lexicon import INDEX_AFTER
from reader.core.entities.names import Token

# What makes a number after a name an amount rather than a version: "2 Prozent", "2 per cent".
_AMOUNT_AFTER = frozenset("percent per prozent euro dollar mio mrd million millionen".split())
_TICKER = re.compile(r"(\w+) \(([A-Z][A-Z0-9]{1,7})\)")


def _number(word: Token) -> bool:
    return word.text[:1].isdigit() and word.text.replace(".", "").replace(",", "").isdigit()


def _code(word: Token) -> bool:
    """A number or a model's code opening with a digit: "24", "18V-55", "485i"."""
    return word.text[:1].isdigit()


def _version(words: list[Token], at: int, text: str) -> bool:
    """Whether a small whole number that is no amount follows the word at `at` directly:
    "Destiny 2 on", "Windows 10,"; not "Schalke 04", "Siemens 2,5", "Apple 3%"."""
    if at + 1 >= len(words):
        return False
    word, number = words[at], words[at + 1]
    if number.start != word.end + 1 or not number.text.isdigit() or len(number.text) > 2:
        return False
    if number.text.startswith("0"):
        return False  # "Schalke 04", "Mainz 05": a club's founding year
    rest = text[number.end : number.end + 2]
    if rest[:1] in ("%", ":") or (rest[:1] in (",", ".", "-", "–") and rest[1:2].isdigit()):
        return False  # "2,5", "Augsburg 5-0": an amount, a score
    after = words[at + 2].text.casefold() if at + 2 < len(words) else ""
    return after not in _AMOUNT_AFTER


def _measured(words: list[Token], at: int) -> bool:
    """Whether an amount stands just before the word at `at` ("1,77 Meter", "82 kWh"); a year
    ("in 2019 Apple") is none."""
    if at == 0 or words[at - 1].end + 1 != words[at].start or not _number(words[at - 1]):
        return False
    number = words[at - 1].text
    return not (len(number) == 4 and number.isdigit() and number[:2] in ("19", "20"))


def numbered(words: list[Token], text: str) -> frozenset[str]:
    """Capitalised words the text writes beside a number in every mention: units, currencies,
    codes and numbered products ("GSR 18V-55": a tool's series before its code)."""
    mentions: dict[str, list[int]] = defaultdict(list)
    for at, word in enumerate(words):
        if word.capital:
            mentions[bare(word.text)].append(at)
    found = set()
    for name, ats in mentions.items():
        if len(name) <= 3:
            beside = all(
                (at > 0 and _number(words[at - 1]) and words[at - 1].end + 1 == words[at].start)
                or (at + 1 < len(words) and _code(words[at + 1])
                    and words[at].end + 1 == words[at + 1].start)
                for at in ats
            )  # fmt: skip
        else:  # "Destiny 2" in every mention, or "1,77 Meter", "zehn" not: a digit before
            beside = all(_version(words, at, text) for at in ats) or all(
                _measured(words, at) for at in ats
            )
        if beside:
            found.add(name)
    return frozenset(found)


def tickers(text: str) -> frozenset[str]:
    """Codes in brackets after a stock index's name: "Kospi Index (KOSPI)", "Nasdaq 100 (NDX)"."""
    return frozenset(m.group(2) for m in _TICKER.finditer(text) if m.group(1) in INDEX_AFTER)
