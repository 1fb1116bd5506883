"""The authors a study's reference names: people, however their names are cut.

Science news closes with its source ("More information: G. Petit et al. Hibernation and …",
"Aeppli M., Giroud S., Vranic S. (2022): Thermodynamic …", "Ruskin KJ, Hueske-Kraus D. Curr
Opin …") and cites work in its sentences ("Tanaka et al. bombardierten …", "nach Baal et al.
(1994)", "(Koch & Stevenson, 2017)", "nach Jacobs (1998)"). A surname with initials after it,
a surname before "et al.", or surnames before a year in brackets are written so of authors only; the rules for runs of names read "Giroud S." as a word and a letter and "G. Petit"
as a lone initial. A list of such authors needs two of them with different surnames that are
no everyday words ("Terminal A, Terminal B", "Halle A, Gebäude B" are no authors). A surname
before a bracketed year needs the citation's company: a second author ("Alexander & Lück 2016"),
the bracket around both ("(Hündgen, 2021)"), or "nach", "laut", "according to" before it —
"Technologiefonds (2020)", "Deutschland (2021)" name no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_SURNAME = r"[A-ZÄÖÜ][a-zäöüßáàâçéèêëíìîïñóòôúùû'’]+(?:-[A-ZÄÖÜ][a-zäöüßáàâçéèêëíìîïñóòôúùû'’]+)?"
# Initials after a surname: "M.", "T.B.", "KJ" (Vancouver style writes them without dots).
_AFTER = r"(?:[A-Z]\.){1,3}|[A-Z]{1,3}(?![\w.])"
_AUTHOR = re.compile(rf"({_SURNAME}) (?:{_AFTER})")
_AUTHORS = re.compile(rf"(?<![\w-]){_SURNAME} (?:{_AFTER})(?:, {_SURNAME} (?:{_AFTER}))+")
# Initials before a surname, then "et al.": "G. Petit et al.", "Tanaka et al.".
_ET_AL = re.compile(rf"(?<![\w.-])((?:[A-Z]\. ?){{0,3}}{_SURNAME}) et al\b")
# Author and year: "(Smeets & Duchateau 2003", "Alexander und Lück (2016)", "(Hündgen, 2021)",
# "(vgl. Röseler, 2001)", "nach Jacobs (1998)"; group 1 the first author, group 2 a second one.
_YEAR = r"(?:1[89]|20)\d\d[a-z]?"
_AND = r" (?:&|and|und) "
_PAIR = re.compile(rf"(?<![\w-])({_SURNAME}){_AND}({_SURNAME}),? (?:{_YEAR}\b|\({_YEAR}\))")
_ONE = re.compile(
    rf"(?:\((?:vgl\. |[Ss]iehe |see |cf\. )?|\b(?:[Nn]ach|[Ll]aut|[Aa]ccording to) )"
    rf"({_SURNAME})(?:,? {_YEAR}[;,)]| \({_YEAR}\))"
)


def cited_people(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The cited authors as people, each over its words."""
    if (
        "et al" not in text
        and not re.search(r"[a-z] [A-Z]{1,3}\.?, [A-Z]", text)
        and not re.search(r"\b(?:1[89]|20)\d\d[a-z]?[;,)]", text)
    ):
        return []  # a quick look first: most texts cite no one
    starts = [w.start for w in words]
    spans = [m.span(1) for m in _ET_AL.finditer(text) if not common_word(m[1].split()[-1], lang)]
    for pair in _PAIR.finditer(text):
        if pair[1] != pair[2] and not any(common_word(pair[i], lang) for i in (1, 2)):
            spans += [pair.span(1), pair.span(2)]
    spans += [m.span(1) for m in _ONE.finditer(text) if not common_word(m[1], lang)]
    for listed in _AUTHORS.finditer(text):
        authors = list(_AUTHOR.finditer(text, listed.start(), listed.end()))
        surnames = {a[1] for a in authors}
        if (
            len(surnames) == len(authors)
            and not any(common_word(s, lang) for s in surnames)
            and any(a.group().endswith(".") for a in authors)  # not "Apple TV, Android TV"
        ):
            spans += [_named(a, text) for a in authors]
    found = []
    for start, end in sorted(set(spans)):
        inside = words[bisect_left(starts, start) : bisect_right(starts, end - 1)]
        if inside:
            found.append(Piece(EntityKind.PERSON, inside))
    return found


def _named(author: re.Match[str], text: str) -> tuple[int, int]:
    """The author's span: the surname alone when the text names the person in full with the
    same initial ("Aeppli M." beside "Meret Aeppli"), so the mention joins that person."""
    surname, initial = author[1], author.group()[len(author[1]) + 1]
    if re.search(rf"\b{initial}[a-zäöüéè]+(?: [A-Z]\.)? {re.escape(surname)}\b", text):
        return author.start(1), author.end(1)
    return author.span()
