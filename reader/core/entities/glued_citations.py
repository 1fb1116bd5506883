"""A body's name with what it publishes, or a court's with the law report citing it, run into
one name: "RKI Epidemiologisches Bulletin", "OLG Köln NJW-RR 2019, 123", "LG Berlin ZUM 2018".

German capitalises nouns and news leaves out the genitive's words, so a body's acronym before
its publication ("RKI Epidemiologisches Bulletin": the institute's bulletin) reads as one run,
and a legal text cites a ruling by court, law report, year and page, which reads as one court.
The body is the acronym, the court its name: the publication (a noun for one, with German
adjectives before it) and the law report's abbreviation (a word of capitals before its year)
are cut off and dropped, as is a law report cited alone with its page ("NJW 2020, 45"; not
"die BASF 2021", a company and a year): a citation, no body a consultant looks up. "SPIEGEL
TV Magazin" stays (a word between that is no adjective).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")
# What a body puts out, the last word of the run ("Epidemiologisches Bulletin", "MSN Blog").
_PUBLICATIONS = frozenset(
    "Bulletin Journal Magazin Zeitschrift Newsletter Jahrbuch Jahresbericht Blog Podcast".split()
)
_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich|ig|al|ell)(?:e|es|er|en|em)?")
# Germany's and Europe's courts, as a citation opens with them ("OLG Köln", "BGH", "EuGH").
_COURTS = frozenset(
    "OLG LG AG BGH BAG BFH BSG BVerwG BVerfG VG OVG VGH LAG ArbG SG FG KG EuGH".split()
)
# A law report's abbreviation: capitals, a small letter or two between ("NJW", "NJW-RR",
# "GRUR", "NVwZ", "NStZ", "BGHZ").
_REPORT = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z]{1,3})?")
# Its year after it; after the part of a report's name a hyphenated compound cut off ("NJW" of
# "NJW-RR 2019": `org_shapes` reads "VW-Werk" as VW's).
_YEAR_AFTER = re.compile(r"(?:-[A-Z]{1,3})?,?\s(?:19|20)\d\d\b")
# A law report cited alone has its page after the year ("NJW 2020, 45"); an acronym before a
# year alone is a body's as often ("Die BASF 2021 erzielte …", "der DFB 2024").
_PAGE_AFTER = re.compile(r"(?:-[A-Z]{1,3})?,?\s(?:19|20)\d\d,\s?\d")


def without_glued_citations(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` with a body's publication and a court's law report cut off, and a law report
    cited alone dropped."""
    kept = []
    for piece in pieces:
        if piece.kind is not EntityKind.ORG:
            kept.append(piece)
            continue
        words = piece.words
        if (
            len(words) > 1 and _ACRONYM.fullmatch(words[0].text)
            and words[-1].text in _PUBLICATIONS
            and all(_ADJECTIVE.fullmatch(w.text) for w in words[1:-1])
        ):  # fmt: skip
            kept.append(replace(piece, words=words[:1]))  # "RKI Epidemiologisches Bulletin"
            continue
        if _REPORT.fullmatch(words[-1].text) and _YEAR_AFTER.match(text, piece.end):
            if len(words) > 1 and words[0].text in _COURTS:
                kept.append(replace(piece, words=words[:-1]))  # "OLG Köln NJW-RR 2019"
            elif len(words) > 1 or not _PAGE_AFTER.match(text, piece.end):
                kept.append(piece)  # "Die BASF 2021 erzielte …": no citation
            continue  # "NJW 2020, 45": the report alone
        kept.append(piece)
    return kept
