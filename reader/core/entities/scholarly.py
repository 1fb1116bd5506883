"""What scholarly writing puts in capitals that names no organisation: a living thing's
scientific name and the authors a study cites.

A species is named by its genus, capitalised, and its epithet in small letters ("Yersinia
pestis", "Pseudomonas aeruginosa", "Escherichia coli"): the genus alone looks like a brand no
dictionary knows. The epithet is Latin, which English and German text write about equally
rarely, unlike an English word after a brand ("Beats headphones", "Apple devices"). Authors
cited in brackets with the year of their work ("(Koch & Stevenson, 2017)") are people, though
"&" joins a firm's partners too ("Beiten & Burkhardt").
"""

from __future__ import annotations

import re

from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# A Latin epithet after the genus: small letters with a Latin ending ("pestis", "coli",
# "aureus", "sapiens", "thaliana", "pneumoniae").
_EPITHET = re.compile(r" ([a-z]{3,}(?:a|ae|us|um|is|i|ii|es|ens|ans))\b")
# The year a cited work appeared, after its authors in a bracket: ", 2017", " 2016", ", 2019a".
_CITED_YEAR = re.compile(r",? (?:1[89]|20)\d\d[a-z]?[);,]")


def genus(piece: Piece, text: str) -> bool:
    """A one-word name that opens a species' name ("Yersinia" of "Yersinia pestis")."""
    if len(piece.words) != 1:
        return False
    match = _EPITHET.match(text, piece.end)
    if match is None:
        return False
    english, german = (zipf_frequency(match.group(1), lang) for lang in ("en", "de"))
    return english < 3.5 and abs(english - german) < 0.8


def cited_authors(piece: Piece, text: str) -> bool:
    """Names joined by "&" in a bracket with a year after them: the authors of a cited work
    ("(Koch & Stevenson, 2017)", "(vgl. Ritter, 2001; Alexander & Lück, 2016)"); a firm
    cited in the text's own words stays ("laut Ernst & Young (2019)")."""
    opened = text.rfind("(", 0, piece.start) > text.rfind(")", 0, piece.start)
    return (
        opened and "&" in text[piece.start : piece.end] and bool(_CITED_YEAR.match(text, piece.end))
    )
