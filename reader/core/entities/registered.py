"""German registered associations and cooperatives by their legal form: "die Wirtschaftsweiber
e.V.", "beim Deutschen Verband Flüssiggas e. V. (DVFG)", "die Volksbank Mittelhessen eG", "in
die Talent Dienstleistungs- und Handel e.G.", "im Internationalen Medienverbund reg.Gen.m.b.H.".

"e.V." (eingetragener Verein), "eG" (eingetragene Genossenschaft) and Austria's
"reg.Gen.m.b.H." after capitalised words say they are a body's name, whatever they are made of
— German nouns ("Wirtschaftsweiber", "Flüssiggas", "Handel") that no other rule would take for
a name. The tokenizer reads a form as several words ("e", "V."), so the words before it are
looked for in the text itself: the capitalised words right before it, up to a small word, a
punctuation mark or a word that never opens a name ("Der"); an "und" after a word cut short
by a hyphen joins two of its words ("Dienstleistungs- und Handel"), and a club's letters and
founding year before its town stay with it ("TSV 1860 München e.V."). A cooperative's form is
part of its name as "GmbH" is of a company's; an association is named without its "e.V.", as
the text names it again.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import bare
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.year_clubs import club_year

_FORM = re.compile(r"(?<=[\w.]) (?:e\. ?V\.|(?P<coop>e\. ?G\.|eG\b|reg\. ?Gen\. ?m\. ?b\. ?H\.))")
_MOST_WORDS = 6


def associations(text: str, words: list[Token]) -> list[Piece]:
    """The associations and cooperatives named before their legal form in `text`."""
    found = []
    starts = [w.start for w in words]
    for match in _FORM.finditer(text):
        at = bisect_left(starts, match.start()) - 1  # the last word before the form
        name: list[Token] = []
        while at >= 0 and len(name) < _MOST_WORDS:
            word = words[at]
            gap = text[word.end : name[0].start if name else match.start() + 1]
            if word.text == "und" and name and at > 0 and text[words[at - 1].end] == "-":
                name.insert(0, word)  # "Dienstleistungs- und Handel"
                at -= 1
                continue
            cut = gap == "- " and bool(name) and name[0].text == "und"  # "Dienstleistungs- und"
            if (gap != " " and not cut) or not word.capital or bare(word.text) in NEVER_NAME:
                break
            name.insert(0, word)
            if word.sentence_start:
                break
            at -= 1
        if (
            name
            and at > 0
            and club_year(words[at - 1], words[at], text)
            and text[words[at].end : name[0].start] == " "
        ):
            name[:0] = [words[at - 1], words[at]]  # "TSV 1860 München e.V.": the whole club
        if name and name[0].text != "und":
            if match.group("coop"):
                form = match.group("coop")
                name.append(Token(form, match.start("coop"), match.end("coop"), False))
            found.append(Piece(EntityKind.ORG, name))
    return found
