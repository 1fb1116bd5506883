"""A row of share buttons glued into one word ("FacebookTwitterPinterestE-MailWhatsApp", as a
page's menu reads once its layout is gone) is website furniture, no name.

Two platforms' names glued one to the other are never one name: a brand written in camel case
("WeWork", "YouTube") is one name's parts, while "FacebookTwitter…" lists the services a
reader may share the page on. The word is dropped whatever the rules took it for.
"""

from __future__ import annotations

import re

from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.pieces import Piece

# The platforms' names, the longest first ("YouTube" before a shorter name it may begin with).
_PLATFORM = re.compile("|".join(sorted(PLATFORMS, key=len, reverse=True)))


def without_share_rows(pieces: list[Piece]) -> list[Piece]:
    """`pieces` without those with a word that opens with two platforms' names glued."""
    return [p for p in pieces if not any(_share_row(w.text) for w in p.words)]


def _share_row(word: str) -> bool:
    """Whether the word opens with two or more platforms' names, one right after the other."""
    at = count = 0
    while (match := _PLATFORM.match(word, at)) is not None:
        at, count = match.end(), count + 1
    return count >= 2
