"""A site naming itself by its web address as a story's source.

Sites that print their stories' source under the headline write their own address there when
the story is their own: "Last Updated : Nov 20, 2019 | Source: Harborpost.com", "Quelle:
hafenblatt.de". An agency is named there by its name ("Source: PTI", "Quelle: dpa"), never by
an address, and a picture's source is labelled as such ("Bildquelle: …", "Image source: …"),
so a web address after a plain "Source:" is the site's own.
"""

from __future__ import annotations

import re

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
