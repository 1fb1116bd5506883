"""Cookie banners in any language: a line that names cookies and says they are used or asks
for consent.

Apart from `phrases` because it is not a phrase match: a banner is two pieces of evidence on
one line (the word for cookies and a word for using or agreeing), in English and German by
regular expressions, in the other languages `phrase_tables_intl` lists by plain substrings
first (a loop of `in` tests finds one four times faster than a regex of them), and a
cookie-settings panel's description of a category by `phrase_tables_consent`.

`has_any`, the substring loop `phrases` uses for its hints as well, lives here because
`phrases` imports this module (it re-exports `is_cookie_banner`): the loop's one home is the
module lower in that chain, so neither imports the other back.
"""

from __future__ import annotations

import re

from reader.core.ingest import phrase_tables_consent, phrase_tables_intl

__all__ = ["has_any", "is_cookie_banner"]

COOKIE_CONTEXT = re.compile(
    r"\b(?:accept|consent|we use|akzept|einwillig|zustimm|wir (?:verwenden|nutzen)|verwendet)"
)
# A cookie-settings panel's description of a category (`phrase_tables_consent`).
_COOKIE_PANEL = re.compile(phrase_tables_consent.PANEL_SENTENCE)
# The same for the other languages' banners (`phrase_tables_intl`): their word for cookies
# (plain substrings) and their words for using and agreeing.
_ASCII_COOKIE_WORDS = tuple(word for word in phrase_tables_intl.COOKIE_WORDS if word.isascii())
_COOKIE_CONSENT_INTL = re.compile("|".join(map(re.escape, phrase_tables_intl.COOKIE_CONSENT)))


def has_any(lower: str, words: tuple[str, ...]) -> bool:
    """Whether `lower` contains one of `words` (a plain loop: cheaper than any() on a genexpr)."""
    for word in words:
        if word in lower:
            return True
    return False


def is_cookie_banner(lower: str) -> bool:
    """The lower-cased line names cookies and says they are used or asks for consent, in
    English, German or another language `phrase_tables_intl` lists."""
    if "cookie" in lower:
        return bool(
            COOKIE_CONTEXT.search(lower)
            or _COOKIE_CONSENT_INTL.search(lower)
            or _COOKIE_PANEL.match(lower)
        )
    if lower.isascii() and not has_any(lower, _ASCII_COOKIE_WORDS):
        return False  # most lines: the other languages' words are seldom ASCII ("ciasteczk")
    return has_any(lower, phrase_tables_intl.COOKIE_WORDS) and _COOKIE_CONSENT_INTL.search(lower) is not None
