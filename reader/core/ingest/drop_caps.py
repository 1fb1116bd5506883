"""A drop cap copied apart from its word: the story's first letter, set large beside the first
paragraph, comes out of the browser's copy as a line of its own ("A", then "dam Schiff's
impeachment inquiry is …"), and the reading view showed the letter as a heading over a
paragraph that began in the middle of a word (2 pages of the English development set, the
Guardian's and National Review's; their saved pages keep the letter in its paragraph).

The letter is put back in front of its paragraph. Whether it was a word of its own ("A new
study …") or the start of one is told by the page: "Adam" printed elsewhere on it (the
headline, the teaser) says the letter began the word; a letter that is no word alone ("H",
"ong Kong is burning") always does.
"""

from __future__ import annotations

import re

# A paragraph, not a menu entry or a caption: the rest of a drop cap's paragraph is this long.
_MIN_REST_CHARS = 60
# Letters that are words on their own (English "A", "I"; "O" as an address).
_ONE_LETTER_WORDS = frozenset("AIO")
_WORD_START = re.compile(r"[^\W\d_]+")


def joined_drop_caps(lines: list[str]) -> list[str]:
    """`lines` (stripped) with each drop cap's letter joined to the paragraph it opens (blank
    lines between them dropped); `lines` itself when there is none."""
    if 1 not in map(len, lines):  # (the lengths compared in C: most pages have no such line)
        return lines
    text = "\n".join(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        rest = index + 1
        while rest < len(lines) and not lines[rest]:
            rest += 1
        if len(line) == 1 and line.isupper() and rest < len(lines) and _opens_rest(lines[rest]):
            out.append(line + _joiner(line, lines[rest], text) + lines[rest])
            index = rest + 1
            continue
        out.append(line)
        index += 1
    return out


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
