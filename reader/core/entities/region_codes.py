"""A Swiss canton's or a Brazilian state's two-letter code written as a town's or a body's
address ("Wallisellen/ZH", "(Sepe)/RJ") or among a place's particulars in brackets ("Bosco
Gurin (1515 m, TI, seit 1951)"): where something is, not an organisation. Only when every
mention of the code is written so: "TI" alone in a sentence may be Texas Instruments."""

from __future__ import annotations

import re

from reader.core.entities.names import Token

_CODES = frozenset(
    # Swiss cantons
    "ZH BE LU UR SZ OW NW GL ZG FR SO BS BL SH AR AI SG GR AG TG TI VD VS NE GE JU "
    # Brazilian states
    "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split()
)
# A town's or a body's name, then a slash: "Wallisellen/", "(Sepe)/".
_SLASHED = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+|\))/$")
# A bracket's list of particulars around the code: "(1515 m, TI, seit 1951)".
_LISTED_BEFORE = re.compile(r"\([^()]*, $")
_LISTED_AFTER = re.compile(r"^, [^()]*\)")


def region_codes(words: list[Token], text: str) -> frozenset[str]:
    """The codes of cantons and states a text writes only as an address's."""
    seen: dict[str, bool] = {}
    for word in words:
        if word.text not in _CODES:
            continue
        before, after = text[max(0, word.start - 40) : word.start], text[word.end : word.end + 40]
        address = bool(
            (_SLASHED.search(before) and not re.match(r"\w", after))
            or (_LISTED_BEFORE.search(before) and _LISTED_AFTER.match(after))
        )
        seen[word.text] = seen.get(word.text, True) and address
    return frozenset(code for code, address in seen.items() if address)
