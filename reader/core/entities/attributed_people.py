"""Who a quotation is attributed to, with an office or an age in apposition: a person.

News attributes what is said in one fixed shape: "…," said Hogan Gidley, the deputy press
secretary; Zippy Duvall, the president of the farm bureau, said …; "…," Strauss Zelnick, CEO
of Take-Two, adds. The rules for runs of names want a known first name or a name the text
repeats, and such a name, written once with a first name no list has ("Zippy", "Strauss",
"Serene"), was lost. A verb of saying and an office (or an age: "said Singh Jabarjung, 24,")
in apposition to the same two or three capitalised words leave no doubt: organisations and
places are not said to speak with an office of their own in apposition. German writes the
same ("sagte Jana Quist, Sprecherin der Stadtwerke").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.role_phrases import role_size

# A name's word: a capital, then small letters (a hyphen or an apostrophe may join a second
# part: "Liu-Shiu", "O'Hara"), never a word in capitals ("CEO") or a lone letter.
_WORD = r"[A-ZÄÖÜ][a-zäöüßáàâçéèêëíìîïñóòôúùû]+(?:[-'’][A-ZÄÖÜ]?[a-zäöüßáàâçéèêëíìîïñóòôúùû]+)?"
_NAME = rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}})"
_VERBS = (
    r"said|says|added|adds|explained|explains|noted|notes|wrote|writes|continued|recalled"
    r"|sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|ergänzt|meinte|meint"
)
# The apposition after the name: a comma, an article, then the office ("the president of …")
# or an age between commas ("Singh Jabarjung, 24, from Punjab").
_APPOSITION = re.compile(
    r",[ \t]+(?:(?:the|a|an|der|die|den|dem|des|ein|eine|einer|eines)[ \t]+)?"
    r"|,[ \t]+(?=(?:1[4-9]|[2-9]\d),)"
)
_AGE = re.compile(r"(?:1[4-9]|[2-9]\d),")
# The verb before the name ("said Hogan Gidley,") …
_SAID_BEFORE = re.compile(rf"\b(?:{_VERBS})[ \t]+{_NAME}(?=,)")
# … or after its apposition, which runs to the next comma ("Zippy Duvall, the president of the
# farm bureau, said"); the name then opens a sentence, a clause or follows a quotation's end.
_SAID_AFTER = re.compile(
    rf"(?:^|(?<=[.!?,;:”\"“«»]\ )|(?<=[.!?,;:”\"“«»]))[ \t]*{_NAME}"
    rf"(?=,[^,.;:!?\n]{{3,120}},[ \t]+(?:{_VERBS})\b)",
    re.MULTILINE,
)
# Words that open a sentence with a capital and are no part of a name.
_OPENERS = frozenset(
    "The A An This That These Those It He She They We I In On At For But And Or As If When "
    "While After Before Der Die Das Ein Eine Er Sie Es Wir Ich Im In Am Auf Bei Mit Nach".split()
)
# How many words after the apposition's article may stand before the office ("the former
# principal deputy White House press secretary").
_REACH = 6


def attributed_people(text: str, words: list[Token]) -> list[Piece]:
    """The people a quotation is attributed to, with an office or an age in apposition."""
    if "," not in text:
        return []
    starts = [w.start for w in words]
    found: dict[int, Piece] = {}
    for pattern in (_SAID_BEFORE, _SAID_AFTER):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
            if not inside or inside[0].text in _OPENERS or inside[-1].end != end:
                continue
            if _apposed(text, end, words, bisect_left(starts, end)):
                found[start] = Piece(EntityKind.PERSON, list(inside))
    return [found[start] for start in sorted(found)]


def _apposed(text: str, end: int, words: list[Token], at: int) -> bool:
    """Whether an office or an age stands in apposition right after the name ending at `end`
    (`at`: the index of the first word after it)."""
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return False
    if _AGE.match(text, apposition.end()):
        return True
    first = next((i for i in range(at, len(words)) if words[i].start >= apposition.end()), None)
    if first is None or words[first].start != apposition.end():
        return False
    for i in range(first, min(first + _REACH, len(words))):
        if i > first and text[words[i - 1].end : words[i].start] != " ":
            return False  # the apposition ended ("the bank, which …")
        if role_size(words, i):
            return True
    return False
