"""Companies news names most: those of the main stock indices of Europe, the USA and Japan.

`pytickersymbols` ships their members offline (about 1,800 companies of the DAX, MDAX, SDAX,
TecDAX, EURO STOXX 50, CAC 40, FTSE 100, S&P 500, NASDAQ 100, Nikkei 225, SMI … with the names
Wikipedia gives them), which no word around a name has to announce: "Amazon is …", "Apple
will …". A name is matched as the index writes it or without its legal form ("Apple Inc." is
"Apple", "Volkswagen Group" is "Volkswagen"); only names a text does not already show to be a
person or a place get here, and in German only words that are no German nouns.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Legal forms and group words at the end of a listed name: "Apple Inc.", "Rheinmetall AG",
# "Volkswagen Group" (German "Gruppe", "Konzern"), "Netflix, Inc.", "Nippon Steel Corporation".
_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Companies|Ltd\.?|"
    r"Limited|plc|PLC|AG|SE|S\.A\.?|SA|N\.V\.?|NV|Group|Gruppe|Konzern|Holdings?|SpA|"
    r"S\.p\.A\.|ASA|AB|Oyj|KGaA|GmbH|Aktiengesellschaft|& Co\.?))+$"
)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    from pytickersymbols.indices_data import INDICES  # imported on first use: ~20 ms

    names = set()
    for index in INDICES.values():
        for company in index["companies"]:
            name = str(company["name"]).removeprefix("The ").strip()
            for form in (name, _LEGAL.sub("", name).strip(" ,")):
                if len(form) > 2:
                    names.add(form.casefold())
    return frozenset(names)


def listed(name: str) -> bool:
    """Whether `name` is a company of one of the main stock indices, as written there or
    without its legal form."""
    return " ".join(name.split()).casefold() in _names()


def other_company(short: str, longer: str) -> bool:
    """Whether `longer`, a name that begins with the words of `short`, names another company
    than `short` does: a listed company's name with more words than a legal form or a group
    word is its daughter or unit, which news keeps apart from the parent ("Siemens Energy",
    "Siemens Healthineers", "Deutsche Bank Research" are not "Siemens", "Deutsche Bank"),
    while "Siemens AG" and "Volkswagen Group" are the company itself. A short name the indices
    do not list on its own is the longer one's short form ("Ulta" of "Ulta Beauty")."""
    words = longer.split()
    size = len(short.split())
    rest = " ".join(words[size:])
    parent = listed(short) or listed(" ".join(words[:size]))
    return parent and bool(rest) and bool(_LEGAL.sub("", f" {rest}").strip(" ,"))
