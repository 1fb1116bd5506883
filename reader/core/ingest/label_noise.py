"""How long a line of furniture is at most, and the noise trailing it: counts and punctuation.

A label ("Share 12", "Kommentare (3)", "Mehr…") and a heading that ends the article
("12 Comments:") are matched without what trails them; both `phrases` (labels) and
`section_ends` (headings) strip it the same way, and look only at lines this short.
"""

from __future__ import annotations

import re

MAX_LABEL_CHARS = 60

_TRAILING_NOISE = re.compile(
    r"(?:\s*(?:\.{2,}|…))?[\s:·•|,(\[]*(?:\(?\d[\d.,]*k?\)?)?[\s:·•|)\]]*$", re.IGNORECASE
)
# The characters a trailing-noise match can end with (besides digits and white space; "K" is
# the Kelvin sign, which IGNORECASE matches for "k"). A line ending in anything else has no
# noise to strip, and the $-anchored search, which tries every position, can be skipped.
_NOISE_LAST = frozenset(":·•|,([)].…kK\u212a")


def strip_trailing_noise(text: str) -> str:
    """`text` without trailing counts and punctuation ("share 12" → "share")."""
    last = text[-1:]
    if last and (last in _NOISE_LAST or last.isdigit() or last.isspace()):
        return _TRAILING_NOISE.sub("", text)
    return text
