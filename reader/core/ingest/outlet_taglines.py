"""A blog's title over its tagline at the very top of the page: "PRISMEN" / "Lernpfad für die
3. Klasse AHS/NMS (7. Schulstufe)", "1337@kultur:~$" / "Leet-Kultur – Kultur aus der
Nerdperspektive", "Mywakenews's Blog" / "For all who want to wake up!".

A blog theme prints the site's title and its description first, above the menu; the copied
text keeps both as the page's first two lines. The title alone is only a masthead (a first
line may be a menu's first item, or a date); the line under it that reads as a phrase — some
words in lower case, not a name, not a menu of names, not a label or the skip links — says the
line above names the site. Not when the phrase is the page's headline (a page without
masthead opens with its headline and its teaser; a bar over the page repeats it under
"Currently Reading"), nor when the first line is one common word ("Produkte" / "Solaranlagen
mit und ohne Speicher": a menu item and its first entry; "Harbor Notes" is a name of words) or
holds a word without letters ("1. November 2023").
"""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import is_name_shaped
from reader.core.ingest.person_shape import common_word

_TAGLINE_WORDS = (3, 16)
_TAGLINE_CHARS = 120
_LOWER_WORDS = 2
# The page's skip links and their heading are no tagline: "Sprungmarken" / "Übersicht der Marken
# des HR anspringen", "Springe direkt zu:".
_NAVIGATION = re.compile(r"spring|skip|jump|navigat|men[üu]", re.IGNORECASE)


def tagline_name(lines: list[str], opening: int, top_end: int) -> str | None:
    """The page's first line (`opening`) when the line under it is the site's tagline and
    both stand above the headline (line `top_end`)."""
    below = opening + 1
    if below >= min(top_end, len(lines)):
        return None
    name, tagline = lines[opening], lines[below]
    if not name or not is_name_shaped(name):
        return None
    parts = name.split()
    if any(not any(map(str.isalpha, part)) for part in parts):
        return None  # a date: "1. November 2023"
    if len(parts) == 1 and common_word(name):
        return None  # a menu's word: "Produkte" (a name of words is a name: "Harbor Notes")
    words = tagline.split()
    if not (_TAGLINE_WORDS[0] <= len(words) <= _TAGLINE_WORDS[1]) or len(tagline) > _TAGLINE_CHARS:
        return None
    lower = sum(1 for w in words if w[:1].islower())
    if lower < _LOWER_WORDS or is_name_shaped(tagline) or "|" in tagline:
        return None
    if tagline.endswith(":") or _NAVIGATION.search(tagline):
        return None  # a label, the skip links
    if top_end < len(lines) and tagline.casefold() == lines[top_end].casefold():
        return None  # the headline in a bar over the page: "Currently Reading" / "PG&E begins …"
    return name
