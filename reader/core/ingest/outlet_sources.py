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

# The top-level domains a site's own address ends in (`outlet_domains` reads them too).
TLD = r"(?:com|net|org|info|co\.uk|de|at|ch|eu|it|fr|es|in|news|com\.br|com\.au)"
# "Source:", "Quelle:", "Fuente:", "Fonte:" as a word of their own: "Bildquelle:" and "Image
# source:" credit a picture.
_SOURCE = re.compile(
    r"(?<![\w-])(?<![Ii]mage )(?<![Pp]hoto )(?i:source|quelle|fuente|fonte)[^\S\n]*:[^\S\n]*(?:www\.)?"
    rf"([A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)?\.{TLD})(?![\w.])"
)
# Every _SOURCE match holds one of these, whatever its case: found by plain search, and the
# pattern tried only where they stand.
_HINTS = ("ource", "OURCE", "uelle", "UELLE", "uente", "UENTE", "onte", "ONTE")
_HINT_START = 1  # the hint's offset in the label


def source_addresses(text: str) -> list[str]:
    """The web addresses `text` (the page's furniture) gives as a story's source."""
    starts = []
    for hint in _HINTS:
        at = text.find(hint, _HINT_START)
        while at >= 0:
            starts.append(at - _HINT_START)
            at = text.find(hint, at + 1)
    found = []
    for start in sorted(starts):
        match = _SOURCE.match(text, start)
        if match:
            found.append(match.group(1))
    return found


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
