"""A drop cap copied apart from its word: the story's first letter, set large beside the first
paragraph, comes out of the browser's copy as a line of its own ("A", then "dam Schiff's
impeachment inquiry is …"), and the reading view showed the letter as a heading over a
paragraph that began in the middle of a word (2 pages of the English development set, the
Guardian's and National Review's; their saved pages keep the letter in its paragraph).

The letter is put back in front of its paragraph. Whether it was a word of its own ("A new
study …") or the start of one is told by the page: "Adam" printed elsewhere on it (the
headline, the teaser) says the letter began the word; a letter that is no word alone ("H",
"ong Kong is burning") always does. A story has one drop cap: a page with several such letters
is a glossary or an index, its letters headings over entries ("B", "banana: a long curved
fruit …"), and none is joined.
"""

from __future__ import annotations

import re

# A paragraph, not a menu entry or a caption: the rest of a drop cap's paragraph is this long.
_MIN_REST_CHARS = 60
# Letters that are words on their own (English "A", "I"; "O" as an address).
_ONE_LETTER_WORDS = frozenset("AIO")
_WORD_START = re.compile(r"[^\W\d_]+")


def joined_drop_caps(lines: list[str]) -> list[str]:
    """`lines` (stripped) with the drop cap's letter joined to the paragraph it opens (blank
    lines between them dropped); `lines` itself when there is none, or several (an index)."""
    if 1 not in map(len, lines):  # (the lengths compared in C: most pages have no such line)
        return lines
    found = [(index, rest) for index, line in enumerate(lines) if len(line) == 1 and (rest := _rest(lines, index))]
    if len(found) != 1:  # none, or an index's letters
        return lines
    [(index, rest)] = found
    letter = lines[index]
    return [*lines[:index], letter + _joiner(letter, lines[rest], "\n".join(lines)) + lines[rest], *lines[rest + 1 :]]


def _rest(lines: list[str], index: int) -> int:
    """The index of the paragraph the capital at `index` opens as a drop cap (the next line
    that is not blank, beginning with the rest of a word), or 0."""
    if not lines[index].isupper():
        return 0
    rest = index + 1
    while rest < len(lines) and not lines[rest]:
        rest += 1
    return rest if rest < len(lines) and _opens_rest(lines[rest]) else 0


def _opens_rest(line: str) -> bool:
    """A paragraph that begins with the rest of a word: lower case, and long."""
    return line[0].islower() and len(line) >= _MIN_REST_CHARS


def _joiner(letter: str, rest: str, text: str) -> str:
    """"" when the letter begins the paragraph's first word, " " when it is a word itself."""
    if letter not in _ONE_LETTER_WORDS:
        return ""
    start = _WORD_START.match(rest)
    if start is None:
        return " "
    word = letter + start.group()
    return "" if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) else " "
