"""A site naming itself by its web address as a story's source.

Sites that print their stories' source under the headline write their own address there when
the story is their own: "Last Updated : Nov 20, 2019 | Source: Harborpost.com", "Quelle:
hafenblatt.de". An agency is named there by its name ("Source: PTI", "Quelle: dpa"), never by
an address, and a picture's source is labelled as such ("Bildquelle: …", "Image source: …"),
so a web address after a plain "Source:" is the site's own.
"""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import is_name_shaped

_TLD = r"(?:com|net|org|info|co\.uk|de|at|ch|eu|it|fr|es|in|news|com\.br|com\.au)"
# "Source:", "Quelle:", "Fuente:", "Fonte:" as a word of their own: "Bildquelle:" and "Image
# source:" credit a picture.
_SOURCE = re.compile(
    r"(?<![\w-])(?<![Ii]mage )(?<![Pp]hoto )(?i:source|quelle|fuente|fonte)[^\S\n]*:[^\S\n]*(?:www\.)?"
    rf"([A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)?\.{_TLD})(?![\w.])"
)
_HINTS = ("ource", "uelle", "uente", "onte")


def source_addresses(text: str) -> list[str]:
    """The web addresses `text` (the page's furniture) gives as a story's source."""
    if not any(hint in text for hint in _HINTS):
        return []
    return [match.group(1) for match in _SOURCE.finditer(text)]


_TOP_LINES = 30
_MAX_LOGO_CHARS = 40
_MIN_LABEL = 3
_NOT_LETTERS = re.compile(r"[\W_]+")


def address_mastheads(lines: list[str], top_end: int, addresses: set[str]) -> list[str]:
    """Lines above the headline whose letters are those of an address the page gives for
    itself ("tennis MAGAZIN" over "www.tennismagazin.de", "Du bist Halle" and
    "redaktion@dubisthalle.de"): the logo's text written in lower case or with small words,
    which the name's shape does not take. (A name-shaped line there is a masthead, which the
    address confirms as a second kind of evidence.) `addresses` are the page's address
    labels in lower case without hyphens."""
    if not addresses:
        return []
    found = []
    for line in lines[: min(top_end, _TOP_LINES)]:
        if len(line) > _MAX_LOGO_CHARS or is_name_shaped(line):
            continue
        letters = _NOT_LETTERS.sub("", line.casefold())
        if len(letters) >= _MIN_LABEL and letters in addresses:
            found.append(line.strip())
    return found
