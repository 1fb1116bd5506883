"""Pieces that are no names, whatever their run was taken for: a market code or a model number
("CLc1", "RS-25", "SARS-CoV-2"), the first half of a German compound whose end the next word
carries ("Nord- und Südamerika"), a single letter ("Group E", "Firma B") and a species' genus
or a study's cited authors ("Yersinia pestis", "(Koch & Stevenson, 2017)"). Split from
`extraction`, which drops them right after the runs are classified.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import acronym
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece
from reader.core.entities.scholarly import cited_authors, genus

_GROUP = re.compile(r"G(?:5|7|8|10|20|77)")  # "G7", "G20": groups of states ("G3" is a chip)
# A word with a number after it, no code: "Business7", "Women7", "Scope3" (codes are capitals
# and digits mixed: "CLc1", "US10YT", "CMAL3").
_NAMED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}\d{1,2}")
# A number or a model code joined to an acronym: "RS-25", "SARS-CoV-2", "GLP-1", "DMC-FZ100".
_NUMBERED = re.compile(r"-[A-Za-z]{0,3}\d")
# Roman numerals: "Eisen(III)-Oxide", "Band II".
_ROMAN = re.compile(r"[IVX]{2,}")


def letters_and_digits(text: str) -> bool:
    """Letters and digits in one word, no hyphen: a market code or a model number ("CLc1",
    "US10YT", "C42"), not "COVID-19"."""
    letters = sum(c.isalpha() for c in text)
    return 0 < letters < len(text) and any(c.isdigit() for c in text) and "-" not in text


def letter(piece: Piece) -> bool:
    """A single letter names a group, a path or a party to a contract ("Group E", "Path B",
    "Firma B"), no organisation or person; "X", the platform, excepted. "Co." alone is the
    rest of a list ("Amazon, eBay und Co.", "Dosen und Co."), no company."""
    word = piece.words[0].text
    return len(piece.words) == 1 and ((len(word) == 1 and word != "X") or word in ("Co", "Co."))


def scholarly(piece: Piece, text: str) -> bool:
    """A species' genus or the cited authors of a study, whatever the run was taken for
    ("Yersinia pestis", "(Koch & Stevenson, 2017)"); a place stays ("Florida panther")."""
    return piece.kind is not EntityKind.PLACE and (genus(piece, text) or cited_authors(piece, text))


def truncated(piece: Piece, text: str) -> bool:
    """The first half of a German compound whose end the next word carries: "Lade- und
    Entladezeiten", "Nord- und Südamerika" — a part of a word, no name; a body's acronym
    stays one ("SPD- und CDU-Politiker", "WTA- und ATP-Tour")."""
    return text[piece.end : piece.end + 2] in ("- ", "-,") and not (
        piece.kind is EntityKind.ORG and len(piece.words) == 1 and acronym(piece.words[0].text)
    )


def code(piece: Piece, text: str) -> bool:
    """A market code or model number, not a name: letters and digits in one word ("CLc1",
    "US10YT", "C42"; a group like "G7" stays), an acronym with a number after its hyphen
    ("RS-25" engines, "SARS-CoV-2", "GLP-1"), a Roman numeral ("Eisen(III)-Oxide"), a
    ticker written after a dot (".DJI") or a quote code before "=" ("EUR=", "US10YT=RR")."""
    if piece.kind is EntityKind.PLACE:
        return False
    if any(
        letters_and_digits(w.text) and not _GROUP.fullmatch(w.text) and not _NAMED.fullmatch(w.text)
        for w in piece.words
    ):
        return True
    if len(piece.words) == 1 and (
        _ROMAN.fullmatch(piece.words[0].text)
        or (acronym(piece.words[0].text) and _NUMBERED.match(text, piece.end))
    ):
        return True
    before = text[max(0, piece.start - 2) : piece.start]
    return (
        (before[-1:] == "." and before[:1] in (" ", "(", ""))
        or text[piece.end : piece.end + 1] == "="
        or before[-1:] == "="
    )
